// attnscope-cli metrics: per-head sink, entropy, previous-token, induction and value-weighted scores;
// attnscope-cli importance: per-head loss change by ablation or the head-mask gradient.
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/head_importance.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/runtime.h"
#include "attnscope/tokenizer.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

std::vector<int64_t> specialIds(const Model& model) {
    std::vector<int64_t> ids;
    if (model.info().bosTokenId) ids.push_back(*model.info().bosTokenId);
    return ids;
}

// NaN and infinity are an empty cell, never a number (JSON writes them as null).
std::string csvNumber(double value) {
    if (!std::isfinite(value)) return {};
    std::ostringstream out;
    out << std::setprecision(6) << value;
    return out.str();
}

// JSON: one array, pretty-printed, or on one line when `linePrefix` is set (JSON Lines). CSV: the header unless
// `linePrefix` is set, which then starts every row.
void printScores(const std::vector<HeadScores>& scores, const std::string& format, bool withInduction,
                 const std::string& linePrefix = "") {
    if (format == "csv") {
        if (linePrefix.empty())
            std::cout << "layer,head,sink,top_key,top_key_share,entropy,entropy_fraction,prev_token,local,induction,"
                         "value_sink,role\n";
        std::cout << std::setprecision(6);
        for (const auto& s : scores)
            std::cout << (linePrefix.empty() ? "" : linePrefix + ",") << s.layer << "," << s.head << ","
                      << csvNumber(s.sink) << "," << s.topKey << "," << csvNumber(s.topKeyShare) << ","
                      << csvNumber(s.entropy) << "," << csvNumber(s.entropyFraction) << "," << csvNumber(s.prevToken)
                      << "," << csvNumber(s.local) << "," << (withInduction ? csvNumber(s.induction) : "") << ","
                      << csvNumber(s.valueSink) << "," << headRole(s) << "\n";
        return;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& s : scores) {
        nlohmann::ordered_json record = {{"layer", s.layer},
                                         {"head", s.head},
                                         {"sink", s.sink},
                                         {"top_key", s.topKey},
                                         {"top_key_share", s.topKeyShare},
                                         {"entropy", s.entropy},
                                         {"entropy_fraction", s.entropyFraction},
                                         {"prev_token", s.prevToken},
                                         {"local", s.local}};
        record["induction"] = withInduction ? nlohmann::ordered_json(s.induction) : nlohmann::ordered_json(nullptr);
        record["value_sink"] = s.valueSink;
        record["role"] = headRole(s);
        out.push_back(record);
    }
    std::cout << (linePrefix.empty() ? out.dump(1) : out.dump()) << "\n";
}

po::options_description metricsOptions() {
    po::options_description options = flagGroup("metrics options");
    addLoadOptions(options);
    options.add_options()("text", po::value<std::string>()->value_name("TEXT"), "input text")(
        "text-file", po::value<std::string>()->value_name("FILE"),
        "score every non-empty line of FILE as its own input: one JSON array per such line (JSON Lines), or CSV rows "
        "with the line number first")("ids", po::value<std::string>()->value_name("IDS"), "input token ids: 3,17,42")(
        "image", po::value<std::string>()->value_name("FILE"), "input image (vision models)")(
        "pixels", po::value<std::string>()->value_name("FILE.npy"),
        "preprocessed pixels, float32 [3, H, W] (vision models)")("probe", po::value<std::string>()->value_name("NAME"),
                                                                  "add a probe run: induction");
    addRanged<int>(options, "probe-length", 40, 1, 1 << 20,
                   "random tokens per copy in the induction probe (and at most half the model's positions)");
    options.add_options()("seed", po::value<uint64_t>()->value_name("N")->default_value(0),
                          "seed of the induction probe")(
        "format", po::value<std::string>()->value_name("FORMAT")->default_value("json"), "json or csv")(
        "print-probe-ids", "print the induction probe's token ids (comma-separated) and exit");
    addNonFiniteOption(options);
    return options;
}

// `metrics --text-file`: one capture per non-empty line, scored and printed in order.
int metricsOfLines(const po::variables_map& values, const std::string& format) {
    if (values.count("text") || values.count("ids") || values.count("image") || values.count("pixels") ||
        values.count("probe"))
        throw FlagError("scores its lines alone; leave out --text, --ids, --image, --pixels and --probe",
                        "--text-file");
    const std::string path = values["text-file"].as<std::string>();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw EngineError("cannot read the file", path);
    const auto model = loadModel(values);
    if (format == "csv")
        std::cout << "line,layer,head,sink,top_key,top_key_share,entropy,entropy_fraction,prev_token,local,induction,"
                     "value_sink,role\n";
    int lineNumber = 0, scored = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const ModelInput input = textInput(*model, line, path + ", line " + std::to_string(lineNumber));
        const auto capture = model->run(input);
        checkFinite(*capture, values);
        printScores(computeHeadScores(*capture), format, false, std::to_string(lineNumber));
        ++scored;
    }
    if (in.bad()) throw EngineError("cannot read the file", path);
    if (scored == 0) throw EngineError("the file has no non-empty line", path);
    return 0;
}

int metrics(const po::variables_map& values) {
    const std::string format = values["format"].as<std::string>();
    if (format != "json" && format != "csv") throw FlagError("expected json or csv, got '" + format + "'", "--format");
    if (values.count("text-file")) return metricsOfLines(values, format);
    const bool probe = values.count("probe") != 0;
    if (probe && values["probe"].as<std::string>() != "induction")
        throw FlagError("the only probe is 'induction'", "--probe");
    const bool input = values.count("text") || values.count("ids") || values.count("image");
    if (!probe && !input) throw FlagError("give --text, --ids, --image or --probe induction", "metrics");

    const auto model = loadModel(values);
    std::vector<HeadScores> scores;
    if (input) {
        const auto capture = model->run(inputFromFlags(*model, values));
        checkFinite(*capture, values);
        scores = computeHeadScores(*capture);
    }
    if (probe) {
        const auto& info = model->info();
        if (info.imageInput)
            throw FlagError("the induction probe is a token sequence; this model reads images", "--probe");
        // [BOS] + R + R must fit the model: checked before the probe is drawn.
        const int length = values["probe-length"].as<int>();
        const int64_t needed = 2 * static_cast<int64_t>(length) + (info.bosTokenId ? 1 : 0);
        if (info.maxPositions > 0 && needed > info.maxPositions)
            throw FlagError("a probe of " + std::to_string(length) + " tokens per copy needs " +
                                std::to_string(needed) + " positions; the model takes " +
                                std::to_string(info.maxPositions),
                            "--probe-length");
        const auto induction =
            makeInductionProbe(length, values["seed"].as<uint64_t>(), info.vocab, info.bosTokenId, specialIds(*model));
        if (values.count("print-probe-ids")) {
            for (size_t i = 0; i < induction.ids.size(); ++i) std::cout << (i ? "," : "") << induction.ids[i];
            std::cout << "\n";
            return 0;
        }
        ModelInput probeInput;
        probeInput.ids = induction.ids;
        const auto capture = model->run(probeInput);
        checkFinite(*capture, values);
        const auto probeScores = computeHeadScores(*capture, &induction);
        if (scores.empty()) {
            scores = probeScores;
        } else {
            for (size_t i = 0; i < scores.size(); ++i) scores[i].induction = probeScores[i].induction;
        }
    }
    printScores(scores, format, probe);
    return 0;
}

void printImportance(const HeadImportance& importance, const std::string& format, int maskLeast, double maskedLoss) {
    const bool gradient = importance.method == ImportanceMethod::Gradient;
    if (format == "csv") {
        std::cout << std::setprecision(8) << "layer,head,score" << (gradient ? ",gradient" : "") << "\n";
        for (int l = 0; l < importance.layers; ++l)
            for (int h = 0; h < importance.heads; ++h) {
                std::cout << l << "," << h << "," << csvNumber(importance.score(l, h));
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
        out["least_important"] = {
            {"k", maskLeast}, {"mask", leastImportantHeads(importance, maskLeast).toString()}, {"loss", maskedLoss}};
    std::cout << out.dump(1) << "\n";
}

po::options_description importanceOptions() {
    po::options_description options = flagGroup("importance options");
    addLoadOptions(options);
    options.add_options()("text", po::value<std::string>()->value_name("TEXT"), "input text")(
        "ids", po::value<std::string>()->value_name("IDS"), "input token ids: 3,17,42")(
        "image", po::value<std::string>()->value_name("FILE"), "input image (ViT models)")(
        "pixels", po::value<std::string>()->value_name("FILE.npy"),
        "preprocessed pixels, float32 [3, H, W] (vision models)")(
        "method", po::value<std::string>()->value_name("METHOD")->default_value("ablation"), "ablation or gradient");
    addRanged<int>(options, "parallel-runs", 0, 0, kMaxParallelRuns, "ablation runs in flight at once (0: automatic)");
    addRanged<int>(options, "mask-least", 0, 0, 1 << 20,
                   "also mask the K least important heads together, re-run and report the loss (json only; at most "
                   "the model's heads)");
    options.add_options()("format", po::value<std::string>()->value_name("FORMAT")->default_value("json"),
                          "json or csv");
    addNonFiniteOption(options);
    return options;
}

int importance(const po::variables_map& values) {
    const std::string format = values["format"].as<std::string>();
    if (format != "json" && format != "csv") throw FlagError("expected json or csv, got '" + format + "'", "--format");
    ImportanceOptions settings;
    try {
        settings.method = parseImportanceMethod(values["method"].as<std::string>());
    } catch (const EngineError& error) {
        throw FlagError(error.problem(), "--method");
    }
    settings.parallelRuns = values["parallel-runs"].as<int>();
    const int maskLeast = values["mask-least"].as<int>();

    const auto model = loadModel(values);
    const int heads = model->info().layers * model->info().heads;
    if (maskLeast > heads)
        throw FlagError(
            "expected 0 to " + std::to_string(heads) + " (the model's heads), got " + std::to_string(maskLeast),
            "--mask-least");
    const ModelInput input = inputFromFlags(*model, values);
    const HeadImportance result = computeHeadImportance(*model, input, settings);
    if (!std::isfinite(result.baseLoss)) {
        if (!values.count("allow-nonfinite"))
            throw EngineError("the unmasked run's loss is " + formatValue(result.baseLoss) +
                                  "; the scores would mean nothing (--allow-nonfinite prints them anyway)",
                              model->info().directory);
        std::cerr << "warning: " << model->info().directory << ": the unmasked run's loss is "
                  << formatValue(result.baseLoss) << "\n";
    }
    // The ablation's loss with the k heads masked together, to compare with base_loss.
    const double lossAfter = maskLeast > 0 ? maskedLoss(*model, input, leastImportantHeads(result, maskLeast)) : 0;
    printImportance(result, format, maskLeast, lossAfter);
    return 0;
}

}  // namespace

std::vector<Command> analysisCommands() {
    return {
        {"metrics", "per-head sink, entropy, previous-token, induction and value-sink scores", metricsOptions, metrics},
        {"importance", "per-head importance: loss change when each head is masked, or its gradient", importanceOptions,
         importance}};
}

}  // namespace attnscope::cli
