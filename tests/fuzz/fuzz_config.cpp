// config.json resolved against the architecture table: every key, default and derived size.
#include <nlohmann/json.hpp>

#include "attnscope/error.h"
#include "model/model_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nlohmann::json config;
    try {
        config = nlohmann::json::parse(data, data + size);
    } catch (const nlohmann::json::exception&) {
        return 0;  // the loader reports this as "not valid JSON" before resolving anything
    }
    try {
        const auto resolved = attnscope::model::resolveConfig(config, "config.json");
        (void)resolved;
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
