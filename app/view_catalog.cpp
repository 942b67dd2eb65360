// The table of views: how each view is made, and how captures, the selection and the open model reach it.
#include "view_catalog.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <algorithm>
#include <array>
#include <optional>

#include "analysis/head_roles_table.h"
#include "analysis/importance_view.h"
#include "analysis/sink_view.h"
#include "attention_map_view.h"
#include "attnscope/corpus_vectors.h"
#include "attnscope/error.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/query_key_embedding.h"
#include "attnscope/resources.h"
#include "attnscope/resources.h"
#include "embedding/query_key_embedding_view.h"
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
    return grid;
}

// The query-key embedding of the selected head (AttentionViz): its queries and keys in one joint layout, over the
// current input or over a corpus (the bundled demo corpus or a text file, one input per line) captured with the open
// model. Capturing and embedding run in the background; changing the head or the method embeds again.
QWidget* embeddingView(const ViewEntry&, ViewContext& context) {
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto* source = new QComboBox;
    source->addItem(QCoreApplication::translate("attnscope::app::ViewCatalog", "Current input"));
    source->addItem(QCoreApplication::translate("attnscope::app::ViewCatalog", "Demo corpus"));
    source->addItem(QCoreApplication::translate("attnscope::app::ViewCatalog", "Corpus file…"));
    auto* method = new QComboBox;
    method->addItems({QStringLiteral("PCA"), QStringLiteral("t-SNE"), QStringLiteral("UMAP")});
    auto* status = new QLabel;
    status->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(new QLabel(QCoreApplication::translate("attnscope::app::ViewCatalog", "Points from")));
    bar->addWidget(source);
    bar->addWidget(new QLabel(QCoreApplication::translate("attnscope::app::ViewCatalog", "Layout")));
    bar->addWidget(method);
    bar->addWidget(status, 1);
    layout->addLayout(bar);
    auto* view = new widgets::QueryKeyEmbeddingView;
    layout->addWidget(view, 1);

    auto* selection = &context.window.selection();
    auto* busy = &context.window.busy();
    ViewCatalog* catalog = &context.catalog;
    struct State {
        std::shared_ptr<const CorpusVectors> inputVectors;   // the latest capture
        std::shared_ptr<const CorpusVectors> corpusVectors;  // the captured corpus, when one is chosen
        std::shared_ptr<QueryKeyEmbeddingJob> job;
        std::shared_ptr<CorpusCaptureJob> corpusJob;
        int generation = 0;
        bool useCorpus = false;
    };
    auto state = std::make_shared<State>();
    const auto tr = [](const char* text) { return QCoreApplication::translate("attnscope::app::ViewCatalog", text); };
    // Polls a background job every 30 ms on the GUI thread, holding the busy counter until it ends.
    const auto whenDone = [busy](QObject* owner, const QString& reason, auto job, auto onDone) {
        busy->begin(reason);
        auto* timer = new QTimer(owner);
        QObject::connect(timer, &QTimer::timeout, owner, [timer, job, onDone, busy, reason] {
            if (!job->finished()) return;
            timer->deleteLater();
            busy->end(reason);
            onDone();
        });
        timer->start(30);
    };
    auto refresh = [view = QPointer<widgets::QueryKeyEmbeddingView>(view), selection, state, method, status, whenDone,
                    tr]() {
        const auto corpus = state->useCorpus ? state->corpusVectors : state->inputVectors;
        if (!view || !corpus) return;
        const int layer = selection->layer(), head = selection->head();
        if (layer < 0 || head < 0 || layer >= corpus->layers() || head >= corpus->heads()) return;
        if (state->job) state->job->cancel();
        EmbeddingOptions options;
        options.method = std::array{EmbeddingMethod::Pca, EmbeddingMethod::Tsne,
                                    EmbeddingMethod::Umap}[static_cast<size_t>(std::max(0, method->currentIndex()))];
        const QString methodName = method->currentText();
        const int generation = ++state->generation;
        auto job = startQueryKeyEmbedding(corpus, layer, head, options);
        state->job = job;
        status->setText(tr("embedding %1 points…").arg(2 * corpus->totalTokens()));
        whenDone(view, QStringLiteral("query-key embedding"), job,
                 [view, job, state, generation, corpus, layer, head, methodName, status, tr] {
                     if (!view || generation != state->generation) return;
                     try {
                         QueryKeyEmbedding embedding = job->result();
                         view->setPoints(std::move(embedding.points));
                         view->setAttentionProvider(std::make_shared<CorpusHeadAttention>(corpus, layer, head));
                         view->setTitle(tr("layer %1 · head %2 · %3").arg(layer).arg(head).arg(methodName));
                         status->setText(QCoreApplication::translate("attnscope::app::ViewCatalog", "%n input(s)", nullptr, corpus->inputCount()));
                     } catch (const CancelledError&) {
                     } catch (const std::exception& error) {
                         status->setText(QString::fromStdString(error.what()));
                     }
                 });
    };
    auto captureCorpus = [container, catalog, state, status, refresh, whenDone, tr](const QString& path) {
        const auto model = catalog->model();
        if (!model) {
            status->setText(tr("Open a model first."));
            return;
        }
        std::vector<CorpusInput> corpus;
        try {
            corpus = readCorpus(path.toStdString());
        } catch (const std::exception& error) {
            status->setText(QString::fromStdString(error.what()));
            return;
        }
        if (state->corpusJob) state->corpusJob->cancel();
        CorpusCaptureOptions options;
        options.memoryLimitBytes = int64_t(2) << 30;  // a clear error instead of exhausting memory
        auto job = startCorpusCapture(model, std::move(corpus), options);
        state->corpusJob = job;
        status->setText(tr("capturing the corpus…"));
        whenDone(container, QStringLiteral("corpus capture"), job, [job, state, status, refresh] {
            if (job != state->corpusJob) return;
            try {
                state->corpusVectors = job->result();
                state->useCorpus = true;
                refresh();
            } catch (const CancelledError&) {
            } catch (const std::exception& error) {
                status->setText(QString::fromStdString(error.what()));
            }
        });
    };
    QObject::connect(source, QOverload<int>::of(&QComboBox::activated), container,
                     [container, state, refresh, captureCorpus, status](int index) {
                         if (index == 0) {
                             state->useCorpus = false;
                             refresh();
                         } else if (index == 1) {
                             try {
                                 captureCorpus(QString::fromStdString(resourceDirectory()) +
                                               QStringLiteral("/corpus/demo.txt"));
                             } catch (const std::exception& error) {  // no resources folder found
                                 status->setText(QString::fromStdString(error.what()));
                             }
                         } else {
                             const QString path = QFileDialog::getOpenFileName(
                                 container, QCoreApplication::translate("attnscope::app::ViewCatalog", "Corpus"),
                                 QString(), QCoreApplication::translate("attnscope::app::ViewCatalog",
                                                                        "Text files (*.txt);;All files (*)"));
                             if (!path.isEmpty()) captureCorpus(path);
                         }
                     });
    QObject::connect(method, QOverload<int>::of(&QComboBox::activated), container, [refresh](int) { refresh(); });
    QObject::connect(selection, &widgets::SelectionModel::layerChanged, view, refresh);
    QObject::connect(selection, &widgets::SelectionModel::headChanged, view, refresh);
    context.catalog.addCaptureReceiver([state, refresh](const auto& capture, const auto&) {
        if (!capture) return;
        try {
            std::vector<std::string> labels = {"input"};
            state->inputVectors = std::make_shared<CorpusVectors>(
                capture->modelInfo(), std::vector<std::shared_ptr<const AttentionCapture>>{capture}, labels, 0);
        } catch (const std::exception&) {
            state->inputVectors.reset();
            return;
        }
        if (!state->useCorpus) refresh();
    });
    return scrollable(container);
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
