// Argument helpers shared by the subcommands, and the core commands (version).
#include "cli_common.h"

#include <iostream>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/model.h"
#include "attnscope/resources.h"
#include "attnscope/runtime.h"
#include "attnscope/tokenizer.h"
#include "attnscope/tools/npy.h"

namespace attnscope::cli {

bool parseArguments(const Command& command, const std::vector<std::string>& args, po::variables_map& values) {
    po::options_description all = command.options();
    all.add_options()("help,h", "show this help");
    // No guessing: "--it" must not mean "--iterations" today and something else tomorrow.
    const auto style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
    po::store(po::command_line_parser(args).options(all).style(style).run(), values);
    if (values.count("help")) {
        std::cout << "Usage: attnscope-cli " << command.name << " [OPTIONS]\n"
                  << command.summary << "\n\n"
                  << all << "\n";
        return false;
    }
    po::notify(values);
    return true;
}

void addLoadOptions(po::options_description& options) {
    options.add_options()("model", po::value<std::string>()->value_name("DIR"),
                          "model folder or Hugging Face cache entry (default: the bundled demo model)")(
        "device", po::value<std::string>()->value_name("DEVICE")->default_value("cpu"), "cpu or cuda")(
        "dtype", po::value<std::string>()->value_name("DTYPE")->default_value("float32"),
        "compute dtype: float32, bfloat16 or float16");
}

std::shared_ptr<Model> loadModel(const po::variables_map& values) {
    LoadOptions load;
    load.device = values["device"].as<std::string>();
    load.dtype = values["dtype"].as<std::string>();
    if (load.device != "cpu" && load.device != "cuda" && load.device.rfind("cuda:", 0) != 0)
        throw FlagError("expected cpu, cuda or cuda:N, got '" + load.device + "'", "--device");
    if (load.dtype != "float32" && load.dtype != "bfloat16" && load.dtype != "float16")
        throw FlagError("expected float32, bfloat16 or float16, got '" + load.dtype + "'", "--dtype");
    return Model::load(modelDirectoryOrDefault(values), load);
}

std::string modelDirectoryOrDefault(const po::variables_map& values) {
    if (values.count("model")) return values["model"].as<std::string>();
    return defaultModelDirectory();
}

ModelInput inputFromFlags(const Model& model, const po::variables_map& values) {
    const auto given = values.count("text") + values.count("ids") + values.count("image") + values.count("pixels");
    if (given != 1) throw FlagError("give exactly one of --text, --ids, --image or --pixels", "input");
    if (values.count("pair") && !values.count("text")) throw FlagError("needs --text", "--pair");
    if (values.count("type-ids") && !values.count("ids")) throw FlagError("needs --ids", "--type-ids");
    const ModelInfo& info = model.info();
    ModelInput input = sourceFromFlags(model, values);
    const char* decoderFlag = values.count("target")        ? "--target"
                              : values.count("decoder-ids") ? "--decoder-ids"
                                                            : nullptr;
    if (!decoderFlag) return input;
    if (!info.encoderDecoder)
        throw FlagError("this model has no decoder (only encoder-decoder models such as T5 and BART take one)",
                        decoderFlag);
    if (values.count("target") && values.count("decoder-ids"))
        throw FlagError("give --target or --decoder-ids, not both", "--decoder-ids");
    if (values.count("decoder-ids")) {
        for (long long id : parseIntegerList(values["decoder-ids"].as<std::string>(), "--decoder-ids"))
            input.decoderIds.push_back(id);
        return input;
    }
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw EngineError("the model has no usable tokenizer (" + model.tokenizerError() + "); give --decoder-ids",
                          "--target");
    const Encoding encoding = tokenizer->encode(values["target"].as<std::string>());
    if (encoding.ids.empty()) throw EngineError("the tokenizer turns the text into no tokens", "--target");
    input.decoderIds = encoding.ids;
    input.decoderTokens = encoding.tokens;
    return input;
}

ModelInput sourceFromFlags(const Model& model, const po::variables_map& values) {
    const ModelInfo& info = model.info();
    ModelInput input;
    if (values.count("image")) {
        if (!info.imageInput) throw FlagError("this model reads text, not images; give --text or --ids", "--image");
        input.imagePath = values["image"].as<std::string>();
        return input;
    }
    if (values.count("pixels")) {
        if (!info.imageInput) throw FlagError("this model reads text, not images; give --text or --ids", "--pixels");
        // Already preprocessed [channels, side, side], e.g. a reference processor's output saved with numpy.
        const std::string path = values["pixels"].as<std::string>();
        FloatArray pixels = readNpyArray(path);
        // The model checks the size against its image_size; the layout is checked here, where the file is known.
        if (pixels.shape.size() != 3 || pixels.shape[0] != 3 || pixels.shape[1] != pixels.shape[2]) {
            std::string shape;
            for (int64_t n : pixels.shape) shape += (shape.empty() ? "" : ", ") + std::to_string(n);
            throw EngineError("expected preprocessed pixels of shape (3, side, side), got (" + shape + ")", path);
        }
        input.pixelValues.assign(pixels.values.begin(), pixels.values.end());
        return input;
    }
    if (info.imageInput)
        throw FlagError("this model reads images; give --image or --pixels", values.count("ids") ? "--ids" : "--text");
    if (values.count("ids")) {
        for (long long id : parseIntegerList(values["ids"].as<std::string>(), "--ids")) input.ids.push_back(id);
        if (values.count("type-ids"))
            for (long long id : parseIntegerList(values["type-ids"].as<std::string>(), "--type-ids"))
                input.typeIds.push_back(id);
        return input;
    }
    const std::string pair = values.count("pair") ? values["pair"].as<std::string>() : "";
    return textInput(model, values["text"].as<std::string>(), "--text", values.count("pair") ? &pair : nullptr);
}

ModelInput textInput(const Model& model, const std::string& text, const std::string& where, const std::string* pair) {
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw EngineError("the model has no usable tokenizer (" + model.tokenizerError() + "); give --ids", where);
    // Special tokens alone (a BOS, a [CLS] ... [SEP]) are not the text: a run on them would look fine and mean nothing.
    if (tokenizer->encode(text, false).size() == 0)
        throw EngineError("the tokenizer turns the text into no tokens (only special ones, if any)", where);
    const Encoding encoding = pair ? tokenizer->encodePair(text, *pair) : tokenizer->encode(text);
    ModelInput input;
    input.ids = encoding.ids;
    input.tokens = encoding.tokens;
    if (model.info().usesTokenTypes) input.typeIds = encoding.typeIds;
    return input;
}

void addNonFiniteOption(po::options_description& options) {
    options.add_options()("allow-nonfinite",
                          "go on when the run produces NaN or infinity (a warning instead of an error)");
}

void checkFinite(const AttentionCapture& capture, const po::variables_map& values) {
    const NonFiniteReport report = findNonFinite(capture);
    if (!report.any()) return;
    if (!values.count("allow-nonfinite"))
        throw EngineError(report.describe() + " (--allow-nonfinite writes the output anyway)",
                          capture.modelInfo().directory);
    std::cerr << "warning: " << capture.modelInfo().directory << ": " << report.describe() << "\n";
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
            throw FlagError("expected comma-separated integers, got '" + item + "'", what);
        position = comma + 1;
    }
    return numbers;
}

std::vector<Command> allCommands() {
    std::vector<Command> commands;
    for (auto group : {coreCommands, modelCommands, tokenizerCommands, analysisCommands, flowCommands,
                       embeddingCommands, trainingCommands, benchmarkCommands}) {
        auto more = group();
        commands.insert(commands.end(), more.begin(), more.end());
    }
    return commands;
}

std::vector<Command> coreCommands() {
    return {{"version", "print versions of AttnScope and the libraries it runs on",
             [] {
                 po::options_description options = flagGroup("version options");
                 options.add_options()("json", "print as JSON");
                 return options;
             },
             [](const po::variables_map& values) {
                 const auto info = runtimeInfo();
                 if (values.count("json")) {
                     nlohmann::json out = {{"attnscope", info.engineVersion}, {"libtorch", info.torchVersion},
                                           {"boost", info.boostVersion},      {"icu", info.icuVersion},
                                           {"cuda", info.cudaAvailable},      {"cuda_devices", info.cudaDevices},
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
