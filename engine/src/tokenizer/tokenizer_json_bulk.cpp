// Reading model.vocab and model.merges without a DOM node per entry (see tokenizer_json_bulk.h).
#include "tokenizer/tokenizer_json_bulk.h"

#include <charconv>

#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

using Json = nlohmann::json;

// A forward reader over JSON text that knows just enough JSON to walk objects, arrays, strings and numbers.
// Every method returns false on anything it does not expect; the caller then falls back to nlohmann.
struct Cursor {
    const std::string& text;
    size_t at = 0;

    void skipSpace() {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t')) ++at;
    }
    bool peek(char c) {
        skipSpace();
        return at < text.size() && text[at] == c;
    }
    bool consume(char c) {
        if (!peek(c)) return false;
        ++at;
        return true;
    }

    bool hex4(uint32_t& value) {
        if (at + 4 > text.size()) return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text[at++];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) return false;
            value = value * 16 + static_cast<uint32_t>(digit);
        }
        return true;
    }

    bool string(std::string& out) {
        if (!consume('"')) return false;
        out.clear();
        while (at < text.size()) {
            // Copy the plain run up to the next quote, backslash or control character in one go.
            size_t end = at;
            while (end < text.size() && text[end] != '"' && text[end] != '\\' &&
                   static_cast<unsigned char>(text[end]) >= 0x20)
                ++end;
            out.append(text, at, end - at);
            at = end;
            if (at >= text.size()) return false;
            const char c = text[at];
            if (c == '"') {
                ++at;
                return true;
            }
            if (c != '\\') return false;
            if (++at >= text.size()) return false;
            const char escape = text[at++];
            switch (escape) {
                case '"':
                case '\\':
                case '/':
                    out.push_back(escape);
                    break;
                case 'b':
                    out.push_back('\b');
                    break;
                case 'f':
                    out.push_back('\f');
                    break;
                case 'n':
                    out.push_back('\n');
                    break;
                case 'r':
                    out.push_back('\r');
                    break;
                case 't':
                    out.push_back('\t');
                    break;
                case 'u': {
                    uint32_t unit = 0;
                    if (!hex4(unit)) return false;
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        uint32_t low = 0;
                        if (at + 2 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return false;
                        at += 2;
                        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                        return false;
                    }
                    appendUtf8(out, static_cast<char32_t>(unit));
                    break;
                }
                default:
                    return false;
            }
        }
        return false;
    }

    // Skips a string without decoding it (escapes only need their next character skipped).
    bool skipString() {
        ++at;
        while (at < text.size()) {
            const char c = text[at++];
            if (c == '"') return true;
            if (c == '\\') ++at;
        }
        return false;
    }

    // Skips one value of any kind (strings and brackets respected).
    bool skipValue() {
        skipSpace();
        if (at >= text.size()) return false;
        if (text[at] == '"') return skipString();
        if (text[at] != '{' && text[at] != '[') {
            while (at < text.size() && std::string_view(",}] \n\r\t").find(text[at]) == std::string_view::npos) ++at;
            return true;
        }
        int depth = 0;
        while (at < text.size()) {
            const char c = text[at];
            if (c == '"') {
                if (!skipString()) return false;
                continue;
            }
            ++at;
            if (c == '{' || c == '[') ++depth;
            if ((c == '}' || c == ']') && --depth == 0) return true;
        }
        return false;
    }

    template <typename T>
    bool number(T& value) {
        skipSpace();
        const size_t start = at;
        while (at < text.size() && std::string_view("+-0123456789.eE").find(text[at]) != std::string_view::npos) ++at;
        if (start == at || text[start] == '+') return false;
        const auto [end, error] = std::from_chars(text.data() + start, text.data() + at, value);
        return error == std::errc() && end == text.data() + at;
    }

    // Calls member(key) for each member of the object here; member must consume the value.
    template <typename Member>
    bool object(Member&& member) {
        if (!consume('{')) return false;
        if (consume('}')) return true;
        std::string key;
        do {
            if (!string(key) || !consume(':') || !member(key)) return false;
        } while (consume(','));
        return consume('}');
    }

    template <typename Element>
    bool array(Element&& element) {
        if (!consume('[')) return false;
        if (consume(']')) return true;
        do {
            if (!element()) return false;
        } while (consume(','));
        return consume(']');
    }
};

bool splitMerge(const std::string& line, std::pair<std::string, std::string>& merge) {
    const size_t space = line.find(' ');
    if (space == std::string::npos || line.find(' ', space + 1) != std::string::npos) return false;
    merge.first.assign(line, 0, space);
    merge.second.assign(line, space + 1, std::string::npos);
    return true;
}

bool readVocab(Cursor& cursor, ModelBulk& bulk) {
    if (cursor.peek('{')) {
        bulk.vocabIsObject = true;
        return cursor.object([&](const std::string& token) {
            uint32_t id = 0;
            if (!cursor.number(id)) return false;
            bulk.vocab.emplace_back(token, id);
            return true;
        });
    }
    return cursor.array([&]() {
        std::string piece;
        double score = 0;
        if (!cursor.consume('[') || !cursor.string(piece) || !cursor.consume(',') || !cursor.number(score) ||
            !cursor.consume(']'))
            return false;
        bulk.pieces.emplace_back(std::move(piece), score);
        return true;
    });
}

bool readMerges(Cursor& cursor, ModelBulk& bulk) {
    return cursor.array([&]() {
        std::pair<std::string, std::string> merge;
        if (cursor.peek('"')) {
            thread_local std::string line;
            if (!cursor.string(line) || !splitMerge(line, merge)) return false;
        } else if (!cursor.consume('[') || !cursor.string(merge.first) || !cursor.consume(',') ||
                   !cursor.string(merge.second) || !cursor.consume(']')) {
            return false;
        }
        bulk.merges.push_back(std::move(merge));
        return true;
    });
}

}  // namespace

bool readModelBulkFast(std::string& text, ModelBulk& bulk) {
    if (findInvalidUtf8(text) != std::string::npos) return false;
    Cursor cursor{text};
    ModelBulk read;
    // Generous guesses (a merge takes at least 8 bytes of JSON, a vocabulary entry more) save regrowing.
    read.merges.reserve(text.size() / 16);
    read.vocab.reserve(text.size() / 32);
    struct Range {
        size_t start = 0, end = 0;
    };
    std::vector<std::pair<Range, const char*>> taken;  // what to cut out of the text, and the empty value left
    const bool walked = cursor.object([&](const std::string& key) {
        if (key != "model" || !cursor.peek('{')) return cursor.skipValue();
        return cursor.object([&](const std::string& field) {
            cursor.skipSpace();
            const size_t start = cursor.at;
            if (field == "vocab") {
                if (read.vocabTaken || !readVocab(cursor, read)) return false;
                read.vocabTaken = true;
                taken.push_back({{start, cursor.at}, read.vocabIsObject ? "{}" : "[]"});
                return true;
            }
            if (field == "merges") {
                if (read.mergesTaken || !cursor.peek('[') || !readMerges(cursor, read)) return false;
                read.mergesTaken = true;
                taken.push_back({{start, cursor.at}, "[]"});
                return true;
            }
            return cursor.skipValue();
        });
    });
    cursor.skipSpace();
    if (!walked || !read.vocabTaken || cursor.at != text.size()) return false;
    // Cut from the back so earlier ranges stay valid.
    for (auto it = taken.rbegin(); it != taken.rend(); ++it)
        text.replace(it->first.start, it->first.end - it->first.start, it->second);
    bulk = std::move(read);
    return true;
}

Json parseWithModelBulkAside(const std::string& text, ModelBulk& bulk) {
    std::string key1, key2, key3;  // the current object keys at depths 1, 2 and 3
    size_t index = 0;              // position of the current vocab or merges element
    auto problem = [&](std::string path, std::string message) {
        if (!bulk.problem) bulk.problem = std::make_pair(std::move(path), std::move(message));
    };
    return Json::parse(text, [&](int depth, Json::parse_event_t event, Json& parsed) {
        using Event = Json::parse_event_t;
        if (event == Event::key) {
            // `parsed` is the parser's copy of the key, so it can be moved from.
            auto& key = parsed.get_ref<std::string&>();
            if (depth == 1) key1 = std::move(key);
            if (depth == 2) key2 = std::move(key);
            if (depth == 3) key3 = std::move(key);
            // Vocabulary keys never reach the DOM (their values are still seen below).
            return !(depth == 3 && key1 == "model" && key2 == "vocab" && bulk.vocabIsObject);
        }
        if (key1 != "model") return true;
        if (depth == 2 && key2 == "vocab" && (event == Event::object_start || event == Event::array_start)) {
            bulk.vocabTaken = true;
            bulk.vocabIsObject = event == Event::object_start;
            index = 0;
            return true;
        }
        if (depth == 2 && key2 == "merges" && event == Event::array_start) {
            bulk.mergesTaken = true;
            index = 0;
            return true;
        }
        if (depth != 3) return true;
        const bool complete = event == Event::value || event == Event::array_end || event == Event::object_end;
        if (key2 == "vocab" && bulk.vocabTaken && bulk.vocabIsObject) {
            if (event == Event::value && parsed.is_number_unsigned() && parsed.get<uint64_t>() <= UINT32_MAX) {
                bulk.vocab.emplace_back(key3, static_cast<uint32_t>(parsed.get<uint64_t>()));
            } else if (event == Event::value || event == Event::object_start || event == Event::array_start) {
                problem("vocab", "token '" + key3 + "' has no valid id");
            }
            return true;
        }
        if (key2 == "vocab" && bulk.vocabTaken && complete) {
            if (parsed.is_array() && parsed.size() == 2 && parsed[0].is_string() && parsed[1].is_number()) {
                bulk.pieces.emplace_back(parsed[0].get<std::string>(), parsed[1].get<double>());
            } else {
                problem("vocab[" + std::to_string(index) + "]", "expected [piece, score]");
            }
            ++index;
            return false;
        }
        if (key2 == "merges" && bulk.mergesTaken && complete) {
            std::pair<std::string, std::string> merge;
            if (parsed.is_string()) {
                if (!splitMerge(parsed.get<std::string>(), merge))
                    problem("merges[" + std::to_string(index) + "]",
                            "expected \"left right\", got '" + parsed.get<std::string>() + "'");
            } else if (parsed.is_array() && parsed.size() == 2 && parsed[0].is_string() && parsed[1].is_string()) {
                merge = {parsed[0].get<std::string>(), parsed[1].get<std::string>()};
            } else {
                problem("merges[" + std::to_string(index) + "]", "expected \"left right\" or [\"left\", \"right\"]");
            }
            bulk.merges.push_back(std::move(merge));
            ++index;
            return false;
        }
        return true;
    });
}

}  // namespace attnscope::tok
