// attnscope-cli metrics: per-head sink, entropy, previous-token, induction and value-weighted scores.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/error.h"
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

}  // namespace

std::vector<Command> analysisCommands() {
    return {{"metrics", "per-head sink, entropy, previous-token, induction and value-sink scores", metrics}};
}

}  // namespace attnscope::cli
