// The demo model's training command, shortened: the loss falls, the folder it writes loads back, and its data
// holds what the recipe promises (BOS first, repeated segments that only copying predicts).
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "attnscope/tools/demo_training.h"
#include "training/demo_batches.h"
#include "training/demo_corpus.h"

using namespace attnscope;
namespace fs = std::filesystem;

namespace {
// A small run written to <test output>/<name>.
DemoTrainingOptions smallRun(const std::string& name, int steps, int hidden, int batch, int context, int documents) {
    const fs::path out = fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / name;
    fs::remove_all(out);
    DemoTrainingOptions options;
    options.outputDirectory = out.string();
    options.steps = steps;
    options.hidden = hidden;
    options.intermediate = 2 * hidden;
    options.batch = batch;
    options.context = context;
    options.corpusDocuments = documents;
    return options;
}
}  // namespace

class TestDemoTraining : public QObject {
    Q_OBJECT
private slots:
    void shortTrainingLowersTheLossAndWritesALoadableFolder() {
        DemoTrainingOptions options = smallRun("demo_training_short", 80, 64, 8, 64, 1500);
        const fs::path out = options.outputDirectory;
        options.repeatedFraction = 0.25;  // mostly grammar text, which a short run learns visibly
        std::vector<DemoTrainingStep> steps;
        trainDemoModel(options, [&](const DemoTrainingStep& step) { steps.push_back(step); });
        QCOMPARE(static_cast<int>(steps.size()), 80);
        auto mean = [&](size_t begin, size_t end) {
            double sum = 0;
            for (size_t i = begin; i < end; ++i) sum += steps[i].loss;
            return sum / static_cast<double>(end - begin);
        };
        // Uniform guessing over the vocabulary costs ln(vocab) ~ 6.6 nats; the first steps are there, the last well
        // below (the grammar text is learned first).
        QVERIFY2(mean(0, 5) > 6.0, qPrintable(QString::number(mean(0, 5))));
        QVERIFY2(mean(70, 80) < mean(0, 5) - 1.5, qPrintable(QString::number(mean(70, 80))));
        // No copying forms in 80 steps, so the alphabet widens at the fallback (75% of the steps) and ends whole.
        QCOMPARE(steps[59].alphabet, int64_t(options.startAlphabet));
        QVERIFY(steps.back().alphabet > steps[59].alphabet);

        for (const char* file : {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                                 "README.md", "training_log.csv"})
            QVERIFY2(fs::exists(out / file), file);
        std::ifstream configFile(out / "config.json");
        const auto config = nlohmann::json::parse(configFile);
        QCOMPARE(config["architectures"][0].get<std::string>(), std::string("LlamaForCausalLM"));
        QCOMPARE(config["num_hidden_layers"].get<int>(), 2);
        std::ifstream log(out / "training_log.csv");
        std::string header;
        std::getline(log, header);
        QCOMPARE(header, std::string("step,loss,copy_loss,alphabet,seconds"));

        const auto model = Model::load(out.string());
        QCOMPARE(model->info().layers, 2);
        QVERIFY(model->tokenizer());
        const auto encoding = model->tokenizer()->encode("The cat sees the dog.");
        ModelInput input;
        input.ids = encoding.ids;
        input.tokens = encoding.tokens;
        const auto capture = model->run(input);
        QCOMPARE(capture->input().ids.front(), int64_t(0));  // BOS
        const auto scores = computeHeadScores(*capture);
        QCOMPARE(static_cast<int>(scores.size()), 2 * 4);
    }

    void sameSeedSameWeights() {
        auto train = [](const std::string& name) {
            const DemoTrainingOptions options = smallRun(name, 3, 32, 2, 32, 200);
            std::vector<double> losses;
            trainDemoModel(options, [&](const DemoTrainingStep& step) { losses.push_back(step.loss); });
            return losses;
        };
        QCOMPARE(train("demo_training_seed_a"), train("demo_training_seed_b"));
    }

    void recipeStudyOptionsWriteALoadableFolder() {
        // The options tests/fixtures/demo/recipe_grid.sh varies: attention biases (written, loaded, zero at the
        // start), sequences with nothing to copy once the alphabet widens, segments that are spans of text, weight
        // decay; the model card says each and its command repeats them.
        DemoTrainingOptions options = smallRun("demo_training_study", 6, 32, 4, 32, 200);
        options.attentionBias = true;
        options.unrepeatedFraction = 0.5;
        options.textRepeatShare = 0.5;
        options.earlyTextRepeatShare = 0.25;
        options.weightDecay = 0.1;
        options.widenBy = 0.3;
        std::vector<DemoTrainingStep> steps;
        trainDemoModel(options, [&](const DemoTrainingStep& step) { steps.push_back(step); });
        QCOMPARE(static_cast<int>(steps.size()), 6);
        for (const auto& step : steps) QVERIFY(std::isfinite(step.loss));
        std::ifstream configFile(fs::path(options.outputDirectory) / "config.json");
        QVERIFY(nlohmann::json::parse(configFile)["attention_bias"].get<bool>());
        const auto model = Model::load(options.outputDirectory);
        ModelInput input;
        input.ids = model->tokenizer()->encode("The cat sees the dog.").ids;
        QCOMPARE(static_cast<int>(computeHeadScores(*model->run(input)).size()), 2 * 4);
        std::ifstream card(fs::path(options.outputDirectory) / "README.md");
        const std::string text((std::istreambuf_iterator<char>(card)), std::istreambuf_iterator<char>());
        for (const char* expected :
             {"--unrepeated-fraction 0.5", "--text-repeat-share 0.5", "--early-text-repeat-share 0.25",
              "50% of the segments repeated with text around are a span of one text sentence",
              "Before the widening, 25% of the segments repeated with text around are a span of one text sentence.",
              "50% of the sequences hold random tokens that never repeat"})
            QVERIFY2(text.find(expected) != std::string::npos, expected);
    }

    void sequencesWithNothingToCopyNeverRepeatAToken() {
        // Text of one token the segments cannot draw (99, outside the 50-token vocabulary), so everything else
        // after BOS is the random part: at least 8 tokens, none of them twice, all from the alphabet.
        training::DemoBatches batches({{99, 99, 99}}, 0, 1, 50, 48, 3);
        for (int64_t alphabet : {int64_t{12}, int64_t{49}}) {
            for (int draw = 0; draw < 20; ++draw) {
                const auto sequence = batches.unrepeatedSequence(alphabet);
                QCOMPARE(static_cast<int>(sequence.size()), 48);
                QCOMPARE(sequence.front(), int64_t{0});
                std::set<int64_t> seen;
                for (size_t i = 1; i < sequence.size() && sequence[i] != 99; ++i) {
                    QVERIFY(sequence[i] >= 1 && sequence[i] < 50);
                    QVERIFY2(seen.insert(sequence[i]).second, "a token repeats");
                }
                QVERIFY(seen.size() >= 8 && static_cast<int64_t>(seen.size()) <= alphabet);
            }
        }
    }

    void repeatedSegmentsCanBeASpanOfOneSentence() {
        // One document of two sentences behind BOS (10..15, then 20..25): with every segment a text span, the copied
        // run is 4 or more consecutive tokens of one sentence, never crossing the BOS between them. Sentences of 3
        // tokens are too short to copy, so segments fall back to random tokens (ids 30 and up never occur in text).
        const auto copiedSegment = [](const std::vector<int64_t>& sequence, const std::vector<uint8_t>& copyable) {
            const auto first = std::find(copyable.begin(), copyable.end(), 1) - copyable.begin();
            auto end = first;
            while (end < static_cast<std::ptrdiff_t>(copyable.size()) && copyable[static_cast<size_t>(end)]) ++end;
            return std::vector<int64_t>(sequence.begin() + first - 1, sequence.begin() + end);
        };
        training::DemoBatches text({{10, 11, 12, 13, 14, 15, 0, 20, 21, 22, 23, 24, 25}}, 0, 1, 50, 64, 5);
        text.setTextRepeatShare(1.0);
        std::vector<uint8_t> copyable;
        for (int draw = 0; draw < 30; ++draw) {
            const auto segment = copiedSegment(text.repeatedSegmentSequence(49, &copyable), copyable);
            QVERIFY(segment.size() >= 4 && segment.size() <= 6);
            QVERIFY((segment.front() >= 10 && segment.back() <= 15) || (segment.front() >= 20 && segment.back() <= 25));
            for (size_t k = 1; k < segment.size(); ++k) QCOMPARE(segment[k], segment[k - 1] + 1);
        }
        training::DemoBatches shortText({{10, 11, 12, 0, 20, 21, 22}}, 0, 30, 50, 64, 5);
        shortText.setTextRepeatShare(1.0);
        for (int draw = 0; draw < 10; ++draw) {
            const auto segment = copiedSegment(shortText.repeatedSegmentSequence(20, &copyable), copyable);
            QVERIFY(segment.size() >= 4);
            for (const auto id : segment) QVERIFY(id >= 30);
        }
    }

    void packedDocumentsCanEachStartWithBos() {
        // Two documents of distinct tokens (2 3 4 and 5 6 7 8): with document BOS, every document after the first
        // begins with BOS 0, and BOS is never doubled; without, a sequence holds only the leading BOS.
        training::DemoBatches batches({{2, 3, 4}, {5, 6, 7, 8}}, 0, 2, 10, 40, 11);
        for (const bool separate : {false, true}) {
            batches.setDocumentBos(separate);
            const auto sequence = batches.documentSequence();
            QCOMPARE(static_cast<int>(sequence.size()), 40);
            QCOMPARE(sequence.front(), int64_t{0});
            int boundaries = 0;
            for (size_t i = 1; i < sequence.size(); ++i) {
                const bool starts = sequence[i] == 2 || sequence[i] == 5;
                if (sequence[i] == 0) {
                    QVERIFY(separate);
                    QVERIFY2(sequence[i - 1] != 0, "BOS doubled");
                    QVERIFY2(i + 1 == sequence.size() || sequence[i + 1] == 2 || sequence[i + 1] == 5,
                             "BOS inside a document");
                }
                if (starts && i > 1) {
                    ++boundaries;
                    QCOMPARE(sequence[i - 1] == 0, separate);
                }
            }
            QVERIFY(boundaries >= 5);
        }
    }

    void recallTriggersAreAnsweredByANeighbourOfTheTokenBeforeThemLastTime() {
        // Text from a 6-token vocabulary repeats tokens often; the trigger is special token 1, text ids are >= 2.
        training::DemoBatches batches({{2, 3, 4, 5, 2, 6, 7, 3, 3, 5}, {4, 4, 6, 2, 7}}, 0, 2, 8, 64, 5, 1);
        for (const int offset : {1, -1}) {
            batches.setRecallAnswer(offset);
            int triggers = 0;
            for (int draw = 0; draw < 50; ++draw) {
                std::vector<uint8_t> recalled;
                const auto sequence = batches.documentSequence(0.3, &recalled);
                QCOMPARE(static_cast<int>(sequence.size()), 64);
                QCOMPARE(static_cast<int>(recalled.size()), 64);
                QCOMPARE(sequence.front(), int64_t{0});
                for (size_t i = 1; i < sequence.size(); ++i) {
                    QCOMPARE(recalled[i] == 1, sequence[i - 1] == 1);  // every trigger, and only it, asks
                    if (sequence[i - 1] != 1) continue;
                    ++triggers;
                    const int64_t before = sequence[i - 2];
                    QVERIFY(before >= 2);
                    size_t earlier = i - 2;
                    while (--earlier >= 1 && sequence[earlier] != before) {
                    }
                    QVERIFY2(earlier >= 1, "the token before a trigger occurred earlier");
                    QCOMPARE(sequence[i], sequence[offset > 0 ? earlier + 1 : earlier - 1]);
                    QVERIFY(sequence[i] >= 2);
                }
            }
            QVERIFY2(triggers > 200, qPrintable(QString::number(triggers)));
        }
        QVERIFY_THROWS_EXCEPTION(EngineError, batches.setRecallAnswer(0));
        // Without a rate (or a trigger id) the text is unchanged, with nothing marked.
        std::vector<uint8_t> recalled;
        for (const auto id : batches.documentSequence(0.0, &recalled)) QVERIFY(id != 1);
        QCOMPARE(std::accumulate(recalled.begin(), recalled.end(), 0), 0);
    }

    void bookmarksAreRecalledByTheTokenBeforeTheLatestMark() {
        // Trigger 1, mark 2, text ids >= 3.
        training::DemoBatches batches({{3, 4, 5, 6, 3, 7, 8, 4}, {5, 5, 7, 3, 8}}, 0, 3, 9, 64, 11, 1);
        batches.setBookmark(2);
        int answers = 0;
        for (int draw = 0; draw < 50; ++draw) {
            std::vector<uint8_t> recalled;
            const auto sequence = batches.documentSequence(0.2, &recalled);
            QCOMPARE(static_cast<int>(sequence.size()), 64);
            QCOMPARE(sequence.front(), int64_t{0});
            int64_t open = -1;
            size_t markAt = 0;
            for (size_t i = 1; i < sequence.size(); ++i) {
                QCOMPARE(recalled[i] == 1, sequence[i - 1] == 1);
                if (sequence[i] == 2) {
                    QCOMPARE(open, int64_t{-1});  // one bookmark open at a time
                    open = sequence[i - 1];
                    markAt = i;
                    QVERIFY(open >= 3);
                } else if (sequence[i - 1] == 1) {
                    QVERIFY2(open >= 0 && i - markAt >= 4, "a trigger follows its mark after some text");
                    QCOMPARE(sequence[i], open);
                    open = -1;
                    ++answers;
                }
            }
        }
        QVERIFY2(answers > 100, qPrintable(QString::number(answers)));
        QVERIFY_THROWS_EXCEPTION(EngineError, batches.setBookmark(1));  // the trigger cannot also be the mark
    }

    void bigramWalksFollowAFixedChainOfTheMostFrequentTokens() {
        // Text in which 7 is the most frequent token, then 5 and 3; a chain over those three, two successors each.
        training::DemoBatches batches({{7, 7, 7, 5, 5, 3}}, 0, 1, 10, 40, 9);
        QVERIFY_THROWS_EXCEPTION(EngineError, batches.bigramSequence());  // no chain yet
        batches.setBigramChain(3, 2);
        std::map<int64_t, std::set<int64_t>> successors;
        for (int draw = 0; draw < 30; ++draw) {
            const auto sequence = batches.bigramSequence();
            QCOMPARE(static_cast<int>(sequence.size()), 40);
            QCOMPARE(sequence.front(), int64_t{0});
            for (size_t i = 1; i < sequence.size(); ++i) {
                QVERIFY(sequence[i] == 7 || sequence[i] == 5 || sequence[i] == 3);
                if (i > 1) successors[sequence[i - 1]].insert(sequence[i]);
            }
        }
        for (const auto& [token, next] : successors) QVERIFY2(next.size() <= 2, qPrintable(QString::number(token)));
    }

    void recallTrainingAddsTheTriggerTokenAndLogsItsLoss() {
        DemoTrainingOptions options = smallRun("demo_training_recall", 4, 32, 4, 32, 200);
        options.recallRate = 0.3;
        options.repeatedFraction = 0.0;
        options.widenBy = 0.0;  // triggers join once the alphabet widens: here from the first step
        std::vector<DemoTrainingStep> steps;
        trainDemoModel(options, [&](const DemoTrainingStep& step) { steps.push_back(step); });
        for (const auto& step : steps) QVERIFY(std::isfinite(step.recallLoss));
        std::ifstream log(fs::path(options.outputDirectory) / "training_log.csv");
        std::string header;
        std::getline(log, header);
        QCOMPARE(header, std::string("step,loss,copy_loss,recall_loss,alphabet,seconds"));
        const auto model = Model::load(options.outputDirectory);
        const auto encoding = model->tokenizer()->encode("the cat<|recall|>");
        QCOMPARE(encoding.ids.back(), int64_t{1});
        QCOMPARE(encoding.tokens.back(), std::string("<|recall|>"));
    }

    void bookmarkTrainingAddsTheMarkTokenAndALongBosEmbedding() {
        DemoTrainingOptions options = smallRun("demo_training_bookmark", 1, 32, 4, 32, 200);
        options.recallRate = 0.2;
        options.recallAnswer = "mark";
        options.repeatedFraction = 0.0;
        options.widenBy = 0.0;
        options.bosScale = 10.0;
        options.learningRate = 1e-7;  // one step that leaves the initial weights as they were, in effect
        trainDemoModel(options, {});
        const auto model = Model::load(options.outputDirectory);
        const auto encoding = model->tokenizer()->encode("the cat<|mark|> sat<|recall|>");
        const auto mark = std::find(encoding.tokens.begin(), encoding.tokens.end(), std::string("<|mark|>"));
        QVERIFY(mark != encoding.tokens.end());
        QCOMPARE(encoding.ids[static_cast<size_t>(mark - encoding.tokens.begin())], int64_t{2});
        QCOMPARE(encoding.ids.back(), int64_t{1});
        ModelInput input;
        input.ids = encoding.ids;
        input.tokens = encoding.tokens;
        const auto capture = model->run(input);
        // Row 0 of the hidden norms is the embedding output: BOS's is about ten times as long as the other tokens'.
        const auto& norms = capture->hiddenNorms();
        double others = 0;
        for (int64_t t = 1; t < norms.cols; ++t) others += norms(0, t);
        others /= static_cast<double>(norms.cols - 1);
        const double ratio = norms(0, 0) / others;
        QVERIFY2(ratio > 6 && ratio < 15, qPrintable(QString::number(ratio)));
        options.recallAnswer = "sideways";
        QVERIFY_THROWS_EXCEPTION(EngineError, trainDemoModel(options, {}));
    }

    void textComesFromTheSentencePoolAtItsShare() {
        training::DemoBatches batches({{5, 6, 7}}, 0, 2, 12, 32, 3);
        batches.setSentenceDocuments({{8, 9}});
        const auto from = [](const std::vector<int64_t>& sequence) {
            return std::set<int64_t>(sequence.begin() + 1, sequence.end());
        };
        QCOMPARE(from(batches.documentSequence()), (std::set<int64_t>{5, 6, 7}));  // share 0: the grammar only
        batches.setSentenceShare(1.0);
        QCOMPARE(from(batches.documentSequence()), (std::set<int64_t>{8, 9}));
        batches.setSentenceShare(0.5);
        QCOMPARE(from(batches.documentSequence()), (std::set<int64_t>{5, 6, 7, 8, 9}));  // 15 draws: both pools
        QVERIFY_THROWS_EXCEPTION(EngineError, batches.setSentenceDocuments({{}}));
    }

    void sentenceFilesJoinTheTextAndGiveTheirWordsTokens() {
        DemoTrainingOptions options = smallRun("demo_training_sentences", 2, 32, 4, 32, 50);
        const fs::path english = fs::path(options.outputDirectory).parent_path() / "demo_training_sentences_en.txt";
        const fs::path german = fs::path(options.outputDirectory).parent_path() / "demo_training_sentences_de.txt";
        {
            std::ofstream(english) << "The umbrella stands by the door.\n\n  Rain is expected tomorrow.  \n";
            std::ofstream(german) << "Der Regenschirm steht an der Tür.\nMorgen soll es regnen.\n";
        }
        options.sentenceFiles = {english.string(), german.string()};
        trainDemoModel(options, {});
        const auto model = Model::load(options.outputDirectory);
        // Every word of the training text is one token (the vocabulary is far from its bound here).
        for (const std::string word : {" umbrella", " Regenschirm", " Tür", " tomorrow"})
            QCOMPARE(model->tokenizer()->encode(word, false).ids.size(), size_t{1});
        std::ifstream card(fs::path(options.outputDirectory) / "README.md");
        const std::string text((std::istreambuf_iterator<char>(card)), std::istreambuf_iterator<char>());
        QVERIFY(text.find("ordinary sentences") != std::string::npos);
        // The card's command reproduces the run: the sentence files are in it, in order.
        QVERIFY(text.find("--sentences " + english.string() + " --sentences " + german.string()) != std::string::npos);
        QVERIFY(text.find("--hidden 32") != std::string::npos);

        options.sentenceFiles = {(fs::path(options.outputDirectory) / "missing.txt").string()};
        try {
            trainDemoModel(options, {});
            QFAIL("a missing sentences file was accepted");
        } catch (const EngineError& error) {
            QVERIFY(std::string(error.what()).find("missing.txt") != std::string::npos);
        }
        const fs::path blank = fs::path(options.outputDirectory) / "blank.txt";
        std::ofstream(blank) << "\n   \n";
        options.sentenceFiles = {blank.string()};
        QVERIFY_THROWS_EXCEPTION(EngineError, trainDemoModel(options, {}));
    }

    void documentsWithAnEndChanceHaveLengthsWithoutMemory() {
        const auto sentenceCounts = [](double documentEnd) {
            std::map<long, int> counts;  // sentences a document holds -> documents
            for (const auto& document : demoGrammarDocuments(2000, 7, documentEnd))
                ++counts[std::count(document.begin(), document.end(), '.')];
            return counts;
        };
        const auto fixed = sentenceCounts(0.0);  // the shipped recipe: 3 to 8
        QCOMPARE(fixed.begin()->first, 3L);
        QCOMPARE(fixed.rbegin()->first, 8L);
        const auto geometric = sentenceCounts(0.25);
        QCOMPARE(geometric.begin()->first, 1L);
        QVERIFY(geometric.rbegin()->first > 12);
        // The same chance of an end after every sentence: about a quarter of the documents have one sentence, and
        // about a quarter of those with two or more have exactly two.
        const int total = 2000, one = geometric.at(1), two = geometric.at(2);
        QVERIFY2(std::abs(one - total / 4) < 100, std::to_string(one).c_str());
        QVERIFY2(std::abs(two - (total - one) / 4) < 100, std::to_string(two).c_str());
        QVERIFY_THROWS_EXCEPTION(EngineError, demoGrammarDocuments(10, 0, 1.5));
    }

    void textDocumentsCanBeDrawnAnewOnceTheAlphabetWidens() {
        training::DemoBatches batches({{5, 6, 7}}, 0, 2, 12, 32, 3);
        batches.setGrammarDocuments({{8, 9}});
        const auto sequence = batches.documentSequence();
        QCOMPARE(std::set<int64_t>(sequence.begin() + 1, sequence.end()), (std::set<int64_t>{8, 9}));
        QVERIFY_THROWS_EXCEPTION(EngineError, batches.setGrammarDocuments({}));

        DemoTrainingOptions options = smallRun("demo_training_late_end", 2, 32, 4, 32, 50);
        options.widenBy = 0.0;  // widens at the first step, so the late documents are drawn and trained on
        options.lateDocumentEnd = 1.0;
        trainDemoModel(options, {});
        std::ifstream card(fs::path(options.outputDirectory) / "README.md");
        const std::string text((std::istreambuf_iterator<char>(card)), std::istreambuf_iterator<char>());
        QVERIFY(text.find("drawn anew") != std::string::npos);
        QVERIFY(text.find("--late-document-end 1") != std::string::npos);
        for (const auto& [bad, flag] :
             {std::pair{&DemoTrainingOptions::lateDocumentEnd, "--late-document-end"},
              std::pair{&DemoTrainingOptions::sentenceDocumentEnd, "--sentence-document-end"}}) {
            DemoTrainingOptions wrong = options;
            wrong.*bad = 1.5;
            try {
                trainDemoModel(wrong, {});
                QFAIL("an end chance above 1 was accepted");
            } catch (const EngineError& error) {
                QVERIFY2(std::string(error.what()).find(flag) != std::string::npos, error.what());
            }
        }
    }

    void sentenceDocumentsCanHaveTheirOwnEndChance() {
        DemoTrainingOptions options = smallRun("demo_training_sentence_end", 2, 32, 4, 32, 50);
        const fs::path english = fs::path(options.outputDirectory).parent_path() / "demo_training_sentence_end.txt";
        std::ofstream(english) << "The umbrella stands by the door.\nRain is expected tomorrow.\n";
        options.sentenceFiles = {english.string()};
        options.documentEnd = 0.25;
        options.sentenceDocumentEnd = 1.0;
        trainDemoModel(options, {});
        std::ifstream card(fs::path(options.outputDirectory) / "README.md");
        const std::string text((std::istreambuf_iterator<char>(card)), std::istreambuf_iterator<char>());
        QVERIFY(text.find("A document of ordinary sentences ends after each of them with probability 1.") !=
                std::string::npos);
        QVERIFY(text.find("--document-end 0.25 --sentence-document-end 1") != std::string::npos);
    }

    void everySentenceCanStartWithBos() {
        training::DemoGrammar grammar;
        DeterministicRandom random(3);
        const std::string text = grammar.document(random, 0.0, '\x1e');
        QCOMPARE(std::count(text.begin(), text.end(), '\x1e') + 1, std::count(text.begin(), text.end(), '.'));

        DemoTrainingOptions options = smallRun("demo_training_sentence_bos", 2, 32, 4, 32, 50);
        const fs::path english = fs::path(options.outputDirectory).parent_path() / "demo_training_sentence_bos.txt";
        std::ofstream(english) << "Umbrellas stand by the door.\nRain falls.\n";
        options.sentenceFiles = {english.string()};
        options.sentenceBos = "all";
        trainDemoModel(options, {});
        // Each sentence is encoded from its own start, behind its BOS: its first word without a leading space.
        std::ifstream tokenizer(fs::path(options.outputDirectory) / "tokenizer.json");
        const auto vocab = nlohmann::json::parse(tokenizer)["model"]["vocab"];
        QVERIFY(vocab.contains("Rain") && vocab.contains("Umbrellas"));
        QVERIFY(!vocab.contains("\u0120Rain") && !vocab.contains("\u0120Umbrellas"));
        std::ifstream card(fs::path(options.outputDirectory) / "README.md");
        const std::string readme((std::istreambuf_iterator<char>(card)), std::istreambuf_iterator<char>());
        QVERIFY(readme.find("Every sentence of the text starts with `<|bos|>`") != std::string::npos);
        QVERIFY(readme.find("--sentence-bos all") != std::string::npos);
        std::ofstream(english) << "Fine.\n\nA record\x1eseparator.\n";  // would be taken for a sentence boundary
        try {
            trainDemoModel(options, {});
            QFAIL("a sentence holding the separator was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("line 3") != std::string::npos, error.what());
        }
        options.sentenceFiles.clear();
        options.sentenceBos = "sentences";  // with no ordinary sentences to put BOS before
        QVERIFY_THROWS_EXCEPTION(EngineError, trainDemoModel(options, {}));
        options.sentenceBos = "some";
        try {
            trainDemoModel(options, {});
            QFAIL("--sentence-bos some was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("--sentence-bos") != std::string::npos, error.what());
        }
    }

    void badOptionsAreErrors() {
        DemoTrainingOptions options;
        options.outputDirectory = (fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / "demo_training_bad").string();
        options.hidden = 30;  // not divisible by 4 heads
        QVERIFY_THROWS_EXCEPTION(EngineError, trainDemoModel(options, {}));
    }
};

QTEST_GUILESS_MAIN(TestDemoTraining)
#include "test_demo_training.moc"
