// attnscope-cli: the headless contract tests and scripts use. Dispatches to subcommands registered by each area.
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "cli_common.h"
#include "cli_docs.h"

namespace {

void printUsage(const std::vector<attnscope::cli::Command>& commands) {
    std::cout << "Usage: attnscope-cli COMMAND [OPTIONS]   (attnscope-cli COMMAND --help for its options)\n\n"
                 "Commands:\n";
    for (const auto& command : commands) {
        std::string name = command.name;
        name.resize(std::max<size_t>(name.size() + 2, 20), ' ');
        std::cout << "  " << name << command.summary << "\n";
    }
    std::cout << "\nExit status: 0 on success, 1 when the work failed, 2 for bad flags; the error is one line on "
                 "stderr.\n";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace attnscope::cli;
    const auto commands = allCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(commands);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") args[0] = "version";
    // Generated from the command table, so they never drift from --help.
    if (args[0] == "--man-page") {
        std::cout << manPage(commands);
        return 0;
    }
    if (args[0] == "--bash-completion") {
        std::cout << bashCompletion(commands);
        return 0;
    }
    for (const auto& command : commands) {
        if (args[0] != command.name) continue;
        const std::string prefix = std::string("attnscope-cli ") + command.name + ": error: ";
        try {
            attnscope::setThreadCount(0);
            po::variables_map values;
            if (!parseArguments(command, std::vector<std::string>(args.begin() + 1, args.end()), values)) return 0;
            return command.run(values);
        } catch (const attnscope::CancelledError&) {
            std::cerr << "attnscope-cli " << command.name << ": cancelled\n";
            return 130;
        } catch (const FlagError& error) {
            std::cerr << prefix << error.what() << "\n";
            return 2;
        } catch (const attnscope::EngineError& error) {
            std::cerr << prefix << error.what() << "\n";
            return 1;
        } catch (const boost::program_options::error& error) {
            std::cerr << prefix << error.what() << "\n";
            return 2;
        } catch (const std::bad_alloc&) {
            std::cerr << prefix << "out of memory (" << attnscope::formatBytes(attnscope::availableMemoryBytes())
                      << " available); try a smaller input or model, or a lower dtype (--dtype bfloat16)\n";
            return 1;
        } catch (const std::exception& error) {
            std::cerr << prefix << error.what() << "\n";
            return 1;
        }
    }
    std::cerr << "attnscope-cli: error: unknown command '" << args[0] << "' (see attnscope-cli --help)\n";
    return 2;
}
