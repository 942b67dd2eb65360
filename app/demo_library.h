// The prepared demos for the bundled demo model, read from resources/demos.json: for each, the input, the head and
// view to look at, an optional mask, and a paragraph saying what to look for. Titles and explanations are stored
// per language in the file (translators edit it there; see docs/demos.md), so adding a demo needs no code.
#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace attnscope::app {

struct Demo {
    QString id;           // stable key, e.g. "induction"
    QString title;        // in the requested language
    QString explanation;  // one paragraph, may use <b>, <i>
    QString text;         // the input, in the demo model's own (English) grammar
    std::optional<int> layer;
    std::optional<int> head;
    QString view;  // a --view name: "head", "model", "map", "sinks", "embedding"; empty for none
    QString mask;  // "L:H,..." to set before pressing Run with Mask; empty for none
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
