// The attnscope binary: reads the flags, sets up language, settings and threads, opens the main window, and for
// --screenshot renders it once idle and exits. All the parts live in their own files; this only connects them.
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSurfaceFormat>
#include <chrono>
#include <functional>
#include <iostream>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "automation_run.h"
#include "command_line.h"
#include "export_actions.h"
#include "library_versions.h"
#include "main_window.h"
#include "render/vtk_render_widget.h"
#include "session_controller.h"
#include "settings.h"
#include "style.h"
#include "translations.h"
#include "view_catalog.h"
#include "workspace.h"

namespace {

int usageError(const std::string& message) {
    std::cerr << "attnscope: error: " << message << "\n(see attnscope --help)\n";
    return attnscope::app::kUsageExitCode;
}

// Runs an output's work; its error as one line naming the flag, or empty.
QString failure(const char* flag, const std::function<void()>& work) {
    try {
        work();
        return {};
    } catch (const attnscope::EngineError& error) {
        return QStringLiteral("%1: %2").arg(QLatin1String(flag), QString::fromStdString(error.what()));
    }
}

bool offerCrashRestore(QWidget& window) {
    return QMessageBox::question(&window, QObject::tr("AttnScope"),
                                 QObject::tr("AttnScope did not close properly last time. Restore the work it saved "
                                             "automatically?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
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
        case CommandLine::Action::ShowManPage:
            std::cout << commandLineManPage();
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
    // Ties the windows to the installed desktop entry, so docks and task bars show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(ATTNSCOPE_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(ATTNSCOPE_APP_ID)));

    // The views' text follows the system font size (the interface's own widgets do so by themselves).
    attnscope::widgets::setSystemFontScale(attnscope::widgets::systemFontScale(QApplication::font().pointSizeF()));

    Settings settings(options.settingsFile);
    Translations translations;
    const QString language = translations.install(options.language.isEmpty() ? settings.language() : options.language);
    attnscope::setThreadCount(settings.threadCount());

    MainWindow window(settings);
    Workspace workspace(window, settings, language);  // the views, panels, sessions and demos
    const bool automated = options.automated();
    window.setAutomation(automated);
    window.setLeavesSettingsAlone(automated);
    window.restoreWindowSettings(options.windowSize);
    window.show();

    // After a crash, the last autosave is offered before anything else opens.
    LaunchOptions launch = options;
    if (!automated) {
        const QString crashed = workspace.sessions().crashedAutosave();
        if (!crashed.isEmpty() && launch.sessionPath.isEmpty() && offerCrashRestore(window))
            launch.sessionPath = crashed;
        workspace.sessions().startAutosave();
    }
    // --model, --text, --mask, ... (or a session, the remembered model, or the demo); raises the busy counter.
    workspace.launch(launch);
    // The first start walks through the window's parts once (Help › Guided Tour shows it again).
    if (!automated && !settings.tourSeen()) workspace.startTour();

    if (automated) {
        auto* run = new AutomationRun(&window, &window.busy(), options.screenshotPath,
                                      std::chrono::seconds(options.screenshotTimeoutSeconds), &window);
        const QString view = ViewCatalog::dockIdForViewName(options.viewName);
        if (!options.exportPath.isEmpty())
            run->addOutput([&workspace, view, path = options.exportPath] {
                return failure("--export", [&] { workspace.exports().exportFigure(view, path); });
            });
        if (!options.reportPath.isEmpty())
            run->addOutput([&workspace, path = options.reportPath] {
                return failure("--report", [&] { workspace.exports().exportReport(path); });
            });
        if (!options.saveSessionPath.isEmpty())
            run->addOutput([&workspace, path = options.saveSessionPath] {
                return failure("--save-session", [&] { workspace.sessions().save(path); });
            });
        QObject::connect(&window.errors(), &ErrorReporter::reported, run,
                         [run] { run->abort(QString()); });  // the reporter already printed it
        QObject::connect(run, &AutomationRun::done, &application, [](int exitCode, const QString& message) {
            if (!message.isEmpty()) std::cerr << "attnscope: error: " << message.toStdString() << std::endl;
            QCoreApplication::exit(exitCode);
        });
        run->start();
    }
    return QApplication::exec();
}
