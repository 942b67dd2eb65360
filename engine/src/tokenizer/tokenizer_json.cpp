// Reads tokenizer.json into pipeline components. Every problem is reported with the file and the JSON path of the
// component, e.g. "tokenizer.json: pre_tokenizer.pretokenizers[1]: unknown type 'Foo'".
#include "tokenizer/tokenizer_json.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attnscope/error.h"
#include "tokenizer/decoders.h"
#include "tokenizer/models.h"
#include "tokenizer/normalizers.h"
#include "tokenizer/post_processors.h"
#include "tokenizer/pre_tokenizers.h"
#include "tokenizer/tokenizer_json_bulk.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

using Json = nlohmann::json;

// Where in the file a value sits; turns problems into EngineErrors naming that place.
struct Where {
    const std::string& file;
    std::string path;

    Where operator[](const std::string& key) const { return {file, path.empty() ? key : path + "." + key}; }
    Where operator[](size_t index) const { return {file, path + "[" + std::to_string(index) + "]"}; }
    [[noreturn]] void fail(const std::string& problem) const {
        throw EngineError(problem, path.empty() ? file : file + ": " + path);
    }
};

const Json& field(const Json& object, const char* key, const Where& where) {
    const auto it = object.find(key);
    if (it == object.end()) where.fail(std::string("missing required field '") + key + "'");
    return *it;
}

bool has(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && !it->is_null();
}

std::string stringField(const Json& object, const char* key, const Where& where) {
    const Json& value = field(object, key, where);
    if (!value.is_string()) where[key].fail("expected a string");
    return value.get<std::string>();
}

std::string stringOr(const Json& object, const char* key, const std::string& fallback, const Where& where) {
    return has(object, key) ? stringField(object, key, where) : fallback;
}

std::optional<std::string> optionalString(const Json& object, const char* key, const Where& where) {
    if (!has(object, key)) return std::nullopt;
    return stringField(object, key, where);
}

bool boolOr(const Json& object, const char* key, bool fallback, const Where& where) {
    if (!has(object, key)) return fallback;
    const Json& value = object.at(key);
    if (!value.is_boolean()) where[key].fail("expected true or false");
    return value.get<bool>();
}

int64_t integerField(const Json& value, const Where& where) {
    if (!value.is_number_integer()) where.fail("expected an integer");
    return value.get<int64_t>();
}

int64_t integerOr(const Json& object, const char* key, int64_t fallback, const Where& where) {
    return has(object, key) ? integerField(object.at(key), where[key]) : fallback;
}

char32_t charField(const Json& object, const char* key, const Where& where) {
    const std::string text = stringField(object, key, where);
    if (text.empty() || utf8SequenceLength(static_cast<unsigned char>(text[0])) != text.size())
        where[key].fail("expected a single character, got '" + text + "'");
    size_t position = 0;
    return nextCodePoint(text, position);
}

const Json& arrayField(const Json& object, const char* key, const Where& where) {
    const Json& value = field(object, key, where);
    if (!value.is_array()) where[key].fail("expected an array");
    return value;
}

std::string typeOf(const Json& object, const Where& where) {
    if (!object.is_object()) where.fail("expected an object");
    return stringField(object, "type", where);
}

[[noreturn]] void unknownType(const std::string& type, const Where& where) {
    where.fail("unknown type '" + type + "'");
}

TextPattern patternField(const Json& object, const Where& where) {
    const Json& pattern = field(object, "pattern", where);
    const Where at = where["pattern"];
    try {
        if (pattern.is_object() && pattern.contains("String"))
            return TextPattern::literal(stringField(pattern, "String", at));
        if (pattern.is_object() && pattern.contains("Regex"))
            return TextPattern::regex(stringField(pattern, "Regex", at));
    } catch (const std::invalid_argument& error) {
        at.fail(error.what());
    }
    at.fail("expected {\"String\": ...} or {\"Regex\": ...}");
}

SplitBehavior behaviorField(const Json& object, const char* key, SplitBehavior fallback, const Where& where) {
    if (!has(object, key)) return fallback;
    const std::string name = stringField(object, key, where);
    if (name == "Removed") return SplitBehavior::Removed;
    if (name == "Isolated") return SplitBehavior::Isolated;
    if (name == "MergedWithPrevious") return SplitBehavior::MergedWithPrevious;
    if (name == "MergedWithNext") return SplitBehavior::MergedWithNext;
    if (name == "Contiguous") return SplitBehavior::Contiguous;
    where[key].fail("unknown split behavior '" + name + "'");
}

PrependScheme prependSchemeField(const Json& object, const Where& where) {
    PrependScheme scheme = PrependScheme::Always;
    if (has(object, "prepend_scheme")) {
        const std::string name = stringField(object, "prepend_scheme", where);
        if (name == "always")
            scheme = PrependScheme::Always;
        else if (name == "first")
            scheme = PrependScheme::First;
        else if (name == "never")
            scheme = PrependScheme::Never;
        else
            where["prepend_scheme"].fail("unknown prepend scheme '" + name + "'");
    }
    // Files written before prepend_scheme existed say add_prefix_space instead.
    if (has(object, "add_prefix_space") && !boolOr(object, "add_prefix_space", true, where)) {
        if (scheme != PrependScheme::Never && has(object, "prepend_scheme"))
            where.fail("add_prefix_space does not match prepend_scheme");
        scheme = PrependScheme::Never;
    }
    return scheme;
}

class ComponentReader {
public:
    ComponentReader(const std::string& file, TokenizerParts& parts, ModelBulk& bulk)
        : file_(file), parts_(parts), bulk_(bulk) {}

    std::unique_ptr<Normalizer> normalizer(const Json& json, const Where& where) {
        const std::string type = typeOf(json, where);
        if (type == "NFC") return std::make_unique<UnicodeNormalizer>(UnicodeForm::NFC);
        if (type == "NFD") return std::make_unique<UnicodeNormalizer>(UnicodeForm::NFD);
        if (type == "NFKC") return std::make_unique<UnicodeNormalizer>(UnicodeForm::NFKC);
        if (type == "NFKD") return std::make_unique<UnicodeNormalizer>(UnicodeForm::NFKD);
        if (type == "Lowercase") return std::make_unique<LowercaseNormalizer>();
        if (type == "StripAccents") return std::make_unique<StripAccentsNormalizer>();
        if (type == "Nmt") return std::make_unique<NmtNormalizer>();
        if (type == "ByteLevel") {
            parts_.byteLevel = true;
            return std::make_unique<ByteLevelNormalizer>();
        }
        if (type == "BertNormalizer") {
            BertNormalizerOptions options;
            options.cleanText = boolOr(json, "clean_text", true, where);
            options.handleChineseChars = boolOr(json, "handle_chinese_chars", true, where);
            if (has(json, "strip_accents")) options.stripAccents = boolOr(json, "strip_accents", false, where);
            options.lowercase = boolOr(json, "lowercase", true, where);
            return std::make_unique<BertNormalizer>(options);
        }
        if (type == "Prepend") return std::make_unique<PrependNormalizer>(stringField(json, "prepend", where));
        if (type == "Replace")
            return std::make_unique<ReplaceNormalizer>(patternField(json, where), stringField(json, "content", where));
        if (type == "Strip")
            return std::make_unique<StripNormalizer>(boolOr(json, "strip_left", true, where),
                                                     boolOr(json, "strip_right", true, where));
        if (type == "Precompiled") {
            std::string blob;
            if (has(json, "precompiled_charsmap")) {
                try {
                    blob = decodeBase64(stringField(json, "precompiled_charsmap", where));
                    return std::make_unique<PrecompiledNormalizer>(PrecompiledCharsmap(blob));
                } catch (const std::invalid_argument& error) {
                    where["precompiled_charsmap"].fail(error.what());
                }
            }
            return std::make_unique<PrecompiledNormalizer>(PrecompiledCharsmap(""));
        }
        if (type == "Sequence") {
            std::vector<std::unique_ptr<Normalizer>> steps;
            const Json& list = arrayField(json, "normalizers", where);
            for (size_t i = 0; i < list.size(); ++i) steps.push_back(normalizer(list[i], where["normalizers"][i]));
            return std::make_unique<SequenceNormalizer>(std::move(steps));
        }
        unknownType(type, where);
    }

    std::unique_ptr<PreTokenizer> preTokenizer(const Json& json, const Where& where) {
        const std::string type = typeOf(json, where);
        if (type == "ByteLevel") {
            parts_.byteLevel = true;
            return std::make_unique<ByteLevelPreTokenizer>(boolOr(json, "add_prefix_space", true, where),
                                                           boolOr(json, "use_regex", true, where));
        }
        if (type == "BertPreTokenizer") return std::make_unique<BertPreTokenizer>();
        if (type == "Whitespace") return std::make_unique<WhitespacePreTokenizer>();
        if (type == "WhitespaceSplit") return std::make_unique<WhitespaceSplitPreTokenizer>();
        if (type == "Metaspace") {
            parts_.spaceMarker = charField(json, "replacement", where);
            return std::make_unique<MetaspacePreTokenizer>(parts_.spaceMarker, prependSchemeField(json, where),
                                                           boolOr(json, "split", true, where));
        }
        if (type == "Split")
            return std::make_unique<SplitPreTokenizer>(patternField(json, where),
                                                       behaviorField(json, "behavior", SplitBehavior::Removed, where),
                                                       boolOr(json, "invert", false, where));
        if (type == "Digits")
            return std::make_unique<DigitsPreTokenizer>(boolOr(json, "individual_digits", false, where));
        if (type == "Punctuation")
            return std::make_unique<PunctuationPreTokenizer>(
                behaviorField(json, "behavior", SplitBehavior::Isolated, where));
        if (type == "CharDelimiterSplit")
            return std::make_unique<CharDelimiterSplitPreTokenizer>(charField(json, "delimiter", where));
        if (type == "Sequence") {
            std::vector<std::unique_ptr<PreTokenizer>> steps;
            const Json& list = arrayField(json, "pretokenizers", where);
            for (size_t i = 0; i < list.size(); ++i) steps.push_back(preTokenizer(list[i], where["pretokenizers"][i]));
            return std::make_unique<SequencePreTokenizer>(std::move(steps));
        }
        unknownType(type, where);
    }

    std::unique_ptr<Model> model(const Json& json, const Where& where) {
        if (!json.is_object()) where.fail("expected an object");
        std::string type;
        if (has(json, "type")) {
            type = stringField(json, "type", where);
        } else if (json.contains("merges")) {  // files from before models were tagged
            type = "BPE";
        } else if (json.contains("unk_id") || (json.contains("vocab") && json["vocab"].is_array())) {
            type = "Unigram";
        } else if (json.contains("max_input_chars_per_word")) {
            type = "WordPiece";
        } else {
            type = "WordLevel";
        }
        try {
            if (type == "BPE") return bpe(json, where);
            if (type == "WordPiece") {
                WordPieceOptions options;
                options.unkToken = stringOr(json, "unk_token", "[UNK]", where);
                options.continuingSubwordPrefix = stringOr(json, "continuing_subword_prefix", "##", where);
                options.maxInputCharsPerWord =
                    static_cast<size_t>(integerOr(json, "max_input_chars_per_word", 100, where));
                return std::make_unique<WordPieceModel>(vocabulary(json, where), options);
            }
            if (type == "WordLevel")
                return std::make_unique<WordLevelModel>(vocabulary(json, where),
                                                        stringOr(json, "unk_token", "<unk>", where));
            if (type == "Unigram") return unigram(json, where);
        } catch (const std::invalid_argument& error) {
            where.fail(error.what());
        }
        unknownType(type, where);
    }

    std::unique_ptr<PostProcessor> postProcessor(const Json& json, const Where& where) {
        const std::string type = typeOf(json, where);
        if (type == "BertProcessing")
            return std::make_unique<BertProcessing>(specialPair(json, "sep", where), specialPair(json, "cls", where));
        if (type == "RobertaProcessing")
            return std::make_unique<RobertaProcessing>(specialPair(json, "sep", where), specialPair(json, "cls", where),
                                                       boolOr(json, "trim_offsets", true, where),
                                                       boolOr(json, "add_prefix_space", true, where));
        if (type == "ByteLevel")
            return std::make_unique<ByteLevelProcessing>(boolOr(json, "trim_offsets", true, where),
                                                         boolOr(json, "add_prefix_space", true, where));
        if (type == "TemplateProcessing") return templateProcessing(json, where);
        if (type == "Sequence") {
            std::vector<std::unique_ptr<PostProcessor>> steps;
            const Json& list = arrayField(json, "processors", where);
            for (size_t i = 0; i < list.size(); ++i) steps.push_back(postProcessor(list[i], where["processors"][i]));
            return std::make_unique<SequenceProcessing>(std::move(steps));
        }
        unknownType(type, where);
    }

    std::unique_ptr<Decoder> decoder(const Json& json, const Where& where) {
        const std::string type = typeOf(json, where);
        if (type == "ByteLevel") {
            parts_.byteLevel = true;
            return std::make_unique<ByteLevelDecoder>();
        }
        if (type == "WordPiece")
            return std::make_unique<WordPieceDecoder>(stringOr(json, "prefix", "##", where),
                                                      boolOr(json, "cleanup", true, where));
        if (type == "Metaspace")
            return std::make_unique<MetaspaceDecoder>(charField(json, "replacement", where),
                                                      prependSchemeField(json, where));
        if (type == "ByteFallback") return std::make_unique<ByteFallbackDecoder>();
        if (type == "Fuse") return std::make_unique<FuseDecoder>();
        if (type == "Strip")
            return std::make_unique<StripDecoder>(charField(json, "content", where),
                                                  static_cast<size_t>(integerOr(json, "start", 0, where)),
                                                  static_cast<size_t>(integerOr(json, "stop", 0, where)));
        if (type == "Replace")
            return std::make_unique<ReplaceDecoder>(patternField(json, where), stringField(json, "content", where));
        if (type == "BPEDecoder") return std::make_unique<BpeDecoder>(stringOr(json, "suffix", "</w>", where));
        if (type == "Sequence") {
            std::vector<std::unique_ptr<Decoder>> steps;
            const Json& list = arrayField(json, "decoders", where);
            for (size_t i = 0; i < list.size(); ++i) steps.push_back(decoder(list[i], where["decoders"][i]));
            return std::make_unique<SequenceDecoder>(std::move(steps));
        }
        unknownType(type, where);
    }

private:
    // Reports the first malformed vocab or merges entry the parser set aside, if it belongs to `field`.
    void checkBulk(const char* field, const Where& where) {
        if (bulk_.problem && bulk_.problem->first.rfind(field, 0) == 0)
            Where{file_, where.path + "." + bulk_.problem->first}.fail(bulk_.problem->second);
    }

    std::vector<std::pair<std::string, uint32_t>> vocabulary(const Json& json, const Where& where) {
        field(json, "vocab", where);
        if (!bulk_.vocabTaken || !bulk_.vocabIsObject) where["vocab"].fail("expected an object of token: id");
        checkBulk("vocab", where);
        // An empty vocabulary would drop every text silently.
        if (bulk_.vocab.empty()) where["vocab"].fail("is empty: a tokenizer needs at least one token");
        return std::move(bulk_.vocab);
    }

    std::unique_ptr<Model> bpe(const Json& json, const Where& where) {
        BpeOptions options;
        options.unkToken = optionalString(json, "unk_token", where);
        options.continuingSubwordPrefix = optionalString(json, "continuing_subword_prefix", where);
        options.endOfWordSuffix = optionalString(json, "end_of_word_suffix", where);
        options.fuseUnk = boolOr(json, "fuse_unk", false, where);
        options.byteFallback = boolOr(json, "byte_fallback", false, where);
        options.ignoreMerges = boolOr(json, "ignore_merges", false, where);
        auto vocab = vocabulary(json, where);
        field(json, "merges", where);
        if (!bulk_.mergesTaken) where["merges"].fail("expected an array");
        checkBulk("merges", where);
        try {
            return std::make_unique<BpeModel>(vocab, bulk_.merges, options);
        } catch (const std::invalid_argument& error) {
            where["merges"].fail(error.what());
        }
    }

    std::unique_ptr<Model> unigram(const Json& json, const Where& where) {
        field(json, "vocab", where);
        if (!bulk_.vocabTaken || bulk_.vocabIsObject) where["vocab"].fail("expected an array of [piece, score]");
        checkBulk("vocab", where);
        if (bulk_.pieces.empty()) where["vocab"].fail("is empty: a tokenizer needs at least one token");
        std::optional<uint32_t> unkId;
        if (has(json, "unk_id")) unkId = static_cast<uint32_t>(integerField(json.at("unk_id"), where["unk_id"]));
        return std::make_unique<UnigramModel>(std::move(bulk_.pieces), unkId,
                                              boolOr(json, "byte_fallback", false, where));
    }

    SpecialToken specialPair(const Json& json, const char* key, const Where& where) {
        const Json& pair = field(json, key, where);
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_number_integer())
            where[key].fail("expected [token, id]");
        return {pair[0].get<std::string>(), pair[1].get<int64_t>()};
    }

    std::vector<TemplatePiece> templatePieces(const Json& json, const char* key, const Where& where) {
        std::vector<TemplatePiece> pieces;
        const Json& list = arrayField(json, key, where);
        for (size_t i = 0; i < list.size(); ++i) {
            const Where at = where[key][i];
            const Json& item = list[i];
            if (item.is_object() && item.contains("Sequence")) {
                const Json& sequence = item["Sequence"];
                const std::string id = stringField(sequence, "id", at["Sequence"]);
                if (id != "A" && id != "B") at["Sequence"]["id"].fail("expected \"A\" or \"B\"");
                pieces.push_back({true, id == "A" ? 0 : 1, {}, integerOr(sequence, "type_id", 0, at["Sequence"])});
            } else if (item.is_object() && item.contains("SpecialToken")) {
                const Json& special = item["SpecialToken"];
                pieces.push_back({false, 0, stringField(special, "id", at["SpecialToken"]),
                                  integerOr(special, "type_id", 0, at["SpecialToken"])});
            } else {
                at.fail("expected {\"Sequence\": ...} or {\"SpecialToken\": ...}");
            }
        }
        return pieces;
    }

    std::unique_ptr<PostProcessor> templateProcessing(const Json& json, const Where& where) {
        std::map<std::string, TemplateSpecialToken> specials;
        if (has(json, "special_tokens")) {
            const Json& map = json["special_tokens"];
            if (!map.is_object()) where["special_tokens"].fail("expected an object");
            for (auto it = map.begin(); it != map.end(); ++it) {
                const Where at = where["special_tokens"][it.key()];
                TemplateSpecialToken token;
                for (const Json& id : arrayField(it.value(), "ids", at))
                    token.ids.push_back(integerField(id, at["ids"]));
                for (const Json& text : arrayField(it.value(), "tokens", at)) {
                    if (!text.is_string()) at["tokens"].fail("expected strings");
                    token.tokens.push_back(text.get<std::string>());
                }
                if (token.ids.size() != token.tokens.size()) at.fail("ids and tokens differ in length");
                specials[stringOr(it.value(), "id", it.key(), at)] = std::move(token);
            }
        }
        auto single = templatePieces(json, "single", where);
        auto pair = has(json, "pair") ? templatePieces(json, "pair", where) : std::vector<TemplatePiece>{};
        try {
            return std::make_unique<TemplateProcessing>(std::move(single), std::move(pair), std::move(specials));
        } catch (const std::invalid_argument& error) {
            where.fail(error.what());
        }
    }

    const std::string& file_;
    TokenizerParts& parts_;
    ModelBulk& bulk_;
};

// Added tokens are matched through a byte trie of a few hundred bytes per byte of content: their sizes are bounded
// before it is built, so a hostile file cannot ask for gigabytes.
constexpr size_t kMaxAddedTokenBytes = 4096;
constexpr size_t kMaxAddedContentBytes = size_t(1) << 20;

std::vector<AddedToken> addedTokens(const Json& list, const Where& where) {
    std::vector<AddedToken> tokens;
    if (list.is_null()) return tokens;
    if (!list.is_array()) where.fail("expected an array");
    size_t total = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        const Json& item = list[i];
        const Where at = where[i];
        if (!item.is_object()) at.fail("expected an object");
        AddedToken token;
        token.content = stringField(item, "content", at);
        if (token.content.size() > kMaxAddedTokenBytes)
            at["content"].fail("is " + std::to_string(token.content.size()) + " bytes; added tokens of at most " +
                                std::to_string(kMaxAddedTokenBytes) + " bytes are supported");
        total += token.content.size();
        if (total > kMaxAddedContentBytes)
            at["content"].fail("the added tokens hold more than " + std::to_string(kMaxAddedContentBytes) +
                                " bytes together; at most that is supported");
        const int64_t id = integerField(field(item, "id", at), at["id"]);
        if (id < 0 || id > UINT32_MAX) at["id"].fail("id out of range");
        token.id = static_cast<uint32_t>(id);
        token.singleWord = boolOr(item, "single_word", false, at);
        token.lstrip = boolOr(item, "lstrip", false, at);
        token.rstrip = boolOr(item, "rstrip", false, at);
        token.special = boolOr(item, "special", false, at);
        token.normalized = boolOr(item, "normalized", !token.special, at);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace

TokenizerParts parseTokenizerJson(const std::string& text, const std::string& file) {
    const Where root{file, ""};
    Json json;
    ModelBulk bulk;
    try {
        std::string rest = text;
        if (readModelBulkFast(rest, bulk)) {
            json = Json::parse(rest);
        } else {
            bulk = ModelBulk{};
            json = parseWithModelBulkAside(text, bulk);
        }
    } catch (const Json::exception& error) {  // syntax, and numbers no double holds (1e999)
        root.fail(std::string("invalid JSON: ") + error.what());
    }
    if (!json.is_object()) root.fail("expected a JSON object");

    TokenizerParts parts;
    parts.source = file;
    ComponentReader reader(file, parts, bulk);
    if (has(json, "normalizer")) parts.normalizer = reader.normalizer(json["normalizer"], root["normalizer"]);
    if (has(json, "pre_tokenizer"))
        parts.preTokenizer = reader.preTokenizer(json["pre_tokenizer"], root["pre_tokenizer"]);
    parts.model = reader.model(field(json, "model", root), root["model"]);
    if (has(json, "post_processor"))
        parts.postProcessor = reader.postProcessor(json["post_processor"], root["post_processor"]);
    if (has(json, "decoder")) parts.decoder = reader.decoder(json["decoder"], root["decoder"]);
    if (json.contains("added_tokens")) parts.addedTokens = addedTokens(json["added_tokens"], root["added_tokens"]);
    return parts;
}

TokenizerParts readTokenizerJson(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw EngineError("cannot open file", path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseTokenizerJson(buffer.str(), path);
}

}  // namespace attnscope::tok
