// Shared pieces of attnscope-cli's subcommands: the command table, argument parsing helpers, JSON output.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <string>
#include <vector>

namespace attnscope::cli {

namespace po = boost::program_options;

// One subcommand: `attnscope-cli NAME ...`. `run` receives the arguments after NAME and returns the exit status;
// it throws EngineError (or po::error) for bad input, which main() prints on one line.
struct Command {
    const char* name;
    const char* summary;
    std::function<int(const std::vector<std::string>& args)> run;
};

// Each area registers its commands here (defined in cli_<area>.cpp).
std::vector<Command> coreCommands();
std::vector<Command> modelCommands();
std::vector<Command> tokenizerCommands();
std::vector<Command> analysisCommands();
std::vector<Command> embeddingCommands();
std::vector<Command> trainingCommands();

// Parses `args` against `options` (and positional names, if any); prints help and returns false on --help.
bool parseArguments(const std::string& command, const std::vector<std::string>& args,
                    const po::options_description& options, po::variables_map& values);

// The model folder from --model, or the bundled demo model when it was omitted.
std::string modelDirectoryOrDefault(const po::variables_map& values);

// Comma-separated integers ("3,17,42"); throws EngineError naming `what` on bad text.
std::vector<long long> parseIntegerList(const std::string& text, const std::string& what);

}  // namespace attnscope::cli
