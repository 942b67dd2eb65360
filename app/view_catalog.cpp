// The table of views, how each is made and fed, and the placeholder shown for a view that is not built yet.
#include "view_catalog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>

#include "main_window.h"

namespace attnscope::app {

namespace {

struct ViewEntry;

// What a view may take from the window when it is made.
struct ViewContext {
    MainWindow& window;
    ViewCatalog& catalog;
};

using ViewFactory = QWidget* (*)(const ViewEntry& entry, ViewContext& context);

struct ViewEntry {
    const char* id;           // the dock's key in saved layouts; never rename
    const char* flag;         // the --view name
    const char* title;        // translated through the "attnscope::app::ViewCatalog" context
    const char* placeholder;  // what the dock says until the view exists
    Qt::DockWidgetArea area;
    ViewFactory create;
};

QString translated(const char* text) {
    return QCoreApplication::translate("attnscope::app::ViewCatalog", text);
}

QWidget* placeholderView(const ViewEntry& entry, ViewContext&) {
    auto* label = new QLabel(
        translated(entry.placeholder) + QStringLiteral("\n\n") +
        QCoreApplication::translate("attnscope::app::ViewCatalog", "Appears once a model is open and has run."));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMinimumSize(120, 80);
    return label;
}

// A view derived from widgets::CaptureView: it follows the selection, raises the busy counter while it computes,
// receives every capture, and shows the difference (after - before) after a masked re-run.
template <class View>
QWidget* captureView(const ViewEntry&, ViewContext& context) {
    auto* view = new View;
    view->setSelectionModel(&context.window.selection());
    view->setBusyCounter(&context.window.busy());
    context.catalog.addCaptureReceiver([view = QPointer<View>(view)](const auto& capture, const auto& before) {
        if (!view) return;
        view->setCaptures(capture, before);
        view->setDifferenceMode(before != nullptr);
    });
    return view;
}

// To plug in a real view, replace &placeholderView with its factory (e.g. &captureView<widgets::HeadView>); keep
// the id so saved layouts still apply.
const ViewEntry kViews[] = {
    {"head_view", "head", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Head View"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog",
                       "Lines from each token to the tokens it attends to, one colour "
                       "per head."),
     Qt::LeftDockWidgetArea, &placeholderView},
    {"model_view", "model", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Model View"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Every layer and head at a glance, as small attention maps."),
     Qt::RightDockWidgetArea, &placeholderView},
    {"attention_map", "map", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Attention Map"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "The full attention matrix of the selected head."),
     Qt::RightDockWidgetArea, &placeholderView},
    {"attention_sinks", "sinks", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Attention Sinks"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "How much attention each head gives to the first token."),
     Qt::BottomDockWidgetArea, &placeholderView},
    {"embeddings", "embedding", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Query–Key Embeddings"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Queries and keys of the selected head, projected to 2D."),
     Qt::BottomDockWidgetArea, &placeholderView},
};

}  // namespace

ViewCatalog::ViewCatalog(MainWindow& window) {
    ViewContext context{window, *this};
    for (const auto& entry : kViews)
        window.registerView(QString::fromLatin1(entry.id), translated(entry.title), entry.create(entry, context),
                            entry.area);
}

void ViewCatalog::setCaptures(const std::shared_ptr<const AttentionCapture>& capture,
                              const std::shared_ptr<const AttentionCapture>& before) const {
    for (const auto& receiver : receivers_) receiver(capture, before);
}

QString ViewCatalog::dockIdForViewName(const QString& name) {
    for (const auto& entry : kViews)
        if (name == QLatin1String(entry.flag)) return QString::fromLatin1(entry.id);
    return {};
}

QStringList ViewCatalog::viewNames() {
    QStringList names;
    for (const auto& entry : kViews) names.append(QString::fromLatin1(entry.flag));
    return names;
}

}  // namespace attnscope::app
