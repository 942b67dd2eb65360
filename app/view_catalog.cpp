// The table of views: how each view is made, and how captures, the selection and the open model reach it.
#include "view_catalog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>
#include <QScrollArea>

#include "analysis/flow_view.h"
#include "analysis/head_roles_table.h"
#include "analysis/importance_view.h"
#include "analysis/sink_view.h"
#include "analysis_session.h"
#include "attention_map_view.h"
#include "embedding_dock.h"
#include "head_grid.h"
#include "head_view.h"
#include "main_window.h"
#include "model_view.h"

namespace attnscope::app {

namespace {

struct ViewEntry;

// What a view may take from the window when it is made.
struct ViewContext {
    MainWindow& window;
    ViewCatalog& catalog;
    AnalysisSession& analysis;
    EmbeddingSession& embedding;
};

// A view as made: the widget that goes into the dock (a scroll area, say) and the view itself.
struct MadeView {
    QWidget* dockWidget;
    QWidget* view;
};

using ViewFactory = MadeView (*)(const ViewEntry& entry, ViewContext& context);

struct ViewEntry {
    const char* id;       // the dock's key in saved layouts; never rename
    const char* flag;     // the --view name
    const char* title;    // translated through the "attnscope::app::ViewCatalog" context
    const char* summary;  // what the view shows, as its What's This text
    Qt::DockWidgetArea area;
    ViewFactory create;
};

QString translated(const char* text) {
    return QCoreApplication::translate("attnscope::app::ViewCatalog", text);
}

// Views with many panels keep their layout readable when the dock is small by scrolling, instead of forcing the
// window wider than the screen.
MadeView scrollable(QWidget* view, int minimumWidth = 0, int minimumHeight = 0) {
    auto* area = new QScrollArea;
    area->setMinimumSize(minimumWidth, minimumHeight);
    area->setWidget(view);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return {area, view};
}

// A view derived from widgets::CaptureView: it follows the selection, raises the busy counter while it computes,
// receives every capture, and shows the difference (after - before) after a masked re-run. In a scroll area, for
// views whose toolbars would otherwise set the window's minimum width. Side docks keep 200 x 300 px, so a small
// window squeezes the central panels (and the demo guide below the right-hand views) rather than hiding a view.
template <class View>
MadeView scrollableCaptureView(const ViewEntry&, ViewContext& context) {
    auto* view = new View;
    view->setSelectionModel(&context.window.selection());
    view->setBusyCounter(&context.window.busy());
    context.catalog.addCaptureReceiver([view = QPointer<View>(view)](const auto& capture, const auto& before) {
        if (!view) return;
        view->setCaptures(capture, before);
        view->setDifferenceMode(before != nullptr);
    });
    // Norm-weighted maps come from the session, which holds the model.
    AnalysisSession* analysis = &context.analysis;
    QObject::connect(view, &widgets::CaptureView::normWeightingWanted, analysis, &AnalysisSession::computeNormWeighted);
    QObject::connect(analysis, &AnalysisSession::normWeightedReady, view,
                     &widgets::CaptureView::setNormWeightedCapture);
    QObject::connect(analysis, &AnalysisSession::normWeightedUnavailable, view,
                     [view](const auto& of, const QString& reason) {
                         if (of == view->runCapture()) view->setNormWeightingUnavailable(reason);
                     });
    return scrollable(view, 200, 300);
}

// The attention map: a capture view whose "On image" mode shows a vision model's row over the image it saw, which the
// session reads.
MadeView attentionMapView(const ViewEntry& entry, ViewContext& context) {
    const MadeView made = scrollableCaptureView<widgets::AttentionMapView>(entry, context);
    auto* view = static_cast<widgets::AttentionMapView*>(made.view);
    QObject::connect(view, &widgets::AttentionMapView::inputImageWanted, &context.analysis,
                     &AnalysisSession::computeInputImage);
    QObject::connect(&context.analysis, &AnalysisSession::inputImageReady, view,
                     &widgets::AttentionMapView::setInputImage);
    return made;
}

MadeView sinkView(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::SinkView(&context.window.selection());
    QObject::connect(&context.analysis, &AnalysisSession::headScoresChanged, view,
                     [view](const auto& capture, const auto& scores) { view->setCapture(capture, scores); });
    return scrollable(view);
}

MadeView headRolesTable(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::HeadRolesTable(&context.window.selection());
    QObject::connect(&context.analysis, &AnalysisSession::headScoresChanged, view,
                     [view](const auto&, const auto& scores) { view->setScores(scores); });
    QObject::connect(&context.analysis, &AnalysisSession::attributionChanged, view,
                     [view](const auto&, const std::vector<double>& terms, int heads, const QString& description) {
                         view->setAttribution(terms, heads, description);
                     });
    QObject::connect(view, &widgets::HeadRolesTable::attributionWanted, &context.analysis,
                     &AnalysisSession::computeAttribution);
    return scrollable(view);
}

MadeView importanceView(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::ImportanceView(&context.window.selection());
    AnalysisSession* analysis = &context.analysis;
    QObject::connect(view, &widgets::ImportanceView::computeRequested, analysis, &AnalysisSession::computeImportance);
    QObject::connect(view, &widgets::ImportanceView::cancelRequested, analysis, &AnalysisSession::cancelImportance);
    QObject::connect(analysis, &AnalysisSession::importanceSourceChanged, view,
                     &widgets::ImportanceView::setSourceAvailable);
    QObject::connect(analysis, &AnalysisSession::importanceStarted, view, [view] { view->setRunning(true); });
    QObject::connect(analysis, &AnalysisSession::importanceProgressed, view, &widgets::ImportanceView::setProgress);
    QObject::connect(analysis, &AnalysisSession::importanceFinished, view, &widgets::ImportanceView::setResult);
    QObject::connect(analysis, &AnalysisSession::importanceEndedWithoutResult, view,
                     &widgets::ImportanceView::showEndedWithoutResult);
    // "Mask and re-run": the mask is set; the run with it compares before and after, as Run with Mask does.
    MainWindow* window = &context.window;
    QObject::connect(view, &widgets::ImportanceView::rerunRequested, window,
                     [window] { window->actions().runWithMask->trigger(); });
    return scrollable(view);
}

MadeView flowView(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::FlowView;
    view->setSelectionModel(&context.window.selection());
    view->setBusyCounter(&context.window.busy());
    AnalysisSession* analysis = &context.analysis;
    context.catalog.addCaptureReceiver([view = QPointer<widgets::FlowView>(view)](const auto& capture, const auto&) {
        if (view) view->setCapture(capture);
    });
    QObject::connect(view, &widgets::FlowView::computeRequested, analysis,
                     [analysis, view](int position, FlowMethod method, bool skip) {
                         analysis->computeFlow(view->capture(), position, method, skip);
                     });
    QObject::connect(view, &widgets::FlowView::cancelRequested, analysis, &AnalysisSession::cancelFlow);
    QObject::connect(analysis, &AnalysisSession::flowStarted, view, [view] { view->setRunning(true); });
    QObject::connect(analysis, &AnalysisSession::flowProgressed, view,
                     [view](double fraction, const QString&) { view->setRunning(true, fraction); });
    QObject::connect(analysis, &AnalysisSession::flowFinished, view, [view](const widgets::FlowViewData& data) {
        view->setRunning(false);
        view->setData(data);
    });
    QObject::connect(analysis, &AnalysisSession::flowEndedWithoutResult, view, &widgets::FlowView::showFailure);
    return scrollable(view, 200, 300);
}

MadeView headMaskGrid(const ViewEntry&, ViewContext& context) {
    auto* grid = new widgets::HeadGrid;
    grid->setSelectionModel(&context.window.selection());
    return scrollable(grid);  // 32 heads make it wider than a side dock should force the window to be
}

// The query-key embedding dock (AttentionViz): see embedding_dock.h; the session receives the captures.
MadeView embeddingView(const ViewEntry&, ViewContext& context) {
    auto* dock = new EmbeddingDock(context.embedding, context.window.selection());
    context.catalog.setEmbeddingDock(dock);
    return scrollable(dock, 0, 240);  // its toolbars must not hold the window's layout wider
}

// The table of views: the dock id is the key of saved layouts, so keep ids when a view changes.
const ViewEntry kViews[] = {
    {"head_view", "head", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Head View"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog",
                       "Lines from each token to the tokens it attends to, one colour "
                       "per head."),
     Qt::LeftDockWidgetArea, &scrollableCaptureView<widgets::HeadView>},
    {"model_view", "model", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Model View"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Every layer and head at a glance, as small attention maps."),
     Qt::RightDockWidgetArea, &scrollableCaptureView<widgets::ModelView>},
    {"attention_map", "map", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Attention Map"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "The full attention matrix of the selected head."),
     Qt::RightDockWidgetArea, &attentionMapView},
    {"head_mask", "mask", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Head Mask"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Click heads to mask them, then Run with Mask."),
     Qt::RightDockWidgetArea, &headMaskGrid},
    {"attention_sinks", "sinks", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Attention Sinks"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "How much attention each head gives to the first token."),
     Qt::BottomDockWidgetArea, &sinkView},
    {"head_roles", "roles", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Head Roles"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Every head's scores and the role they suggest."),
     Qt::BottomDockWidgetArea, &headRolesTable},
    {"head_importance", "importance", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Head Importance"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "How much the loss changes when each head is masked."),
     Qt::BottomDockWidgetArea, &importanceView},
    {"information_flow", "flow", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Information Flow"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog",
                       "Where each position's information comes from across all layers: attention rollout and "
                       "attention flow beside raw attention, per token or over the image, with the layered graph."),
     Qt::BottomDockWidgetArea, &flowView},
    {"embeddings", "embedding", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Query–Key Embeddings"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog",
                       "Queries and keys of the selected head, laid out in 2D or 3D by PCA, t-SNE or UMAP."),
     Qt::BottomDockWidgetArea, &embeddingView},
};

}  // namespace

ViewCatalog::ViewCatalog(MainWindow& window, AnalysisSession& analysis, EmbeddingSession& embedding) {
    ViewContext context{window, *this, analysis, embedding};
    // View › Go to View: each view to the front with the keyboard in it, Ctrl+1 to Ctrl+9 in the table's order.
    QMenu* goTo = window.viewMenu()->addMenu(QCoreApplication::translate("attnscope::app::ViewCatalog", "&Go to View"));
    int number = 0;
    for (const auto& entry : kViews) {
        const MadeView made = entry.create(entry, context);
        made.dockWidget->setWhatsThis(translated(entry.summary));
        // What a screen reader announces for the view.
        made.view->setAccessibleName(translated(entry.title));
        made.view->setAccessibleDescription(translated(entry.summary));
        const QString id = QString::fromLatin1(entry.id);
        views_.emplace_back(id, made.view);
        window.registerView(id, translated(entry.title), made.dockWidget, entry.area);
        QAction* go = goTo->addAction(translated(entry.title));
        if (++number <= 9) go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        QObject::connect(go, &QAction::triggered, &window, [&window, id, view = made.view] {
            window.showView(id);
            window.setActiveView(id);
            // The view itself, or its first control that takes the keyboard (a table, a chart's buttons).
            QWidget* target = view;
            if (!view->focusProxy() && !(view->focusPolicy() & Qt::TabFocus))
                for (QWidget* child : view->findChildren<QWidget*>())
                    if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(view) && child->isEnabled()) {
                        target = child;
                        break;
                    }
            target->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

QWidget* ViewCatalog::view(const QString& dockId) const {
    for (const auto& [id, view] : views_)
        if (id == dockId) return view;
    return nullptr;
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
