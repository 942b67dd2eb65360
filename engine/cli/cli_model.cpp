// attnscope-cli commands of the model area: `info` (what a model folder holds, as JSON) and `capture` (run one
// input and write every layer's attention, the residual norms and the logits to a safetensors file).
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "attnscope/tools/capture_file.h"
#include "attnscope/tools/random_model.h"
#include "attnscope/tools/safetensors.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

void addLoadOptions(po::options_description& options) {
    options.add_options()("model", po::value<std::string>(),
                          "model folder or Hugging Face cache entry (default: demo)")(
        "device", po::value<std::string>()->default_value("cpu"), "cpu or cuda")(
        "dtype", po::value<std::string>()->default_value("float32"), "compute dtype: float32, bfloat16 or float16");
}

std::shared_ptr<Model> loadModel(const po::variables_map& values) {
    LoadOptions load;
    load.device = values["device"].as<std::string>();
    load.dtype = values["dtype"].as<std::string>();
    return Model::load(modelDirectoryOrDefault(values), load);
}

int info(const std::vector<std::string>& args) {
    po::options_description options("info options");
    addLoadOptions(options);
    po::variables_map values;
    if (!parseArguments("info", args, options, values)) return 0;
    const auto model = loadModel(values);
    const auto& i = model->info();
    nlohmann::ordered_json out = {{"architecture", i.architecture},
                                  {"model_type", i.modelType},
                                  {"directory", i.directory},
                                  {"layers", i.layers},
                                  {"heads", i.heads},
                                  {"kv_heads", i.kvHeads},
                                  {"head_dim", i.headDim},
                                  {"hidden", i.hidden},
                                  {"vocab", i.vocab},
                                  {"max_positions", i.maxPositions},
                                  {"dtype", i.dtype},
                                  {"compute_dtype", i.computeDtype},
                                  {"device", i.device},
                                  {"parameters", i.parameters},
                                  {"causal", i.causal},
                                  {"has_logits", i.hasLogits},
                                  {"uses_token_types", i.usesTokenTypes},
                                  {"image_input", i.imageInput},
                                  {"tokenizer", model->tokenizer() != nullptr}};
    std::cout << out.dump(2) << "\n";
    return 0;
}

ModelInput inputFrom(const po::variables_map& values, const Model& model) {
    ModelInput input;
    const int sources = static_cast<int>(values.count("text") + values.count("ids") + values.count("image"));
    if (sources != 1) throw EngineError("give exactly one of --text, --ids or --image", "capture");
    if (values.count("pair") && !values.count("text")) throw EngineError("--pair needs --text", "capture");
    if (values.count("type-ids") && !values.count("ids")) throw EngineError("--type-ids needs --ids", "capture");
    if (values.count("image")) {
        input.imagePath = values["image"].as<std::string>();
    } else if (values.count("ids")) {
        for (auto id : parseIntegerList(values["ids"].as<std::string>(), "--ids")) input.ids.push_back(id);
        if (values.count("type-ids"))
            for (auto id : parseIntegerList(values["type-ids"].as<std::string>(), "--type-ids"))
                input.typeIds.push_back(id);
    } else {
        const auto tokenizer = model.tokenizer();
        if (!tokenizer)
            throw EngineError("the model has no usable tokenizer (" + model.tokenizerError() + ")", "--text");
        const auto text = values["text"].as<std::string>();
        const Encoding encoding = values.count("pair") ? tokenizer->encodePair(text, values["pair"].as<std::string>())
                                                       : tokenizer->encode(text);
        input.ids = encoding.ids;
        input.tokens = encoding.tokens;
        if (model.info().usesTokenTypes) input.typeIds = encoding.typeIds;
    }
    return input;
}

int capture(const std::vector<std::string>& args) {
    po::options_description options("capture options");
    addLoadOptions(options);
    options.add_options()("text", po::value<std::string>(), "text to tokenize with the model's tokenizer")(
        "pair", po::value<std::string>(), "second text of a sentence pair")("ids", po::value<std::string>(),
                                                                            "token ids, comma-separated")(
        "type-ids", po::value<std::string>(), "token type ids, comma-separated")("image", po::value<std::string>(),
                                                                                 "image file (vision models)")(
        "mask", po::value<std::string>()->default_value(""), "heads to mask, L:H,L:H")(
        "metadata", po::value<std::vector<std::string>>(), "KEY=VALUE stored in the file's metadata (repeatable)")(
        "out", po::value<std::string>()->required(), "output .safetensors file");
    po::variables_map values;
    if (!parseArguments("capture", args, options, values)) return 0;
    const auto model = loadModel(values);
    RunOptions run;
    run.mask = HeadMask::parse(values["mask"].as<std::string>());
    run.keepValues = false;
    const auto result = model->run(inputFrom(values, *model), run);

    std::map<std::string, std::string> metadata;
    if (values.count("text")) metadata["text"] = values["text"].as<std::string>();
    if (values.count("pair")) metadata["pair"] = values["pair"].as<std::string>();
    if (values.count("metadata")) {
        for (const auto& item : values["metadata"].as<std::vector<std::string>>()) {
            const auto equals = item.find('=');
            if (equals == std::string::npos || equals == 0)
                throw EngineError("expected KEY=VALUE, got '" + item + "'", "--metadata");
            metadata[item.substr(0, equals)] = item.substr(equals + 1);
        }
    }
    writeCaptureFile(*result, values["out"].as<std::string>(), metadata);
    const int layers = result->layers(), heads = result->heads(), count = result->tokenCount();
    std::cerr << "captured " << layers << " layers x " << heads << " heads over " << count << " tokens in "
              << result->seconds() << " s -> " << values["out"].as<std::string>() << "\n";
    return 0;
}

// A model folder with random weights for any architecture of the table, e.g. a 32-layer model to try the views at
// scale. A tokenizer.json can be copied in beside it (its vocabulary must fit the config's vocab size).
int randomModel(const std::vector<std::string>& args) {
    std::string configPath, out;
    RandomModelOptions o;
    po::options_description options("random-model options");
    options.add_options()("config", po::value<std::string>(&configPath)->required(),
                          "a config.json (model_type and sizes) to write weights for")(
        "out", po::value<std::string>(&out)->required(), "output model folder")(
        "seed", po::value<uint64_t>(&o.seed)->default_value(o.seed), "random seed")(
        "scale", po::value<double>(&o.scale)->default_value(o.scale),
        "standard deviation of the weights (larger: peakier attention)")(
        "dtype", po::value<std::string>(&o.dtype)->default_value(o.dtype), "float32 or bfloat16 on disk");
    po::variables_map values;
    if (!parseArguments("random-model", args, options, values)) return 0;
    std::ifstream file(configPath);
    if (!file) throw EngineError("cannot read the config", configPath);
    const std::string config((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    writeRandomModel(out, config, o);
    std::cout << "wrote " << out << "\n";
    return 0;
}

}  // namespace

std::vector<Command> modelCommands() {
    return {{"info", "print what a model folder holds (architecture, sizes, dtype) as JSON", info},
            {"random-model", "write a model folder with random weights for a config.json", randomModel},
            {"capture", "run one input and write attention maps, residual norms and logits to safetensors", capture}};
}

}  // namespace attnscope::cli
