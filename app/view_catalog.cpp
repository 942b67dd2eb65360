// The table of views and the placeholder shown for a view that is not built yet.
#include "view_catalog.h"

#include <QCoreApplication>
#include <QLabel>

#include "main_window.h"

namespace attnscope::app {

namespace {

struct ViewEntry {
    const char* id;           // the dock's key in saved layouts; never rename
    const char* title;        // translated through the "attnscope::app::ViewCatalog" context
    const char* placeholder;  // what the dock says until the view exists
    Qt::DockWidgetArea area;
};

// To plug in a real view, replace its placeholder in registerViews(); keep the id so saved layouts still apply.
const ViewEntry kViews[] = {
    {"head_view", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Head View"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog",
                       "Lines from each token to the tokens it attends to, one colour "
                       "per head."),
     Qt::LeftDockWidgetArea},
    {"model_view", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Model View"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Every layer and head at a glance, as small attention maps."),
     Qt::RightDockWidgetArea},
    {"attention_map", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Attention Map"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "The full attention matrix of the selected head."),
     Qt::RightDockWidgetArea},
    {"embeddings", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Query–Key Embeddings"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Queries and keys of the selected head, projected to 2D."),
     Qt::BottomDockWidgetArea},
    {"attention_sinks", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Attention Sinks"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "How much attention each head gives to the first token."),
     Qt::BottomDockWidgetArea},
    {"predictions", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Predictions"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog",
                       "The next-token predictions, and how masking heads changes "
                       "them."),
     Qt::BottomDockWidgetArea},
};

QString translated(const char* text) {
    return QCoreApplication::translate("attnscope::app::ViewCatalog", text);
}

QWidget* placeholder(const ViewEntry& entry) {
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

}  // namespace

void registerViews(MainWindow& window) {
    for (const auto& entry : kViews)
        window.registerView(QString::fromLatin1(entry.id), translated(entry.title), placeholder(entry), entry.area);
}

}  // namespace attnscope::app
