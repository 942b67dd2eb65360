// The flag table of the attnscope binary and the parser built from it (Boost.Program_options).
#include "command_line.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <boost/program_options.hpp>
#include <charconv>
#include <sstream>

#include "attnscope/error.h"
#include "attnscope/head_mask.h"
#include "attnscope/tools/roff.h"
#include "view_catalog.h"

namespace attnscope::app {

namespace po = boost::program_options;

namespace {

// A value that does not fit its flag; the parser prefixes the flag's name.
struct FlagError {
    std::string message;
};

// One flag: its names in Boost's syntax ("help,h"), the value's placeholder (nullptr for a switch), the help line,
// and what it does to the result. Checks that need only the flag's own text live here; checks that need the
// application (does a translation exist, does the model load) happen where that is known.
struct Flag {
    const char* names;
    const char* valueName;
    std::string help;
    void (*apply)(CommandLine& result, const std::string& value);
};

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

int parseNonNegative(const std::string& text) {
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0)
        throw FlagError{"expected a whole number >= 0, got '" + text + "'"};
    return value;
}

// The shell hands over bytes; text that is not UTF-8 would be run after Qt replaced the bad bytes with U+FFFD, so
// the tokens shown would not be the text given.
void requireUtf8(const std::string& text) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    if (decoder.hasError()) throw FlagError{"is not valid UTF-8 text"};
}

void requireNonEmpty(const std::string& text) {
    if (text.empty()) throw FlagError{"expected a value, got an empty string"};
}

// An output file's folder must exist before any work starts.
void requireFolder(const QString& path, const std::string& text) {
    const QFileInfo file(path);
    if (!file.absoluteDir().exists()) throw FlagError{"the folder of '" + text + "' does not exist"};
    if (file.isDir()) throw FlagError{"'" + text + "' is a folder, expected a file"};
}

const std::vector<Flag>& flagTable() {
    static const std::vector<Flag> flags = {
        {"help,h", nullptr, "show this help and exit",
         [](CommandLine& r, const std::string&) { r.action = CommandLine::Action::ShowHelp; }},
        {"version", nullptr, "print the versions of AttnScope and its libraries and exit",
         [](CommandLine& r, const std::string&) {
             if (r.action != CommandLine::Action::ShowHelp) r.action = CommandLine::Action::ShowVersion;
         }},
        {"screenshot", "FILE.png", "render the whole window to FILE.png once all pending work is done, then exit",
         [](CommandLine& r, const std::string& v) {
             if (!QString::fromStdString(v).endsWith(".png", Qt::CaseInsensitive))
                 throw FlagError{"expected a file name ending in .png, got '" + v + "'"};
             r.options.screenshotPath = toQString(v);
         }},
        {"screenshot-timeout", "SECONDS", "with --screenshot: fail when work is still pending after SECONDS (120)",
         [](CommandLine& r, const std::string& v) {
             const int seconds = parseNonNegative(v);
             if (seconds == 0) throw FlagError{"expected at least 1 second"};
             r.options.screenshotTimeoutSeconds = seconds;
         }},
        {"size", "WxH", "window size in pixels, e.g. 800x600 (default: the last size, else 1280x800)",
         [](CommandLine& r, const std::string& v) {
             r.options.windowSize = parseWindowSize(v);
             if (!r.options.windowSize)
                 throw FlagError{"expected WIDTHxHEIGHT such as 1280x800 (each 100 to 16384), got '" + v + "'"};
         }},
        {"lang", "CODE", "user interface language, e.g. de or en (default: the settings, else the system's)",
         [](CommandLine& r, const std::string& v) {
             static const QRegularExpression code("^[a-z]{2,3}(_[A-Z]{2})?$");
             if (!code.match(toQString(v)).hasMatch())
                 throw FlagError{"expected a language code such as de, en or pt_BR, got '" + v + "'"};
             r.options.language = toQString(v);
         }},
        {"settings", "FILE.ini", "read and write settings in FILE.ini instead of the user's settings",
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             const QFileInfo file(toQString(v));
             if (!file.absoluteDir().exists()) throw FlagError{"the folder of '" + v + "' does not exist"};
             if (file.isDir()) throw FlagError{"'" + v + "' is a folder, expected a file"};
             r.options.settingsFile = file.absoluteFilePath();
         }},
        {"model", "DIR", "open the model folder DIR (config.json, *.safetensors, tokenizer.json)",
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             r.options.modelDirectory = toQString(v);
         }},
        {"text", "TEXT", "the input text to run",
         [](CommandLine& r, const std::string& v) {
             requireUtf8(v);
             r.options.text = toQString(v);
         }},
        {"pair", "TEXT", "the second text of a sentence pair",
         [](CommandLine& r, const std::string& v) {
             requireUtf8(v);
             r.options.pairText = toQString(v);
         }},
        {"image", "FILE", "an input image for a vision model",
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             r.options.imagePath = toQString(v);
         }},
        {"view", "NAME", "the view to bring to the front: " + ViewCatalog::viewNames().join(", ").toStdString(),
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             if (ViewCatalog::dockIdForViewName(toQString(v)).isEmpty())
                 throw FlagError{"expected one of " + ViewCatalog::viewNames().join(", ").toStdString() + ", got '" +
                                 v + "'"};
             r.options.viewName = toQString(v);
         }},
        {"enlarge", nullptr, "with --view: give that view most of the window",
         [](CommandLine& r, const std::string&) { r.options.enlargeView = true; }},
        {"presenter", nullptr,
         "start in presenter mode: the view in front fills the screen in large type, the Demo Guide below it "
         "(F5 leaves it)",
         [](CommandLine& r, const std::string&) { r.options.presenter = true; }},
        {"on-image", nullptr,
         "with a vision model: the attention map shows the selected token's (else the class token's) attention as "
         "a heat overlay on the image",
         [](CommandLine& r, const std::string&) { r.options.mapOnImage = true; }},
        {"layer", "L", "the layer to select (0-based)",
         [](CommandLine& r, const std::string& v) { r.options.layer = parseNonNegative(v); }},
        {"head", "H", "the head to select (0-based)",
         [](CommandLine& r, const std::string& v) { r.options.head = parseNonNegative(v); }},
        {"mask", "L:H,...", "heads to mask, e.g. 0:3,2:1 (0-based layer:head pairs)",
         [](CommandLine& r, const std::string& v) {
             try {
                 HeadMask::parse(v);
             } catch (const EngineError& error) {
                 throw FlagError{error.problem()};
             }
             r.options.maskText = toQString(v);
         }},
        {"token", "P", "the token to select: position P's query, or kP for its key (0-based)",
         [](CommandLine& r, const std::string& v) {
             const bool key = !v.empty() && (v[0] == 'k' || v[0] == 'K');
             r.options.token = parseNonNegative(key ? v.substr(1) : v);
             r.options.tokenIsKey = key;
         }},
        {"corpus", "FILE", "embed the queries and keys of every line of FILE (demo, demo-model: the bundled corpora)",
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             if (v != "demo" && v != "demo-model" && !QFileInfo::exists(toQString(v)))
                 throw FlagError{"no such file or folder: '" + v + "'"};
             r.options.corpusPath = toQString(v);
         }},
        {"embedding", "METHOD", "the query-key embedding's layout: pca, tsne or umap",
         [](CommandLine& r, const std::string& v) {
             if (v != "pca" && v != "tsne" && v != "umap")
                 throw FlagError{"expected pca, tsne or umap, got '" + v + "'"};
             r.options.embeddingMethod = toQString(v);
         }},
        {"dims", "N", "the query-key embedding's dimensions: 2 or 3",
         [](CommandLine& r, const std::string& v) {
             if (v != "2" && v != "3") throw FlagError{"expected 2 or 3, got '" + v + "'"};
             r.options.embeddingDims = v == "3" ? 3 : 2;
         }},
        {"matrix", nullptr, "show every head's query-key embedding (the embedding view's matrix)",
         [](CommandLine& r, const std::string&) { r.options.embeddingMatrix = true; }},
        {"importance", "METHOD", "after the run, measure every head's importance: ablation or gradient",
         [](CommandLine& r, const std::string& v) {
             if (v != "ablation" && v != "gradient") throw FlagError{"expected ablation or gradient, got '" + v + "'"};
             r.options.importanceMethod = toQString(v);
         }},
        {"export", "FILE",
         "write the figure of --view (else the view in front) to FILE.png, .svg or .pdf once all work "
         "is done, then exit",
         [](CommandLine& r, const std::string& v) {
             const QString path = toQString(v);
             if (!QRegularExpression(QStringLiteral("\\.(png|svg|pdf)$"), QRegularExpression::CaseInsensitiveOption)
                      .match(path)
                      .hasMatch())
                 throw FlagError{"expected a file name ending in .png, .svg or .pdf, got '" + v + "'"};
             requireFolder(path, v);
             r.options.exportPath = path;
         }},
        {"report", "FILE",
         "write a report with every view's figure to FILE.html or FILE.pdf once all work is done, "
         "then exit",
         [](CommandLine& r, const std::string& v) {
             const QString path = toQString(v);
             if (!QRegularExpression(QStringLiteral("\\.(html?|pdf)$"), QRegularExpression::CaseInsensitiveOption)
                      .match(path)
                      .hasMatch())
                 throw FlagError{"expected a file name ending in .html or .pdf, got '" + v + "'"};
             requireFolder(path, v);
             r.options.reportPath = path;
         }},
        {"session", "FILE", "open the saved session FILE.attnscope (as does giving FILE.attnscope alone)",
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             r.options.sessionPath = toQString(v);
         }},
        {"save-session", "FILE", "write the session to FILE.attnscope once all work is done, then exit",
         [](CommandLine& r, const std::string& v) {
             requireNonEmpty(v);
             requireFolder(toQString(v), v);
             r.options.saveSessionPath = toQString(v);
         }},
    };
    return flags;
}

std::string longName(const Flag& flag) {
    const std::string names = flag.names;
    return names.substr(0, names.find(','));
}

// Shared by --help and the man page.
const std::vector<std::string>& examples() {
    static const std::vector<std::string> lines = {
        "attnscope --model ~/models/gpt2 --text \"The cat sat on the mat\"",
        "attnscope --screenshot window.png --size 800x600 --settings /tmp/attnscope.ini",
        "attnscope --model ~/models/gpt2 --text \"The cat sat\" --view map --layer 2 --head 5 --export map.pdf",
        "attnscope ~/work/induction.attnscope",
    };
    return lines;
}

const char* const kExitStatus = "0 on success, 1 when the work failed (message on stderr), 2 for bad flags.";

// "help,h" with no value -> "\-\-help, \-h"; "size" with "WxH" -> "\-\-size \fIWxH\fR".
std::string roffFlagNames(const Flag& flag) {
    const std::string names = flag.names;
    const auto comma = names.find(',');
    std::string text = "\\fB" + roffEscape("--" + names.substr(0, comma)) + "\\fR";
    if (comma != std::string::npos) text += ", \\fB" + roffEscape("-" + names.substr(comma + 1)) + "\\fR";
    if (flag.valueName) text += " \\fI" + roffEscape(flag.valueName) + "\\fR";
    return text;
}

po::options_description describeFlags() {
    po::options_description options("Options", 100, 50);
    for (const auto& flag : flagTable()) {
        if (flag.valueName)
            options.add_options()(flag.names, po::value<std::string>()->value_name(flag.valueName), flag.help.c_str());
        else
            options.add_options()(flag.names, flag.help.c_str());
    }
    return options;
}

}  // namespace

std::optional<QSize> parseWindowSize(const std::string& text) {
    static const QRegularExpression pattern("^([0-9]{1,5})x([0-9]{1,5})$");
    const auto match = pattern.match(QString::fromStdString(text));
    if (!match.hasMatch()) return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    constexpr int kMin = 100, kMax = 16384;
    if (size.width() < kMin || size.height() < kMin || size.width() > kMax || size.height() > kMax) return std::nullopt;
    return size;
}

CommandLine parseCommandLine(const std::vector<std::string>& args) {
    CommandLine result;
    po::options_description visible = describeFlags();
    po::options_description all(visible);
    all.add_options()("unexpected-argument", po::value<std::vector<std::string>>());
    all.add_options()("man-page", "");  // hidden: the build runs it to make attnscope.1
    po::positional_options_description positional;
    positional.add("unexpected-argument", -1);

    po::variables_map values;
    try {
        // No guessing: "--scr" must not silently mean "--screenshot" today and something else tomorrow.
        const auto style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
        po::store(po::command_line_parser(args).options(all).positional(positional).style(style).run(), values);
    } catch (const po::error& error) {
        result.action = CommandLine::Action::Fail;
        result.error = error.what();
        return result;
    }
    if (values.count("man-page")) {
        result.action = CommandLine::Action::ShowManPage;
        return result;
    }
    if (values.count("unexpected-argument")) {
        // One argument without a flag is what a file manager passes: a saved session or a model folder.
        const auto& arguments = values["unexpected-argument"].as<std::vector<std::string>>();
        const QString path = toQString(arguments[0]);
        if (arguments.size() > 1 || (!path.endsWith(QLatin1String(".attnscope")) && !QFileInfo(path).isDir())) {
            result.action = CommandLine::Action::Fail;
            result.error = "unexpected argument '" + arguments[arguments.size() > 1 ? 1 : 0] +
                           "' (a session FILE.attnscope or a model folder may stand alone; every other value follows "
                           "its flag, e.g. --model DIR)";
            return result;
        }
        if (path.endsWith(QLatin1String(".attnscope")))
            result.options.sessionPath = path;
        else
            result.options.modelDirectory = path;
    }
    for (const auto& flag : flagTable()) {
        const std::string name = longName(flag);
        if (!values.count(name)) continue;
        try {
            flag.apply(result, flag.valueName ? values[name].as<std::string>() : std::string());
        } catch (const FlagError& error) {
            result.action = CommandLine::Action::Fail;
            result.error = "--" + name + ": " + error.message;
            return result;
        }
    }
    return result;
}

std::string commandLineHelp() {
    std::ostringstream out;
    out << "Usage: attnscope [OPTIONS] [FILE.attnscope | MODEL_FOLDER]\n\n"
           "AttnScope shows how the layers and heads of a transformer model attend.\n\n"
        << describeFlags() << "\nExamples:\n";
    for (const auto& example : examples()) out << "  " << example << "\n";
    out << "\nExit status: " << kExitStatus << "\n";
    return out.str();
}

std::string commandLineManPage() {
    std::ostringstream out;
    out << ".TH ATTNSCOPE 1 \"\" \"AttnScope " << ATTNSCOPE_VERSION << "\" \"User Commands\"\n"
        << ".SH NAME\nattnscope \\- look inside transformer models\n"
        << ".SH SYNOPSIS\n.B attnscope\n[\\fIOPTIONS\\fR] [\\fIFILE\\fB.attnscope\\fR | \\fIMODEL_FOLDER\\fR]\n"
        << ".SH DESCRIPTION\nAttnScope shows how the layers and heads of a transformer model attend: the head view, "
           "the model view, attention maps, query\\-key embeddings and attention\\-sink views. Open a Hugging Face "
           "model folder (config.json, *.safetensors, tokenizer.json), type a text or drop an image, mask heads and "
           "see what changed.\n.PP\nA saved session \\fIFILE\\fB.attnscope\\fR or a model folder may be given "
           "without a flag, as a file manager does; without either, AttnScope opens the last model, else the bundled "
           "demo model.\n"
        << ".SH OPTIONS\n";
    for (const auto& flag : flagTable()) out << ".TP\n" << roffFlagNames(flag) << "\n" << roffEscape(flag.help) << "\n";
    out << ".SH ENVIRONMENT\n.TP\n.B ATTNSCOPE_RESOURCES\nthe folder of the bundled demo model and corpora, instead of "
           "share/attnscope beside the binary's folder\n"
        << ".SH EXIT STATUS\n"
        << kExitStatus << "\n.SH EXAMPLES\n.nf\n";
    for (const auto& example : examples()) out << roffEscape(example) << "\n";
    out << ".fi\n.SH SEE ALSO\n.BR attnscope\\-cli (1)\n";
    return out.str();
}

}  // namespace attnscope::app
