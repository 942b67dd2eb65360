// What engine code that needs autograd through a loaded model (head-mask gradients) reaches behind the public
// Model interface: the resolved config, the bound weights and the input as tensors. Not for use outside engine/src.
#pragma once

#include <torch/torch.h>

#include "attnscope/model.h"
#include "forward.h"
#include "model_config.h"
#include "weights.h"

namespace attnscope::model {

class ForwardAccess {
public:
    virtual ~ForwardAccess() = default;
    virtual const ModelConfig& config() const = 0;
    virtual const BoundWeights& weights() const = 0;
    virtual torch::Device device() const = 0;
    // The input as run() feeds it to the forward pass (ids, type ids or pixels on the model's device), validated
    // the same way; observer, mask and cancel are left unset.
    virtual ForwardInput tensors(const ModelInput& input) const = 0;
};

// The access behind a model made by Model::load; throws EngineError for any other implementation.
const ForwardAccess& forwardAccess(const Model& model);

}  // namespace attnscope::model
