// The table of views: how each view is made, and how captures, the selection and the open model reach it.
#include "view_catalog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QScrollArea>
#include <algorithm>
#include <optional>

#include "analysis/head_roles_table.h"
#include "analysis/importance_view.h"
#include "analysis/sink_view.h"
#include "attention_map_view.h"
#include "attnscope/error.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "embedding_dock.h"
#include "head_grid.h"
#include "head_view.h"
#include "main_window.h"
#include "model_view.h"

namespace attnscope::app {

namespace {

struct ViewEntry;

// Every head's scores for the latest capture, computed once and shared by the sink view and the head roles table.
class HeadScoreCache {
public:
    const std::vector<HeadScores>& of(const std::shared_ptr<const AttentionCapture>& capture);

private:
    std::weak_ptr<const AttentionCapture> capture_;
    std::vector<HeadScores> scores_;
};

// What a view may take from the window when it is made.
struct ViewContext {
    MainWindow& window;
    ViewCatalog& catalog;
    std::shared_ptr<HeadScoreCache> scores;
};

using ViewFactory = QWidget* (*)(const ViewEntry& entry, ViewContext& context);

struct ViewEntry {
    const char* id;           // the dock's key in saved layouts; never rename
    const char* flag;         // the --view name
    const char* title;        // translated through the "attnscope::app::ViewCatalog" context
    const char* summary;      // what the view shows, as its What's This text
    Qt::DockWidgetArea area;
    ViewFactory create;
};

QString translated(const char* text) {
    return QCoreApplication::translate("attnscope::app::ViewCatalog", text);
}

// Views with many panels keep their layout readable when the dock is small by scrolling, instead of forcing the
// window wider than the screen.
QWidget* scrollable(QWidget* view, int minimumWidth = 0, int minimumHeight = 0) {
    auto* area = new QScrollArea;
    area->setMinimumSize(minimumWidth, minimumHeight);
    area->setWidget(view);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
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

// The same, in a scroll area, for views whose toolbars would otherwise set the window's minimum width.
// Side docks keep 200 x 300 px, so a small window squeezes the central panels (and the demo guide below the
// right-hand views) rather than hiding a view.
template <class View>
QWidget* scrollableCaptureView(const ViewEntry& entry, ViewContext& context) {
    return scrollable(captureView<View>(entry, context), 200, 300);
}

// An input that ends with a block of at least 4 tokens repeated twice ("... R R") is an induction probe: the
// head roles then get induction scores too (e.g. the repeated word list of the Demos menu).
std::optional<InductionProbe> probeIn(const std::vector<int64_t>& ids) {
    const int n = static_cast<int>(ids.size());
    for (int length = n / 2; length >= 4; --length) {
        const int first = n - 2 * length;
        if (std::equal(ids.begin() + first, ids.begin() + first + length, ids.begin() + first + length)) {
            InductionProbe probe;
            probe.ids = ids;
            probe.firstCopy = first;
            probe.length = length;
            return probe;
        }
    }
    return std::nullopt;
}

// Small models take milliseconds; a failure (e.g. a capture without attention) leaves the views empty rather than
// throwing through the event loop.
const std::vector<HeadScores>& HeadScoreCache::of(const std::shared_ptr<const AttentionCapture>& capture) {
    if (capture_.lock() == capture) return scores_;
    capture_ = capture;
    scores_.clear();
    if (!capture) return scores_;
    try {
        const auto probe = probeIn(capture->input().ids);
        scores_ = computeHeadScores(*capture, probe ? &*probe : nullptr);
    } catch (const std::exception&) {
        scores_.clear();
    }
    return scores_;
}

QWidget* sinkView(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::SinkView(&context.window.selection());
    context.catalog.addCaptureReceiver(
        [view = QPointer<widgets::SinkView>(view), scores = context.scores](const auto& capture, const auto&) {
            if (view && capture) view->setCapture(capture, scores->of(capture));
        });
    return scrollable(view);
}

QWidget* headRolesTable(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::HeadRolesTable(&context.window.selection());
    context.catalog.addCaptureReceiver(
        [view = QPointer<widgets::HeadRolesTable>(view), scores = context.scores](const auto& capture, const auto&) {
            if (view && capture) view->setScores(scores->of(capture));
        });
    return scrollable(view);
}

QWidget* importanceView(const ViewEntry&, ViewContext& context) {
    auto* view = new widgets::ImportanceView(&context.window.selection());
    ViewCatalog* catalog = &context.catalog;
    context.catalog.addCaptureReceiver([view = QPointer<widgets::ImportanceView>(view), catalog](const auto& capture,
                                                                                                   const auto& before) {
        // The sweep measures the unmasked model on the plain input: after a masked run, its "before" is that run.
        const auto& plain = before ? before : capture;
        const auto model = catalog->model();
        if (view && plain && model) view->setSource(model, plain->input());
    });
    return scrollable(view);
}

QWidget* headMaskGrid(const ViewEntry&, ViewContext& context) {
    auto* grid = new widgets::HeadGrid;
    grid->setSelectionModel(&context.window.selection());
    return scrollable(grid);  // 32 heads make it wider than a side dock should force the window to be
}

// The query-key embedding dock (AttentionViz): see embedding_dock.h.
QWidget* embeddingView(const ViewEntry&, ViewContext& context) {
    ViewCatalog* catalog = &context.catalog;
    auto* dock =
        new EmbeddingDock(context.window.selection(), context.window.busy(), [catalog] { return catalog->model(); });
    catalog->setEmbeddingDock(dock);
    context.catalog.addCaptureReceiver([dock = QPointer<EmbeddingDock>(dock)](const auto& capture, const auto&) {
        if (dock) dock->setCapture(capture);
    });
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
     Qt::RightDockWidgetArea, &scrollableCaptureView<widgets::AttentionMapView>},
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
    {"embeddings", "embedding", QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Query–Key Embeddings"),
     QT_TRANSLATE_NOOP("attnscope::app::ViewCatalog", "Queries and keys of the selected head, projected to 2D."),
     Qt::BottomDockWidgetArea, &embeddingView},
};

}  // namespace

ViewCatalog::ViewCatalog(MainWindow& window) {
    ViewContext context{window, *this, std::make_shared<HeadScoreCache>()};
    for (const auto& entry : kViews) {
        QWidget* view = entry.create(entry, context);
        view->setWhatsThis(translated(entry.summary));
        window.registerView(QString::fromLatin1(entry.id), translated(entry.title), view, entry.area);
    }
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
