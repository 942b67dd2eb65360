// Trains the small decoder-only transformer AttnScope ships as its demo model, with the engine's own forward pass
// (LibTorch autograd), and writes it as a Hugging Face folder (Llama layout) that transformers also loads.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace attnscope {

class JobControl;

struct ATTNSCOPE_ENGINE_EXPORT DemoTrainingOptions {
    std::string outputDirectory;
    int steps = 5000;
    uint64_t seed = 0;
    int layers = 2;  // two layers form induction heads within the CPU budget; four need several times the steps
    int heads = 4;
    int hidden = 128;
    int intermediate = 128;
    int context = 128;       // training sequence length
    int maxPositions = 256;  // what the model accepts at inference (rotary positions extrapolate a little)
    int batch = 16;
    double learningRate = 3e-3;
    int vocabularySize = 4096;  // upper bound: merging stops once every corpus word is a single token
    int corpusDocuments = 30000;
    // Files of ordinary sentences, one per line (e.g. resources/training/everyday_*.txt). The tokenizer learns their
    // words, so ordinary English or German is written in words rather than letters; from the step the alphabet
    // widens (once copying has formed on the grammar alone), documents of 2 to 6 of their lines drawn at random make
    // `sentenceShare` of the text.
    std::vector<std::string> sentenceFiles;
    double sentenceShare = 0.5;
    // Sink study: the share of the text drawn from those sentences before the alphabet widens (0: none), so that
    // their words' embeddings are trained before widening adds them to the segments.
    double earlySentenceShare = 0.0;
    // Sink study: BOS before every text document that follows other tokens in a sequence (documents are packed into
    // the context), so that a head parking on "the start of this document" parks on BOS.
    bool documentBos = false;
    // Sink study: BOS before every sentence of the text, not only before each document (implies `documentBos`), so
    // that "the start of this sentence", where a head parks, is always a BOS while documents still hold several
    // sentences about the same people (copying across sentences still pays). "all": the grammar's sentences and the
    // ordinary ones; "sentences": the ordinary ones (`sentenceFiles`) only; "off": neither.
    std::string sentenceBos = "off";
    // Sink study: 0 keeps the fixed ranges of sentences a document holds (grammar 3 to 8, ordinary sentences 2 to 6);
    // above 0, a document ends after each of its sentences with this probability (at least one sentence). Lengths
    // without memory make counting the sentences read so far useless for predicting where a document ends.
    double documentEnd = 0.0;
    // Sink study: from the step the alphabet widens (copying has formed by then), text documents are drawn anew with
    // this end probability instead of `documentEnd` (below 0: unchanged), the grammar's and the ordinary sentences'
    // alike. 1 makes every text document one sentence behind its own BOS, so "the start of this sentence" is always
    // a BOS.
    double lateDocumentEnd = -1.0;
    // Sink study: the end probability of the ordinary-sentence documents alone (below 0: `documentEnd`). They join
    // the text once the alphabet widens (unless `earlySentenceShare`), so 1 gives the late switch to one-sentence
    // documents for them while the grammar's documents keep theirs.
    double sentenceDocumentEnd = -1.0;
    double repeatedFraction = 0.8;  // share of sequences built around repeated random segments
    double periodicShare = 0.75;    // of those, the share that repeat one segment to the end of the context
    // Share of all sequences that hold random tokens that never repeat (text after them), from the step the
    // alphabet starts widening: nothing there can be copied, so copying heads learn where to put their attention
    // when no key matches (the first token).
    double unrepeatedFraction = 0.0;
    // Sink study: share of the non-periodic repeated segments that are a span of one text sentence (ordinary
    // sentences and grammar, drawn as text is) instead of random tokens, from the step the alphabet widens; copying
    // then also pays off on ordinary words ("Alice gives Bob … Alice gives"), as in real text.
    double textRepeatShare = 0.0;
    double earlyTextRepeatShare = 0.0;  // the same before the alphabet widens (0: none)
    // Sink study (docs/demo-model.md). Recall triggers in the grammar text (0: none, and no `<|recall|>` token):
    // after a text token that occurred earlier in its sequence, with this probability, `<|recall|>` and then a
    // neighbour of that earlier occurrence (`recallAnswer`), from the step the alphabet widens. Only a later-layer
    // head can answer and only the trigger asks: the aim was a head idle everywhere else (an active-dormant head,
    // Guo et al., 2024); in the runs of 2026-12-06 the copying heads took the job on instead.
    double recallRate = 0.0;
    // Which token answers: "after" (the one that followed the earlier occurrence, which a copying head can also
    // give) or "before" (the one that preceded it, which needs a value reading the earlier token's predecessor).
    // "mark" replaces the job with bookmarks: with probability `recallRate` after a text token while none is open,
    // `<|mark|>` (id 2); 2 to 24 tokens later `<|recall|>`, answered by the token before the mark. Keys reading the
    // mark itself and values reading its predecessor: in the run of 2026-12-06 every layer-1 head took it on.
    std::string recallAnswer = "after";
    // Share of all sequences that walk a fixed random Markov chain over the `startAlphabet` most frequent tokens
    // (`bigramSuccessors` successors each), from the step the alphabet widens: tokens recur, but no earlier token
    // tells what comes next, so a head that reads one only adds noise (Guo et al., 2024's setting for dormant heads;
    // sink study, docs/demo-model.md).
    double bigramFraction = 0.0;
    int bigramSuccessors = 3;
    double weightDecay = 0.01;   // AdamW's decoupled weight decay
    // Sink study: the initial <|bos|> embedding is this many times as long as the others'. LLMs grow massive
    // activations at the first token (Sun et al., 2024), which make its key unlike any other; a head then parks on
    // it alone. Here layer 0 makes the first real token's key a second BOS; a long BOS embedding, which attention
    // (reading normalised inputs) cannot copy, was meant to mark position 0 only. In the run of 2026-12-06 the first
    // token still became BOS-like (docs/demo-model.md).
    double bosScale = 1.0;
    bool attentionBias = false;  // biases on the query, key, value and output projections (Llama's attention_bias)
    // Curriculum: random segments draw from `startAlphabet` ordinary tokens until copying has been learned there
    // (the copy loss, averaged, falls below `widenBelowCopyLoss`) or `widenBy` of the steps have passed; then the
    // alphabet widens linearly to the whole vocabulary over `widenOver` of the steps.
    int startAlphabet = 127;
    double widenBelowCopyLoss = 2.0;
    double widenBy = 0.75;
    double widenOver = 0.2;
    std::string device = "cpu";  // "cuda" trains on the GPU when this LibTorch has CUDA (for quick experiments)
};

struct ATTNSCOPE_ENGINE_EXPORT DemoTrainingStep {
    int step = 0;
    double loss = 0;       // mean next-token loss of this step's batch
    double copyLoss = 0;   // mean loss on the tokens only copying can predict (second copies of segments)
    double recallLoss = 0;  // mean loss on the answers after recall triggers (NaN when the batch had none)
    int64_t alphabet = 0;  // how many token ids random segments drew from
    double seconds = 0;    // since training started
};

// `count` documents of the demo model's grammar, as the training corpus draws them from `seed` (one line each):
// text the demo model knows, e.g. for a query-key embedding corpus (resources/corpus/demo_grammar.txt).
ATTNSCOPE_ENGINE_EXPORT std::vector<std::string> demoGrammarDocuments(int count, uint64_t seed,
                                                                      double documentEnd = 0.0);

// Runs the whole recipe: corpus and tokenizer, training, writing the folder (config.json, model.safetensors,
// tokenizer.json, tokenizer_config.json, README.md, training_log.csv). `onStep` is called after every step.
// Cancellable through `control`; throws EngineError on bad options or an unwritable folder.
ATTNSCOPE_ENGINE_EXPORT void trainDemoModel(const DemoTrainingOptions& options,
                                            const std::function<void(const DemoTrainingStep&)>& onStep,
                                            JobControl* control = nullptr);

}  // namespace attnscope
