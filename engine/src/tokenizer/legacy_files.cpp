// Tokenizers for model folders without tokenizer.json, built the way transformers' BertConverter and GPT2Converter
// build them, and the public entry points Tokenizer::fromDirectory / fromJsonFile.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attnscope/error.h"
#include "tokenizer/decoders.h"
#include "tokenizer/models.h"
#include "tokenizer/normalizers.h"
#include "tokenizer/post_processors.h"
#include "tokenizer/pre_tokenizers.h"
#include "tokenizer/tokenizer_json.h"

namespace fs = std::filesystem;

namespace attnscope {

namespace tok {

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw EngineError("cannot open file", path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

nlohmann::json readConfig(const fs::path& directory) {
    const fs::path path = directory / "tokenizer_config.json";
    if (!fs::exists(path)) return nlohmann::json::object();
    try {
        auto json = nlohmann::json::parse(readFile(path));
        return json.is_object() ? json : nlohmann::json::object();
    } catch (const nlohmann::json::exception& error) {
        throw EngineError(std::string("invalid JSON: ") + error.what(), path.string());
    }
}

bool configBool(const nlohmann::json& config, const char* key, bool fallback) {
    const auto it = config.find(key);
    return it != config.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

// Special tokens may be written as a string or as an AddedToken object with "content".
std::string configToken(const nlohmann::json& config, const char* key, const std::string& fallback) {
    const auto it = config.find(key);
    if (it == config.end()) return fallback;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_object() && it->contains("content") && (*it)["content"].is_string())
        return (*it)["content"].get<std::string>();
    return fallback;
}

// Registers `content` as a special added token, reusing its vocabulary id when it has one.
void addSpecial(TokenizerParts& parts, const std::vector<std::pair<std::string, uint32_t>>& vocab,
                const std::string& content) {
    for (const auto& token : parts.addedTokens)
        if (token.content == content) return;
    std::optional<uint32_t> id;
    uint32_t next = 0;
    for (const auto& [text, tokenId] : vocab) {
        if (text == content) id = tokenId;
        next = std::max(next, tokenId + 1);
    }
    for (const auto& token : parts.addedTokens) next = std::max(next, token.id + 1);
    AddedToken token;
    token.content = content;
    token.id = id.value_or(next);
    token.special = true;
    token.normalized = false;
    parts.addedTokens.push_back(token);
}

}  // namespace

TokenizerParts readWordPieceVocab(const std::string& directory) {
    const fs::path path = fs::path(directory) / "vocab.txt";
    const std::string text = readFile(path);
    std::vector<std::pair<std::string, uint32_t>> vocab;
    std::unordered_map<std::string, size_t> seen;
    std::istringstream lines(text);
    std::string line;
    uint32_t index = 0;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (const auto it = seen.find(line); it != seen.end()) {
            vocab[it->second].second = index++;  // a repeated line takes the later index, as transformers does
            continue;
        }
        seen.emplace(line, vocab.size());
        vocab.emplace_back(line, index++);
    }
    if (vocab.empty()) throw EngineError("vocabulary is empty", path.string());

    const auto config = readConfig(directory);
    const std::string unk = configToken(config, "unk_token", "[UNK]");
    const std::string sep = configToken(config, "sep_token", "[SEP]");
    const std::string cls = configToken(config, "cls_token", "[CLS]");
    const std::string pad = configToken(config, "pad_token", "[PAD]");
    const std::string mask = configToken(config, "mask_token", "[MASK]");

    TokenizerParts parts;
    parts.source = path.string();
    BertNormalizerOptions options;
    options.lowercase = configBool(config, "do_lower_case", true);
    options.handleChineseChars = configBool(config, "tokenize_chinese_chars", true);
    if (config.contains("strip_accents") && config["strip_accents"].is_boolean())
        options.stripAccents = config["strip_accents"].get<bool>();
    parts.normalizer = std::make_unique<BertNormalizer>(options);
    parts.preTokenizer = std::make_unique<BertPreTokenizer>();
    for (const auto& special : {pad, unk, cls, sep, mask}) addSpecial(parts, vocab, special);
    auto idOf = [&](const std::string& token) {
        for (const auto& added : parts.addedTokens)
            if (added.content == token) return static_cast<int64_t>(added.id);
        return int64_t{0};
    };
    std::vector<TemplatePiece> single{{false, 0, cls, 0}, {true, 0, {}, 0}, {false, 0, sep, 0}};
    std::vector<TemplatePiece> pair = single;
    pair.push_back({true, 1, {}, 1});
    pair.push_back({false, 0, sep, 1});
    std::map<std::string, TemplateSpecialToken> specials{{cls, {{idOf(cls)}, {cls}}}, {sep, {{idOf(sep)}, {sep}}}};
    parts.postProcessor = std::make_unique<TemplateProcessing>(single, pair, specials);
    parts.decoder = std::make_unique<WordPieceDecoder>("##", true);
    WordPieceOptions wordPiece;
    wordPiece.unkToken = unk;
    parts.model = std::make_unique<WordPieceModel>(vocab, wordPiece);
    return parts;
}

TokenizerParts readBpeVocabMerges(const std::string& directory) {
    const fs::path vocabPath = fs::path(directory) / "vocab.json";
    const fs::path mergesPath = fs::path(directory) / "merges.txt";
    std::vector<std::pair<std::string, uint32_t>> vocab;
    try {
        const auto json = nlohmann::json::parse(readFile(vocabPath));
        if (!json.is_object()) throw EngineError("expected an object of token: id", vocabPath.string());
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!it.value().is_number_unsigned())
                throw EngineError("token '" + it.key() + "' has no valid id", vocabPath.string());
            vocab.emplace_back(it.key(), it.value().get<uint32_t>());
        }
    } catch (const nlohmann::json::exception& error) {
        throw EngineError(std::string("invalid JSON: ") + error.what(), vocabPath.string());
    }
    std::vector<std::pair<std::string, std::string>> merges;
    std::istringstream lines(readFile(mergesPath));
    std::string line;
    size_t lineNumber = 0;
    while (std::getline(lines, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if ((lineNumber == 1 && line.rfind("#version", 0) == 0) || line.empty()) continue;
        std::istringstream parts(line);
        std::string left, right, extra;
        if (!(parts >> left >> right) || (parts >> extra))
            throw EngineError("line " + std::to_string(lineNumber) + ": expected two tokens", mergesPath.string());
        merges.emplace_back(left, right);
    }

    const auto config = readConfig(directory);
    TokenizerParts parts;
    parts.source = vocabPath.string();
    parts.byteLevel = true;
    parts.preTokenizer = std::make_unique<ByteLevelPreTokenizer>(configBool(config, "add_prefix_space", false), true);
    parts.decoder = std::make_unique<ByteLevelDecoder>();
    parts.postProcessor = std::make_unique<ByteLevelProcessing>(false, false);
    for (const char* key : {"bos_token", "eos_token", "unk_token"})
        addSpecial(parts, vocab, configToken(config, key, "<|endoftext|>"));
    try {
        parts.model = std::make_unique<BpeModel>(vocab, merges, BpeOptions{});
    } catch (const std::invalid_argument& error) {
        throw EngineError(error.what(), mergesPath.string());
    }
    return parts;
}

}  // namespace tok

std::shared_ptr<Tokenizer> Tokenizer::fromJsonFile(const std::string& path) {
    return std::make_shared<tok::PipelineTokenizer>(tok::readTokenizerJson(path));
}

std::shared_ptr<Tokenizer> Tokenizer::fromDirectory(const std::string& directory) {
    const fs::path folder(directory);
    if (!fs::is_directory(folder)) throw EngineError("folder does not exist", directory);
    if (fs::exists(folder / "tokenizer.json")) return fromJsonFile((folder / "tokenizer.json").string());
    if (fs::exists(folder / "vocab.txt"))
        return std::make_shared<tok::PipelineTokenizer>(tok::readWordPieceVocab(directory));
    if (fs::exists(folder / "vocab.json") && fs::exists(folder / "merges.txt"))
        return std::make_shared<tok::PipelineTokenizer>(tok::readBpeVocabMerges(directory));
    throw EngineError("no tokenizer.json, vocab.txt, or vocab.json + merges.txt", directory);
}

}  // namespace attnscope
