// Model::load and the loaded model: config resolution, weight binding, device and dtype choice, the tokenizer
// lookup, input validation, and run() = the forward pass under NoGradGuard with a CaptureBuilder watching.
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

#include "attnscope/error.h"
#include "attnscope/image_input.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "capture_store.h"
#include "checkpoint.h"
#include "forward.h"
#include "forward_access.h"
#include "model_config.h"
#include "weights.h"

namespace fs = std::filesystem;

namespace attnscope {

bool operator==(const ModelInput& a, const ModelInput& b) {
    return a.ids == b.ids && a.typeIds == b.typeIds && a.imagePath == b.imagePath && a.pixelValues == b.pixelValues &&
           a.decoderIds == b.decoderIds;
}

namespace {

using model::ModelConfig;

torch::ScalarType parseDtype(const std::string& name) {
    if (name == "float32" || name == "fp32") return torch::kFloat32;
    if (name == "bfloat16" || name == "bf16") return torch::kBFloat16;
    if (name == "float16" || name == "fp16") return torch::kFloat16;
    throw EngineError("unknown compute dtype '" + name + "' (float32, bfloat16 or float16)", "load options");
}

torch::Device parseDevice(const std::string& name) {
    if (name == "cpu") return torch::kCPU;
    if (name == "cuda" || name.rfind("cuda:", 0) == 0) {
        if (!at::hasCUDA()) throw EngineError("this LibTorch build has no CUDA", "device " + name);
        if (!torch::cuda::is_available()) throw EngineError("no CUDA device is available", "device " + name);
        torch::Device device(name);
        if (device.has_index() && device.index() >= static_cast<int>(torch::cuda::device_count()))
            throw EngineError("there is no such CUDA device", "device " + name);
        return device;
    }
    throw EngineError("unknown device '" + name + "' (cpu or cuda)", "load options");
}

// Some LibTorch builds cannot multiply float16 (or bfloat16) matrices on the CPU; find out before loading.
void probeDtype(torch::ScalarType dtype, const torch::Device& device, const std::string& label) {
    try {
        const auto a = torch::ones({2, 2}, torch::TensorOptions().dtype(dtype).device(device));
        (void)torch::matmul(a, a).sum().item<float>();
    } catch (const c10::Error&) {
        throw EngineError(label + " compute is not supported on " + device.str() + " by this LibTorch", "load options");
    }
}

std::string label(torch::ScalarType dtype) {
    return dtype == torch::kFloat32 ? "float32" : dtype == torch::kBFloat16 ? "bfloat16" : "float16";
}

class LoadedModel final : public Model, public model::ForwardAccess {
public:
    LoadedModel(const std::string& path, const LoadOptions& options, const ProgressCallback& progress,
                const std::atomic<bool>* cancel)
        : device_(parseDevice(options.device)) {
        dtype_ = parseDtype(options.dtype);
        if (dtype_ != torch::kFloat32) probeDtype(dtype_, device_, options.dtype);
        directory_ = model::resolveModelDirectory(path);
        const fs::path configPath = fs::path(directory_) / "config.json";
        if (!fs::exists(configPath)) throw EngineError("no config.json in the model folder", directory_);
        nlohmann::json json;
        try {
            std::ifstream in(configPath);
            json = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception& e) {
            throw EngineError(std::string("is not valid JSON (") + e.what() + ")", configPath.string());
        }
        config_ = model::resolveConfig(json, configPath.string());
        const auto checkpoint = model::Checkpoint::open(directory_);
        torch::NoGradGuard noGrad;
        // An encoder-decoder model's stacks share their token embedding: one map converts it once for both.
        model::ConvertedTensors converted;
        auto [weights, diskDtype] =
            model::loadWeights(config_, checkpoint, dtype_, device_, progress, cancel, &converted);
        weights_ = std::move(weights);
        if (config_.arch->decoder) {
            decoderConfig_ = model::resolveStack(json, *config_.arch->decoder, configPath.string());
            decoderWeights_ =
                model::loadWeights(*decoderConfig_, checkpoint, dtype_, device_, progress, cancel, &converted).first;
        }
        fillInfo(diskDtype);
        loadTokenizer();
    }

    const ModelInfo& info() const override { return info_; }
    std::shared_ptr<const Tokenizer> tokenizer() const override { return tokenizer_; }
    std::string tokenizerError() const override { return tokenizerError_; }

    std::shared_ptr<const AttentionCapture> run(const ModelInput& input, const RunOptions& options,
                                                const ProgressCallback& progress,
                                                const std::atomic<bool>* cancel) const override {
        try {
            if (decoderConfig_) return runEncoderDecoder(input, options, progress, cancel);
            return runForward(input, options, progress, cancel);
        } catch (const c10::Error& error) {
            throw EngineError(std::string("LibTorch failed: ") + error.what_without_backtrace(), "forward pass");
        }
    }

    const ModelConfig& config() const override { return config_; }
    const model::BoundWeights& weights() const override { return weights_; }
    torch::Device device() const override { return device_; }

    model::ForwardInput tensors(const ModelInput& input) const override {
        model::ForwardInput forwardInput;
        if (config_.imageInput()) {
            forwardInput.pixels = imagePixels(input);
            return forwardInput;
        }
        validateIds(input);
        const auto count = static_cast<int64_t>(input.ids.size());
        const auto longOptions = torch::TensorOptions().dtype(torch::kLong);
        forwardInput.ids = torch::tensor(input.ids, longOptions).view({1, count}).to(device_);
        if (!input.typeIds.empty())
            forwardInput.typeIds = torch::tensor(input.typeIds, longOptions).view({1, count}).to(device_);
        return forwardInput;
    }

private:
    // [layers, heads] multipliers of the heads' outputs (0 for the masked ones); undefined when none is masked.
    torch::Tensor headMaskTensor(const HeadMask& mask, int layers, int heads) const {
        if (mask.empty()) return {};
        std::vector<float> keep(static_cast<size_t>(layers * heads), 1.0f);
        for (const auto& id : mask.heads()) keep[static_cast<size_t>(id.layer * heads + id.head)] = 0;
        return torch::tensor(keep).view({layers, heads}).to(device_);
    }

    // The encoder over the source, then the decoder over the target with the encoder's output; three captures
    // (encoder, decoder, cross), the decoder's returned holding the others.
    std::shared_ptr<const AttentionCapture> runEncoderDecoder(const ModelInput& input, const RunOptions& options,
                                                              const ProgressCallback& progress,
                                                              const std::atomic<bool>* cancel) const {
        const model::ModelConfig& decoder = *decoderConfig_;
        for (const auto& id : options.mask.heads())
            if (id.kind == AttentionKind::Self)
                throw EngineError("head " + std::to_string(id.layer) + ":" + std::to_string(id.head) +
                                      " must say which attention it belongs to in an encoder-decoder model: enc:" +
                                      std::to_string(id.layer) + ":" + std::to_string(id.head) +
                                      ", dec:... or cross:...",
                                  "head mask");
        const HeadMask encoderMask = options.mask.only(AttentionKind::Encoder);
        const HeadMask decoderMask = options.mask.only(AttentionKind::Decoder);
        const HeadMask crossMask = options.mask.only(AttentionKind::Cross);
        encoderMask.asKind(AttentionKind::Encoder).validate(info_.layers, info_.heads);
        decoderMask.asKind(AttentionKind::Decoder).validate(info_.decoderLayers, info_.decoderHeads);
        crossMask.asKind(AttentionKind::Cross).validate(info_.decoderLayers, info_.decoderHeads);

        const auto started = std::chrono::steady_clock::now();
        torch::NoGradGuard noGrad;
        ModelInput run = input;
        if (run.decoderIds.empty()) {
            if (!decoder.decoderStartTokenId && decoder.padTokenId < 0)
                throw EngineError("give the decoder's tokens: config.json names no decoder_start_token_id", "input");
            run.decoderIds = {decoder.decoderStartTokenId.value_or(decoder.padTokenId)};
            run.decoderTokens.clear();
        }
        validateIds(input);
        validateIds(run.decoderIds, decoder, "decoder token");
        if (run.tokens.size() != run.ids.size()) run.tokens = tokenLabels(run.ids);
        if (run.decoderTokens.size() != run.decoderIds.size()) run.decoderTokens = tokenLabels(run.decoderIds);

        const int total = info_.layers + info_.decoderLayers;
        auto stage = [&](int offset) -> ProgressCallback {
            if (!progress) return {};
            return [&progress, offset, total](int done, int) { progress(offset + done, total); };
        };
        ModelInfo encoderInfo = info_, decoderInfo = info_;
        encoderInfo.hasLogits = false;
        encoderInfo.causal = false;
        decoderInfo.layers = info_.decoderLayers;
        decoderInfo.heads = info_.decoderHeads;
        decoderInfo.kvHeads = static_cast<int>(decoder.kvHeads);
        decoderInfo.headDim = static_cast<int>(decoder.headDim);
        decoderInfo.causal = true;
        ModelInfo crossInfo = decoderInfo;
        crossInfo.causal = false;
        crossInfo.hasLogits = false;

        ModelInput encoderInput = run, decoderInput = run;
        decoderInput.ids = run.decoderIds;
        decoderInput.tokens = run.decoderTokens;
        decoderInput.typeIds.clear();
        auto tensorOf = [&](const std::vector<int64_t>& ids) {
            return torch::tensor(ids, torch::TensorOptions().dtype(torch::kLong))
                .view({1, static_cast<int64_t>(ids.size())})
                .to(device_);
        };

        model::CaptureBuilder encoderBuilder(config_, encoderInfo, encoderInput, encoderMask, options, stage(0),
                                             AttentionKind::Encoder, weights_(model::Role::RelativeBias));
        encoderBuilder.setRunInput(run);
        model::ForwardInput encoderPass;
        encoderPass.ids = tensorOf(run.ids);
        encoderPass.headMask = headMaskTensor(encoderMask, info_.layers, info_.heads);
        encoderPass.observer = &encoderBuilder;
        encoderPass.cancel = cancel;
        encoderPass.computeHead = false;
        const torch::Tensor source = model::forward(config_, weights_, encoderPass);

        model::CaptureBuilder decoderBuilder(decoder, decoderInfo, decoderInput, decoderMask, options,
                                             stage(info_.layers), AttentionKind::Decoder,
                                             decoderWeights_(model::Role::RelativeBias));
        model::CaptureBuilder crossBuilder(decoder, crossInfo, decoderInput, crossMask, options, {},
                                           AttentionKind::Cross);
        decoderBuilder.setRunInput(run);
        crossBuilder.setRunInput(run);
        crossBuilder.setKeyTokens(run.tokens);
        // The decoder's own attention goes to one capture, its attention over the source to the other; both keep
        // the decoder's residual norms.
        struct DecoderObserver final : model::ForwardObserver {
            model::CaptureBuilder *self, *cross;
            void embeddings(const torch::Tensor& hidden) override {
                self->embeddings(hidden);
                cross->embeddings(hidden);
            }
            void attention(int64_t layer, const torch::Tensor& q, const torch::Tensor& k,
                           const torch::Tensor& v) override {
                self->attention(layer, q, k, v);
            }
            void crossAttention(int64_t layer, const torch::Tensor& q, const torch::Tensor& k,
                                const torch::Tensor& v) override {
                cross->attention(layer, q, k, v);
            }
            void blockOutput(int64_t layer, const torch::Tensor& hidden) override {
                self->blockOutput(layer, hidden);
                cross->blockOutput(layer, hidden);
            }
        } observer;
        observer.self = &decoderBuilder;
        observer.cross = &crossBuilder;
        model::ForwardInput decoderPass;
        decoderPass.ids = tensorOf(run.decoderIds);
        decoderPass.encoderHidden = source;
        decoderPass.headMask = headMaskTensor(decoderMask, info_.decoderLayers, info_.decoderHeads);
        decoderPass.crossHeadMask = headMaskTensor(crossMask, info_.decoderLayers, info_.decoderHeads);
        decoderPass.observer = &observer;
        decoderPass.cancel = cancel;
        decoderPass.computeHead = options.keepLogits;
        const torch::Tensor out = model::forward(decoder, decoderWeights_, decoderPass);
        if (options.keepLogits && decoderWeights_.hasHead) decoderBuilder.setLogits(out);
        decoderBuilder.setParts(encoderBuilder.finish(started), crossBuilder.finish(started));
        return decoderBuilder.finish(started);
    }

    std::shared_ptr<const AttentionCapture> runForward(const ModelInput& input, const RunOptions& options,
                                                       const ProgressCallback& progress,
                                                       const std::atomic<bool>* cancel) const {
        options.mask.validate(info_.layers, info_.heads);
        const auto started = std::chrono::steady_clock::now();
        torch::NoGradGuard noGrad;
        ModelInput shown = input;
        model::ForwardInput forwardInput = tensors(input);
        forwardInput.cancel = cancel;
        if (config_.imageInput()) {
            shown.ids.clear();
            shown.typeIds.clear();
            shown.tokens = patchLabels(forwardInput.pixels.size(2) / config_.patchSize,
                                       forwardInput.pixels.size(3) / config_.patchSize);
        } else if (shown.tokens.size() != input.ids.size()) {
            shown.tokens = tokenLabels(input.ids);
        }
        forwardInput.headMask = headMaskTensor(options.mask, info_.layers, info_.heads);
        model::CaptureBuilder builder(config_, info_, std::move(shown), options.mask, options, progress);
        forwardInput.observer = &builder;
        forwardInput.computeHead = options.keepLogits;
        const torch::Tensor out = model::forward(config_, weights_, forwardInput);
        if (options.keepLogits && weights_.hasHead) builder.setLogits(out);
        return builder.finish(started);
    }

    void fillInfo(const std::string& diskDtype) {
        info_.architecture = config_.arch->name;
        info_.modelType = config_.modelType;
        info_.directory = directory_;
        info_.layers = static_cast<int>(config_.layers);
        info_.heads = static_cast<int>(config_.heads);
        info_.kvHeads = static_cast<int>(config_.kvHeads);
        info_.headDim = static_cast<int>(config_.headDim);
        info_.hidden = static_cast<int>(config_.hidden);
        info_.vocab = static_cast<int>(config_.vocab);
        // T5's relative positions set no limit (the engine's own cap, 2^24, is not the model's).
        info_.maxPositions =
            config_.arch->positionKind == model::PositionKind::Relative ? 0 : static_cast<int>(config_.maxPositions);
        info_.dtype = diskDtype;
        info_.computeDtype = label(dtype_);
        info_.device = device_.is_cuda() ? "cuda" : "cpu";
        info_.parameters = model::parameterCount(weights_);
        info_.causal = config_.causal;
        for (const int64_t window : config_.slidingWindow) info_.slidingWindows.push_back(static_cast<int>(window));
        info_.hasLogits = weights_.hasHead;
        info_.outputIsEmbedding = config_.arch->head == model::HeadKind::PooledEmbedding;
        info_.usesTokenTypes = weights_(model::Role::TokenTypeEmbedding).defined();
        info_.imageInput = config_.imageInput();
        info_.registerTokens = static_cast<int>(config_.registerTokens);
        info_.bosTokenId = config_.bosTokenId;
        if (decoderConfig_) {
            info_.encoderDecoder = true;
            info_.decoderLayers = static_cast<int>(decoderConfig_->layers);
            info_.decoderHeads = static_cast<int>(decoderConfig_->heads);
            info_.decoderStartTokenId = decoderConfig_->decoderStartTokenId;
            info_.hasLogits = decoderWeights_.hasHead;
            info_.parameters = model::parameterCount({&weights_, &decoderWeights_});
        }
    }

    void loadTokenizer() {
        const fs::path dir(directory_);
        if (!fs::exists(dir / "tokenizer.json") && !fs::exists(dir / "vocab.txt") && !fs::exists(dir / "vocab.json")) {
            tokenizerError_ = "the model folder has no tokenizer.json, vocab.txt or vocab.json";
            return;
        }
        try {
            tokenizer_ = Tokenizer::fromDirectory(directory_);
        } catch (const std::exception& error) {
            tokenizerError_ = error.what();
        }
    }

    void validateIds(const std::vector<int64_t>& ids, const model::ModelConfig& config, const std::string& what) const {
        if (static_cast<int64_t>(ids.size()) > config.maxPositions)
            throw EngineError("the input has " + std::to_string(ids.size()) + " " + what +
                                  "s; this model accepts at most " + std::to_string(config.maxPositions),
                              "input");
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i] < 0 || ids[i] >= config.vocab)
                throw EngineError(what + " id " + std::to_string(ids[i]) + " at position " + std::to_string(i) +
                                      " is outside the vocabulary of " + std::to_string(config.vocab),
                                  "input");
    }

    void validateIds(const ModelInput& input) const {
        if (input.ids.empty()) throw EngineError("the input has no tokens", "input");
        if (static_cast<int64_t>(input.ids.size()) > config_.maxPositions)
            throw EngineError("the input has " + std::to_string(input.ids.size()) +
                                  " tokens; this model accepts at most " + std::to_string(config_.maxPositions) +
                                  " (max positions)",
                              "input");
        for (size_t i = 0; i < input.ids.size(); ++i)
            if (input.ids[i] < 0 || input.ids[i] >= config_.vocab)
                throw EngineError("token id " + std::to_string(input.ids[i]) + " at position " + std::to_string(i) +
                                      " is outside the vocabulary of " + std::to_string(config_.vocab),
                                  "input");
        if (input.typeIds.empty()) return;
        if (input.typeIds.size() != input.ids.size())
            throw EngineError("token type ids must be as many as the ids", "input");
        if (!info_.usesTokenTypes)
            throw EngineError("this model has no token type embeddings; drop the type ids", "input");
        for (size_t i = 0; i < input.typeIds.size(); ++i)
            if (input.typeIds[i] < 0 || input.typeIds[i] >= config_.typeVocab)
                throw EngineError("token type id " + std::to_string(input.typeIds[i]) + " at position " +
                                      std::to_string(i) + " is outside type_vocab_size " +
                                      std::to_string(config_.typeVocab),
                                  "input");
    }

    torch::Tensor imagePixels(const ModelInput& input) const {
        const int64_t side = config_.imageSize, channels = config_.channels;
        std::vector<float> pixels = input.pixelValues;
        const bool given = !pixels.empty();
        if (!given) {
            if (input.imagePath.empty()) throw EngineError("this is an image model; give an image", "input");
            const auto options = ImagePreprocessing::fromDirectory(directory_, static_cast<int>(side));
            pixels = preprocessImage(readImage(input.imagePath), options);
        }
        const int64_t perChannel = static_cast<int64_t>(pixels.size()) / std::max<int64_t>(channels, 1);
        int64_t height = side;
        if (perChannel != side * side || static_cast<int64_t>(pixels.size()) != channels * perChannel) {
            // DINOv2 resamples its position table to the image's patch grid (published folders crop 224 pixels for
            // a 518-pixel table); the other vision models take only the table's size.
            height = static_cast<int64_t>(std::llround(std::sqrt(static_cast<double>(perChannel))));
            const bool square = height * height * channels == static_cast<int64_t>(pixels.size());
            if (!config_.arch->interpolatePositions || !square || height % config_.patchSize != 0 || height > 8192) {
                const std::string need = std::to_string(channels) + " x " + std::to_string(side) + " x " +
                                         std::to_string(side) + " (image_size " + std::to_string(side) + ")";
                if (given) throw EngineError("pixels must be " + need, "input");
                throw EngineError("the processor (preprocessor_config.json) gives " + std::to_string(perChannel) +
                                      " pixels a channel; the position table is for " + std::to_string(side) + " x " +
                                      std::to_string(side) + " (image_size) and " + config_.arch->name +
                                      " models do not resample it",
                                  directory_);
            }
        }
        return torch::tensor(pixels).view({1, channels, height, height}).to(device_);
    }

    std::vector<std::string> patchLabels(int64_t rows, int64_t cols) const {
        std::vector<std::string> labels{"[CLS]"};
        for (int64_t r = 0; r < config_.registerTokens; ++r) labels.push_back("[REG " + std::to_string(r) + "]");
        for (int64_t row = 0; row < rows; ++row)
            for (int64_t col = 0; col < cols; ++col)
                labels.push_back("patch " + std::to_string(row) + "," + std::to_string(col));
        return labels;
    }

    std::vector<std::string> tokenLabels(const std::vector<int64_t>& ids) const {
        std::vector<std::string> labels;
        for (auto id : ids) labels.push_back(tokenizer_ ? tokenizer_->idToToken(id) : std::to_string(id));
        return labels;
    }

    torch::Device device_;
    torch::ScalarType dtype_ = torch::kFloat32;
    std::string directory_;
    ModelConfig config_;
    model::BoundWeights weights_;
    std::optional<ModelConfig> decoderConfig_;  // encoder-decoder models: config_ and weights_ are the encoder's
    model::BoundWeights decoderWeights_;
    ModelInfo info_;
    std::shared_ptr<const Tokenizer> tokenizer_;
    std::string tokenizerError_;
};

}  // namespace

namespace model {

const ForwardAccess& forwardAccess(const Model& model) {
    const auto* access = dynamic_cast<const ForwardAccess*>(&model);
    if (!access) throw EngineError("this model was not made by Model::load; its forward pass is out of reach", "model");
    // Importance, attribution, flow and token ablation read one stack's forward pass.
    if (model.info().encoderDecoder)
        throw EngineError("is not available for encoder-decoder models (" + model.info().architecture +
                              "): it follows one stack's residual stream",
                          "this analysis");
    return *access;
}

}  // namespace model

std::shared_ptr<Model> Model::load(const std::string& path, const LoadOptions& options,
                                   const ProgressCallback& progress, const std::atomic<bool>* cancel) {
    try {
        return std::make_shared<LoadedModel>(path, options, progress, cancel);
    } catch (const EngineError&) {
        throw;
    } catch (const c10::Error& error) {
        throw EngineError(std::string("LibTorch failed: ") + error.what_without_backtrace(), path);
    }
}

}  // namespace attnscope
