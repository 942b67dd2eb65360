// attnscope-cli train-demo: trains the bundled demo model from scratch.
#include <fstream>
#include <iomanip>
#include <iostream>

#include "attnscope/error.h"
#include "attnscope/tools/demo_training.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

int trainDemo(const std::vector<std::string>& args) {
    DemoTrainingOptions o;
    std::string corpusFile;
    po::options_description options("train-demo options");
    options.add_options()("out", po::value<std::string>(&o.outputDirectory), "output model folder")(
        "write-corpus", po::value<std::string>(&corpusFile),
        "instead of training, write --documents grammar documents drawn with --seed to this file, one per line")(
        "steps", po::value<int>(&o.steps)->default_value(o.steps), "optimisation steps")(
        "seed", po::value<uint64_t>(&o.seed)->default_value(o.seed), "seed of corpus, initialisation and batches")(
        "batch", po::value<int>(&o.batch)->default_value(o.batch), "sequences per step")(
        "context", po::value<int>(&o.context)->default_value(o.context), "training sequence length")(
        "layers", po::value<int>(&o.layers)->default_value(o.layers), "layers")(
        "heads", po::value<int>(&o.heads)->default_value(o.heads), "attention heads per layer")(
        "hidden", po::value<int>(&o.hidden)->default_value(o.hidden), "model width")(
        "intermediate", po::value<int>(&o.intermediate)->default_value(o.intermediate), "MLP width")(
        "learning-rate", po::value<double>(&o.learningRate)->default_value(o.learningRate), "peak learning rate")(
        "documents", po::value<int>(&o.corpusDocuments)->default_value(o.corpusDocuments), "grammar documents")(
        "device", po::value<std::string>(&o.device)->default_value(o.device), "cpu or cuda")(
        "repeated-fraction", po::value<double>(&o.repeatedFraction)->default_value(o.repeatedFraction),
        "share of sequences built around repeated random segments")(
        "start-alphabet", po::value<int>(&o.startAlphabet)->default_value(o.startAlphabet),
        "random segments first draw from this many tokens, widening to the whole vocabulary")(
        "periodic-share", po::value<double>(&o.periodicShare)->default_value(o.periodicShare),
        "share of the segment sequences that repeat one segment to the end")(
        "widen-below", po::value<double>(&o.widenBelowCopyLoss)->default_value(o.widenBelowCopyLoss),
        "widen the alphabet once the averaged copy loss falls below this")(
        "widen-by", po::value<double>(&o.widenBy)->default_value(o.widenBy),
        "...or once this fraction of the steps has passed")("widen-over",
                                                            po::value<double>(&o.widenOver)->default_value(o.widenOver),
                                                            "fraction of the steps over which the alphabet widens");
    po::variables_map values;
    if (!parseArguments("train-demo", args, options, values)) return 0;
    if (!corpusFile.empty()) {
        std::ofstream file(corpusFile);
        if (!file) throw EngineError("cannot open for writing", corpusFile);
        for (const auto& document : demoGrammarDocuments(o.corpusDocuments, o.seed)) file << document << '\n';
        if (!file) throw EngineError("write failed", corpusFile);
        std::cout << "wrote " << o.corpusDocuments << " documents to " << corpusFile << "\n";
        return 0;
    }
    if (o.outputDirectory.empty())
        throw EngineError("train-demo needs --out DIR (or --write-corpus FILE)", "train-demo");
    const int every = std::max(1, o.steps / 50);
    trainDemoModel(o, [&](const DemoTrainingStep& s) {
        if (s.step == 1 || s.step % every == 0 || s.step == o.steps)
            std::cout << "step " << s.step << "/" << o.steps << "  loss " << std::fixed << std::setprecision(4)
                      << s.loss << "  copy loss " << s.copyLoss << "  alphabet " << s.alphabet << "  "
                      << std::setprecision(1) << s.seconds << " s" << std::endl;
    });
    std::cout << "wrote " << o.outputDirectory << "\n";
    return 0;
}

}  // namespace

std::vector<Command> trainingCommands() {
    return {{"train-demo", "train the bundled demo model from scratch (LibTorch autograd)", trainDemo}};
}

}  // namespace attnscope::cli
