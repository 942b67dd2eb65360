// tokenizer.json: the normalizer, pre-tokenizer, model (BPE, WordPiece, WordLevel, Unigram), post-processor,
// decoder and added tokens; a tokenizer that loads then encodes and decodes a few texts.
#include "attnscope/error.h"
#include "attnscope/tokenizer.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = attnscope::fuzz::writeInput(data, size, "tokenizer.json");
    try {
        const auto tokenizer = attnscope::Tokenizer::fromJsonFile(path);
        for (const char* text : {"The cat sat on the mat.", "  héllo\tWORLD 123 ", "日本語のテキスト", "a<mask>b", ""}) {
            const auto encoding = tokenizer->encode(text);
            (void)tokenizer->decode(encoding.ids);
            (void)tokenizer->encodePair(text, "second");
        }
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
