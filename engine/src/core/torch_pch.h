// Precompiled header for the engine: LibTorch is the heaviest include by far.
#pragma once
#include <torch/torch.h>
