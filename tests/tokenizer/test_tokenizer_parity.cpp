// Parity with Hugging Face tokenizers: every entry of every reference case under tests/fixtures/tokenizers (made by
// make_fixtures.py with the real library) must give the same ids, tokens, offsets, type ids, special-token mask and
// decoded strings, and must fail exactly where the library refused the input.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attnscope/error.h"
#include "attnscope/tokenizer.h"

namespace fs = std::filesystem;
using attnscope::Encoding;
using attnscope::Tokenizer;
using Json = nlohmann::json;

namespace {

const fs::path kFixtures = fs::path(ATTNSCOPE_TEST_DATA_DIR) / "fixtures" / "tokenizers";

// The legacy cases' expected.json were made with transformers 5.17, whose BertTokenizerFast / GPT2TokenizerFast
// ignored vocab_file / merges_file (every word became [UNK], or nothing at all), so they do not describe the files
// beside them. vocab.json + merges.txt are gpt2_bpe's vocabulary, so that folder is checked against gpt2_bpe's
// answers. vocab.txt came from a second (different) training run, so it cannot be checked; instead a vocab.txt is
// written from bert_wordpiece's own vocabulary and checked against bert_wordpiece's answers.
const std::map<std::string, std::string> kCheckedAgainst = {{"legacy_gpt2_vocab_merges", "gpt2_bpe"}};
const std::map<std::string, std::string> kUnusable = {
    {"legacy_bert_vocab_txt", "expected.json was made by a transformers that ignored vocab_file (all [UNK])"}};

// A folder with only vocab.txt, holding bert_wordpiece's vocabulary in id order.
std::string writeVocabTxtFromBertWordPiece() {
    std::ifstream in(kFixtures / "bert_wordpiece" / "tokenizer.json");
    const Json json = Json::parse(in);
    std::map<int64_t, std::string> byId;
    for (const auto& [token, id] : json["model"]["vocab"].items()) byId[id.get<int64_t>()] = token;
    const fs::path folder = fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / "legacy_bert_vocab_from_bert_wordpiece";
    fs::create_directories(folder);
    std::ofstream out(folder / "vocab.txt", std::ios::binary);
    for (const auto& [id, token] : byId) out << token << "\n";
    return folder.string();
}

std::string fromHex(const std::string& hex) {
    std::string bytes;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return bytes;
}

std::string describe(const Json& entry) {
    std::string text = entry.contains("text") && entry["text"].is_string()
                           ? entry["text"].get<std::string>()
                           : "hex " + entry["text_hex"].get<std::string>();
    if (entry.contains("pair")) text += "' + '" + (entry["pair"].is_string() ? entry["pair"].get<std::string>() : "?");
    return "'" + text + "' (add_special_tokens=" + (entry.value("add_special_tokens", true) ? "true" : "false") + ")";
}

template <typename T>
std::string dump(const T& value) {
    return Json(value).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The first difference between the library's answer and ours, or an empty string.
std::string compare(const Tokenizer& tokenizer, const Json& entry) {
    const std::string text = fromHex(entry["text_hex"].get<std::string>());
    const bool addSpecial = entry.value("add_special_tokens", true);
    Encoding encoding;
    try {
        encoding = entry.contains("pair_hex") ? tokenizer.encodePair(text, fromHex(entry["pair_hex"]), addSpecial)
                                              : tokenizer.encode(text, addSpecial);
    } catch (const attnscope::EngineError& error) {
        if (entry.contains("error")) return {};
        return std::string("threw: ") + error.what();
    }
    if (entry.contains("error"))
        return "expected an error (" + entry["error"].get<std::string>() + "), got ids " + dump(encoding.ids);

    std::vector<std::vector<int64_t>> offsets;
    for (const auto& [start, end] : encoding.offsets) offsets.push_back({start, end});
    std::vector<int64_t> special(encoding.specialTokens.begin(), encoding.specialTokens.end());
    const std::pair<const char*, Json> fields[] = {{"ids", Json(encoding.ids)},
                                                   {"tokens", Json(encoding.tokens)},
                                                   {"offsets", Json(offsets)},
                                                   {"type_ids", Json(encoding.typeIds)},
                                                   {"special_tokens_mask", Json(special)}};
    for (const auto& [name, ours] : fields) {
        if (ours != entry[name])
            return std::string(name) + ": expected " +
                   entry[name].dump(-1, ' ', false, Json::error_handler_t::replace) + ", got " +
                   ours.dump(-1, ' ', false, Json::error_handler_t::replace) +
                   (std::string(name) != "tokens" ? " (tokens " + dump(encoding.tokens) + ")" : "");
    }
    const auto ids = entry["ids"].get<std::vector<int64_t>>();
    const std::string decoded = tokenizer.decode(ids, true);
    if (decoded != entry["decoded"].get<std::string>())
        return "decoded: expected " + entry["decoded"].dump() + ", got " + dump(decoded);
    const std::string decodedWithSpecial = tokenizer.decode(ids, false);
    if (decodedWithSpecial != entry["decoded_with_special"].get<std::string>())
        return "decoded_with_special: expected " + entry["decoded_with_special"].dump() + ", got " +
               dump(decodedWithSpecial);
    return {};
}

}  // namespace

class TestTokenizerParity : public QObject {
    Q_OBJECT
private slots:
    void everyEntryMatchesTheLibrary_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<QString>("unusable");
        if (!fs::is_directory(kFixtures)) QSKIP("no reference fixtures under tests/fixtures/tokenizers");
        std::vector<std::string> cases;
        for (const auto& item : fs::directory_iterator(kFixtures))
            if (fs::exists(item.path() / "expected.json")) cases.push_back(item.path().filename().string());
        std::sort(cases.begin(), cases.end());
        auto row = [](const std::string& name, const std::string& folder, const std::string& expected,
                      const std::string& unusable) {
            QTest::newRow(name.c_str()) << QString::fromStdString(folder)
                                        << QString::fromStdString((kFixtures / expected / "expected.json").string())
                                        << QString::fromStdString(unusable);
        };
        for (const auto& name : cases) {
            const auto other = kCheckedAgainst.find(name);
            const auto unusable = kUnusable.find(name);
            row(name, (kFixtures / name).string(), other == kCheckedAgainst.end() ? name : other->second,
                unusable == kUnusable.end() ? "" : unusable->second);
        }
        if (fs::exists(kFixtures / "bert_wordpiece" / "tokenizer.json"))
            row("legacy_bert_vocab_from_bert_wordpiece", writeVocabTxtFromBertWordPiece(), "bert_wordpiece", "");
    }
    void everyEntryMatchesTheLibrary() {
        QFETCH(QString, folder);
        QFETCH(QString, expectedFile);
        QFETCH(QString, unusable);
        if (!unusable.isEmpty()) QSKIP(qPrintable(unusable));
        const fs::path path = folder.toStdString();
        std::ifstream in(expectedFile.toStdString());
        const Json expected = Json::parse(in);
        const auto tokenizer = Tokenizer::fromDirectory(path.string());
        const auto& entries = expected["entries"];
        QVERIFY(entries.size() > 10);
        std::string firstMismatch;
        size_t mismatches = 0;
        for (const auto& entry : entries) {
            const std::string problem = compare(*tokenizer, entry);
            if (problem.empty()) continue;
            ++mismatches;
            if (firstMismatch.empty()) firstMismatch = describe(entry) + ": " + problem;
            if (qEnvironmentVariableIsSet("ATTNSCOPE_PARITY_VERBOSE"))
                qWarning("%s: %s", describe(entry).c_str(), problem.c_str());
        }
        if (mismatches)
            QFAIL(qPrintable(QString("%1: %2 of %3 entries differ; first: %4")
                                 .arg(QString::fromStdString(expected["case"].get<std::string>()))
                                 .arg(mismatches)
                                 .arg(entries.size())
                                 .arg(QString::fromStdString(firstMismatch))));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerParity)
#include "test_tokenizer_parity.moc"
