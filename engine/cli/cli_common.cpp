// Argument helpers shared by the subcommands, and the core commands (version).
#include "cli_common.h"

#include <iostream>
#include <nlohmann/json.hpp>

#include "attnscope/error.h"
#include "attnscope/resources.h"
#include "attnscope/runtime.h"

namespace attnscope::cli {

bool parseArguments(const std::string& command, const std::vector<std::string>& args,
                    const po::options_description& options, po::variables_map& values) {
    po::options_description all(options);
    all.add_options()("help,h", "show this help");
    po::store(po::command_line_parser(args).options(all).run(), values);
    if (values.count("help")) {
        std::cout << "Usage: attnscope-cli " << command << " [OPTIONS]\n" << all << "\n";
        return false;
    }
    po::notify(values);
    return true;
}

std::string modelDirectoryOrDefault(const po::variables_map& values) {
    if (values.count("model")) return values["model"].as<std::string>();
    return defaultModelDirectory();
}

std::vector<long long> parseIntegerList(const std::string& text, const std::string& what) {
    std::vector<long long> numbers;
    size_t position = 0;
    while (position <= text.size()) {
        const size_t comma = std::min(text.find(',', position), text.size());
        const std::string item = text.substr(position, comma - position);
        size_t used = 0;
        try {
            numbers.push_back(std::stoll(item, &used));
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != item.size())
            throw EngineError("expected comma-separated integers, got '" + item + "'", what);
        position = comma + 1;
    }
    return numbers;
}

std::vector<Command> coreCommands() {
    return {{"version", "print versions of AttnScope and the libraries it runs on", [](const auto& args) {
                 po::options_description options("version options");
                 options.add_options()("json", "print as JSON");
                 po::variables_map values;
                 if (!parseArguments("version", args, options, values)) return 0;
                 const auto info = runtimeInfo();
                 if (values.count("json")) {
                     nlohmann::json out = {{"attnscope", info.engineVersion}, {"libtorch", info.torchVersion},
                                           {"boost", info.boostVersion},       {"icu", info.icuVersion},
                                           {"cuda", info.cudaAvailable},       {"cuda_devices", info.cudaDevices},
                                           {"threads", info.torchThreads}};
                     std::cout << out.dump() << "\n";
                 } else {
                     std::cout << "attnscope-cli " << info.engineVersion << " (LibTorch " << info.torchVersion
                               << ", Boost " << info.boostVersion << ", ICU " << info.icuVersion << ", CUDA "
                               << (info.cudaAvailable ? "available" : "not available") << ", " << info.torchThreads
                               << " threads)\n";
                 }
                 return 0;
             }}};
}

}  // namespace attnscope::cli
