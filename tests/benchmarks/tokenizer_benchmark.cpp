// Tokenizer speed: tokens per second encoding 1 MB of mixed text with each reference tokenizer, and the time to load
// a synthetic 128k-entry byte-level BPE tokenizer.json (Llama 3 size), generated here so nothing large is committed.
//   build/tests/benchmarks/tokenizer_benchmark --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "attnscope/tokenizer.h"

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(ATTNSCOPE_TEST_DATA_DIR) / "fixtures" / "tokenizers";

// About 1 MB of prose-like text: English words and punctuation, numbers, newlines, some accents, CJK and emoji.
const std::string& megabyteText() {
    static const std::string text = [] {
        const std::vector<std::string> words = {"the",
                                                "attention",
                                                "model",
                                                "looks",
                                                "at",
                                                "every",
                                                "token",
                                                "and",
                                                "head",
                                                "layer",
                                                "of",
                                                "a",
                                                "transformer",
                                                "It's",
                                                "don't",
                                                "we'll",
                                                "Hello,",
                                                "world!",
                                                "naïve",
                                                "café",
                                                "résumé",
                                                "Straße",
                                                "2024",
                                                "3.14159",
                                                "1,000",
                                                "(parentheses)",
                                                "[brackets]",
                                                "e-mail",
                                                "user@example.com",
                                                "日本語",
                                                "中文",
                                                "Привет",
                                                "😀",
                                                "👍🏽",
                                                "--",
                                                "...",
                                                "supercalifragilistic",
                                                "tokenization",
                                                "Ünïcödé",
                                                "x**2"};
        std::mt19937 random(42);
        std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
        std::string out;
        out.reserve((1 << 20) + 64);
        size_t sinceNewline = 0;
        while (out.size() < (1 << 20)) {
            out += words[pick(random)];
            if (++sinceNewline % 17 == 0) {
                out += ".\n";
            } else {
                out += ' ';
            }
        }
        return out;
    }();
    return text;
}

void encodeMegabyte(benchmark::State& state, const std::string& folder) {
    const auto tokenizer = attnscope::Tokenizer::fromDirectory(folder);
    const std::string& text = megabyteText();
    size_t tokens = 0;
    for (auto _ : state) {
        const auto encoding = tokenizer->encode(text, false);
        tokens = encoding.size();
        benchmark::DoNotOptimize(encoding.ids.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["tokens"] = static_cast<double>(tokens);
    state.counters["tokens/s"] = benchmark::Counter(
        static_cast<double>(tokens) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// A byte-level BPE with ~128k tokens: the 256 byte characters plus words built one merge at a time from a seeded
// random walk over letters, so every merge is valid and the file has a realistic shape (vocab object + merges list).
const std::string& syntheticTokenizerFile() {
    static const std::string path = [] {
        std::vector<std::string> byteChars;
        {
            int next = 256;
            for (int b = 0; b < 256; ++b) {
                const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
                const int c = printable ? b : next++;
                std::string utf8;
                if (c < 0x80) {
                    utf8.push_back(static_cast<char>(c));
                } else {
                    utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
                    utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
                }
                byteChars.push_back(utf8);
            }
        }
        nlohmann::json vocab = nlohmann::json::object();
        std::set<std::string> known;
        for (const auto& c : byteChars) {
            vocab[c] = known.size();
            known.insert(c);
        }
        nlohmann::json merges = nlohmann::json::array();
        std::mt19937 random(7);
        const std::string letters = "etaoinshrdlucmfwypvbgkjqxz";
        std::uniform_int_distribution<size_t> letter(0, letters.size() - 1);
        std::uniform_int_distribution<int> length(2, 9);
        std::vector<std::string> words;
        while (known.size() < 128000) {
            std::string word = random() % 2 ? "\xC4\xA0" : "";  // "Ġ" starts half the words
            word += letters[letter(random)];
            const int n = length(random);
            for (int i = 0; i < n && known.size() < 128000; ++i) {
                const std::string right(1, letters[letter(random)]);
                const std::string merged = word + right;
                if (!known.count(merged)) {
                    if (!known.count(word)) break;
                    merges.push_back(word + " " + right);
                    vocab[merged] = known.size();
                    known.insert(merged);
                    words.push_back(merged);
                }
                word = merged;
            }
        }
        // Like tiktoken-derived files (Llama 3: 128k tokens, 280k merges), most tokens can be reached by more than
        // one split; add the other valid splits until there are ~280k merges.
        for (const auto& token : words) {
            for (size_t cut = 1; cut + 1 < token.size() && merges.size() < 280000; ++cut) {
                const std::string left = token.substr(0, cut), right = token.substr(cut);
                if (known.count(left) && known.count(right) && right.size() > 1) merges.push_back(left + " " + right);
            }
        }
        const nlohmann::json file = {
            {"version", "1.0"},
            {"added_tokens", nlohmann::json::array()},
            {"normalizer", nullptr},
            {"pre_tokenizer",
             {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", true}, {"use_regex", true}}},
            {"post_processor", {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", false}}},
            {"decoder", {{"type", "ByteLevel"}}},
            {"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", merges}}}};
        const fs::path folder = fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / "synthetic_bpe_128k";
        fs::create_directories(folder);
        std::ofstream(folder / "tokenizer.json") << file.dump();
        return folder.string();
    }();
    return path;
}

void loadSynthetic128k(benchmark::State& state) {
    const std::string folder = syntheticTokenizerFile();
    for (auto _ : state) {
        auto tokenizer = attnscope::Tokenizer::fromDirectory(folder);
        benchmark::DoNotOptimize(tokenizer.get());
        state.counters["vocab"] = static_cast<double>(tokenizer->vocabSize());
    }
    state.counters["file MB"] = static_cast<double>(fs::file_size(fs::path(folder) / "tokenizer.json")) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    for (const char* name : {"gpt2_bpe", "roberta_bpe", "llama3_bpe", "qwen2_bpe", "llama2_legacy", "mistral_metaspace",
                             "bert_wordpiece", "wordpiece_sequence", "t5_unigram", "albert_unigram", "wordlevel"}) {
        const std::string folder = (kFixtures / name).string();
        benchmark::RegisterBenchmark((std::string("Encode1MB/") + name).c_str(), [folder](benchmark::State& state) {
            encodeMegabyte(state, folder);
        })->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("Encode1MB/synthetic_bpe_128k", [](benchmark::State& state) {
        encodeMegabyte(state, syntheticTokenizerFile());
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("LoadTokenizerJson/synthetic_bpe_128k", loadSynthetic128k)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
