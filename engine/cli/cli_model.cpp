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

po::options_description infoOptions() {
    po::options_description options = flagGroup("info options");
    addLoadOptions(options);
    return options;
}

int info(const po::variables_map& values) {
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
    if (i.encoderDecoder) {
        out["encoder_layers"] = i.layers;
        out["decoder_layers"] = i.decoderLayers;
        out["decoder_heads"] = i.decoderHeads;
        out["attention_kinds"] = {"encoder", "decoder", "cross"};
    } else {
        out["attention_kinds"] = {"self"};
    }
    std::cout << out.dump(2) << "\n";
    return 0;
}

po::options_description captureOptions() {
    po::options_description options = flagGroup("capture options");
    addLoadOptions(options);
    options.add_options()("text", po::value<std::string>()->value_name("TEXT"),
                          "text to tokenize with the model's tokenizer")(
        "pair", po::value<std::string>()->value_name("TEXT"), "second text of a sentence pair")(
        "ids", po::value<std::string>()->value_name("IDS"), "token ids, comma-separated")(
        "type-ids", po::value<std::string>()->value_name("IDS"), "token type ids, comma-separated")(
        "image", po::value<std::string>()->value_name("FILE"), "image file (vision models)")(
        "pixels", po::value<std::string>()->value_name("FILE.npy"),
        "preprocessed pixels, float32 [3, H, W] (vision models)")(
        "target", po::value<std::string>()->value_name("TEXT"),
        "encoder-decoder models: the decoder's text (default: its start token alone)")(
        "decoder-ids", po::value<std::string>()->value_name("IDS"),
        "encoder-decoder models: the decoder's token ids, comma-separated")(
        "mask", po::value<std::string>()->value_name("L:H,...")->default_value(""),
        "heads to mask, L:H,L:H (encoder-decoder models: enc:L:H, dec:L:H, cross:L:H)")(
        "metadata", po::value<std::vector<std::string>>()->value_name("KEY=VALUE"),
        "KEY=VALUE stored in the file's metadata (repeatable)")(
        "out", po::value<std::string>()->value_name("FILE")->required(), "output .safetensors file");
    addNonFiniteOption(options);
    return options;
}

int capture(const po::variables_map& values) {
    std::map<std::string, std::string> metadata;
    if (values.count("text")) metadata["text"] = values["text"].as<std::string>();
    if (values.count("pair")) metadata["pair"] = values["pair"].as<std::string>();
    if (values.count("target")) metadata["target"] = values["target"].as<std::string>();
    if (values.count("metadata")) {
        for (const auto& item : values["metadata"].as<std::vector<std::string>>()) {
            const auto equals = item.find('=');
            if (equals == std::string::npos || equals == 0)
                throw FlagError("expected KEY=VALUE, got '" + item + "'", "--metadata");
            metadata[item.substr(0, equals)] = item.substr(equals + 1);
        }
    }
    RunOptions run;
    try {
        run.mask = HeadMask::parse(values["mask"].as<std::string>());
    } catch (const EngineError& error) {
        throw FlagError(error.problem(), "--mask");
    }
    run.keepValues = false;
    const auto model = loadModel(values);
    const auto result = model->run(inputFromFlags(*model, values), run);
    checkFinite(*result, values);
    writeCaptureFile(*result, values["out"].as<std::string>(), metadata);
    const int layers = result->layers(), heads = result->heads(), count = result->tokenCount();
    if (const auto encoder = result->part(AttentionKind::Encoder))
        std::cerr << "captured an encoder of " << encoder->layers() << " layers x " << encoder->heads()
                  << " heads over " << encoder->tokenCount() << " source tokens and a decoder of " << layers
                  << " layers x " << heads << " heads over " << count << " target tokens in " << result->seconds()
                  << " s -> " << values["out"].as<std::string>() << "\n";
    else
        std::cerr << "captured " << layers << " layers x " << heads << " heads over " << count << " tokens in "
                  << result->seconds() << " s -> " << values["out"].as<std::string>() << "\n";
    return 0;
}

po::options_description randomModelOptions() {
    const RandomModelOptions defaults;
    po::options_description options = flagGroup("random-model options");
    options.add_options()("config", po::value<std::string>()->value_name("FILE")->required(),
                          "a config.json (model_type and sizes) to write weights for")(
        "out", po::value<std::string>()->value_name("DIR")->required(), "output model folder")(
        "seed", po::value<uint64_t>()->value_name("N")->default_value(defaults.seed), "random seed");
    addRanged<double>(options, "scale", defaults.scale, 0.0, 100.0,
                      "standard deviation of the weights (larger: peakier attention)");
    options.add_options()("dtype", po::value<std::string>()->value_name("DTYPE")->default_value(defaults.dtype),
                          "float32 or bfloat16 on disk");
    return options;
}

// A model folder with random weights for any architecture of the table, e.g. a 32-layer model to try the views at
// scale. A tokenizer.json can be copied in beside it (its vocabulary must fit the config's vocab size).
int randomModel(const po::variables_map& values) {
    RandomModelOptions o;
    o.seed = values["seed"].as<uint64_t>();
    o.scale = values["scale"].as<double>();
    o.dtype = values["dtype"].as<std::string>();
    if (o.dtype != "float32" && o.dtype != "bfloat16")
        throw FlagError("expected float32 or bfloat16, got '" + o.dtype + "'", "--dtype");
    const std::string configPath = values["config"].as<std::string>();
    std::ifstream file(configPath);
    if (!file) throw EngineError("cannot read the config", configPath);
    const std::string config((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const std::string out = values["out"].as<std::string>();
    writeRandomModel(out, config, o);
    std::cout << "wrote " << out << "\n";
    return 0;
}

}  // namespace

std::vector<Command> modelCommands() {
    return {
        {"info", "print what a model folder holds (architecture, sizes, dtype) as JSON", infoOptions, info},
        {"random-model", "write a model folder with random weights for a config.json", randomModelOptions, randomModel},
        {"capture", "run one input and write attention maps, residual norms and logits to safetensors", captureOptions,
         capture}};
}

}  // namespace attnscope::cli
