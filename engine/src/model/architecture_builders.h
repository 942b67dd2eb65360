// Helpers the architecture table's entries are written with (architectures.cpp and its encoder-decoder half).
#pragma once

#include <string>

#include "architectures.h"

namespace attnscope::model {

using R = Role;
using W = When;

// A LayerNorm (weight + bias) or RMSNorm (weight) at `base`.
inline void addNorm(Architecture& a, Role weight, const std::string& base, bool atRoot = false) {
    const bool rms = a.norm == NormKind::RmsNorm;
    a.tensors.push_back({weight, base + ".weight", rms ? W::Always : W::NormAffine, false, atRoot, {}});
    if (!rms)
        a.tensors.push_back(
            {static_cast<Role>(static_cast<int>(weight) + 1), base + ".bias", W::NormAffine, false, atRoot, {}});
}

// A projection at `base` (weight + bias), the bias present when `biasWhen` holds.
inline void addLinear(Architecture& a, Role weight, const std::string& base, When biasWhen, bool transposed = false) {
    a.tensors.push_back({weight, base + ".weight", W::Always, transposed, false, {}});
    a.tensors.push_back(
        {static_cast<Role>(static_cast<int>(weight) + 1), base + ".bias", biasWhen, transposed, false, {}});
}

// The encoder-decoder entries (architectures_encoder_decoder.cpp).
Architecture t5();
Architecture bart();

}  // namespace attnscope::model
