// Loading model folders: every architecture of the table from a random folder, backbone prefixes present or not,
// sharded and BF16 checkpoints, tied embeddings, and Hugging Face cache entries.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/tools/safetensors.h"
#include "tiny_models.h"

using namespace attnscope;
namespace fs = std::filesystem;

namespace {

ModelInput idsInput(int count) {
    ModelInput input;
    for (int i = 0; i < count; ++i) input.ids.push_back((i * 7 + 3) % 50);
    return input;
}

ModelInput inputFor(const Model& model, int count) {
    if (!model.info().imageInput) return idsInput(count);
    ModelInput input;
    input.pixelValues.assign(3 * 32 * 32, 0.0f);
    for (size_t i = 0; i < input.pixelValues.size(); ++i) input.pixelValues[i] = float((i * 37) % 101) / 50.0f - 1;
    return input;
}

float maxDifference(const FloatMatrix& a, const FloatMatrix& b) {
    if (a.rows != b.rows || a.cols != b.cols) return 1e30f;
    float most = 0;
    for (size_t i = 0; i < a.values.size(); ++i) most = std::max(most, std::abs(a.values[i] - b.values[i]));
    return most;
}

// Rewrites DIR/model.safetensors with every tensor name passed through `rename`.
void renameTensors(const std::string& dir, const std::function<std::string(const std::string&)>& rename) {
    const std::string path = dir + "/model.safetensors";
    safetensors::Writer writer;
    {
        const auto file = safetensors::File::open(path);
        for (const auto& name : file->names()) {
            const auto& view = file->tensor(name);
            writer.addRaw(rename(name), view.dtype, view.shape,
                          std::vector<uint8_t>(view.data, view.data + view.byteSize));
        }
    }
    writer.write(path);
}

}  // namespace

class TestModelLoading : public QObject {
    Q_OBJECT
private slots:
    void everyArchitectureOfTheTableHasATinyConfig() {
        // A new table entry without a tiny config here would never be loaded by the tests below.
        for (const auto& types : attnscope::supportedModelTypes()) {
            bool covered = false;
            for (const auto& type : types) covered = covered || tiny::configs().count(type) > 0;
            QVERIFY2(covered,
                     qPrintable(QString::fromStdString(types.front()) + " has no tiny config in tiny_models.h"));
        }
        QCOMPARE(tiny::configs().size(), attnscope::supportedModelTypes().size());
    }

    void everyArchitectureLoadsAndRuns_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<bool>("causal");
        for (const auto& [name, config] : tiny::configs()) {
            const bool grouped = name == "llama" || name == "qwen2" || name == "qwen3" || name == "phi3" ||
                                 name == "olmo2" || name == "gemma2" || name == "gemma3_text";
            const int kv = grouped ? 2 : name == "mistral" ? 1 : 4;
            const bool causal = name != "bert" && name != "roberta" && name != "distilbert" && name != "vit" &&
                                name.rfind("dinov2", 0) != 0 && name != "clip_vision_model" && name != "clip" &&
                                name != "t5" && name != "bart";  // encoder-decoder models: info describes the encoder
            QTest::newRow(name.c_str()) << QString::fromStdString(name) << kv << causal;
        }
    }
    void everyArchitectureLoadsAndRuns() {
        QFETCH(QString, arch);
        QFETCH(int, kvHeads);
        QFETCH(bool, causal);
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, arch.toStdString());
        const auto model = Model::load(folder);
        const auto& info = model->info();
        QCOMPARE(QString::fromStdString(info.architecture), arch);
        QCOMPARE(info.layers, 2);
        QCOMPARE(info.heads, 4);
        QCOMPARE(info.kvHeads, kvHeads);
        QCOMPARE(info.causal, causal);
        QVERIFY(info.hasLogits);
        QCOMPARE(QString::fromStdString(info.dtype), QString("float32"));
        QVERIFY(info.parameters > 1000);

        ModelInput input = inputFor(*model, 9);
        if (info.encoderDecoder) input.decoderIds = input.ids;  // the decoder part (returned) over 9 tokens too
        const auto capture = model->run(input);
        const int tokens = info.imageInput ? 17 + (arch == "dinov2_with_registers" ? 2 : 0) : 9;
        QCOMPARE(capture->tokenCount(), tokens);
        QCOMPARE(capture->hiddenNorms().rows, int64_t(3));
        QCOMPARE(capture->hiddenNorms().cols, int64_t(tokens));
        QCOMPARE(capture->logits().rows, int64_t(info.imageInput ? 1 : tokens));
        QCOMPARE(capture->logits().cols, int64_t(info.outputIsEmbedding ? 32 : info.imageInput ? 3 : 50));
        for (int layer = 0; layer < 2; ++layer)
            for (int head = 0; head < 4; ++head) {
                const auto map = capture->attention(layer, head);
                for (int row = 0; row < tokens; ++row) {
                    double sum = 0;
                    for (int col = 0; col < tokens; ++col) {
                        sum += map(row, col);
                        if (causal && col > row) QCOMPARE(map(row, col), 0.0f);
                    }
                    QVERIFY(std::abs(sum - 1.0) < 1e-5);
                }
            }
    }

    void configVariantsLoadAndRun_data() {
        QTest::addColumn<QString>("config");
        QTest::newRow("opt projected embeddings") << R"({"model_type":"opt","hidden_size":32,"num_attention_heads":4,
            "num_hidden_layers":2,"ffn_dim":48,"vocab_size":50,"max_position_embeddings":64,"word_embed_proj_dim":16})";
        QTest::newRow("opt post-norm") << R"({"model_type":"opt","hidden_size":32,"num_attention_heads":4,
            "num_hidden_layers":2,"ffn_dim":48,"vocab_size":50,"max_position_embeddings":64,"do_layer_norm_before":false})";
        QTest::newRow("gpt_neox sequential residual") << R"({"model_type":"gpt_neox","hidden_size":32,
            "num_attention_heads":4,"num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,
            "max_position_embeddings":64,"use_parallel_residual":false,"attention_bias":false})";
        QTest::newRow("gpt2 inverse layer scaling") << R"({"model_type":"gpt2","n_embd":32,"n_head":4,"n_layer":2,
            "n_positions":64,"vocab_size":50,"scale_attn_by_inverse_layer_idx":true,"activation_function":"relu"})";
        QTest::newRow("llama linear rope, attention bias") << R"({"model_type":"llama","hidden_size":32,
            "num_attention_heads":4,"num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,
            "max_position_embeddings":64,"attention_bias":true,"rope_scaling":{"type":"linear","factor":2.0}})";
        QTest::newRow("qwen2 sliding window from layer 1") << R"({"model_type":"qwen2","hidden_size":32,
            "num_attention_heads":4,"num_key_value_heads":2,"num_hidden_layers":2,"intermediate_size":48,
            "vocab_size":50,"max_position_embeddings":64,"use_sliding_window":true,"sliding_window":3,
            "max_window_layers":1})";
    }
    void configVariantsLoadAndRun() {
        QFETCH(QString, config);
        QTemporaryDir dir;
        const std::string folder = (dir.path() + "/model").toStdString();
        RandomModelOptions options;
        options.scale = 0.3;
        writeRandomModel(folder, config.toStdString(), options);
        const auto capture = Model::load(folder)->run(idsInput(8));
        QCOMPARE(capture->logits().cols, int64_t(50));
        double sum = 0;
        for (float p : capture->attentionRow(1, 1, 7)) sum += p;
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
        if (config.contains("sliding_window")) {  // layer 0 sees everything earlier, layer 1 only 3 keys
            QVERIFY(capture->attention(0, 0)(7, 0) > 0.0f);
            QCOMPARE(capture->attention(1, 0)(7, 4), 0.0f);
            QVERIFY(capture->attention(1, 0)(7, 5) > 0.0f);
        }
    }

    void slidingWindowHidesKeysFartherThanTheWindow() {
        QTemporaryDir dir;
        const auto capture = Model::load(tiny::write(dir, "mistral"))->run(idsInput(10));
        const auto map = capture->attention(1, 2);
        for (int row = 0; row < 10; ++row)
            for (int col = 0; col < 10; ++col) {
                const bool visible = col <= row && row - col < 4;
                QCOMPARE(map(row, col) > 0.0f, visible);
            }
        QCOMPARE(capture->kvHeadOf(3), 0);  // MQA: every head reads kv head 0
    }

    void backbonePrefixIsOptional_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("gpt2") << "gpt2"
                              << "transformer.";
        QTest::newRow("bert") << "bert"
                              << "bert.";
        QTest::newRow("roberta") << "roberta"
                                 << "roberta.";
        QTest::newRow("distilbert") << "distilbert"
                                    << "distilbert.";
        QTest::newRow("llama") << "llama"
                               << "model.";
        QTest::newRow("vit") << "vit"
                             << "vit.";
    }
    void backbonePrefixIsOptional() {
        QFETCH(QString, arch);
        QFETCH(QString, prefix);
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, arch.toStdString());
        const auto model = Model::load(folder);
        const auto before = model->run(inputFor(*model, 6));
        const std::string strip = prefix.toStdString();
        renameTensors(folder, [&](const std::string& name) {
            return name.rfind(strip, 0) == 0 ? name.substr(strip.size()) : name;
        });
        const auto after = Model::load(folder)->run(inputFor(*model, 6));
        QCOMPARE(maxDifference(before->logits(), after->logits()), 0.0f);
    }

    void oldLayerNormNamesGammaAndBetaAreAccepted() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "bert");
        const auto before = Model::load(folder)->run(idsInput(5));
        renameTensors(folder, [](const std::string& name) {
            if (name.find("LayerNorm.weight") != std::string::npos) return name.substr(0, name.size() - 6) + "gamma";
            if (name.find("LayerNorm.bias") != std::string::npos) return name.substr(0, name.size() - 4) + "beta";
            return name;
        });
        const auto after = Model::load(folder)->run(idsInput(5));
        QCOMPARE(maxDifference(before->logits(), after->logits()), 0.0f);
    }

    void shardedCheckpointMatchesSingleFile() {
        QTemporaryDir dir;
        RandomModelOptions sharded;
        sharded.shards = 3;
        const auto single = Model::load(tiny::write(dir, "llama", "single"))->run(idsInput(7));
        const auto folder = tiny::write(dir, "llama", "sharded", sharded);
        QVERIFY(fs::exists(folder + "/model.safetensors.index.json"));
        QVERIFY(fs::exists(folder + "/model-00003-of-00003.safetensors"));
        const auto split = Model::load(folder)->run(idsInput(7));
        QCOMPARE(maxDifference(single->logits(), split->logits()), 0.0f);
    }

    void bfloat16WeightsComputeInFloat32ByDefault() {
        QTemporaryDir dir;
        RandomModelOptions bf16;
        bf16.dtype = "bfloat16";
        const auto model = Model::load(tiny::write(dir, "gpt2", "bf16", bf16));
        QCOMPARE(QString::fromStdString(model->info().dtype), QString("bfloat16"));
        QCOMPARE(QString::fromStdString(model->info().computeDtype), QString("float32"));
        const auto reference = Model::load(tiny::write(dir, "gpt2", "f32"))->run(idsInput(6));
        // Same seed: the BF16 weights are the float32 ones rounded, so outputs agree to BF16 precision.
        QVERIFY(maxDifference(model->run(idsInput(6))->logits(), reference->logits()) < 0.05f);
    }

    void bfloat16ComputeRunsOnTheCpu() {
        QTemporaryDir dir;
        LoadOptions options;
        options.dtype = "bfloat16";
        const auto model = Model::load(tiny::write(dir, "llama"), options);
        QCOMPARE(QString::fromStdString(model->info().computeDtype), QString("bfloat16"));
        const auto reference = Model::load(tiny::write(dir, "llama", "f32"))->run(idsInput(6));
        const auto capture = model->run(idsInput(6));
        QVERIFY(maxDifference(capture->attention(1, 0), reference->attention(1, 0)) < 0.05f);
        QVERIFY(capture->logitsFinite());  // checked on the bfloat16 logits themselves
    }

    void theLogitsCheckAgreesWithEveryLogit() {
        // The capture checks its logits where they are computed, from their smallest and largest value; a scan of
        // every logit on the host must agree, for ordinary weights and for weights that overflow float32.
        QTemporaryDir dir;
        RandomModelOptions huge;
        huge.scale = 1e20;
        for (const auto& [name, options] : {std::pair{"ordinary", RandomModelOptions{}}, std::pair{"huge", huge}}) {
            const auto capture = Model::load(tiny::write(dir, "gpt2", name, options))->run(idsInput(6));
            const auto& values = capture->logits().values;
            const bool everyFinite =
                std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); });
            QCOMPARE(capture->logitsFinite(), everyFinite);
            QCOMPARE(everyFinite, std::string(name) == "ordinary");
        }
    }

    void tiedEmbeddingsNeedNoHeadTensor() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "qwen2");
        QVERIFY(!safetensors::File::open(folder + "/model.safetensors")->contains("lm_head.weight"));
        QVERIFY(Model::load(folder)->info().hasLogits);
    }

    void cudaRequestFailsClearlyWithoutCuda() {
        QTemporaryDir dir;
        LoadOptions options;
        options.device = "cuda";
        try {
            Model::load(tiny::write(dir, "gpt2"), options);
        } catch (const EngineError& error) {
            QVERIFY(std::string(error.what()).find("CUDA") != std::string::npos);
            return;
        }
        QSKIP("this LibTorch has CUDA and a device");
    }

    void cacheEntryResolvesToItsSnapshot() {
        QTemporaryDir dir;
        const std::string entry = (dir.path() + "/hub/models--tiny-org--tiny-gpt2").toStdString();
        fs::create_directories(entry + "/refs");
        std::ofstream(entry + "/refs/main") << "abc123\n";
        RandomModelOptions options;
        attnscope::writeRandomModel(entry + "/snapshots/abc123", tiny::configs().at("gpt2"), options);
        const auto model = Model::load(entry);
        QCOMPARE(QString::fromStdString(model->info().directory), QString::fromStdString(entry + "/snapshots/abc123"));

        const auto cached = listHuggingFaceCache((dir.path() + "/hub").toStdString());
        QCOMPARE(cached.size(), size_t(1));
        QCOMPARE(QString::fromStdString(cached[0].repoId), QString("tiny-org/tiny-gpt2"));
        QCOMPARE(QString::fromStdString(cached[0].snapshot), QString::fromStdString(entry + "/snapshots/abc123"));
    }

    void tokenizerFailureIsRememberedNotThrown() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        auto model = Model::load(folder);
        QVERIFY(model->tokenizer() == nullptr);
        QVERIFY(model->tokenizerError().find("no tokenizer.json") != std::string::npos);
        std::ofstream(folder + "/tokenizer.json") << "{ not json";
        model = Model::load(folder);
        QVERIFY(model->tokenizer() == nullptr);
        QVERIFY(!model->tokenizerError().empty());
    }
};

QTEST_GUILESS_MAIN(TestModelLoading)
#include "test_model_loading.moc"
