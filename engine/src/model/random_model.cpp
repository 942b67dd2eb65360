// Random model folders from the architecture table: names and shapes come from weightSpecs(), values from a
// seeded std::mt19937_64 so the same seed gives the same file on every LibTorch version.
#include "attnscope/tools/random_model.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "attnscope/error.h"
#include "attnscope/tools/safetensors.h"
#include "weights.h"

namespace fs = std::filesystem;

namespace attnscope {

namespace {

bool isNormWeight(model::Role role) {
    using model::Role;
    return role == Role::AttnNormWeight || role == Role::MlpNormWeight || role == Role::EmbeddingNormWeight ||
           role == Role::FinalNormWeight || role == Role::HeadNormWeight || role == Role::QNormWeight ||
           role == Role::KNormWeight || role == Role::AttnOutNormWeight || role == Role::MlpOutNormWeight ||
           role == Role::LayerScale1 || role == Role::LayerScale2 || role == Role::CrossNormWeight;
}

std::string shardName(int index, int count) {
    char name[64];
    std::snprintf(name, sizeof(name), "model-%05d-of-%05d.safetensors", index + 1, count);
    return name;
}

}  // namespace

void writeRandomModel(const std::string& directory, const std::string& configJson, const RandomModelOptions& options) {
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(configJson);
    } catch (const nlohmann::json::exception& e) {
        throw EngineError(std::string("config is not valid JSON (") + e.what() + ")", "random model");
    }
    const auto config = model::resolveConfig(json, "random model config");
    if (options.dtype != "float32" && options.dtype != "bfloat16")
        throw EngineError("dtype must be float32 or bfloat16", "random model");
    auto specs = model::weightSpecs(config, config.arch->prefixes.front(), options.withHead && !config.arch->decoder);
    if (config.arch->decoder) {
        // Encoder-decoder: the decoder stack's weights too; the shared embedding is written once.
        const auto decoder = model::resolveStack(json, *config.arch->decoder, "random model config");
        for (auto& spec : model::weightSpecs(decoder, decoder.arch->prefixes.front(), options.withHead)) {
            bool known = false;
            for (const auto& written : specs) known = known || written.name == spec.name;
            if (!known) specs.push_back(std::move(spec));
        }
    }

    std::error_code error;
    fs::create_directories(directory, error);
    if (error) throw EngineError("cannot create the folder (" + error.message() + ")", directory);
    {
        std::ofstream out(fs::path(directory) / "config.json");
        out << json.dump(2) << "\n";
        if (!out) throw EngineError("cannot write config.json", directory);
    }

    std::mt19937_64 generator(options.seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    const int shards = std::max(1, options.shards);
    std::vector<safetensors::Writer> writers(static_cast<size_t>(shards));
    nlohmann::json weightMap = nlohmann::json::object();
    // Values are drawn while the files are written, one tensor at a time, in the specs' order (shards are written in
    // order too): the same seed gives the same files, and an 8B model needs no more memory than its largest tensor.
    for (size_t i = 0; i < specs.size(); ++i) {
        const auto& spec = specs[i];
        const bool norm = isNormWeight(spec.role);
        const bool bf16 = options.dtype == "bfloat16";
        // Norm weights near 1, or near 0 where the norm scales by (1 + weight) (Gemma).
        const double normBase = config.arch->rmsStyle == model::RmsStyle::OnePlusWeight ? 0.0 : 1.0;
        auto make = [&generator, &normal, &options, spec, norm, bf16, normBase] {
            int64_t count = 1;
            for (auto dim : spec.shape) count *= dim;
            std::vector<uint8_t> bytes(static_cast<size_t>(count) * (bf16 ? 2 : 4));
            for (size_t j = 0; j < static_cast<size_t>(count); ++j) {
                const auto value =
                    static_cast<float>(norm ? normBase + 0.1 * normal(generator) : options.scale * normal(generator));
                if (bf16) {
                    const uint16_t bits = safetensors::floatToBfloat16(value);
                    std::memcpy(&bytes[j * 2], &bits, 2);
                } else {
                    std::memcpy(&bytes[j * 4], &value, 4);
                }
            }
            return bytes;
        };
        const size_t shard = i * static_cast<size_t>(shards) / specs.size();
        writers[shard].addLater(spec.name, bf16 ? safetensors::DType::BF16 : safetensors::DType::F32, spec.shape, make);
        weightMap[spec.name] = shardName(static_cast<int>(shard), shards);
    }
    if (shards == 1) {
        writers.front().setMetadata("format", "pt");
        writers.front().write((fs::path(directory) / "model.safetensors").string());
        return;
    }
    for (int shard = 0; shard < shards; ++shard) {
        writers[static_cast<size_t>(shard)].setMetadata("format", "pt");
        writers[static_cast<size_t>(shard)].write((fs::path(directory) / shardName(shard, shards)).string());
    }
    std::ofstream index(fs::path(directory) / "model.safetensors.index.json");
    index << nlohmann::json{{"metadata", nlohmann::json::object()}, {"weight_map", weightMap}}.dump(2) << "\n";
}

}  // namespace attnscope
