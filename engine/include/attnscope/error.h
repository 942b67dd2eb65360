// The one exception type the engine throws: what failed, and where (a file, a tensor, a config key).
#pragma once

#include "attnscope/engine_export.h"

#include <stdexcept>
#include <string>

namespace attnscope {

class ATTNSCOPE_ENGINE_EXPORT EngineError : public std::runtime_error {
public:
    // `where` names the place the problem was found, e.g. "model.safetensors: tensor h.0.attn.c_attn.weight".
    explicit EngineError(const std::string& what, const std::string& where = {})
        : std::runtime_error(where.empty() ? what : where + ": " + what), what_(what), where_(where) {}

    const std::string& problem() const noexcept { return what_; }
    const std::string& where() const noexcept { return where_; }

private:
    std::string what_;
    std::string where_;
};

// Thrown when a job is cancelled through its handle; callers treat it as "no result", not as a failure.
class ATTNSCOPE_ENGINE_EXPORT CancelledError : public EngineError {
public:
    CancelledError() : EngineError("cancelled") {}
};

}  // namespace attnscope
