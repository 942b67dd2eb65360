// attnscope-cli: the headless contract tests and scripts use. Dispatches to subcommands registered by each area.
#include <iostream>
#include <string>
#include <vector>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "cli_common.h"

namespace {

std::vector<attnscope::cli::Command> allCommands() {
    using namespace attnscope::cli;
    std::vector<Command> commands;
    for (auto group : {coreCommands, modelCommands, tokenizerCommands, analysisCommands, embeddingCommands,
                       trainingCommands}) {
        auto more = group();
        commands.insert(commands.end(), more.begin(), more.end());
    }
    return commands;
}

void printUsage(const std::vector<attnscope::cli::Command>& commands) {
    std::cout << "Usage: attnscope-cli COMMAND [OPTIONS]   (attnscope-cli COMMAND --help for its options)\n\n"
                 "Commands:\n";
    for (const auto& command : commands) {
        std::string name = command.name;
        name.resize(std::max<size_t>(name.size() + 2, 14), ' ');
        std::cout << "  " << name << command.summary << "\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    const auto commands = allCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(commands);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") args[0] = "version";
    for (const auto& command : commands) {
        if (args[0] != command.name) continue;
        try {
            attnscope::setThreadCount(0);
            return command.run(std::vector<std::string>(args.begin() + 1, args.end()));
        } catch (const attnscope::CancelledError&) {
            std::cerr << "attnscope-cli " << command.name << ": cancelled\n";
            return 130;
        } catch (const attnscope::EngineError& error) {
            std::cerr << "attnscope-cli " << command.name << ": error: " << error.what() << "\n";
            return 1;
        } catch (const boost::program_options::error& error) {
            std::cerr << "attnscope-cli " << command.name << ": error: " << error.what() << "\n";
            return 2;
        } catch (const std::exception& error) {
            std::cerr << "attnscope-cli " << command.name << ": error: " << error.what() << "\n";
            return 1;
        }
    }
    std::cerr << "attnscope-cli: error: unknown command '" << args[0] << "' (see attnscope-cli --help)\n";
    return 2;
}
