// Whole tokenizers read from small hand-written tokenizer.json files (tests/tokenizer/data): each test checks one
// behaviour against ids, tokens and offsets worked out by hand from the algorithm (the derivation is in the comment).
#include <QtTest>

#include "attnscope/error.h"
#include "attnscope/tokenizer.h"

using attnscope::Encoding;
using attnscope::Tokenizer;

namespace {

std::shared_ptr<Tokenizer> load(const char* name) {
    return Tokenizer::fromJsonFile(std::string(ATTNSCOPE_TEST_DATA_DIR) + "/tokenizer/data/" + name + ".json");
}

QString ids(const Encoding& e) {
    QStringList out;
    for (auto id : e.ids) out << QString::number(id);
    return out.join(' ');
}

QString tokens(const Encoding& e) {
    QStringList out;
    for (const auto& token : e.tokens) out << QString::fromStdString(token);
    return out.join('|');
}

QString offsets(const Encoding& e) {
    QStringList out;
    for (const auto& [start, end] : e.offsets) out << QString("%1-%2").arg(start).arg(end);
    return out.join(' ');
}

template <typename T>
QString list(const std::vector<T>& values) {
    QStringList out;
    for (auto v : values) out << QString::number(v);
    return out.join(' ');
}

}  // namespace

class TestTokenizerPipeline : public QObject {
    Q_OBJECT
private slots:
    // "Hello" merges H+e, l+l, He+ll, Hell+o; " world" becomes "Ġworld" by Ġ+w, o+r, Ġw+or, l+d, Ġwor+ld.
    void byteLevelBpeMergesByRankAndTrimsTheSpaceFromOffsets() {
        const auto e = load("bytelevel_bpe")->encode("Hello world!");
        QCOMPARE(ids(e), QString("12 17 8"));
        QCOMPARE(tokens(e), QString("Hello|Ġworld|!"));
        QCOMPARE(offsets(e), QString("0-5 6-11 11-12"));  // trim_offsets drops the space of "Ġworld"
    }
    // l+l (rank 1) merges before Ã+© (rank 9); both halves of "é" point back at the one character.
    void byteLevelBpeMapsMultiByteCharactersToOneCodePoint() {
        const auto e = load("bytelevel_bpe")->encode("Héllo");
        QCOMPARE(tokens(e), QString("H|Ã©|ll|o"));
        QCOMPARE(offsets(e), QString("0-1 1-2 2-4 4-5"));
    }
    void byteLevelTokensSplittingACharacterShareItsOffsets() {
        const auto e = load("bytelevel_bpe")->encode("ä");  // bytes C3 A4 -> "Ã", "¤" with no merge
        QCOMPARE(ids(e), QString("20 23"));
        QCOMPARE(offsets(e), QString("0-1 0-1"));
    }
    void newlineIsItsOwnPreToken() {
        const auto e = load("bytelevel_bpe")->encode("Hello\nworld");
        QCOMPARE(tokens(e), QString("Hello|Ċ|w|or|ld"));
        QCOMPARE(offsets(e), QString("0-5 5-6 6-7 7-9 9-11"));
    }
    void specialAddedTokenIsMatchedBeforeTheModelAndSkippedWhenDecoding() {
        const auto tokenizer = load("bytelevel_bpe");
        const auto e = tokenizer->encode("Hello<|endoftext|>!");
        QCOMPARE(ids(e), QString("12 19 8"));
        QCOMPARE(offsets(e), QString("0-5 5-18 18-19"));
        QCOMPARE(list(e.specialTokens), QString("0 0 0"));  // only post-processor tokens count as special
        QCOMPARE(tokenizer->decode(e.ids, true), std::string("Hello!"));
        QCOMPARE(tokenizer->decode(e.ids, false), std::string("Hello<|endoftext|>!"));
    }
    void byteLevelDisplayLabelsShowSpacesAndBytes() {
        const auto tokenizer = load("bytelevel_bpe");
        QCOMPARE(tokenizer->displayLabel("Ġworld"), std::string("␣world"));
        QCOMPARE(tokenizer->displayLabel("Ã©"), std::string("é"));
        QCOMPARE(tokenizer->displayLabel("Ã"), std::string("<0xC3>"));  // half a character
        QCOMPARE(tokenizer->displayLabel("Ċ"), std::string("↵"));
    }

    void bertLowercasesSplitsPunctuationAndAddsClsSep() {
        const auto e = load("bert_wordpiece")->encode("Hello, World!");
        QCOMPARE(tokens(e), QString("[CLS]|hello|,|world|!|[SEP]"));
        QCOMPARE(ids(e), QString("2 5 13 6 7 3"));
        QCOMPARE(offsets(e), QString("0-0 0-5 5-6 7-12 12-13 0-0"));
        QCOMPARE(list(e.specialTokens), QString("1 0 0 0 0 1"));
        QCOMPARE(list(e.sequenceIds), QString("-1 0 0 0 0 -1"));
    }
    // Greedy longest match: "un", then "##aff", "##able". "Café" loses its accent (NFD, Mn removed) but keeps the
    // offsets of all four characters. CJK characters are isolated; 文 is not in the vocabulary. Eleven a's exceed
    // max_input_chars_per_word (10).
    void wordPieceSplitsWordsStripsAccentsAndIsolatesCjk() {
        const auto e = load("bert_wordpiece")->encode("Unaffable Café 中文 aaaaaaaaaaa", false);
        QCOMPARE(tokens(e), QString("un|##aff|##able|cafe|中|[UNK]|[UNK]"));
        QCOMPARE(offsets(e), QString("0-2 2-5 5-9 10-14 15-16 16-17 18-29"));
    }
    void pairGetsTypeIdOneForTheSecondSequence() {
        const auto e = load("bert_wordpiece")->encodePair("hello", "world");
        QCOMPARE(tokens(e), QString("[CLS]|hello|[SEP]|world|[SEP]"));
        QCOMPARE(list(e.typeIds), QString("0 0 0 1 1"));
        QCOMPARE(offsets(e), QString("0-0 0-5 0-0 0-5 0-0"));  // offsets of the pair count from its own start
        QCOMPARE(list(e.sequenceIds), QString("-1 0 -1 1 -1"));
    }
    void wordPieceDecoderJoinsContinuationsAndCleansPunctuation() {
        const auto tokenizer = load("bert_wordpiece");
        const auto e = tokenizer->encode("Hello, World! Unaffable");
        QCOMPARE(tokenizer->decode(e.ids, true), std::string("hello, world! unaffable"));
        QCOMPARE(tokenizer->decode(e.ids, false), std::string("[CLS] hello, world! unaffable [SEP]"));
    }

    // "▁hello" scores -5.5 whole, better than "▁he"+"llo" (-6); "▁world" is "▁w"+"orld" (-6).
    void unigramPicksTheBestScoringSegmentation() {
        const auto e = load("unigram_metaspace")->encode("hello world");
        QCOMPARE(tokens(e), QString("▁hello|▁w|orld|</s>"));
        QCOMPARE(offsets(e), QString("0-5 5-7 7-11 0-0"));
    }
    // Unknown characters cost min_score - 10 each and consecutive ones fuse into one unk token that keeps its text.
    void unigramFusesUnknownCharactersIntoOneToken() {
        const auto e = load("unigram_metaspace")->encode("hello xy");
        QCOMPARE(ids(e), QString("4 1 0 11"));
        QCOMPARE(tokens(e), QString("▁hello|▁|xy|</s>"));
        QCOMPARE(offsets(e), QString("0-5 5-6 6-8 0-0"));
    }
    void metaspaceDecoderDropsTheFirstMarker() {
        const auto tokenizer = load("unigram_metaspace");
        QCOMPARE(tokenizer->decode({4, 9, 10, 11}, true), std::string("hello world"));
        QCOMPARE(tokenizer->displayLabel("▁hello"), std::string("␣hello"));
    }

    // Prepend("▁") + Replace(" ", "▁") then BPE over the whole text; "€" is not in the vocabulary, so it becomes its
    // three UTF-8 bytes, each pointing at the whole character.
    void byteFallbackSpellsUnknownCharactersAsBytes() {
        const auto tokenizer = load("byte_fallback_bpe");
        const auto e = tokenizer->encode("hi €");
        QCOMPARE(tokens(e), QString("<s>|▁hi|▁|<0xE2>|<0x82>|<0xAC>"));
        QCOMPARE(offsets(e), QString("0-0 0-2 2-3 3-4 3-4 3-4"));
        QCOMPARE(tokenizer->decode(e.ids, true), std::string("hi €"));
        QCOMPARE(tokenizer->displayLabel("<0xE2>"), std::string("<0xE2>"));
    }

    // "<mask>" has lstrip: it takes the space before it (token text and offsets include it).
    void addedTokenWithLstripTakesTheSpaceBeforeIt() {
        const auto e = load("added_tokens_wordlevel")->encode("hello <mask> world");
        QCOMPARE(tokens(e), QString("hello| <mask>|world"));
        QCOMPARE(offsets(e), QString("0-5 5-12 13-18"));
    }
    // "Yes" is normalized (matches "YES" after lowercasing, token text is the normalized "yes"); "ony" is single_word,
    // so it is not taken out of "tony" but is matched on its own.
    void normalizedAndSingleWordAddedTokens() {
        const auto tokenizer = load("added_tokens_wordlevel");
        const auto e = tokenizer->encode("YES tony ony");
        QCOMPARE(ids(e), QString("12 0 11"));
        QCOMPARE(tokens(e), QString("yes|<unk>|ony"));
        QCOMPARE(offsets(e), QString("0-3 4-8 9-12"));
        QCOMPARE(tokenizer->decode(e.ids, true), std::string("yes <unk> ony"));  // no decoder: joined by spaces
    }
    void addedTokenWithRstripTakesTheSpacesAfterIt() {
        const auto e = load("added_tokens_wordlevel")->encode("[SEP]   hello");
        QCOMPARE(tokens(e), QString("[SEP]   |hello"));
        QCOMPARE(offsets(e), QString("0-8 8-13"));
    }

    void vocabularyLookupsIncludeAddedTokens() {
        const auto tokenizer = load("added_tokens_wordlevel");
        QCOMPARE(tokenizer->vocabSize(), int64_t(7));
        QCOMPARE(tokenizer->tokenToId("world").value_or(-1), int64_t(2));
        QCOMPARE(tokenizer->tokenToId("<mask>").value_or(-1), int64_t(10));
        QVERIFY(!tokenizer->tokenToId("nope"));
        QCOMPARE(tokenizer->idToToken(13), std::string("[SEP]"));
        QCOMPARE(tokenizer->idToToken(999), std::string());
    }
    void noSpecialTokensWhenAskedNot() {
        const auto e = load("bert_wordpiece")->encode("hello", false);
        QCOMPARE(tokens(e), QString("hello"));
    }
    void emptyTextGivesOnlyTheTemplateTokens() {
        const auto e = load("bert_wordpiece")->encode("");
        QCOMPARE(tokens(e), QString("[CLS]|[SEP]"));
    }
    void invalidUtf8InputIsAnError() {
        const auto tokenizer = load("bert_wordpiece");
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, tokenizer->encode("ab\xED\xA0\x80"));  // lone surrogate
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, tokenizer->encode("\xC3"));
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, tokenizer->encodePair("ok", "\xFF"));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerPipeline)
#include "test_tokenizer_pipeline.moc"
