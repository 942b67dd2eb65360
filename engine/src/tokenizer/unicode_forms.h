// Unicode normalization forms as alignment-preserving character changes (see unicode_forms.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/normalized_string.h"

namespace attnscope::tok {

enum class UnicodeForm { NFC, NFD, NFKC, NFKD };

// The changes that turn `text` into its normalization form, in the order Hugging Face tokenizers emits them.
std::vector<CharChange> normalizationChanges(const std::vector<char32_t>& text, UnicodeForm form);

// Quick answer for text that is already in `form` (the transformation would be the identity).
bool isNormalized(std::string_view text, UnicodeForm form);

// ICU's own normalization of `text`, for tests that check normalizationChanges against it.
std::string normalizeWithIcu(std::string_view text, UnicodeForm form);

}  // namespace attnscope::tok
