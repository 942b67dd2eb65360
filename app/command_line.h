// The attnscope binary's flags. They are one table in command_line.cpp, which generates both parsing and --help;
// adding a flag is one entry there plus a field in LaunchOptions.
#pragma once

#include <QSize>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace attnscope::app {

// Everything the command line asked for, as plain data; main() hands it to whoever acts on it.
struct LaunchOptions {
    QString screenshotPath;              // --screenshot: render the window to this PNG once idle, then exit
    int screenshotTimeoutSeconds = 120;  // --screenshot-timeout: give up when work is still pending after this
    std::optional<QSize> windowSize;     // --size; absent: the saved geometry, else kDefaultWindowSize
    QString language;                    // --lang ("de", "en_GB"); empty: the settings, then the system locale
    QString settingsFile;                // --settings: an INI file used instead of the user's settings
    QString modelDirectory;              // --model: a Hugging Face model folder to open
    QString text;                        // --text: the input text
    QString pairText;                    // --pair: the second text of a sentence pair
    QString imagePath;                   // --image: an input image for vision models
    QString viewName;                    // --view: the view to bring to front
    bool enlargeView = false;            // --enlarge: give that view most of the window
    bool presenter = false;              // --presenter: start in presenter mode (the view in front, large fonts)
    bool mapOnImage = false;             // --on-image: the attention map shows a vision model's row on the image
    std::optional<int> layer;            // --layer: the layer to select (0-based)
    std::optional<int> head;             // --head: the head to select (0-based)
    QString maskText;                    // --mask: "L:H,L:H" exactly as typed (its syntax is checked)
    std::optional<int> token;            // --token: the token to select (0-based position)
    bool tokenIsKey = false;             // --token kP: the key of position P instead of its query
    QString corpusPath;                  // --corpus: the embedding dock's corpus ("demo": the bundled one)
    QString embeddingMethod;             // --embedding: pca, tsne or umap
    std::optional<int> embeddingDims;    // --dims: 2 or 3
    bool embeddingMatrix = false;        // --matrix: the embedding dock shows every head
    QString importanceMethod;  // --importance: compute the head importance (ablation or gradient) after the run
    QString exportPath;        // --export: write the --view's figure (.png, .svg, .pdf) once idle, then exit
    QString reportPath;        // --report: write a report (.html, .pdf) once idle, then exit
    QString sessionPath;       // --session (or a FILE.attnscope argument): open this saved session
    QString saveSessionPath;   // --save-session: write the session once idle, then exit

    // The run writes files and exits instead of staying open for a person.
    bool automated() const {
        return !screenshotPath.isEmpty() || !exportPath.isEmpty() || !reportPath.isEmpty() ||
               !saveSessionPath.isEmpty();
    }
};

inline constexpr QSize kDefaultWindowSize{1280, 800};
// The exit status for a command line we cannot use (the usual one for usage errors).
inline constexpr int kUsageExitCode = 2;

struct CommandLine {
    enum class Action { Launch, ShowHelp, ShowVersion, ShowManPage, Fail };
    Action action = Action::Launch;
    LaunchOptions options;
    std::string error;  // for Fail: one line naming the flag, e.g. "--size: expected WIDTHxHEIGHT ..."
};

// Parses the arguments after the program name. Never prints and never exits: main() decides what to do.
CommandLine parseCommandLine(const std::vector<std::string>& args);

// The --help text, generated from the flag table.
std::string commandLineHelp();

// The man page (roff), from the same flag table, so it cannot drift from --help. The hidden --man-page prints it;
// the build installs its output as attnscope.1.
std::string commandLineManPage();

// "800x600" -> 800x600; std::nullopt for anything else (zero, negative, too large, malformed).
std::optional<QSize> parseWindowSize(const std::string& text);

}  // namespace attnscope::app
