// Tokenizer components on their own: alignment bookkeeping of NormalizedString, Unicode forms against ICU, the
// tokenizer.json regexes under ICU, SentencePiece's precompiled charsmap, model options and decoders.
#include <QtTest>

#include "tokenizer/decoders.h"
#include "tokenizer/models.h"
#include "tokenizer/normalized_string.h"
#include "tokenizer/precompiled_charsmap.h"
#include "tokenizer/unicode_forms.h"
#include "tokenizer/unicode_utils.h"

using namespace attnscope::tok;

namespace {

QString original(const NormalizedString& text, size_t start, size_t end) {
    const auto range = text.normalizedToOriginal(start, end);
    return range ? QString("%1-%2").arg(range->start).arg(range->end) : QString("none");
}

QString pieces(std::string_view text, const std::vector<std::pair<size_t, size_t>>& ranges) {
    QStringList out;
    for (const auto& [start, end] : ranges) out << QString::fromStdString(std::string(text.substr(start, end - start)));
    return out.join('|');
}

QString tokens(const std::vector<Token>& list) {
    QStringList out;
    for (const auto& token : list)
        out << QString("%1@%2-%3").arg(QString::fromStdString(token.value)).arg(token.start).arg(token.end);
    return out.join(' ');
}

std::string applied(const std::string& text, UnicodeForm form) {
    NormalizedString normalized(text);
    normalized.transform(normalizationChanges(normalized.codePoints(), form), 0);
    return normalized.get();
}

}  // namespace

class TestTokenizerComponents : public QObject {
    Q_OBJECT
private slots:
    void prependedTextSharesTheFirstCharacterAlignment() {
        NormalizedString text("hi");
        text.prepend("\xE2\x96\x81");  // ▁
        QCOMPARE(QString::fromStdString(text.get()), QString("▁hi"));
        QCOMPARE(original(text, 0, 3), QString("0-1"));
        QCOMPARE(original(text, 0, 5), QString("0-2"));
    }
    void replacementTakesTheAlignmentOfTheMatchedText() {
        NormalizedString text("a  b");
        text.replace(findCharMatches(text.get(), [](char32_t c) { return c == U' '; }), "__");
        QCOMPARE(QString::fromStdString(text.get()), QString("a____b"));
        QCOMPARE(original(text, 1, 3), QString("1-2"));
        QCOMPARE(original(text, 3, 5), QString("2-3"));
        QCOMPARE(original(text, 5, 6), QString("3-4"));
    }
    void removedCharactersLeaveNoTrace() {
        NormalizedString text("xa\xCC\x81y");  // x a + combining acute, y
        text.filter([](char32_t c) { return !isNonspacingMark(c); });
        QCOMPARE(QString::fromStdString(text.get()), QString("xay"));
        QCOMPARE(original(text, 1, 2), QString("1-2"));
        QCOMPARE(original(text, 2, 3), QString("4-5"));
    }
    void slicesKeepTheirPlaceInTheWholeInput() {
        NormalizedString text("hello world");
        const auto pieces = text.split(findCharMatches(text.get(), isWhitespace), SplitBehavior::Removed);
        QCOMPARE(pieces.size(), size_t(2));
        QCOMPARE(pieces[1].offsetsOriginal().start, size_t(6));
        QCOMPARE(QString::fromStdString(pieces[1].get()), QString("world"));
    }
    void splitBehaviorsGroupTheDelimiterAsNamed() {
        NormalizedString text("the-final--countdown");
        const auto matches = findCharMatches(text.get(), [](char32_t c) { return c == U'-'; });
        auto join = [](const std::vector<NormalizedString>& parts) {
            QStringList out;
            for (const auto& part : parts) out << QString::fromStdString(part.get());
            return out.join('|');
        };
        QCOMPARE(join(text.split(matches, SplitBehavior::Removed)), QString("the|final|countdown"));
        QCOMPARE(join(text.split(matches, SplitBehavior::Isolated)), QString("the|-|final|-|-|countdown"));
        QCOMPARE(join(text.split(matches, SplitBehavior::MergedWithPrevious)), QString("the-|final-|-|countdown"));
        QCOMPARE(join(text.split(matches, SplitBehavior::MergedWithNext)), QString("the|-final|-|-countdown"));
        QCOMPARE(join(text.split(matches, SplitBehavior::Contiguous)), QString("the|-|final|--|countdown"));
    }

    void unicodeFormsAgreeWithIcu() {
        const std::vector<std::string> samples = {"caf\xC3\xA9",
                                                  "cafe\xCC\x81",
                                                  "a\xCC\x81\xCC\xA3",  // é, e + acute, a + acute + dot below
                                                  "\xED\x95\x9C\xEA\xB5\xAD",
                                                  "\xEF\xAC\x81 \xE2\x91\xA0 \xC2\xBD",  // 한국, ﬁ ① ½
                                                  "\xE1\xBA\xA5\xCC\x9B",
                                                  "\xE2\x84\xAB\xE2\x84\xA6 x"};  // ấ + horn, Å Ω (singletons)
        for (const auto& sample : samples)
            for (auto form : {UnicodeForm::NFC, UnicodeForm::NFD, UnicodeForm::NFKC, UnicodeForm::NFKD})
                QCOMPARE(QString::fromStdString(applied(sample, form)),
                         QString::fromStdString(normalizeWithIcu(sample, form)));
    }
    // Composition keeps the alignment of the base letter only, as Hugging Face's normalizer does.
    void composedCharacterPointsAtItsBaseLetter() {
        NormalizedString text("e\xCC\x81x");
        text.transform(normalizationChanges(text.codePoints(), UnicodeForm::NFC), 0);
        QCOMPARE(QString::fromStdString(text.get()), QString("éx"));
        QCOMPARE(original(text, 0, 2), QString("0-1"));
        QCOMPARE(original(text, 2, 3), QString("3-4"));
    }
    void decomposedCharactersAllPointAtTheSource() {
        NormalizedString text("\xC3\xA9");
        text.transform(normalizationChanges(text.codePoints(), UnicodeForm::NFD), 0);
        QCOMPARE(text.size(), size_t(3));
        QCOMPARE(original(text, 1, 3), QString("0-2"));
    }

    void gpt2PatternSplitsContractionsWordsNumbersAndSpaces() {
        const Regex gpt2(R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)");
        const std::string text = "I'm  here: 42\xC2\xA0ok";
        QCOMPARE(pieces(text, gpt2.findAll(text)), QString("I|'m| | here|:| 42|\u00a0|ok"));
    }
    void llama3PatternIsCaseInsensitiveForContractionsAndGroupsDigitsByThree() {
        const Regex llama3(
            R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)");
        const std::string text = "I'm 12345 HELLO'S\n\n  x";
        QCOMPARE(pieces(text, llama3.findAll(text)), QString("I|'m| |123|45| HELLO|'S|\n\n| | x"));
    }
    void possessiveQuantifiersCompileAndMatch() {
        const Regex possessive(R"([^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+)");
        const std::string text = "$abc 7!!";
        QCOMPARE(pieces(text, possessive.findAll(text)), QString("$abc|7|!!"));
    }
    void badRegexIsRejectedWithItsPattern() {
        try {
            Regex bad("(unclosed");
            QFAIL("expected an error");
        } catch (const std::invalid_argument& error) {
            QVERIFY(std::string(error.what()).find("(unclosed") != std::string::npos);
        }
    }

    // A one-rule charsmap built by hand in darts-clone's layout: "ﬁ" (EF AC 81) -> "fi".
    void precompiledCharsmapRewritesAndKeepsAlignment() {
        std::vector<uint32_t> units(4035, 0);
        units[0] = 256u << 10;                    // root: children at 256 ^ byte
        units[256 ^ 0xEF] = 0xEF | (512u << 10);  // -> 495
        units[495 ^ 512 ^ 0xAC] = 0xAC | (1024u << 10);
        units[((495 ^ 512 ^ 0xAC) ^ 1024) ^ 0x81] = 0x81 | (1u << 8) | (2048u << 10);
        units[(((495 ^ 512 ^ 0xAC) ^ 1024) ^ 0x81) ^ 2048] = (1u << 31) | 0;  // value: offset 0 in the strings
        std::string blob(4, '\0');
        const uint32_t bytes = static_cast<uint32_t>(units.size() * 4);
        for (int i = 0; i < 4; ++i) blob[static_cast<size_t>(i)] = static_cast<char>((bytes >> (8 * i)) & 0xFF);
        for (uint32_t unit : units)
            for (int i = 0; i < 4; ++i) blob.push_back(static_cast<char>((unit >> (8 * i)) & 0xFF));
        blob += std::string("fi\0", 3);
        const PrecompiledCharsmap charsmap(blob);
        QCOMPARE(QString::fromStdString(std::string(charsmap.transform("\xEF\xAC\x81").value_or("?"))), QString("fi"));
        QVERIFY(!charsmap.transform("x"));
        NormalizedString text("\xEF\xAC\x81x");
        charsmap.normalize(text);
        QCOMPARE(QString::fromStdString(text.get()), QString("fix"));
        QCOMPARE(original(text, 0, 1), QString("0-3"));
        QCOMPARE(original(text, 1, 2), QString("0-3"));
        QCOMPARE(original(text, 2, 3), QString("3-4"));
    }
    void emptyCharsmapChangesNothingAndBrokenOnesAreRejected() {
        NormalizedString text("abc");
        PrecompiledCharsmap("").normalize(text);
        QCOMPARE(QString::fromStdString(text.get()), QString("abc"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PrecompiledCharsmap(std::string("\x10\0\0\0\1\2", 6)));
    }

    void bpeContinuingSubwordPrefixIsStrippedFromMergeResults() {
        BpeOptions options;
        options.continuingSubwordPrefix = "##";
        const BpeModel model({{"a", 0}, {"##b", 1}, {"##c", 2}, {"ab", 3}, {"abc", 4}}, {{"a", "##b"}, {"ab", "##c"}},
                             options);
        QCOMPARE(tokens(model.tokenize("abc")), QString("abc@0-3"));
    }
    void bpeFusesUnknownCharactersOnlyWhenAsked() {
        BpeOptions options;
        options.unkToken = "<unk>";
        const std::vector<std::pair<std::string, uint32_t>> vocab{{"<unk>", 0}, {"a", 1}, {"b", 2}};
        QCOMPARE(tokens(BpeModel(vocab, {}, options).tokenize("accb")), QString("a@0-1 <unk>@1-2 <unk>@2-3 b@3-4"));
        options.fuseUnk = true;
        QCOMPARE(tokens(BpeModel(vocab, {}, options).tokenize("accb")), QString("a@0-1 <unk>@1-3 b@3-4"));
    }
    void bpeIgnoreMergesTakesWholeWordsFromTheVocabulary() {
        const std::vector<std::pair<std::string, uint32_t>> vocab{{"h", 0}, {"e", 1}, {"he", 2}, {"l", 3}, {"hel", 4}};
        BpeOptions options;
        QCOMPARE(tokens(BpeModel(vocab, {{"h", "e"}}, options).tokenize("hel")), QString("he@0-2 l@2-3"));
        options.ignoreMerges = true;
        QCOMPARE(tokens(BpeModel(vocab, {{"h", "e"}}, options).tokenize("hel")), QString("hel@0-3"));
    }
    void bpeRejectsMergesOutsideTheVocabulary() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BpeModel({{"a", 0}, {"b", 1}}, {{"a", "b"}}, BpeOptions{}));
    }
    void unigramFallsBackToBytesForUnknownPieces() {
        const UnigramModel model({{"<unk>", 0.0}, {"a", -1.0}, {"<0xC3>", -5.0}, {"<0xA9>", -5.0}}, 0, true);
        QCOMPARE(tokens(model.tokenize("a\xC3\xA9")), QString("a@0-1 <0xC3>@1-3 <0xA9>@1-3"));
    }
    void wordPieceGivesUnkForWordsItCannotCover() {
        const WordPieceModel model({{"[UNK]", 0}, {"un", 1}, {"##able", 2}}, WordPieceOptions{});
        QCOMPARE(tokens(model.tokenize("unable")), QString("un@0-2 ##able@2-6"));
        QCOMPARE(tokens(model.tokenize("unx")), QString("[UNK]@0-3"));
    }

    void byteFallbackDecoderReplacesEachBadByte() {
        const auto out = ByteFallbackDecoder().decodeChain({"<0xE2>", "<0x82>", "<0xAC>", "a", "<0xE2>", "b"});
        QCOMPARE(out.size(), size_t(4));
        QCOMPARE(QString::fromStdString(out[0]), QString("€"));
        QCOMPARE(QString::fromStdString(out[2]), QString("\uFFFD"));
    }
    void stripBpeAndFuseDecoders() {
        QCOMPARE(QString::fromStdString(StripDecoder(U' ', 1, 1).decodeChain({"  a  "})[0]), QString(" a "));
        const auto bpe = BpeDecoder("</w>").decodeChain({"hel", "lo</w>", "you</w>"});
        QCOMPARE(QString::fromStdString(FuseDecoder().decodeChain(bpe)[0]), QString("hello you"));
    }
    void lossyUtf8DecodingReplacesMaximalBadSubparts() {
        QCOMPARE(QString::fromStdString(utf8Lossy("a\xF0\x9F"
                                                  "b\xFF")),
                 QString("a\uFFFDb\uFFFD"));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerComponents)
#include "test_tokenizer_components.moc"
