// attnscope-cli train-demo: trains the bundled demo model from scratch.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "attnscope/error.h"
#include "attnscope/tools/atomic_file.h"
#include "attnscope/tools/demo_training.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

po::options_description trainDemoOptions() {
    const DemoTrainingOptions d;
    po::options_description options = flagGroup("train-demo options");
    options.add_options()("out", po::value<std::string>()->value_name("DIR"), "output model folder")(
        "write-corpus", po::value<std::string>()->value_name("FILE"),
        "instead of training, write --documents grammar documents drawn with --seed to this file, one per line")(
        "seed", po::value<uint64_t>()->value_name("N")->default_value(d.seed),
        "seed of corpus, initialisation and batches")(
        "device", po::value<std::string>()->value_name("DEVICE")->default_value(d.device), "cpu or cuda")(
        "attention-bias", "biases on the attention's query, key, value and output projections")(
        "document-bos", "start every text document that follows other tokens in a sequence with <|bos|>")(
        "sentence-bos", po::value<std::string>()->value_name("WHICH")->default_value(d.sentenceBos),
        "start every sentence with <|bos|>: all (the grammar's and --sentences'), sentences (--sentences' only) or "
        "off; implies --document-bos")(
        "sentences", po::value<std::vector<std::string>>()->value_name("FILE")->composing(),
        "ordinary sentences, one per line: the tokenizer learns their words, and they join the text when the alphabet "
        "widens (repeatable; e.g. resources/training/everyday_en.txt)")(
        "recall-answer", po::value<std::string>()->value_name("WHICH")->default_value(d.recallAnswer),
        "after or before: the token that followed, or preceded, the earlier occurrence answers a recall trigger; "
        "mark: the trigger recalls the token before the latest <|mark|> (--recall-rate: chance of a mark)");
    addRanged<int>(options, "steps", d.steps, 1, 10'000'000, "optimisation steps");
    addRanged<int>(options, "batch", d.batch, 1, 65536, "sequences per step");
    addRanged<int>(options, "context", d.context, 16, d.maxPositions, "training sequence length");
    addRanged<int>(options, "layers", d.layers, 1, 64, "layers");
    addRanged<int>(options, "heads", d.heads, 1, 64, "attention heads per layer (dividing --hidden)");
    addRanged<int>(options, "hidden", d.hidden, 8, 8192, "model width");
    addRanged<int>(options, "intermediate", d.intermediate, 8, 32768, "MLP width");
    addRanged<double>(options, "learning-rate", d.learningRate, 1e-7, 1.0, "peak learning rate");
    addRanged<int>(options, "documents", d.corpusDocuments, 1, 10'000'000, "grammar documents");
    addRanged<int>(options, "vocabulary", d.vocabularySize, 300, 65536,
                   "most tokens the learned BPE may have (fewer when every word of the text is already one)");
    addRanged<double>(options, "repeated-fraction", d.repeatedFraction, 0.0, 1.0,
                      "share of sequences built around repeated random segments");
    addRanged<int>(options, "start-alphabet", d.startAlphabet, 2, 1 << 20,
                   "random segments first draw from this many tokens, widening to the whole vocabulary");
    addRanged<double>(options, "periodic-share", d.periodicShare, 0.0, 1.0,
                      "share of the segment sequences that repeat one segment to the end");
    addRanged<double>(options, "unrepeated-fraction", d.unrepeatedFraction, 0.0, 1.0,
                      "share of sequences holding random tokens that never repeat (from the step the alphabet widens)");
    addRanged<double>(options, "text-repeat-share", d.textRepeatShare, 0.0, 1.0,
                      "share of the segments repeated with text around that are a span of one text sentence instead "
                      "of random tokens (from the step the alphabet widens)");
    addRanged<double>(options, "early-text-repeat-share", d.earlyTextRepeatShare, 0.0, 1.0,
                      "the same before the alphabet widens (0: none)");
    addRanged<double>(options, "recall-rate", d.recallRate, 0.0, 1.0,
                      "probability of a <|recall|> trigger after a text token seen earlier in its sequence, answered "
                      "by a neighbour of its earlier occurrence (--recall-answer; 0: no trigger token)");
    addRanged<double>(options, "bigram-fraction", d.bigramFraction, 0.0, 1.0,
                      "share of sequences walking a random Markov chain of the most frequent tokens (from the step "
                      "the alphabet widens)");
    addRanged<int>(options, "bigram-successors", d.bigramSuccessors, 1, 1000, "successors of each token in that chain");
    addRanged<double>(options, "sentence-share", d.sentenceShare, 0.01, 0.99,
                      "share of the text drawn from --sentences once the alphabet widens");
    addRanged<double>(options, "early-sentence-share", d.earlySentenceShare, 0.0, 0.99,
                      "share of the text drawn from --sentences before the alphabet widens (0: none)");
    addRanged<double>(options, "weight-decay", d.weightDecay, 0.0, 10.0, "AdamW weight decay");
    addRanged<double>(options, "bos-scale", d.bosScale, 0.01, 1000.0,
                      "the initial <|bos|> embedding is this many times as long as the others'");
    addRanged<double>(options, "document-end", d.documentEnd, 0.0, 1.0,
                      "chance that a text document ends after each of its sentences (0: grammar documents of 3 to 8 "
                      "sentences, --sentences documents of 2 to 6)");
    addRanged<double>(options, "late-document-end", d.lateDocumentEnd, -1.0, 1.0,
                      "from the step the alphabet widens, text documents are drawn anew with this end chance "
                      "(-1: unchanged; 1: one sentence each)");
    addRanged<double>(options, "sentence-document-end", d.sentenceDocumentEnd, -1.0, 1.0,
                      "end chance of the --sentences documents alone (-1: that of --document-end; "
                      "--late-document-end, once it applies, replaces both)");
    addRanged<double>(options, "widen-below", d.widenBelowCopyLoss, 0.0, 100.0,
                      "widen the alphabet once the averaged copy loss falls below this");
    addRanged<double>(options, "widen-by", d.widenBy, 0.0, 1.0, "...or once this fraction of the steps has passed");
    addRanged<double>(options, "widen-over", d.widenOver, 0.0, 1.0,
                      "fraction of the steps over which the alphabet widens");
    return options;
}

int trainDemo(const po::variables_map& values) {
    DemoTrainingOptions o;
    if (values.count("out")) o.outputDirectory = values["out"].as<std::string>();
    o.seed = values["seed"].as<uint64_t>();
    o.device = values["device"].as<std::string>();
    o.steps = values["steps"].as<int>();
    o.batch = values["batch"].as<int>();
    o.context = values["context"].as<int>();
    o.layers = values["layers"].as<int>();
    o.heads = values["heads"].as<int>();
    o.hidden = values["hidden"].as<int>();
    o.intermediate = values["intermediate"].as<int>();
    o.learningRate = values["learning-rate"].as<double>();
    o.corpusDocuments = values["documents"].as<int>();
    o.vocabularySize = values["vocabulary"].as<int>();
    o.repeatedFraction = values["repeated-fraction"].as<double>();
    o.startAlphabet = values["start-alphabet"].as<int>();
    o.periodicShare = values["periodic-share"].as<double>();
    o.unrepeatedFraction = values["unrepeated-fraction"].as<double>();
    o.textRepeatShare = values["text-repeat-share"].as<double>();
    o.earlyTextRepeatShare = values["early-text-repeat-share"].as<double>();
    o.recallRate = values["recall-rate"].as<double>();
    o.recallAnswer = values["recall-answer"].as<std::string>();
    o.bigramFraction = values["bigram-fraction"].as<double>();
    o.bigramSuccessors = values["bigram-successors"].as<int>();
    if (values.count("sentences")) o.sentenceFiles = values["sentences"].as<std::vector<std::string>>();
    o.sentenceShare = values["sentence-share"].as<double>();
    o.earlySentenceShare = values["early-sentence-share"].as<double>();
    o.weightDecay = values["weight-decay"].as<double>();
    o.attentionBias = values.count("attention-bias") > 0;
    o.bosScale = values["bos-scale"].as<double>();
    o.documentBos = values.count("document-bos") > 0;
    o.sentenceBos = values["sentence-bos"].as<std::string>();
    o.documentEnd = values["document-end"].as<double>();
    o.lateDocumentEnd = values["late-document-end"].as<double>();
    o.sentenceDocumentEnd = values["sentence-document-end"].as<double>();
    o.widenBelowCopyLoss = values["widen-below"].as<double>();
    o.widenBy = values["widen-by"].as<double>();
    o.widenOver = values["widen-over"].as<double>();
    if (o.recallAnswer != "after" && o.recallAnswer != "before" && o.recallAnswer != "mark")
        throw FlagError("expected after, before or mark, got '" + o.recallAnswer + "'", "--recall-answer");
    if (!values["recall-answer"].defaulted() && o.recallRate <= 0)
        throw FlagError("does nothing without --recall-rate (no trigger token then)", "--recall-answer");
    if (o.hidden % o.heads != 0)
        throw FlagError("--hidden " + std::to_string(o.hidden) + " is not a multiple of " + std::to_string(o.heads),
                        "--heads");
    const std::string corpusFile = values.count("write-corpus") ? values["write-corpus"].as<std::string>() : "";
    if (!corpusFile.empty()) {
        AtomicFile file(corpusFile, false);
        for (const auto& document : demoGrammarDocuments(o.corpusDocuments, o.seed, o.documentEnd))
            file.stream() << document << '\n';
        file.commit();
        std::cout << "wrote " << o.corpusDocuments << " documents to " << corpusFile << "\n";
        return 0;
    }
    if (o.outputDirectory.empty())
        throw EngineError("train-demo needs --out DIR (or --write-corpus FILE)", "train-demo");
    const int every = std::max(1, o.steps / 50);
    // A loss over no tokens (no repeated segment, no trigger in the batch) is NaN: shown as "-", not as a number.
    const auto lossText = [](double value) {
        std::ostringstream text;
        if (std::isfinite(value))
            text << std::fixed << std::setprecision(4) << value;
        else
            text << "-";
        return text.str();
    };
    trainDemoModel(o, [&](const DemoTrainingStep& s) {
        if (s.step != 1 && s.step % every != 0 && s.step != o.steps) return;
        std::cout << "step " << s.step << "/" << o.steps << "  loss " << std::fixed << std::setprecision(4) << s.loss
                  << "  copy loss " << lossText(s.copyLoss);
        if (o.recallRate > 0) std::cout << "  recall loss " << lossText(s.recallLoss);
        std::cout << "  alphabet " << s.alphabet << "  " << std::setprecision(1) << s.seconds << " s" << std::endl;
    });
    std::cout << "wrote " << o.outputDirectory << "\n";
    return 0;
}

}  // namespace

std::vector<Command> trainingCommands() {
    return {
        {"train-demo", "train the bundled demo model from scratch (LibTorch autograd)", trainDemoOptions, trainDemo}};
}

}  // namespace attnscope::cli
