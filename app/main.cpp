// The attnscope binary: reads the flags, sets up language, settings and threads, opens the main window, and for
// --screenshot renders it once idle and exits. All the parts live in their own files; this only connects them.
#include <QApplication>
#include <QSurfaceFormat>
#include <chrono>
#include <iostream>

#include "attnscope/runtime.h"
#include "command_line.h"
#include "library_versions.h"
#include "main_window.h"
#include "render/vtk_render_widget.h"
#include "screenshot.h"
#include "settings.h"
#include "translations.h"
#include "workspace.h"

namespace {

int usageError(const std::string& message) {
    std::cerr << "attnscope: error: " << message << "\n(see attnscope --help)\n";
    return attnscope::app::kUsageExitCode;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace attnscope::app;
    // Parsed before QApplication exists, so --help and --version work without a display.
    const CommandLine commandLine = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    switch (commandLine.action) {
        case CommandLine::Action::Fail:
            return usageError(commandLine.error);
        case CommandLine::Action::ShowHelp:
            std::cout << commandLineHelp();
            return 0;
        case CommandLine::Action::ShowVersion:
            attnscope::setThreadCount(0);  // report the default the app starts with, not LibTorch's initial 1
            std::cout << LibraryVersions::asText().toStdString();
            return 0;
        case CommandLine::Action::Launch:
            break;
    }
    const LaunchOptions& options = commandLine.options;
    if (!options.language.isEmpty() && !Translations::isAvailable(options.language))
        return usageError("--lang: no translation for '" + options.language.toStdString() +
                          "' (available: " + Translations::available().join(", ").toStdString() + ")");

    // The VTK views need OpenGL 3.2 core; one shared context lets a dock float (re-parenting its GL widget) safely.
    QSurfaceFormat::setDefaultFormat(attnscope::widgets::VtkRenderWidget::surfaceFormat());
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttnScope"));
    QApplication::setApplicationName(QStringLiteral("attnscope"));
    QApplication::setApplicationVersion(QStringLiteral(ATTNSCOPE_VERSION));

    Settings settings(options.settingsFile);
    Translations translations;
    const QString language = translations.install(options.language.isEmpty() ? settings.language() : options.language);
    attnscope::setThreadCount(settings.threadCount());

    MainWindow window(settings);
    Workspace workspace(window, settings, language);  // the views, panels, model session and demos
    window.setAutomation(!options.screenshotPath.isEmpty());
    window.setLeavesSettingsAlone(!options.screenshotPath.isEmpty());
    window.restoreWindowSettings(options.windowSize);
    window.show();
    // --model, --text, --mask, ... (or the remembered model, or the demo); raises the busy counter until done.
    workspace.launch(options);

    if (!options.screenshotPath.isEmpty()) {
        auto* screenshot = new ScreenshotTaker(&window, &window.busy(), options.screenshotPath,
                                               std::chrono::seconds(options.screenshotTimeoutSeconds), &window);
        QObject::connect(&window.errors(), &ErrorReporter::reported, screenshot,
                         [screenshot] { screenshot->abort(QString()); });  // the reporter already printed it
        QObject::connect(screenshot, &ScreenshotTaker::done, &application, [](int exitCode, const QString& message) {
            if (!message.isEmpty()) std::cerr << "attnscope: error: " << message.toStdString() << std::endl;
            QCoreApplication::exit(exitCode);
        });
        screenshot->start();
    }
    return QApplication::exec();
}
