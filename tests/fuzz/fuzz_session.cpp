// A saved session (.attnscope, JSON): model, input, mask history, selection, views, embedding, importance.
#include <QByteArray>

#include "attnscope/error.h"
#include "session_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        const auto state = attnscope::app::sessionFromJson(
            QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), "session.attnscope");
        (void)attnscope::app::sessionToJson(state);
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
