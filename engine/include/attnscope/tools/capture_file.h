// The capture file: one run's attention maps, residual norms and logits as safetensors, the layout
// `attnscope-cli capture` writes and File › Export Data offers. Tensors: input_ids I64[N] (text models),
// token_type_ids I64[N] (models with token types), attention.<layer> F32[heads, N, N], hidden_norms
// F32[layers + 1, N], logits F32[N or 1, vocab or labels] (when the model has a head). Metadata: tokens (a JSON
// list), mask ("L:H,..."), architecture, and whatever the caller adds (text, pair, model, ...).
#pragma once

#include <map>
#include <string>

#include "attnscope/capture.h"
#include "attnscope/engine_export.h"

namespace attnscope {

// Writes `capture` to `path` atomically; throws EngineError naming the file.
ATTNSCOPE_ENGINE_EXPORT void writeCaptureFile(const AttentionCapture& capture, const std::string& path,
                                              const std::map<std::string, std::string>& metadata = {});

}  // namespace attnscope
