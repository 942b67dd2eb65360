// NFD/NFKD/NFC/NFKC as character-by-character transformations, so alignments to the original survive.
// ICU answers every Unicode question (decomposition mappings, combining classes, primary composites); this file only
// arranges the answers in the order Hugging Face tokenizers' normalization iterator emits them: each source
// character's full decomposition (first character replaces it, the rest are inserted), canonical reordering of
// combining marks, then canonical composition where a composite inherits its parts' changes minus one.
#include "tokenizer/unicode_forms.h"

#include <unicode/normalizer2.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

const icu::Normalizer2& instance(UnicodeForm form) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = nullptr;
    switch (form) {
        case UnicodeForm::NFC:
            normalizer = icu::Normalizer2::getNFCInstance(status);
            break;
        case UnicodeForm::NFD:
            normalizer = icu::Normalizer2::getNFDInstance(status);
            break;
        case UnicodeForm::NFKC:
            normalizer = icu::Normalizer2::getNFKCInstance(status);
            break;
        case UnicodeForm::NFKD:
            normalizer = icu::Normalizer2::getNFKDInstance(status);
            break;
    }
    if (U_FAILURE(status) || !normalizer) throw std::runtime_error("ICU normalizer data is missing");
    return *normalizer;
}

struct Decomposed {
    char32_t c;
    int change;
    int combiningClass;
};

std::vector<Decomposed> decompose(const std::vector<char32_t>& text, bool compatibility) {
    const icu::Normalizer2& decomposer = instance(compatibility ? UnicodeForm::NFKD : UnicodeForm::NFD);
    std::vector<Decomposed> out;
    out.reserve(text.size() + 8);
    icu::UnicodeString mapping;
    size_t pendingStart = 0;  // first element of the current run that may need reordering
    auto sortPending = [&]() {
        // Stable sort by combining class of the pending run; its starter (class 0) stays first.
        std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(pendingStart), out.end(),
                         [](const Decomposed& a, const Decomposed& b) { return a.combiningClass < b.combiningClass; });
        pendingStart = out.size();
    };
    auto push = [&](char32_t c, bool first) {
        const int cc = combiningClass(c);
        if (cc == 0) sortPending();
        out.push_back({c, first ? 0 : 1, cc});
    };
    for (char32_t c : text) {
        if (c < 0xA0 || !decomposer.getDecomposition(static_cast<UChar32>(c), mapping)) {
            push(c, true);
            continue;
        }
        bool first = true;
        for (int32_t i = 0; i < mapping.length();) {
            const UChar32 part = mapping.char32At(i);
            i += U16_LENGTH(part);
            push(static_cast<char32_t>(part), first);
            first = false;
        }
    }
    sortPending();
    return out;
}

std::vector<CharChange> recompose(const std::vector<Decomposed>& input) {
    const icu::Normalizer2& composer = instance(UnicodeForm::NFC);
    std::vector<CharChange> out;
    out.reserve(input.size());
    std::optional<CharChange> composee;
    int lastClass = -1;              // combining class of the last blocked mark, -1 when none
    std::vector<CharChange> buffer;  // blocked marks waiting behind the composee
    auto flush = [&]() {
        if (composee) out.push_back(*composee);
        out.insert(out.end(), buffer.begin(), buffer.end());
        buffer.clear();
        composee.reset();
        lastClass = -1;
    };
    auto tryCompose = [&](const CharChange& next) {
        const UChar32 composite = composer.composePair(static_cast<UChar32>(composee->c), static_cast<UChar32>(next.c));
        if (composite < 0) return false;
        composee = CharChange{static_cast<char32_t>(composite), composee->change + next.change - 1};
        return true;
    };
    for (const Decomposed& item : input) {
        const CharChange current{item.c, item.change};
        const int cc = item.combiningClass;
        if (!composee) {
            if (cc != 0) {
                out.push_back(current);
                continue;
            }
            composee = current;
            continue;
        }
        if (lastClass < 0) {
            if (tryCompose(current)) continue;
            if (cc == 0) {
                out.push_back(*composee);
                composee = current;
                continue;
            }
            buffer.push_back(current);
            lastClass = cc;
            continue;
        }
        if (lastClass >= cc) {
            // Blocked from the composee.
            if (cc == 0) {
                flush();
                composee = current;
                continue;
            }
            buffer.push_back(current);
            lastClass = cc;
            continue;
        }
        if (tryCompose(current)) continue;
        buffer.push_back(current);
        lastClass = cc;
    }
    flush();
    return out;
}

}  // namespace

std::vector<CharChange> normalizationChanges(const std::vector<char32_t>& text, UnicodeForm form) {
    const bool compatibility = form == UnicodeForm::NFKC || form == UnicodeForm::NFKD;
    auto decomposed = decompose(text, compatibility);
    if (form == UnicodeForm::NFD || form == UnicodeForm::NFKD) {
        std::vector<CharChange> out;
        out.reserve(decomposed.size());
        for (const auto& item : decomposed) out.push_back({item.c, item.change});
        return out;
    }
    return recompose(decomposed);
}

bool isNormalized(std::string_view text, UnicodeForm form) {
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return true;
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized = instance(form).isNormalizedUTF8(icu::StringPiece(text.data(), text.size()), status);
    return U_SUCCESS(status) && normalized;
}

std::string normalizeWithIcu(std::string_view text, UnicodeForm form) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
    const icu::UnicodeString result = instance(form).normalize(source, status);
    std::string out;
    result.toUTF8String(out);
    return out;
}

}  // namespace attnscope::tok
