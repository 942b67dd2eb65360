// Malformed tokenizer files: every problem is an EngineError that names the file and the JSON path of the component.
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "attnscope/error.h"
#include "attnscope/tokenizer.h"

namespace fs = std::filesystem;
using attnscope::EngineError;
using attnscope::Tokenizer;

namespace {

// Tests write JSON with single quotes (easier to read in C++ strings); this turns them into double quotes.
std::string json(std::string text) {
    for (char& c : text)
        if (c == '\'') c = '"';
    return text;
}

const std::string kWordLevelModel =
    json("'model': {'type': 'WordLevel', 'unk_token': '<unk>', 'vocab': {'<unk>': 0, 'a': 1}}");

std::string writeTokenizer(const std::string& name, const std::string& content) {
    const fs::path folder = fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / "tokenizer_errors" / name;
    fs::create_directories(folder);
    std::ofstream(folder / "tokenizer.json", std::ios::binary) << content;
    return (folder / "tokenizer.json").string();
}

// The message of the EngineError loading `content` throws (empty if it loads).
std::string loadError(const std::string& name, const std::string& content) {
    try {
        Tokenizer::fromJsonFile(writeTokenizer(name, content));
    } catch (const EngineError& error) {
        return error.what();
    }
    return {};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

class TestTokenizerErrors : public QObject {
    Q_OBJECT
private slots:
    void invalidJsonNamesTheFile() {
        const auto message = loadError("bad_json", "{ \"model\": ");
        QVERIFY2(contains(message, "bad_json/tokenizer.json: invalid JSON"), message.c_str());
    }
    void unknownComponentTypeNamesItsPath() {
        const auto message =
            loadError("unknown_type", std::string(json("{'pre_tokenizer': {'type': 'Sequence', 'pretokenizers': "
                                                       "[{'type': 'Whitespace'}, {'type': 'Foo'}]}, ")) +
                                          kWordLevelModel + "}");
        QVERIFY2(contains(message, "tokenizer.json: pre_tokenizer.pretokenizers[1]: unknown type 'Foo'"),
                 message.c_str());
    }
    void mergeOfMissingTokensIsRejected() {
        const auto message =
            loadError("bad_merge",
                      json("{'model': {'type': 'BPE', 'vocab': {'a': 0, 'b': 1, 'ab': 2}, 'merges': ['a b', 'a q']}}"));
        QVERIFY2(contains(message, "model.merges: merge 1 uses 'q', which is not in the vocabulary"), message.c_str());
    }
    void malformedMergeLineNamesItsIndex() {
        const auto message =
            loadError("bad_merge_line", json("{'model': {'type': 'BPE', 'vocab': {'a': 0}, 'merges': ['a b c']}}"));
        QVERIFY2(contains(message, "model.merges[0]: expected \"left right\""), message.c_str());
    }
    void vocabularyIdMustBeAnInteger() {
        const auto message = loadError("bad_id", json("{'model': {'type': 'WordLevel', 'vocab': {'a': 'one'}}}"));
        QVERIFY2(contains(message, "model.vocab: token 'a' has no valid id"), message.c_str());
    }
    void missingModelIsNamed() {
        const auto message = loadError("no_model", json("{'normalizer': null}"));
        QVERIFY2(contains(message, "missing required field 'model'"), message.c_str());
    }
    void missingVocabularyIsNamed() {
        const auto message = loadError("no_vocab", json("{'model': {'type': 'WordPiece'}}"));
        QVERIFY2(contains(message, "tokenizer.json: model: missing required field 'vocab'"), message.c_str());
    }
    void invalidRegexNamesThePattern() {
        const auto message =
            loadError("bad_regex", std::string(json("{'pre_tokenizer': {'type': 'Split', 'pattern': {'Regex': '(a'}, "
                                                    "'behavior': 'Isolated', 'invert': false}, ")) +
                                       kWordLevelModel + "}");
        QVERIFY2(contains(message, "pre_tokenizer.pattern: invalid regular expression /(a/"), message.c_str());
    }
    void wrongFieldTypeIsNamed() {
        const auto message =
            loadError("bad_bool", (json("{'normalizer': {'type': 'BertNormalizer', 'lowercase': 'yes'}, ")) +
                                      kWordLevelModel + "}");
        QVERIFY2(contains(message, "normalizer.lowercase: expected true or false"), message.c_str());
    }
    void templateWithUndefinedSpecialTokenIsRejected() {
        const auto message = loadError(
            "bad_template",
            std::string(
                json("{'post_processor': {'type': 'TemplateProcessing', 'single': [{'SpecialToken': {'id': '[CLS]', "
                     "'type_id': 0}}, {'Sequence': {'id': 'A', 'type_id': 0}}], 'pair': [], 'special_tokens': {}}, ")) +
                kWordLevelModel + "}");
        QVERIFY2(contains(message, "post_processor: template uses special token '[CLS]'"), message.c_str());
    }
    void missingFilesAreNamed() {
        try {
            Tokenizer::fromJsonFile("/nonexistent/tokenizer.json");
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            QVERIFY(contains(error.what(), "/nonexistent/tokenizer.json"));
        }
        const fs::path empty = fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / "tokenizer_errors" / "empty_folder";
        fs::create_directories(empty);
        try {
            Tokenizer::fromDirectory(empty.string());
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            QVERIFY(contains(error.what(), "no tokenizer.json, vocab.txt, or vocab.json + merges.txt"));
        }
    }
    void wellFormedMinimalFileLoads() {
        QVERIFY(loadError("minimal", std::string("{") + kWordLevelModel + "}").empty());
    }
};

QTEST_GUILESS_MAIN(TestTokenizerErrors)
#include "test_tokenizer_errors.moc"
