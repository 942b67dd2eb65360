// Shared pieces of attnscope-cli's subcommands: the command table (each command's flags as data, so --help, the man
// page and the shell completion come from one place), numeric flags with ranges, model loading, and the checks every
// command that runs a model makes.
#pragma once

#include <boost/program_options.hpp>
#include <cmath>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "attnscope/error.h"

namespace attnscope {
class AttentionCapture;
class Model;
struct ModelInput;
}  // namespace attnscope

namespace attnscope::cli {

namespace po = boost::program_options;

// A flag's value that does not fit it: main() prints it on one line and exits 2 (a usage error), not 1.
class FlagError : public EngineError {
public:
    FlagError(const std::string& problem, const std::string& flag) : EngineError(problem, flag) {}
};

// One subcommand: `attnscope-cli NAME [FLAGS]`. `options` describes its flags; `run` receives them parsed and
// checked, and returns the exit status (it throws EngineError for bad input, which main() prints on one line).
struct Command {
    const char* name;
    const char* summary;
    std::function<po::options_description()> options;
    std::function<int(const po::variables_map& values)> run;
};

// Each area registers its commands here (defined in cli_<area>.cpp).
std::vector<Command> coreCommands();
std::vector<Command> modelCommands();
std::vector<Command> tokenizerCommands();
std::vector<Command> analysisCommands();
std::vector<Command> flowCommands();
std::vector<Command> embeddingCommands();
std::vector<Command> trainingCommands();
std::vector<Command> benchmarkCommands();
std::vector<Command> allCommands();

// Parses `args` against the command's flags; prints help and returns false on --help.
bool parseArguments(const Command& command, const std::vector<std::string>& args, po::variables_map& values);

// A command's flags under `caption`, laid out 100 columns wide for --help.
inline po::options_description flagGroup(const std::string& caption) {
    return po::options_description(caption, 100, 50);
}

// A bound as --help and the errors print it: whole numbers in full (16777216, not 1.67772e+07).
template <class T>
std::string numberText(T value) {
    std::ostringstream out;
    if constexpr (std::is_floating_point_v<T>) {
        if (std::abs(value) < 1e15 && value == static_cast<T>(static_cast<long long>(value))) {
            out << static_cast<long long>(value);
            return out.str();
        }
        out.precision(10);
    }
    out << value;
    return out.str();
}

// A numeric flag whose value must lie in [low, high]: the help line says so, and parsing refuses anything else,
// naming the flag and the range ("--iterations: expected 1 to 100000, got 2000000000").
template <class T>
void addRanged(po::options_description& options, const char* name, T fallback, T low, T high, const std::string& help) {
    const std::string flag = std::string("--") + name;
    const std::string text = help + " (" + numberText(low) + " to " + numberText(high) + ")";
    auto* value =
        po::value<T>()
            ->default_value(fallback, numberText(fallback))
            ->value_name("N")
            ->notifier([flag, low, high](const T& v) {
                if (!(v >= low && v <= high))
                    throw FlagError(
                        "expected " + numberText(low) + " to " + numberText(high) + ", got " + numberText(v), flag);
            });
    options.add_options()(name, value, text.c_str());
}
// The same without a default: the flag may be absent.
template <class T>
void addRangedOptional(po::options_description& options, const char* name, T low, T high, const std::string& help) {
    const std::string flag = std::string("--") + name;
    const std::string text = help + " (" + numberText(low) + " to " + numberText(high) + ")";
    auto* value = po::value<T>()->value_name("N")->notifier([flag, low, high](const T& v) {
        if (!(v >= low && v <= high))
            throw FlagError("expected " + numberText(low) + " to " + numberText(high) + ", got " + numberText(v), flag);
    });
    options.add_options()(name, value, text.c_str());
}

// --model, --device and --dtype, for every command that loads a model.
void addLoadOptions(po::options_description& options);
std::shared_ptr<Model> loadModel(const po::variables_map& values);
// The model folder from --model, or the bundled demo model when it was omitted.
std::string modelDirectoryOrDefault(const po::variables_map& values);

// The model input from whichever of --text, --pair, --ids, --type-ids and --image the command has: exactly one of
// --text, --ids and --image; an image for a model that reads text (or the reverse) and a text the tokenizer turns into
// no tokens are refused, naming the flag. Encoder-decoder models also take --target or --decoder-ids (where the
// command declares them).
ModelInput inputFromFlags(const Model& model, const po::variables_map& values);
// The same without the decoder's part.
ModelInput sourceFromFlags(const Model& model, const po::variables_map& values);
// `text` (and `pair`, when given) encoded by the model's tokenizer; errors name `where` (a flag, or a file's line).
ModelInput textInput(const Model& model, const std::string& text, const std::string& where,
                     const std::string* pair = nullptr);

// --allow-nonfinite, for every command that runs a model.
void addNonFiniteOption(po::options_description& options);
// A capture holding NaN or infinity is an error (naming the first layer) unless --allow-nonfinite; then a warning.
void checkFinite(const AttentionCapture& capture, const po::variables_map& values);

// Comma-separated integers ("3,17,42"); throws EngineError naming `what` on bad text.
std::vector<long long> parseIntegerList(const std::string& text, const std::string& what);

}  // namespace attnscope::cli
