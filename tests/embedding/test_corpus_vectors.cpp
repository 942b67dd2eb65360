// The corpus pipeline on the GPT-2 fixture: reading corpora, the capture job (counts, provenance, vectors equal to
// single runs, nothing but queries and keys kept, the memory estimate, cancel), the ViT image corpus, and joint
// query-key embeddings of one head and of every head.
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

#include "attnscope/capture.h"
#include "attnscope/corpus_vectors.h"
#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/query_key_embedding.h"
#include "attnscope/tokenizer.h"

using namespace attnscope;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kLines = {"The cat sat on the mat.", "Alice gave Bob 3 apples, then 2 more.",
                                         "Why?", "A dog, a cat and a bird sing near the river.",
                                         "Bob said that Alice had left at 9:15."};

std::string fixture(const std::string& name) {
    return std::string(ATTNSCOPE_TEST_DATA_DIR) + "/fixtures/models/" + name;
}

// The five lines with a blank line and a CRLF ending mixed in, as people's files have them.
std::string writeCorpusFile(const QTemporaryDir& dir) {
    const std::string path = dir.filePath("corpus.txt").toStdString();
    std::ofstream out(path, std::ios::binary);
    out << kLines[0] << "\n" << kLines[1] << "\r\n\n   \n" << kLines[2] << "\n" << kLines[3] << "\n" << kLines[4];
    return path;
}

std::shared_ptr<const Model> gpt2() {
    static const std::shared_ptr<const Model> model = Model::load(fixture("gpt2"));
    return model;
}

std::shared_ptr<const CorpusVectors> capturedCorpus() {
    static const std::shared_ptr<const CorpusVectors> corpus = [] {
        QTemporaryDir dir;
        return captureCorpus(*gpt2(), planCorpusCapture(*gpt2(), readCorpus(writeCorpusFile(dir))));
    }();
    return corpus;
}

FloatMatrix rowsOf(const FloatMatrix& matrix, int64_t first, int64_t count) {
    FloatMatrix part(count, matrix.cols);
    std::copy_n(matrix.row(first), count * matrix.cols, part.values.begin());
    return part;
}

}  // namespace

class TestCorpusVectors : public QObject {
    Q_OBJECT
private slots:
    void aTextFileGivesOneInputPerNonBlankLine() {
        QTemporaryDir dir;
        const auto corpus = readCorpus(writeCorpusFile(dir));
        QCOMPARE(corpus.size(), size_t(5));
        for (size_t i = 0; i < kLines.size(); ++i) QCOMPARE(corpus[i].text, kLines[i]);
        QCOMPARE(corpus[1].label, std::string("line 2"));
        QCOMPARE(corpus[2].label, std::string("line 5"));  // after a blank and a whitespace-only line
    }

    void aFolderOfTextFilesGivesOneInputPerFileInNameOrder() {
        QTemporaryDir dir;
        std::ofstream(dir.filePath("b.txt").toStdString()) << "second\nfile\n\n";
        std::ofstream(dir.filePath("a.txt").toStdString()) << "first";
        std::ofstream(dir.filePath("notes.md").toStdString()) << "ignored";
        const auto corpus = readCorpus(dir.path().toStdString());
        QCOMPARE(corpus.size(), size_t(2));
        QCOMPARE(corpus[0].text, std::string("first"));
        QCOMPARE(corpus[1].text, std::string("second\nfile"));
        QCOMPARE(corpus[1].label, std::string("b.txt"));
    }

    void badCorporaAreErrorsNamingThePath() {
        QTemporaryDir dir;
        std::ofstream(dir.filePath("a.txt").toStdString()) << "text";
        fs::copy_file(fixture("vit") + "/exact32.png", dir.filePath("b.png").toStdString());
        try {
            readCorpus(dir.path().toStdString());
            QFAIL("a mixed folder was accepted");
        } catch (const EngineError& error) {
            QCOMPARE(error.where(), dir.path().toStdString());
            QVERIFY(error.problem().find("both .txt files and images") != std::string::npos);
        }
        const std::string blank = dir.filePath("blank.txt").toStdString();
        std::ofstream(blank) << "\n  \n";
        QVERIFY_THROWS_EXCEPTION(EngineError, readCorpus(blank));
        QVERIFY_THROWS_EXCEPTION(EngineError, readCorpus(dir.filePath("missing.txt").toStdString()));
    }

    void everyTokenIsKeptWithItsProvenance() {
        const auto corpus = capturedCorpus();
        const auto tokenizer = gpt2()->tokenizer();
        QCOMPARE(corpus->inputCount(), 5);
        int64_t total = 0;
        for (int i = 0; i < 5; ++i) {
            const Encoding encoding = tokenizer->encode(kLines[static_cast<size_t>(i)]);
            QCOMPARE(corpus->firstRow(i), total);
            QCOMPARE(corpus->sequenceLength(i), static_cast<int>(encoding.size()));
            QCOMPARE(corpus->tokens(i), encoding.tokens);
            total += static_cast<int64_t>(encoding.size());
        }
        QCOMPARE(corpus->label(4), std::string("line 7"));
        QCOMPARE(corpus->totalTokens(), total);
        for (int layer = 0; layer < 3; ++layer)
            for (int head = 0; head < 4; ++head) {
                QCOMPARE(corpus->queries(layer, head).rows, total);
                QCOMPARE(corpus->keys(layer, head).cols, int64_t(16));
            }
    }

    void vectorsEqualThoseOfASingleRunOfTheSameLine() {
        const auto corpus = capturedCorpus();
        const auto tokenizer = gpt2()->tokenizer();
        for (int i = 0; i < 5; ++i) {
            ModelInput input;
            input.ids = tokenizer->encode(kLines[static_cast<size_t>(i)]).ids;
            const auto single = gpt2()->run(input);
            for (int layer = 0; layer < 3; ++layer)
                for (int head = 0; head < 4; ++head) {
                    const int64_t first = corpus->firstRow(i), count = corpus->sequenceLength(i);
                    QCOMPARE(rowsOf(corpus->queries(layer, head), first, count).values,
                             single->queries(layer, head).values);
                    QCOMPARE(rowsOf(corpus->keys(layer, head), first, count).values,
                             single->keys(layer, head).values);
                    const int query = static_cast<int>(count) - 1;
                    QCOMPARE(corpus->attentionRow(i, layer, head, query), single->attentionRow(layer, head, query));
                }
        }
    }

    void attentionRowsAreCausalProbabilities() {
        const auto corpus = capturedCorpus();
        const CorpusHeadAttention attention(corpus, 2, 1);
        const std::vector<float> row = attention.attentionRow(1, 3);
        QCOMPARE(row.size(), size_t(corpus->sequenceLength(1)));
        double sum = 0;
        for (size_t key = 0; key < row.size(); ++key) {
            if (key > 3) QCOMPARE(row[key], 0.0f);
            sum += row[key];
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
        QVERIFY_THROWS_EXCEPTION(EngineError, attention.attentionRow(1, corpus->sequenceLength(1)));
        QVERIFY_THROWS_EXCEPTION(EngineError, attention.attentionRow(5, 0));
    }

    void onlyQueriesAndKeysAreKept() {
        const auto corpus = capturedCorpus();
        for (int i = 0; i < corpus->inputCount(); ++i) {
            QVERIFY(corpus->capture(i)->values(0, 0).empty());
            QVERIFY(!corpus->capture(i)->hasLogits());
        }
        // Queries and keys as estimated, plus the per-token residual norms every capture keeps.
        const int64_t norms = (3 + 1) * corpus->totalTokens() * 4;
        QCOMPARE(corpus->storedBytes(), estimateCorpusBytes(gpt2()->info(), corpus->totalTokens()) + norms);
    }

    void theMemoryEstimateIsTokensLayersHeadsDimsTwoFloats() {
        QCOMPARE(estimateCorpusBytes(gpt2()->info(), 10), int64_t(10 * 3 * 4 * 16 * 2 * 4));
        QTemporaryDir dir;
        const auto plan = planCorpusCapture(*gpt2(), readCorpus(writeCorpusFile(dir)));
        QCOMPARE(plan.estimatedBytes, estimateCorpusBytes(gpt2()->info(), capturedCorpus()->totalTokens()));
    }

    void aCorpusOverTheMemoryLimitFailsBeforeAnyRun() {
        QTemporaryDir dir;
        const auto corpus = readCorpus(writeCorpusFile(dir));
        CorpusCaptureOptions options;
        options.memoryLimitBytes = estimateCorpusBytes(gpt2()->info(), capturedCorpus()->totalTokens()) - 1;
        try {
            planCorpusCapture(*gpt2(), corpus, options);
            QFAIL("the limit was not enforced");
        } catch (const EngineError& error) {
            QCOMPARE(error.where(), std::string("corpus capture"));
            QVERIFY2(error.problem().find("over the limit") != std::string::npos, error.what());
            QVERIFY2(error.problem().find("3 layers x 4 heads x 16 dimensions") != std::string::npos, error.what());
        }
        const auto job = startCorpusCapture(gpt2(), corpus, options);
        QVERIFY_THROWS_EXCEPTION(EngineError, job->result());
        options.memoryLimitBytes += 1;
        QCOMPARE(startCorpusCapture(gpt2(), corpus, options)->result()->inputCount(), 5);
    }

    void longInputsAreCutToTheLimitAndCounted() {
        CorpusCaptureOptions options;
        options.maxTokensPerInput = 4;
        std::vector<CorpusInput> corpus = {{kLines[0], {}, "a"}, {"Why?", {}, "b"}};
        const auto plan = planCorpusCapture(*gpt2(), corpus, options);
        QCOMPARE(plan.truncatedInputs, 1);
        QCOMPARE(plan.inputs[0].ids.size(), size_t(4));
        const auto vectors = captureCorpus(*gpt2(), plan);
        QCOMPARE(vectors->truncatedInputs(), 1);
        QCOMPARE(vectors->sequenceLength(0), 4);
    }

    void cancelStopsTheCaptureJob() {
        std::vector<CorpusInput> corpus(3000, CorpusInput{kLines[3], {}, "line"});
        const auto job = startCorpusCapture(gpt2(), corpus);
        job->cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, job->result());
        // Cancel before the first input: nothing runs.
        JobControl control;
        control.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, captureCorpus(*gpt2(), planCorpusCapture(*gpt2(), corpus), &control));
    }

    void theJobReportsProgressAndFinishes() {
        QTemporaryDir dir;
        const auto job = startCorpusCapture(gpt2(), readCorpus(writeCorpusFile(dir)));
        const auto corpus = job->result();
        QCOMPARE(corpus->inputCount(), 5);
        QCOMPARE(job->progress(), 1.0);
        QCOMPARE(job->stage(), std::string("done"));
    }

    void anImageFolderIsACorpusForVit() {
        QTemporaryDir dir;
        fs::copy_file(fixture("vit") + "/exact32.png", dir.filePath("a.png").toStdString());
        fs::copy_file(fixture("vit") + "/wide48x40.png", dir.filePath("b.png").toStdString());
        const auto model = Model::load(fixture("vit"));
        const auto corpus = startCorpusCapture(model, readCorpus(dir.path().toStdString()))->result();
        QCOMPARE(corpus->inputCount(), 2);
        QCOMPARE(corpus->sequenceLength(1), model->info().maxPositions);
        QCOMPARE(corpus->tokens(0).front(), std::string("[CLS]"));
        QCOMPARE(corpus->label(1), std::string("b.png"));
        std::vector<CorpusInput> text = {{"some text", {}, "line 1"}};
        QVERIFY_THROWS_EXCEPTION(EngineError, planCorpusCapture(*model, text));
    }

    void oneHeadsEmbeddingIsQueriesThenKeysOfEveryInput() {
        const auto corpus = capturedCorpus();
        EmbeddingOptions options;
        options.method = EmbeddingMethod::Pca;
        const QueryKeyEmbedding result = embedQueryKeyHead(*corpus, 1, 2, options);
        const QueryKeyPoints& points = result.points;
        points.validate();
        const int64_t total = corpus->totalTokens();
        QCOMPARE(points.size(), 2 * total);
        QCOMPARE(points.isKey[0], std::uint8_t(0));
        QCOMPARE(points.isKey[static_cast<size_t>(total)], std::uint8_t(1));
        const auto last = static_cast<size_t>(2 * total - 1);
        QCOMPARE(points.input[last], 4);
        QCOMPARE(points.position[last], corpus->sequenceLength(4) - 1);
        QCOMPARE(points.token(static_cast<int64_t>(last)), corpus->tokens(4).back());
        QCOMPARE(points.inputLabels[2], std::string("line 5"));
        QCOMPARE(result.explainedVarianceRatio.size(), size_t(2));
        // The embedded rows are the jointly normalised ones: centroids coincide.
        const QueryKeyRows rows = normalisedQueryKeyRows(*corpus, 1, 2);
        for (int64_t c = 0; c < rows.rows.cols; ++c) {
            double queries = 0, keys = 0;
            for (int64_t i = 0; i < total; ++i) queries += rows.rows(i, c), keys += rows.rows(total + i, c);
            QVERIFY(std::abs(queries - keys) / total < 1e-4);
        }
        QCOMPARE(result.normalisationScale, rows.scale);
    }

    void embeddingsAreDeterministicForASeedAndReportPartialLayouts() {
        const auto corpus = capturedCorpus();
        EmbeddingOptions options;
        options.method = EmbeddingMethod::Umap;
        options.iterations = 100;
        options.progressEvery = 50;
        std::vector<int64_t> partialRows;
        const auto first = startQueryKeyEmbedding(corpus, 0, 3, options, [&](const FloatMatrix& partial, int) {
                               partialRows.push_back(partial.rows);
                           })->result();
        QCOMPARE(partialRows, std::vector<int64_t>{2 * corpus->totalTokens()});
        const auto again = embedQueryKeyHead(*corpus, 0, 3, options);
        QCOMPARE(again.points.coordinates.values, first.points.coordinates.values);
        options.seed = 7;
        QVERIFY(embedQueryKeyHead(*corpus, 0, 3, options).points.coordinates.values !=
                first.points.coordinates.values);
        QVERIFY_THROWS_EXCEPTION(EngineError, embedQueryKeyHead(*corpus, 3, 0, options));
    }

    void everyHeadIsEmbeddedInOrder() {
        const auto corpus = capturedCorpus();
        std::vector<std::pair<int, int>> ready;
        HeadMatrixCallbacks callbacks;
        callbacks.ready = [&](int layer, int head, const QueryKeyPoints& points) {
            points.validate();
            ready.emplace_back(layer, head);
        };
        const auto all = startHeadMatrixEmbedding(corpus, {}, callbacks)->result();
        QCOMPARE(all.size(), size_t(12));
        QCOMPARE(ready.size(), size_t(12));
        QCOMPARE(ready[5], std::make_pair(1, 1));
        QCOMPARE(all[11].size(), 2 * corpus->totalTokens());
    }

    void aTokenSamplePerHeadKeepsQueryAndKeyOfTheSameTokens() {
        const auto corpus = capturedCorpus();
        HeadMatrixOptions options;
        options.maxTokensPerHead = 10;
        const auto all = embedEveryHead(*corpus, options);
        for (const auto& points : all) {
            points.validate();
            QCOMPARE(points.size(), int64_t(20));
            for (size_t i = 0; i < 10; ++i) {
                QCOMPARE(points.isKey[i + 10], std::uint8_t(1));
                QCOMPARE(points.input[i + 10], points.input[i]);
                QCOMPARE(points.position[i + 10], points.position[i]);
            }
        }
        QCOMPARE(all[0].input, all[7].input);  // the same sample for every head
    }

    void cancellingTheHeadMatrixStopsIt() {
        JobControl control;
        control.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, embedEveryHead(*capturedCorpus(), {}, &control));
    }
};

QTEST_GUILESS_MAIN(TestCorpusVectors)
#include "test_corpus_vectors.moc"
