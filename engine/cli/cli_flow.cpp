// attnscope-cli flow: relevance of every input token for every position (raw attention, rollout, flow, norm-based
// attention or token ablation); attnscope-cli attribution: the predicted token's logit split into per-head, MLP and
// embedding terms.
#include <chrono>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/information_flow.h"
#include "attnscope/model.h"
#include "attnscope/runtime.h"
#include "attnscope/tokenizer.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

void addInputOptions(po::options_description& options) {
    options.add_options()("text", po::value<std::string>()->value_name("TEXT"), "input text")(
        "pair", po::value<std::string>()->value_name("TEXT"), "second text of a sentence pair")(
        "ids", po::value<std::string>()->value_name("IDS"), "input token ids: 3,17,42")(
        "image", po::value<std::string>()->value_name("FILE"), "input image (vision models)")(
        "pixels", po::value<std::string>()->value_name("FILE.npy"),
        "preprocessed pixels, float32 [3, H, W] (vision models)")(
        "mask", po::value<std::string>()->value_name("L:H,...")->default_value(""),
        "heads to mask in the run, L:H,L:H");
}

HeadMask maskFromFlags(const po::variables_map& values) {
    try {
        return HeadMask::parse(values["mask"].as<std::string>());
    } catch (const EngineError& error) {
        throw FlagError(error.problem(), "--mask");
    }
}

std::string checkedFormat(const po::variables_map& values) {
    const std::string format = values["format"].as<std::string>();
    if (format != "json" && format != "csv") throw FlagError("expected json or csv, got '" + format + "'", "--format");
    return format;
}

po::options_description flowOptions() {
    po::options_description options = flagGroup("flow options");
    addLoadOptions(options);
    addInputOptions(options);
    options.add_options()("method", po::value<std::string>()->value_name("METHOD")->default_value("rollout"),
                          "raw, rollout, flow, norm or ablation");
    addRangedOptional<int>(options, "position", 0, 1 << 30,
                           "compute only this position's row (needed for flow and ablation above 64 tokens)");
    addRangedOptional<int>(options, "layer", 0, kMaxModelLayers, "norm: the layer (default: the last)");
    addRangedOptional<int>(options, "head", 0, kMaxModelHeads, "norm: one head of --layer (default: the whole layer)");
    addRanged<double>(options, "residual-weight", 0.5, 0.0, 1.0,
                      "rollout and flow: weight of the identity in each layer's matrix");
    options.add_options()("heads", po::value<std::string>()->value_name("H,H,..."),
                          "rollout, flow and raw: average only these heads of every layer")(
        "skip-masked", "rollout, flow and raw: leave the masked heads out of each layer's mean")(
        "format", po::value<std::string>()->value_name("FORMAT")->default_value("json"), "json or csv");
    addNonFiniteOption(options);
    return options;
}

int flow(const po::variables_map& values) {
    const std::string format = checkedFormat(values);
    FlowMethod method;
    try {
        method = parseFlowMethod(values["method"].as<std::string>());
    } catch (const EngineError& error) {
        throw FlagError(error.problem(), "--method");
    }
    if ((values.count("layer") || values.count("head")) && method != FlowMethod::Norm)
        throw FlagError("only --method norm takes a layer and head", values.count("layer") ? "--layer" : "--head");
    FlowOptions options;
    options.residualWeight = values["residual-weight"].as<double>();
    options.skipMaskedHeads = values.count("skip-masked") != 0;
    if (values.count("heads"))
        for (long long h : parseIntegerList(values["heads"].as<std::string>(), "--heads"))
            options.heads.push_back(static_cast<int>(h));
    const HeadMask mask = maskFromFlags(values);

    const auto model = loadModel(values);
    const ModelInput input = inputFromFlags(*model, values);
    RunOptions run;
    run.mask = mask;
    run.keepValues = method == FlowMethod::Norm;
    run.keepLogits = false;
    const auto capture = model->run(input, run);
    checkFinite(*capture, values);
    const int tokens = capture->tokenCount();
    const bool one = values.count("position") != 0;
    const int position = one ? values["position"].as<int>() : -1;
    if (one && position >= tokens)
        throw FlagError(
            "expected 0 to " + std::to_string(tokens - 1) + " (the input's positions), got " + std::to_string(position),
            "--position");
    if (!one && (method == FlowMethod::Flow || method == FlowMethod::Ablation) && tokens > kMaxFlowMatrixTokens)
        throw FlagError("the input has " + std::to_string(tokens) + " tokens; above " +
                            std::to_string(kMaxFlowMatrixTokens) + " give one --position",
                        "--method " + flowMethodName(method));
    int layer = capture->layers() - 1, head = -1;
    if (values.count("layer")) layer = values["layer"].as<int>();
    if (values.count("head")) head = values["head"].as<int>();
    if (layer >= capture->layers())
        throw FlagError("expected 0 to " + std::to_string(capture->layers() - 1) + ", got " + std::to_string(layer),
                        "--layer");
    if (head >= capture->heads())
        throw FlagError("expected 0 to " + std::to_string(capture->heads() - 1) + ", got " + std::to_string(head),
                        "--head");

    const auto started = std::chrono::steady_clock::now();
    std::vector<int> rows;
    for (int i = one ? position : 0; i < (one ? position + 1 : tokens); ++i) rows.push_back(i);
    std::vector<std::vector<float>> matrix;
    if (method == FlowMethod::Norm) {
        const FloatMatrix map = normWeightedAttention(*model, *capture, layer, head);
        for (int i : rows) matrix.emplace_back(map.row(i), map.row(i) + map.cols);
    } else if (method == FlowMethod::Ablation) {
        for (int i : rows) matrix.push_back(tokenAblation(*model, input, i, mask));
    } else if (one) {
        matrix.push_back(relevanceRow(*capture, method, position, options));
    } else {
        const FloatMatrix map = relevanceMatrix(*capture, method, options);
        for (int i : rows) matrix.emplace_back(map.row(i), map.row(i) + map.cols);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    if (format == "csv") {
        std::cout << "position,token,relevance\n" << std::setprecision(8);
        for (size_t r = 0; r < rows.size(); ++r)
            for (size_t j = 0; j < matrix[r].size(); ++j)
                std::cout << rows[r] << "," << j << ","
                          << (std::isfinite(matrix[r][j]) ? formatValue(matrix[r][j]) : "") << "\n";
        return 0;
    }
    nlohmann::ordered_json out = {
        {"method", flowMethodName(method)}, {"tokens", capture->input().tokens}, {"layers", capture->layers()}};
    if (method == FlowMethod::Norm) {
        out["layer"] = layer;
        out["head"] = head < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(head);
    }
    if (method == FlowMethod::Rollout || method == FlowMethod::Flow) out["residual_weight"] = options.residualWeight;
    out["positions"] = rows;
    out["seconds"] = seconds;  // the method alone: after loading and running the model
    out["matrix"] = matrix;
    std::cout << out.dump() << "\n";
    return 0;
}

po::options_description attributionOptions() {
    po::options_description options = flagGroup("attribution options");
    addLoadOptions(options);
    addInputOptions(options);
    addRangedOptional<int>(options, "position", 0, 1 << 30, "the position whose logit is split (default: the last)");
    addRangedOptional<long long>(options, "target-token", 0, 1LL << 40,
                                 "the token id (class index) whose logit is split (default: the prediction)");
    options.add_options()("format", po::value<std::string>()->value_name("FORMAT")->default_value("json"),
                          "json or csv");
    return options;
}

int attribution(const po::variables_map& values) {
    const std::string format = checkedFormat(values);
    AttributionOptions options;
    options.mask = maskFromFlags(values);
    if (values.count("position")) options.position = values["position"].as<int>();
    if (values.count("target-token")) options.target = values["target-token"].as<long long>();
    const auto model = loadModel(values);
    const ModelInput input = inputFromFlags(*model, values);
    const LogitAttribution result = attributeLogit(*model, input, options);

    if (format == "csv") {
        std::cout << "term,layer,head,value\n" << std::setprecision(10);
        std::cout << "embeddings,,," << result.embeddings << "\n";
        for (int l = 0; l < result.layers; ++l) {
            for (int h = 0; h < result.heads; ++h)
                std::cout << "head," << l << "," << h << "," << result.head(l, h) << "\n";
            std::cout << "attention_bias," << l << ",," << result.attentionBias[l] << "\n";
            std::cout << "mlp," << l << ",," << result.mlpTerms[l] << "\n";
        }
        std::cout << "constant,,," << result.constant << "\nsum,,," << result.sum() << "\nlogit,,," << result.logit
                  << "\n";
        return 0;
    }
    nlohmann::ordered_json out = {{"position", result.position}, {"target_token", result.target}};
    const auto tokenizer = model->tokenizer();
    if (tokenizer && !model->info().imageInput) out["target_text"] = tokenizer->decode({result.target}, false);
    out["logit"] = result.logit;
    out["sum"] = result.sum();
    out["residual"] = result.residual();
    out["normalization"] = result.normalization;
    out["embeddings"] = result.embeddings;
    out["constant"] = result.constant;
    nlohmann::ordered_json heads = nlohmann::ordered_json::array(), layers = nlohmann::ordered_json::array();
    for (int l = 0; l < result.layers; ++l) {
        double total = 0;
        for (int h = 0; h < result.heads; ++h) {
            heads.push_back({{"layer", l}, {"head", h}, {"term", result.head(l, h)}});
            total += result.head(l, h);
        }
        layers.push_back(
            {{"layer", l}, {"heads", total}, {"attention_bias", result.attentionBias[l]}, {"mlp", result.mlpTerms[l]}});
    }
    out["heads"] = heads;
    out["layers"] = layers;
    std::cout << out.dump(1) << "\n";
    return 0;
}

}  // namespace

std::vector<Command> flowCommands() {
    return {
        {"flow",
         "relevance of each input token for each position: raw attention, rollout, flow, norm-based attention "
         "or token ablation",
         flowOptions, flow},
        {"attribution", "direct logit attribution: the predicted logit split into per-head, MLP and embedding terms",
         attributionOptions, attribution}};
}

}  // namespace attnscope::cli
