// attnscope-cli metrics: per-head sink, entropy, previous-token, induction and value-weighted scores;
// attnscope-cli importance: per-head loss change by ablation or the head-mask gradient.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/head_importance.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

ModelInput textInput(const Model& model, const std::string& text) {
    const auto tokenizer = model.tokenizer();
    if (!tokenizer) throw EngineError("the model folder has no tokenizer; pass --ids", model.info().directory);
    const auto encoding = tokenizer->encode(text);
    ModelInput input;
    input.ids = encoding.ids;
    input.tokens = encoding.tokens;
    return input;
}

std::vector<int64_t> specialIds(const Model& model) {
    std::vector<int64_t> ids;
    if (model.info().bosTokenId) ids.push_back(*model.info().bosTokenId);
    return ids;
}

void printScores(const std::vector<HeadScores>& scores, const std::string& format, bool withInduction) {
    if (format == "csv") {
        std::cout << "layer,head,sink,top_key,top_key_share,entropy,entropy_fraction,prev_token,local,induction,"
                     "value_sink,role\n";
        std::cout << std::setprecision(6);
        for (const auto& s : scores)
            std::cout << s.layer << "," << s.head << "," << s.sink << "," << s.topKey << "," << s.topKeyShare << ","
                      << s.entropy << "," << s.entropyFraction << "," << s.prevToken << "," << s.local << ","
                      << (withInduction ? std::to_string(s.induction) : "") << "," << s.valueSink << ","
                      << headRole(s) << "\n";
        return;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& s : scores) {
        nlohmann::ordered_json record = {{"layer", s.layer},     {"head", s.head},
                                         {"sink", s.sink},       {"top_key", s.topKey},
                                         {"top_key_share", s.topKeyShare}, {"entropy", s.entropy},
                                         {"entropy_fraction", s.entropyFraction}, {"prev_token", s.prevToken},
                                         {"local", s.local}};
        record["induction"] = withInduction ? nlohmann::ordered_json(s.induction) : nlohmann::ordered_json(nullptr);
        record["value_sink"] = s.valueSink;
        record["role"] = headRole(s);
        out.push_back(record);
    }
    std::cout << out.dump(1) << "\n";
}

int metrics(const std::vector<std::string>& args) {
    po::options_description options("metrics options");
    options.add_options()("model", po::value<std::string>(), "model folder (default: the bundled demo model)")(
        "text", po::value<std::string>(), "input text")("ids", po::value<std::string>(), "input token ids: 3,17,42")(
        "probe", po::value<std::string>(), "add a probe run: induction")(
        "probe-length", po::value<int>()->default_value(40), "random tokens per copy in the induction probe")(
        "seed", po::value<uint64_t>()->default_value(0), "seed of the induction probe")(
        "format", po::value<std::string>()->default_value("json"), "json or csv")(
        "print-probe-ids", "print the induction probe's token ids (comma-separated) and exit");
    po::variables_map values;
    if (!parseArguments("metrics", args, options, values)) return 0;
    const std::string format = values["format"].as<std::string>();
    if (format != "json" && format != "csv") throw EngineError("expected json or csv, got '" + format + "'", "--format");
    const bool probe = values.count("probe") != 0;
    if (probe && values["probe"].as<std::string>() != "induction")
        throw EngineError("the only probe is 'induction'", "--probe");
    if (!probe && !values.count("text") && !values.count("ids"))
        throw EngineError("give --text, --ids or --probe induction", "metrics");

    const auto model = Model::load(modelDirectoryOrDefault(values));
    std::vector<HeadScores> scores;
    if (values.count("text") || values.count("ids")) {
        ModelInput input;
        if (values.count("ids")) {
            for (long long id : parseIntegerList(values["ids"].as<std::string>(), "--ids")) input.ids.push_back(id);
        } else {
            input = textInput(*model, values["text"].as<std::string>());
        }
        scores = computeHeadScores(*model->run(input));
    }
    if (probe) {
        const auto& info = model->info();
        const auto induction = makeInductionProbe(values["probe-length"].as<int>(), values["seed"].as<uint64_t>(),
                                                  info.vocab, info.bosTokenId, specialIds(*model));
        if (values.count("print-probe-ids")) {
            for (size_t i = 0; i < induction.ids.size(); ++i) std::cout << (i ? "," : "") << induction.ids[i];
            std::cout << "\n";
            return 0;
        }
        ModelInput input;
        input.ids = induction.ids;
        const auto probeScores = computeHeadScores(*model->run(input), &induction);
        if (scores.empty()) {
            scores = probeScores;
        } else {
            for (size_t i = 0; i < scores.size(); ++i) scores[i].induction = probeScores[i].induction;
        }
    }
    printScores(scores, format, probe);
    return 0;
}

ModelInput inputFromArguments(const Model& model, const po::variables_map& values) {
    if (values.count("ids")) {
        ModelInput input;
        for (long long id : parseIntegerList(values["ids"].as<std::string>(), "--ids")) input.ids.push_back(id);
        return input;
    }
    if (values.count("image")) {
        ModelInput input;
        input.imagePath = values["image"].as<std::string>();
        return input;
    }
    return textInput(model, values["text"].as<std::string>());
}

void printImportance(const HeadImportance& importance, const std::string& format, int maskLeast, double maskedLoss) {
    const bool gradient = importance.method == ImportanceMethod::Gradient;
    if (format == "csv") {
        std::cout << std::setprecision(8) << "layer,head,score" << (gradient ? ",gradient" : "") << "\n";
        for (int l = 0; l < importance.layers; ++l)
            for (int h = 0; h < importance.heads; ++h) {
                std::cout << l << "," << h << "," << importance.score(l, h);
                if (gradient) std::cout << "," << importance.gradients[static_cast<size_t>(l * importance.heads + h)];
                std::cout << "\n";
            }
        return;
    }
    nlohmann::ordered_json out = {{"method", importanceMethodName(importance.method)},
                                  {"loss", importance.loss},
                                  {"base_loss", importance.baseLoss},
                                  {"seconds", importance.seconds}};
    nlohmann::ordered_json heads = nlohmann::ordered_json::array();
    for (int l = 0; l < importance.layers; ++l)
        for (int h = 0; h < importance.heads; ++h) {
            nlohmann::ordered_json record = {{"layer", l}, {"head", h}, {"score", importance.score(l, h)}};
            if (gradient) record["gradient"] = importance.gradients[static_cast<size_t>(l * importance.heads + h)];
            heads.push_back(record);
        }
    out["heads"] = heads;
    if (maskLeast > 0)
        out["least_important"] = {{"k", maskLeast},
                                  {"mask", leastImportantHeads(importance, maskLeast).toString()},
                                  {"loss", maskedLoss}};
    std::cout << out.dump(1) << "\n";
}

int importance(const std::vector<std::string>& args) {
    po::options_description options("importance options");
    options.add_options()("model", po::value<std::string>(), "model folder (default: the bundled demo model)")(
        "text", po::value<std::string>(), "input text")("ids", po::value<std::string>(), "input token ids: 3,17,42")(
        "image", po::value<std::string>(), "input image (ViT models)")(
        "method", po::value<std::string>()->default_value("ablation"), "ablation or gradient")(
        "parallel-runs", po::value<int>()->default_value(0), "ablation runs in flight at once (0: automatic)")(
        "mask-least", po::value<int>()->default_value(0),
        "also mask the K least important heads together, re-run and report the ablation loss (json only)")(
        "format", po::value<std::string>()->default_value("json"), "json or csv");
    po::variables_map values;
    if (!parseArguments("importance", args, options, values)) return 0;
    const std::string format = values["format"].as<std::string>();
    if (format != "json" && format != "csv") throw EngineError("expected json or csv, got '" + format + "'", "--format");
    if (values.count("text") + values.count("ids") + values.count("image") != 1)
        throw EngineError("give one of --text, --ids or --image", "importance");
    ImportanceOptions settings;
    settings.method = parseImportanceMethod(values["method"].as<std::string>());
    settings.parallelRuns = values["parallel-runs"].as<int>();
    const int maskLeast = values["mask-least"].as<int>();
    if (maskLeast < 0) throw EngineError("must not be negative", "--mask-least");

    const auto model = Model::load(modelDirectoryOrDefault(values));
    const ModelInput input = inputFromArguments(*model, values);
    const HeadImportance result = computeHeadImportance(*model, input, settings);
    // The ablation's loss with the k heads masked together, to compare with base_loss.
    const double lossAfter = maskLeast > 0 ? maskedLoss(*model, input, leastImportantHeads(result, maskLeast)) : 0;
    printImportance(result, format, maskLeast, lossAfter);
    return 0;
}

}  // namespace

std::vector<Command> analysisCommands() {
    return {{"metrics", "per-head sink, entropy, previous-token, induction and value-sink scores", metrics},
            {"importance", "per-head importance: loss change when each head is masked, or its gradient", importance}};
}

}  // namespace attnscope::cli
