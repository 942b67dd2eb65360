// Trains the small decoder-only transformer AttnScope ships as its demo model, with the engine's own forward pass
// (LibTorch autograd), and writes it as a Hugging Face folder (Llama layout) that transformers also loads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace attnscope {

class JobControl;

struct DemoTrainingOptions {
    std::string outputDirectory;
    int steps = 3000;
    uint64_t seed = 0;
    int layers = 2;  // two layers form induction heads within the CPU budget; four need several times the steps
    int heads = 4;
    int hidden = 128;
    int intermediate = 256;
    int context = 128;        // training sequence length
    int maxPositions = 256;   // what the model accepts at inference (rotary positions extrapolate a little)
    int batch = 16;
    double learningRate = 3e-3;
    int vocabularySize = 4096;  // upper bound: merging stops once every corpus word is a single token
    int corpusDocuments = 30000;
    double repeatedFraction = 0.75;  // share of sequences built around repeated random segments
    int startAlphabet = 127;         // random segments first draw from this many ordinary tokens...
    double alphabetWidenFrom = 1.0 / 3;  // ...then, between these fractions of the steps, from more and more
    double alphabetWidenTo = 5.0 / 6;    // ...until they use the whole vocabulary
    std::string device = "cpu";  // "cuda" trains on the GPU when this LibTorch has CUDA (for quick experiments)
};

struct DemoTrainingStep {
    int step = 0;
    double loss = 0;            // mean next-token loss of this step's batch
    double copyLoss = 0;        // mean loss on the tokens only copying can predict (second copies of segments)
    double seconds = 0;         // since training started
};

// Runs the whole recipe: corpus and tokenizer, training, writing the folder (config.json, model.safetensors,
// tokenizer.json, tokenizer_config.json, README.md, training_log.csv). `onStep` is called after every step.
// Cancellable through `control`; throws EngineError on bad options or an unwritable folder.
void trainDemoModel(const DemoTrainingOptions& options, const std::function<void(const DemoTrainingStep&)>& onStep,
                    JobControl* control = nullptr);

}  // namespace attnscope
