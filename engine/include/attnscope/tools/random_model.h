// Writes a complete model folder (config.json + safetensors) with random weights for any architecture in the
// table: the fixtures of tests and benchmarks, and the starting point of a model trained from scratch.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <string>

namespace attnscope {

struct ATTNSCOPE_ENGINE_EXPORT RandomModelOptions {
    uint64_t seed = 0;
    double scale = 0.02;            // standard deviation of projection and embedding weights
    std::string dtype = "float32";  // "float32" or "bfloat16" on disk
    int shards = 1;                 // > 1: model-0000i-of-0000n.safetensors + model.safetensors.index.json
    bool withHead = true;           // include untied head weights (LM head, MLM transform, classifier)
};

// `configJson` is written as config.json; every weight the architecture table expects for it is generated.
// Throws EngineError (unknown model_type, unwritable folder).
ATTNSCOPE_ENGINE_EXPORT void writeRandomModel(const std::string& directory, const std::string& configJson,
                                              const RandomModelOptions& options = {});

}  // namespace attnscope
