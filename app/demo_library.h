// The prepared demos for the bundled demo model, read from resources/demos.json: for each, the input, the head and
// view to look at, an optional mask, and a paragraph saying what to look for. Titles and explanations are stored
// per language in the file (translators edit it there; see docs/demos.md), so adding a demo needs no code.
#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace attnscope::app {

// One step of a demo, taken by Demos › Next Demo Step (→, PageDown): it says what to look at now and does what the
// explanation asks the user to do (select a token, run with the mask), so a lecturer can step through it.
struct DemoStep {
    QString caption;           // in the requested language; may use <b>, <i>
    std::optional<int> token;  // the token to select; negative counts from the end (-1: the last token)
    bool tokenIsKey = false;   // select the token's key rather than its query
    std::optional<int> layer;
    std::optional<int> head;
    QString view;              // a --view name to bring to the front; empty: stay
    bool runWithMask = false;  // run again with the demo's mask (before and after side by side)
};

struct Demo {
    QString id;           // stable key, e.g. "induction"
    QString title;        // in the requested language
    QString explanation;  // one paragraph, may use <b>, <i>
    QString text;         // the input, in the demo model's own (English) grammar
    std::optional<int> layer;
    std::optional<int> head;
    QString view;  // a --view name: "head", "model", "map", "sinks", "embedding"; empty for none
    QString mask;  // "L:H,..." to set before pressing Run with Mask; empty for none
    std::vector<DemoStep> steps;
};

struct DemoLibrary {
    QString modelFolder;  // the model the demos are written for, resolved against the file's folder
    std::vector<Demo> demos;
};

// Reads `path`; titles and explanations in `language` ("de", "de_AT"), else English. Throws EngineError naming the
// file and the entry on a malformed file.
DemoLibrary loadDemoLibrary(const QString& path, const QString& language);

// resources/demos.json of the installed or source-tree resources; empty when there is none.
QString defaultDemoLibraryPath();

}  // namespace attnscope::app
