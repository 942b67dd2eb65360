// The demo model's recipe: a grammar corpus, a byte-level BPE tokenizer learned from it, a Llama-layout
// decoder trained with the engine's own forward pass, and a Hugging Face folder written at the end.
#include "attnscope/tools/demo_training.h"

#include <dlfcn.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "attnscope/tokenizer.h"
#include "attnscope/tools/safetensors.h"
#include "model/forward.h"
#include "model/model_config.h"
#include "model/weights.h"
#include "tokenizer/normalized_string.h"
#include "tokenizer/pre_tokenizers.h"
#include "training/bpe_trainer.h"
#include "training/demo_batches.h"
#include "training/demo_corpus.h"

namespace fs = std::filesystem;

namespace attnscope {

namespace {

const char* kBosToken = "<|bos|>";
constexpr int64_t kBosId = 0;  // the first special token
const char* kRecallToken = "<|recall|>";
const char* kMarkToken = "<|mark|>";

// With `--sentence-bos`, the sentences of a document are joined by this (ASCII's record separator, which no text
// holds) rather than a space, and each is encoded on its own behind a <|bos|>.
constexpr char kSentenceSeparator = '\x1e';

std::vector<std::string> sentencesOf(const std::string& document) {
    std::vector<std::string> sentences(1);
    for (const char c : document) {
        if (c == kSentenceSeparator)
            sentences.emplace_back();
        else
            sentences.back() += c;
    }
    return sentences;
}

// Counts words as the written tokenizer will split them (GPT-2's byte-level pre-tokenizer, the same code that
// encodes), each spelled in byte-level characters: German's umlauts and ß are letters there, so "Tür" is one word.
void countWords(const std::string& document, std::map<std::string, int64_t>& counts) {
    static const tok::ByteLevelPreTokenizer preTokenizer(false, true);
    for (const auto& text : sentencesOf(document)) {  // as they are encoded: each sentence from its own start
        tok::PreTokenizedString words(text);
        preTokenizer.preTokenize(words);
        for (const auto& word : words.splits()) ++counts[word.normalized.get()];
    }
}

// Training multiplies many small matrices; OpenBLAS's own threads then spin against LibTorch's and double the
// step time on 2 cores (measured: 0.60 vs 0.30 s per step). Found at run time so the engine does not link OpenBLAS.
class SingleThreadedBlas {
public:
    SingleThreadedBlas() {
        set_ = reinterpret_cast<void (*)(int)>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
        auto get = reinterpret_cast<int (*)()>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
        if (set_ && get) {
            previous_ = get();
            set_(1);
        }
    }
    ~SingleThreadedBlas() {
        if (set_ && previous_ > 0) set_(previous_);
    }
    SingleThreadedBlas(const SingleThreadedBlas&) = delete;
    SingleThreadedBlas& operator=(const SingleThreadedBlas&) = delete;

private:
    void (*set_)(int) = nullptr;
    int previous_ = 0;
};

// Random segments start from a small alphabet, where copying is learned sooner, and widen to the whole vocabulary
// once it has been, so that the copying circuit generalises to every token (trained on a fixed small alphabet it
// does not: 20 nats on whole-vocabulary segments in the reference study).
class AlphabetCurriculum {
public:
    AlphabetCurriculum(const DemoTrainingOptions& o, int64_t vocab)
        : options_(o), ordinary_(vocab - 1), start_(std::min<int64_t>(vocab - 1, o.startAlphabet)) {}

    // How many tokens (the most frequent first) random segments draw from at `step`.
    int64_t alphabet(int step) {
        if (widenFrom_ < 0 && step > options_.widenBy * options_.steps) widenFrom_ = step;
        if (widenFrom_ < 0) return start_;
        const double span = std::max(1.0, options_.widenOver * options_.steps);
        const double t = std::clamp((step - widenFrom_) / span, 0.0, 1.0);
        return start_ + static_cast<int64_t>(std::llround(t * static_cast<double>(ordinary_ - start_)));
    }
    // Reports the copy loss of the step just taken (NaN when the batch had no repeated segment).
    void observe(int step, double copyLoss) {
        if (widenFrom_ >= 0 || !std::isfinite(copyLoss)) return;
        average_ = average_ < 0 ? copyLoss : 0.95 * average_ + 0.05 * copyLoss;
        if (average_ < options_.widenBelowCopyLoss) widenFrom_ = step + 1;
    }
    int widenFrom() const { return widenFrom_; }

private:
    const DemoTrainingOptions& options_;
    int64_t ordinary_, start_;  // every token but BOS; the first alphabet
    int widenFrom_ = -1;
    double average_ = -1;
};

nlohmann::ordered_json llamaConfig(const DemoTrainingOptions& o, int64_t vocab) {
    return {{"architectures", {"LlamaForCausalLM"}},
            {"model_type", "llama"},
            {"hidden_size", o.hidden},
            {"intermediate_size", o.intermediate},
            {"num_hidden_layers", o.layers},
            {"num_attention_heads", o.heads},
            {"num_key_value_heads", o.heads},
            {"head_dim", o.hidden / o.heads},
            {"hidden_act", "silu"},
            {"max_position_embeddings", o.maxPositions},
            {"rms_norm_eps", 1e-5},
            {"rope_theta", 10000.0},
            {"tie_word_embeddings", true},
            {"attention_bias", o.attentionBias},
            {"mlp_bias", false},
            {"vocab_size", vocab},
            {"bos_token_id", 0},
            {"eos_token_id", 0},
            {"torch_dtype", "float32"}};
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw EngineError("cannot write file", path.string());
}

// The train-demo command that reproduces `o`: every option that differs from the defaults, as its flag.
std::string commandLine(const DemoTrainingOptions& o) {
    const DemoTrainingOptions d;
    std::ostringstream line;
    line << "attnscope-cli train-demo --steps " << o.steps << " --seed " << o.seed << std::defaultfloat;
    const auto flag = [&](const char* name, auto value, auto standard) {
        if (value != standard) line << " --" << name << " " << value;
    };
    flag("layers", o.layers, d.layers);
    flag("heads", o.heads, d.heads);
    flag("hidden", o.hidden, d.hidden);
    flag("intermediate", o.intermediate, d.intermediate);
    flag("context", o.context, d.context);
    flag("batch", o.batch, d.batch);
    flag("learning-rate", o.learningRate, d.learningRate);
    flag("documents", o.corpusDocuments, d.corpusDocuments);
    flag("vocabulary", o.vocabularySize, d.vocabularySize);
    for (const auto& path : o.sentenceFiles) line << " --sentences " << path;
    if (!o.sentenceFiles.empty()) flag("sentence-share", o.sentenceShare, d.sentenceShare);
    if (!o.sentenceFiles.empty()) flag("early-sentence-share", o.earlySentenceShare, d.earlySentenceShare);
    flag("repeated-fraction", o.repeatedFraction, d.repeatedFraction);
    flag("periodic-share", o.periodicShare, d.periodicShare);
    flag("unrepeated-fraction", o.unrepeatedFraction, d.unrepeatedFraction);
    flag("text-repeat-share", o.textRepeatShare, d.textRepeatShare);
    flag("early-text-repeat-share", o.earlyTextRepeatShare, d.earlyTextRepeatShare);
    flag("recall-rate", o.recallRate, d.recallRate);
    if (o.recallRate > 0) flag("recall-answer", o.recallAnswer, d.recallAnswer);
    flag("bigram-fraction", o.bigramFraction, d.bigramFraction);
    if (o.bigramFraction > 0) flag("bigram-successors", o.bigramSuccessors, d.bigramSuccessors);
    flag("weight-decay", o.weightDecay, d.weightDecay);
    flag("bos-scale", o.bosScale, d.bosScale);
    if (o.attentionBias) line << " --attention-bias";
    if (o.documentBos) line << " --document-bos";
    if (o.sentenceBos != d.sentenceBos) line << " --sentence-bos " << o.sentenceBos;
    flag("document-end", o.documentEnd, d.documentEnd);
    flag("late-document-end", o.lateDocumentEnd, d.lateDocumentEnd);
    flag("sentence-document-end", o.sentenceDocumentEnd, d.sentenceDocumentEnd);
    flag("start-alphabet", o.startAlphabet, d.startAlphabet);
    flag("widen-below", o.widenBelowCopyLoss, d.widenBelowCopyLoss);
    flag("widen-by", o.widenBy, d.widenBy);
    flag("widen-over", o.widenOver, d.widenOver);
    flag("device", o.device, d.device);
    return line.str();
}

std::string modelCard(const DemoTrainingOptions& o, int64_t vocab, int64_t parameters, double finalLoss, double seconds,
                      int widenFrom) {
    std::ostringstream card;
    card << "---\nlibrary_name: transformers\nlicense: mit\ntags: [attnscope, demo, synthetic]\n---\n\n"
         << "# AttnScope demo model\n\n"
         << "A " << o.layers << "-layer, " << o.heads << "-head decoder (Llama layout, width " << o.hidden << ", "
         << parameters << " parameters, vocabulary " << vocab << ") trained by AttnScope itself with\n"
         << "`" << commandLine(o) << "` in " << std::fixed << std::setprecision(0) << seconds << " s on the "
         << (o.device == "cuda" ? "GPU" : "CPU") << ". It exists to show attention patterns on first launch: "
         << "previous-token heads, induction heads and first-token sinks.\n\n"
         << "## Data\n"
         << std::lround((1 - o.repeatedFraction) * 100) << "% of the sequences are "
         << (o.sentenceFiles.empty() ? "" : "text: at first ")
         << "English-like text from a small grammar (number agreement, relative clauses, "
         << "counting, names that recur within a document). The rest hold random token segments (4 to 40 tokens): "
         << std::lround(o.periodicShare * 100) << "% of them repeat one segment to the end of the context, the others "
         << "repeat it two or three times with text "
         << "around, so that copying has to be learned from content rather than from a fixed offset. Segments first "
         << "draw from the " << o.startAlphabet << " tokens most frequent in the text; once copying works there (step "
         << widenFrom << "), they widen to the whole vocabulary over " << std::lround(o.widenOver * 100)
         << "% of the steps.";
    if (o.textRepeatShare > 0)
        card << " Once the alphabet widens, " << std::lround(o.textRepeatShare * 100)
             << "% of the segments repeated with text around are a span of one text sentence instead of random "
             << "tokens, so that copying pays off on ordinary words too.";
    if (o.earlyTextRepeatShare > 0)
        card << " Before the widening, " << std::lround(o.earlyTextRepeatShare * 100)
             << "% of the segments repeated with text around are a span of one text sentence.";
    if (o.unrepeatedFraction > 0)
        card << " Once the alphabet widens, " << std::lround(o.unrepeatedFraction * 100)
             << "% of the sequences hold random tokens that never repeat, with text after them: nothing there can be "
             << "copied.";
    if (o.recallRate > 0 && o.recallAnswer == "mark")
        card << " Sink study: in the text, with probability " << std::defaultfloat << o.recallRate
             << " after a token while no bookmark is open, `<|mark|>` (id 2); 2 to 24 tokens later `<|recall|>` (id 1) "
             << "and then the token before the mark.";
    else if (o.recallRate > 0)
        card << " Sink study: in the text, with probability " << std::defaultfloat << o.recallRate
             << " after a token seen earlier, "
             << "`<|recall|>` (id 1) and then the token that " << (o.recallAnswer == "after" ? "followed" : "preceded")
             << " its last occurrence.";
    if (o.bigramFraction > 0)
        card << " Sink study: " << std::lround(o.bigramFraction * 100) << "% of the sequences walk a random Markov "
             << "chain over the " << o.startAlphabet << " most frequent tokens (" << o.bigramSuccessors
             << " successors each).";
    if (!o.sentenceFiles.empty())
        card << " Once the alphabet widens, " << std::lround(o.sentenceShare * 100)
             << "% of the text is ordinary sentences instead of the grammar (documents of 2 to 6 lines drawn from the "
             << o.sentenceFiles.size() << " sentence file(s) given to `--sentences`); the tokenizer knows their words "
             << "from the start.";
    if (o.sentenceBos == "all")
        card << " Every sentence of the text starts with `<|bos|>`, the first of a document and the others alike.";
    else if (o.sentenceBos == "sentences")
        card << " Every ordinary sentence starts with `<|bos|>`, the first of a document and the others alike; the "
             << "grammar's documents start with one.";
    else if (o.documentBos)
        card << " Every text document after the first in a sequence starts with `<|bos|>`.";
    if (o.documentEnd > 0)
        card << " A text document ends after each of its sentences with probability " << std::defaultfloat
             << o.documentEnd << ".";
    if (o.sentenceDocumentEnd >= 0 && !o.sentenceFiles.empty())
        card << " A document of ordinary sentences ends after each of them with probability " << std::defaultfloat
             << o.sentenceDocumentEnd << ".";
    if (o.lateDocumentEnd >= 0)
        card << " From the step the alphabet widens, text documents are drawn anew, each ending after each of its "
             << "sentences with probability " << std::defaultfloat << o.lateDocumentEnd << ".";
    if (o.bosScale != 1.0)
        card << " The initial `<|bos|>` embedding is " << std::defaultfloat << o.bosScale
             << " times as long as the others'.";
    if (!o.sentenceFiles.empty() && o.earlySentenceShare > 0)
        card << " Before the widening, " << std::lround(o.earlySentenceShare * 100)
             << "% of the text is such sentences.";
    card << "\n\n"
         << "## Tokenizer\nByte-level BPE learned from the training text; `<|bos|>` (id 0) starts every input.\n\n"
         << "## Training\nAdamW, learning rate " << std::defaultfloat << o.learningRate
         << " with warm-up and cosine decay, batch " << o.batch << " x " << o.context << " tokens, " << o.steps
         << " steps; final batch loss " << std::setprecision(3) << finalLoss
         << " nats/token. `training_log.csv` has the loss of every step, and the loss on the tokens "
         << "that only copying can predict (second copies of segments).\n\n"
         << (o.sentenceFiles.empty()
                 ? "It knows nothing beyond its grammar: words outside it are split into byte-level pieces.\n"
                 : "Words outside its training text are split into smaller byte-level pieces.\n");
    return card.str();
}

// Reads `path`'s non-empty lines (surrounding blanks trimmed).
std::vector<std::string> readSentences(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw EngineError("cannot read the sentences file", path);
    std::vector<std::string> lines;
    size_t number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.find(kSentenceSeparator) != std::string::npos)
            throw EngineError("line " + std::to_string(number) +
                                  " holds an ASCII record separator (0x1E), which joins sentences in training",
                              path);
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos) continue;
        const auto last = line.find_last_not_of(" \t\r");
        lines.push_back(line.substr(first, last - first + 1));
    }
    if (in.bad()) throw EngineError("cannot read the sentences file", path);
    if (lines.empty()) throw EngineError("the sentences file has no sentences", path);
    return lines;
}

// Documents of 2 to 6 sentences (or of a length without memory, `documentEnd`), each drawn from one of
// `o.sentenceFiles` (one language per document): as many as the grammar has documents (`grammarDocuments`), enough
// variety for the training.
std::vector<std::string> sentenceDocuments(const DemoTrainingOptions& o, size_t grammarDocuments, double documentEnd,
                                           uint64_t seed) {
    const std::string separator(1, o.sentenceBos != "off" ? kSentenceSeparator : ' ');
    if (o.sentenceFiles.empty()) {
        if (o.earlySentenceShare > 0)
            throw EngineError("needs sentences to draw from (--sentences)", "--early-sentence-share");
        return {};
    }
    if (!(o.sentenceShare > 0 && o.sentenceShare < 1))
        throw EngineError("expected a share between 0 and 1 (both excluded)", "--sentence-share");
    std::vector<std::vector<std::string>> files;
    for (const auto& path : o.sentenceFiles) files.push_back(readSentences(path));
    DeterministicRandom random(seed);
    std::vector<std::string> documents(grammarDocuments);
    for (auto& document : documents) {
        const auto& sentences = random.pick(files);
        document = random.pick(sentences);
        if (documentEnd > 0) {
            while (training::documentGoesOn(random, documentEnd, document.size()))
                document += separator + random.pick(sentences);
            continue;
        }
        for (int k = random.between(2, 6); k > 1; --k) document += separator + random.pick(sentences);
    }
    return documents;
}

// The grammar's documents, their sentences joined by `separator`.
std::vector<std::string> grammarDocuments(int count, uint64_t seed, double documentEnd, char separator) {
    if (count < 0) throw EngineError("the document count must be >= 0", "demoGrammarDocuments");
    if (!(documentEnd >= 0 && documentEnd <= 1))
        throw EngineError("expected a probability between 0 and 1", "--document-end");
    training::DemoGrammar grammar;
    DeterministicRandom random(seed);
    std::vector<std::string> documents;
    documents.reserve(static_cast<size_t>(count));
    for (int d = 0; d < count; ++d)
        documents.push_back(grammar.document(random, documentEnd, separator));  // one line each
    return documents;
}

}  // namespace

std::vector<std::string> demoGrammarDocuments(int count, uint64_t seed, double documentEnd) {
    return grammarDocuments(count, seed, documentEnd, ' ');
}

void trainDemoModel(const DemoTrainingOptions& o, const std::function<void(const DemoTrainingStep&)>& onStep,
                    JobControl* control) {
    if (o.steps < 1 || o.batch < 1 || o.context < 16 || o.hidden % o.heads != 0 || o.maxPositions < o.context)
        throw EngineError(
            "inconsistent options (steps, batch, context >= 16, hidden divisible by heads, "
            "max positions >= context)",
            "train-demo");
    if (o.recallAnswer != "after" && o.recallAnswer != "before" && o.recallAnswer != "mark")
        throw EngineError("expected after, before or mark, got '" + o.recallAnswer + "'", "--recall-answer");
    if (o.lateDocumentEnd > 1) throw EngineError("expected a probability between 0 and 1", "--late-document-end");
    if (o.sentenceBos != "off" && o.sentenceBos != "all" && o.sentenceBos != "sentences")
        throw EngineError("expected off, all or sentences, got '" + o.sentenceBos + "'", "--sentence-bos");
    if (o.sentenceBos == "sentences" && o.sentenceFiles.empty())
        throw EngineError("'sentences' needs ordinary sentences (--sentences)", "--sentence-bos");
    if (o.sentenceDocumentEnd > 1)
        throw EngineError("expected a probability between 0 and 1", "--sentence-document-end");
    const auto started = std::chrono::steady_clock::now();
    // Corpus (a bad sentences file is refused before the folder is made).
    const char separator = o.sentenceBos == "all" ? kSentenceSeparator : ' ';  // the grammar's
    const std::vector<std::string> documents = grammarDocuments(o.corpusDocuments, o.seed, o.documentEnd, separator);
    const double sentenceEnd = o.sentenceDocumentEnd >= 0 ? o.sentenceDocumentEnd : o.documentEnd;
    const std::vector<std::string> sentences = sentenceDocuments(o, documents.size(), sentenceEnd, o.seed + 2);
    const bool late = o.lateDocumentEnd >= 0;
    const std::vector<std::string> lateDocuments =
        late ? grammarDocuments(o.corpusDocuments, o.seed + 3, o.lateDocumentEnd, separator)
             : std::vector<std::string>{};
    const std::vector<std::string> lateSentences =
        late ? sentenceDocuments(o, documents.size(), o.lateDocumentEnd, o.seed + 4) : std::vector<std::string>{};
    const fs::path out(o.outputDirectory);
    std::error_code error;
    fs::create_directories(out, error);
    if (error) throw EngineError("cannot create folder: " + error.message(), out.string());

    // Tokenizer.
    std::map<std::string, int64_t> wordCounts;
    for (const auto& document : documents) countWords(document, wordCounts);
    for (const auto& document : sentences) countWords(document, wordCounts);
    const bool recall = o.recallRate > 0;
    std::vector<std::string> specials = {kBosToken};
    if (recall) specials.push_back(kRecallToken);
    const bool bookmark = recall && o.recallAnswer == "mark";
    if (bookmark) specials.push_back(kMarkToken);
    const auto vocabulary =
        training::trainBytePairEncoding(wordCounts, static_cast<size_t>(o.vocabularySize), specials);
    writeText(out / "tokenizer.json", training::byteLevelTokenizerJson(vocabulary, kBosToken));
    const auto tokenizer = Tokenizer::fromJsonFile((out / "tokenizer.json").string());
    const auto encode = [&](const std::vector<std::string>& texts) {
        std::vector<std::vector<int64_t>> encoded;
        encoded.reserve(texts.size());
        for (const auto& text : texts) {
            auto& ids = encoded.emplace_back();
            for (const auto& sentence : sentencesOf(text)) {
                if (!ids.empty()) ids.push_back(kBosId);  // --sentence-bos
                const auto piece = tokenizer->encode(sentence, false).ids;
                ids.insert(ids.end(), piece.begin(), piece.end());
            }
        }
        return encoded;
    };
    const auto vocab = static_cast<int64_t>(vocabulary.tokens.size());
    // Random segments use ordinary tokens (bytes and learned pieces alike), never a special token.
    const auto firstOrdinary = static_cast<int64_t>(specials.size());
    training::DemoBatches batches(encode(documents), kBosId, firstOrdinary, vocab, o.context, o.seed + 1,
                                  recall ? 1 : -1);
    if (!sentences.empty()) batches.setSentenceDocuments(encode(sentences));
    if (bookmark)
        batches.setBookmark(2);
    else
        batches.setRecallAnswer(o.recallAnswer == "after" ? 1 : -1);
    if (o.bigramFraction > 0) batches.setBigramChain(o.startAlphabet, o.bigramSuccessors);
    batches.setDocumentBos(o.documentBos || o.sentenceBos != "off");
    const SingleThreadedBlas singleThreadedBlas;

    // Model: parameters created from the architecture table's own list of tensors.
    const auto configJson = llamaConfig(o, vocab);
    const auto config = model::resolveConfig(nlohmann::json::parse(configJson.dump()), (out / "config.json").string());
    if (o.device != "cpu" && o.device != "cuda")
        throw EngineError("expected cpu or cuda, got '" + o.device + "'", "--device");
    if (o.device == "cuda" && !torch::cuda::is_available())
        throw EngineError("this LibTorch build has no CUDA device", "--device cuda");
    const torch::Device device(o.device == "cuda" ? torch::kCUDA : torch::kCPU);
    torch::manual_seed(o.seed);
    std::map<std::string, torch::Tensor> parameters;
    const auto specs = model::weightSpecs(config, "model.", false);
    // Width-scaled initialisation (std 1/sqrt(width), residual outputs further by 1/sqrt(2 layers)): the usual 0.02
    // suits widths near 2500; at width 128 it leaves attention uniform for thousands of steps.
    const double inputScale = 1.0 / std::sqrt(static_cast<double>(o.hidden));
    const double outputScale = inputScale / std::sqrt(2.0 * o.layers);
    for (const auto& spec : specs) {
        torch::Tensor tensor;
        if (spec.role == model::Role::AttnNormWeight || spec.role == model::Role::MlpNormWeight ||
            spec.role == model::Role::FinalNormWeight)
            tensor = torch::ones(spec.shape);
        else if (spec.shape.size() == 1)  // biases
            tensor = torch::zeros(spec.shape);
        else if (spec.role == model::Role::OWeight || spec.role == model::Role::DownWeight)
            tensor = torch::randn(spec.shape) * outputScale;
        else
            tensor = torch::randn(spec.shape) * inputScale;
        if (spec.role == model::Role::TokenEmbedding) tensor[0].mul_(o.bosScale);  // <|bos|> is id 0
        parameters[spec.name] = tensor.to(device).set_requires_grad(true);
    }
    const auto weights = model::bindWeights(
        config,
        [&](const std::string& name) {
            const auto it = parameters.find(name);
            return it == parameters.end() ? torch::Tensor() : it->second;
        },
        "model.", out.string());
    std::vector<torch::Tensor> trainable;
    for (auto& [name, tensor] : parameters) trainable.push_back(tensor);
    torch::optim::AdamW optimizer(
        trainable, torch::optim::AdamWOptions(o.learningRate).betas({0.9, 0.95}).weight_decay(o.weightDecay));

    std::ofstream log(out / "training_log.csv");
    AlphabetCurriculum curriculum(o, vocab);
    log << "step,loss,copy_loss," << (recall ? "recall_loss," : "") << "alphabet,seconds\n";
    double loss = 0;
    const int warmup = std::max(1, o.steps / 20);
    bool lateDrawn = false;
    for (int step = 1; step <= o.steps; ++step) {
        if (control) control->throwIfCancelled();
        if (late && !lateDrawn && curriculum.widenFrom() >= 0) {
            batches.setGrammarDocuments(encode(lateDocuments));
            if (!lateSentences.empty()) batches.setSentenceDocuments(encode(lateSentences));
            lateDrawn = true;
        }
        const double progress = static_cast<double>(step - 1) / o.steps;
        const double rate = step <= warmup ? o.learningRate * step / warmup
                                           : o.learningRate * (0.1 + 0.9 * 0.5 * (1 + std::cos(M_PI * progress)));
        for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamWOptions&>(group.options()).lr(rate);

        const int64_t segmentTokens = curriculum.alphabet(step);
        // Sequences with nothing to copy join once copying has formed (from the start, they kept it from forming).
        const double unrepeated = curriculum.widenFrom() >= 0 ? o.unrepeatedFraction : 0.0;
        // So do recall triggers: the recall head builds on the previous-token head that copying forms first (from
        // the start, triggers kept both from forming).
        const double recallRate = curriculum.widenFrom() >= 0 ? o.recallRate : 0.0;
        batches.setTextRepeatShare(curriculum.widenFrom() >= 0 ? o.textRepeatShare : o.earlyTextRepeatShare);
        batches.setSentenceShare(sentences.empty()             ? 0.0
                                 : curriculum.widenFrom() >= 0 ? o.sentenceShare
                                                               : o.earlySentenceShare);
        auto batch = batches.next(o.batch, o.repeatedFraction, o.periodicShare, segmentTokens, unrepeated, recallRate,
                                  curriculum.widenFrom() >= 0 ? o.bigramFraction : 0.0);
        const auto input = torch::from_blob(batch.ids.data(), {o.batch, o.context}, torch::kInt64).clone().to(device);
        const auto copyable = torch::from_blob(batch.copyable.data(), {o.batch, o.context}, torch::kUInt8)
                                  .slice(1, 1, o.context)
                                  .reshape({-1})
                                  .to(device, torch::kBool);
        model::ForwardInput forwardInput;
        forwardInput.ids = input;
        const auto logits = model::forward(config, weights, forwardInput);
        const auto predicted = logits.slice(1, 0, o.context - 1).reshape({-1, vocab});
        const auto target = input.slice(1, 1, o.context).reshape({-1});
        const auto tokenLoss = torch::nn::functional::cross_entropy(
            predicted, target, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
        auto batchLoss = tokenLoss.mean();
        optimizer.zero_grad();
        batchLoss.backward();
        torch::nn::utils::clip_grad_norm_(trainable, 1.0);
        optimizer.step();

        loss = batchLoss.item<double>();
        const auto copies = copyable.sum().item<int64_t>();
        const double copyLoss =
            copies > 0 ? tokenLoss.detach().masked_select(copyable).mean().item<double>() : std::nan("");
        double recallLoss = std::nan("");
        if (recall) {
            const auto recalled = torch::from_blob(batch.recalled.data(), {o.batch, o.context}, torch::kUInt8)
                                      .slice(1, 1, o.context)
                                      .reshape({-1})
                                      .to(device, torch::kBool);
            if (recalled.sum().item<int64_t>() > 0)
                recallLoss = tokenLoss.detach().masked_select(recalled).mean().item<double>();
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        log << step << "," << loss << "," << copyLoss << ",";
        if (recall) log << recallLoss << ",";
        log << segmentTokens << "," << seconds << "\n";
        if (control) control->setProgress(static_cast<double>(step) / o.steps, "training");
        curriculum.observe(step, copyLoss);
        if (onStep) onStep({step, loss, copyLoss, recallLoss, segmentTokens, seconds});
    }

    // The folder transformers and AttnScope load.
    safetensors::Writer writer;
    for (const auto& spec : specs) {
        const auto tensor = parameters.at(spec.name).detach().to(torch::kCPU).contiguous();
        writer.addFloat(spec.name, spec.shape, tensor.data_ptr<float>());
    }
    writer.setMetadata("format", "pt");
    writer.write((out / "model.safetensors").string());
    writeText(out / "config.json", configJson.dump(2) + "\n");
    const nlohmann::ordered_json tokenizerConfig = {{"tokenizer_class", "PreTrainedTokenizerFast"},
                                                    {"bos_token", kBosToken},
                                                    {"eos_token", kBosToken},
                                                    {"model_max_length", o.maxPositions},
                                                    {"clean_up_tokenization_spaces", false}};
    writeText(out / "tokenizer_config.json", tokenizerConfig.dump(2) + "\n");
    writeText(out / "generation_config.json",
              nlohmann::ordered_json({{"bos_token_id", 0}, {"eos_token_id", 0}}).dump(2));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    writeText(out / "README.md",
              modelCard(o, vocab, model::parameterCount(weights), loss, seconds, curriculum.widenFrom()));
}

}  // namespace attnscope
