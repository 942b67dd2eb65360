// Model errors are EngineErrors that name the file, tensor or key at fault, never crashes.
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/tools/safetensors.h"
#include "tiny_models.h"

using namespace attnscope;

namespace {

std::string loadError(const std::string& folder, const LoadOptions& options = {}) {
    try {
        Model::load(folder, options);
        return {};
    } catch (const EngineError& error) {
        return error.what();
    }
}

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Rewrites the folder's model.safetensors through `edit`, which may drop or replace tensors.
void editTensors(const std::string& folder,
                 const std::function<void(const safetensors::File&, safetensors::Writer&, const std::string&)>& edit) {
    const std::string path = folder + "/model.safetensors";
    safetensors::Writer writer;
    {
        const auto file = safetensors::File::open(path);
        for (const auto& name : file->names()) edit(*file, writer, name);
    }
    writer.write(path);
}

void copyTensor(const safetensors::File& file, safetensors::Writer& writer, const std::string& name) {
    const auto& view = file.tensor(name);
    writer.addRaw(name, view.dtype, view.shape, std::vector<uint8_t>(view.data, view.data + view.byteSize));
}

}  // namespace

class TestModelErrors : public QObject {
    Q_OBJECT
private slots:
    void unknownArchitectureNamesTheModelType() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        std::ofstream(folder + "/config.json") << R"({"model_type": "xlnet", "d_model": 32})";
        const auto error = loadError(folder);
        QVERIFY2(mentions(error, "unsupported model_type 'xlnet'") && mentions(error, "config.json"), error.c_str());
        QVERIFY(mentions(error, "gpt2"));  // lists what is supported
    }

    void featuresANewFamilyHasButTheEngineNotAreRefusedByName_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("expected");
        QTest::newRow("phi3 longrope") << "phi3"
                                       << R"({"model_type":"phi3","hidden_size":32,"num_attention_heads":4,
            "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
            "rope_scaling":{"type":"longrope","short_factor":[1,1,1,1],"long_factor":[1,1,1,1]}})"
                                       << "rope type 'longrope' is not supported";
        QTest::newRow("qwen3 yarn") << "qwen3"
                                    << R"({"model_type":"qwen3","hidden_size":32,"num_attention_heads":4,
            "num_key_value_heads":2,"num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"head_dim":12,
            "max_position_embeddings":128,"rope_scaling":{"rope_type":"yarn","factor":4.0}})"
                                    << "rope type 'yarn' is not supported";
        QTest::newRow("gemma2 bidirectional") << "gemma2"
                                              << R"({"model_type":"gemma2","hidden_size":32,"num_attention_heads":4,
            "num_key_value_heads":2,"num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"head_dim":8,
            "sliding_window":4,"use_bidirectional_attention":true})"
                                              << "use_bidirectional_attention";
        QTest::newRow("gemma3 layer_types of the wrong length")
            << "gemma3_text"
            << R"({"model_type":"gemma3_text","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
            "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"head_dim":8,"sliding_window":4,
            "layer_types":["sliding_attention"]})"
            << "must list one type per layer (2)";
        QTest::newRow("gemma3 chunked attention")
            << "gemma3_text"
            << R"({"model_type":"gemma3_text","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
            "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"head_dim":8,"sliding_window":4,
            "layer_types":["chunked_attention","full_attention"]})"
            << "\"chunked_attention\"; sliding_attention and full_attention are supported";
        QTest::newRow("gemma2 sliding layers without a window")
            << "gemma2"
            << R"({"model_type":"gemma2","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
            "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"head_dim":8,"sliding_window":null})"
            << "key sliding_window";
        QTest::newRow("gemma2 negative soft-cap")
            << "gemma2"
            << R"({"model_type":"gemma2","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
            "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"head_dim":8,"sliding_window":4,
            "attn_logit_softcapping":-1})"
            << "attn_logit_softcapping";
    }
    void featuresANewFamilyHasButTheEngineNotAreRefusedByName() {
        QFETCH(QString, arch);
        QFETCH(QString, config);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, arch.toStdString());
        std::ofstream(folder + "/config.json") << config.toStdString();
        const auto error = loadError(folder);
        QVERIFY2(mentions(error, expected.toStdString()) && mentions(error, "config.json"), error.c_str());
    }

    void missingConfigKeyIsNamed() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "llama");
        std::ofstream(folder + "/config.json") << R"({"model_type": "llama", "hidden_size": 32})";
        const auto error = loadError(folder);
        QVERIFY2(mentions(error, "num_attention_heads") && mentions(error, "config.json"), error.c_str());
    }

    void missingTensorIsNamed() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        editTensors(folder, [](const auto& file, auto& writer, const std::string& name) {
            if (name != "transformer.h.1.mlp.c_fc.weight") copyTensor(file, writer, name);
        });
        const auto error = loadError(folder);
        QVERIFY2(
            mentions(error, "missing tensor transformer.h.1.mlp.c_fc.weight") && mentions(error, "model.safetensors"),
            error.c_str());
    }

    void wrongShapeNamesTensorAndBothShapes() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "llama");
        editTensors(folder, [](const auto& file, auto& writer, const std::string& name) {
            if (name != "model.layers.0.self_attn.k_proj.weight") return copyTensor(file, writer, name);
            writer.addFloat(name, {32, 32}, std::vector<float>(32 * 32, 0.0f));  // GQA needs [16, 32]
        });
        const auto error = loadError(folder);
        QVERIFY2(mentions(error, "tensor model.layers.0.self_attn.k_proj.weight") && mentions(error, "[32, 32]") &&
                     mentions(error, "[16, 32]"),
                 error.c_str());
    }

    void checkpointOfAnotherArchitectureIsRejected() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        std::ofstream(folder + "/config.json") << tiny::configs().at("llama");
        const auto error = loadError(folder);
        QVERIFY2(mentions(error, "missing tensor model.embed_tokens.weight or embed_tokens.weight"), error.c_str());
    }

    void missingWeightsFileIsNamed() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        std::filesystem::remove(folder + "/model.safetensors");
        QVERIFY(mentions(loadError(folder), "no model.safetensors or model.safetensors.index.json"));
        QVERIFY(mentions(loadError(folder + "/nowhere"), "model folder does not exist"));
    }

    void tooLongInputNamesTheLimit() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "gpt2"));
        ModelInput input;
        input.ids.assign(65, 1);
        try {
            model->run(input);
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            QVERIFY2(mentions(error.what(), "65 tokens") && mentions(error.what(), "at most 64"), error.what());
        }
        input.ids.assign(64, 1);
        QCOMPARE(model->run(input)->tokenCount(), 64);
    }

    void rotaryModelLimitIsMaxPositionEmbeddings() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "llama"));
        QCOMPARE(model->info().maxPositions, 128);
        ModelInput input;
        input.ids.assign(129, 1);
        QVERIFY_THROWS_EXCEPTION(EngineError, model->run(input));
    }

    void idOutsideTheVocabularyIsNamed() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "bert"));
        ModelInput input;
        input.ids = {2, 50, 3};
        try {
            model->run(input);
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            QVERIFY2(mentions(error.what(), "token id 50 at position 1"), error.what());
        }
        input.ids = {2, 3, 4};
        input.typeIds = {0, 2, 0};
        QVERIFY_THROWS_EXCEPTION(EngineError, model->run(input));
    }

    void maskOutsideTheModelIsRejected() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "gpt2"));
        RunOptions options;
        options.mask = HeadMask::parse("2:0");
        ModelInput input;
        input.ids = {1, 2};
        QVERIFY_THROWS_EXCEPTION(EngineError, model->run(input, options));
    }

    void unknownDtypeAndDeviceAreRejected() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        LoadOptions options;
        options.dtype = "int8";
        QVERIFY(mentions(loadError(folder, options), "unknown compute dtype 'int8'"));
        options.dtype = "float32";
        options.device = "tpu";
        QVERIFY(mentions(loadError(folder, options), "unknown device 'tpu'"));
    }

    void unsupportedRopeTypeIsNamed() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "llama");
        std::ofstream(folder + "/config.json")
            << R"({"model_type":"llama","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                  "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                  "rope_scaling":{"rope_type":"yarn","factor":4.0}})";
        const auto error = loadError(folder);
        QVERIFY2(mentions(error, "rope type 'yarn'") && mentions(error, "rope_scaling"), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestModelErrors)
#include "test_model_errors.moc"
