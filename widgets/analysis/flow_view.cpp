// FlowView: three matrices, the selected position's relevance and its layered graph, kept in step with the
// selection's token.
#include "analysis/flow_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "analysis/flow_graph_plot.h"
#include "analysis/heatmap_plot.h"
#include "analysis/image_heat_overlay.h"
#include "analysis/sink_view.h"
#include "analysis/token_bar_chart.h"
#include "selection_model.h"
#include "style.h"
#include "token_strip.h"

namespace attnscope::widgets {

namespace {

HeatmapPlot* newMatrixPlot(const QString& title, QWidget* parent) {
    auto* plot = new HeatmapPlot(parent);
    plot->setTitle(title);
    plot->setAxisTitles(FlowView::tr("position"), FlowView::tr("input token"));
    plot->setColorBarTitle(FlowView::tr("relevance"));
    plot->setToolTip(FlowView::tr("Click a row to show that position's relevance and graph"));
    return plot;
}

QString methodTitle(FlowMethod method) {
    switch (method) {
        case FlowMethod::Raw:
            return FlowView::tr("Raw attention (last layer)");
        case FlowMethod::Rollout:
            return FlowView::tr("Attention rollout");
        case FlowMethod::Flow:
            return FlowView::tr("Attention flow");
        default:
            return {};
    }
}

}  // namespace

FlowView::FlowView(QWidget* parent) : CaptureView(parent) {
    setStyleFont(this, 11);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    setStyleFont(summary_, 12);
    summary_->setContentsMargins(6, 2, 6, 2);
    summary_->setText(
        tr("Where each position's information comes from once the layers have mixed it. Rollout multiplies every "
           "layer's head-averaged attention, with the residual connection added as ½·I; flow treats the layers as "
           "a network of pipes whose capacities are those weights and finds how much can reach the position from "
           "each input token (Abnar & Zuidema, 2020). Both follow the information through all layers; raw attention "
           "shows the last layer only."));

    methodBox_ = new QComboBox(this);
    methodBox_->addItem(tr("Rollout"), static_cast<int>(FlowMethod::Rollout));
    methodBox_->addItem(tr("Flow"), static_cast<int>(FlowMethod::Flow));
    methodBox_->setToolTip(tr("The method of the position's relevance and graph"));
    skipMasked_ = new QCheckBox(tr("Leave masked heads out"), this);
    skipMasked_->setToolTip(tr("Average only the heads that were not masked in this run"));
    status_ = new QLabel(this);
    setStyleFont(status_, 11);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Position's relevance and graph by:"), this));
    toolbar->addWidget(methodBox_);
    toolbar->addWidget(skipMasked_);
    toolbar->addStretch(1);
    toolbar->addWidget(status_);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->hide();
    toolbar->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, &FlowView::cancelRequested);

    raw_ = newMatrixPlot(methodTitle(FlowMethod::Raw), this);
    rollout_ = newMatrixPlot(methodTitle(FlowMethod::Rollout), this);
    flow_ = newMatrixPlot(methodTitle(FlowMethod::Flow), this);
    matrixNote_ = new QLabel(this);
    matrixNote_->setWordWrap(true);
    setStyleFont(matrixNote_, 11);
    matrixRow_ = new QWidget(this);
    auto* matrices = new QHBoxLayout(matrixRow_);
    matrices->setContentsMargins(0, 0, 0, 0);
    matrices->addWidget(raw_);
    matrices->addWidget(rollout_);
    matrices->addWidget(flow_);

    relevanceChart_ = new TokenBarChart(this);
    relevanceChart_->setValueAxisTitle(tr("relevance"));
    strip_ = new TokenStrip(this);
    auto* textPanel = new QWidget(this);
    auto* textLayout = new QVBoxLayout(textPanel);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(strip_);
    textLayout->addWidget(relevanceChart_, 1);
    overlay_ = new ImageHeatOverlay(this);
    inputPanel_ = new QStackedWidget(this);
    inputPanel_->addWidget(textPanel);
    inputPanel_->addWidget(overlay_);
    graph_ = new FlowGraphPlot(this);
    graph_->setMessage(tr("No capture"));
    auto* lower = new QHBoxLayout;
    lower->addWidget(inputPanel_, 1);
    lower->addWidget(graph_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(summary_);
    layout->addLayout(toolbar);
    layout->addWidget(matrixRow_, 1);
    layout->addWidget(matrixNote_);
    layout->addLayout(lower, 1);

    for (HeatmapPlot* plot : {raw_, rollout_, flow_})
        connect(plot, &HeatmapPlot::cellClicked, this, [this](int row, int) {
            if (selectionModel()) selectionModel()->setToken(row);
        });
    connect(strip_, &TokenStrip::chipClicked, this, [this](int token) {
        if (selectionModel()) selectionModel()->setToken(token);
    });
    connect(relevanceChart_, &TokenBarChart::barClicked, this, [this](int token) {
        if (selectionModel()) selectionModel()->setToken(token);
    });
    connect(graph_, &FlowGraphPlot::tokenClicked, this, [this](int token) {
        if (selectionModel()) selectionModel()->setToken(token);
    });
    connect(methodBox_, &QComboBox::currentIndexChanged, this, [this] { request(); });
    connect(skipMasked_, &QCheckBox::toggled, this, [this] {
        data_ = {};
        request();
    });
    capturesChanged();
}

int FlowView::requestedPosition() const {
    if (!capture()) return -1;
    const int n = capture()->tokenCount();
    const int token = selectionModel() ? selectionModel()->token() : -1;
    if (token >= 0 && token < n) return token;
    return capture()->modelInfo().imageInput ? 0 : n - 1;
}

FlowMethod FlowView::graphMethod() const {
    return static_cast<FlowMethod>(methodBox_->currentData().toInt());
}

void FlowView::setGraphMethod(FlowMethod method) {
    const int index = methodBox_->findData(static_cast<int>(method));
    if (index >= 0) methodBox_->setCurrentIndex(index);
}

bool FlowView::skipMaskedHeads() const {
    return skipMasked_->isChecked();
}

HeatmapPlot* FlowView::matrixPlot(FlowMethod method) const {
    return method == FlowMethod::Raw ? raw_ : method == FlowMethod::Flow ? flow_ : rollout_;
}

void FlowView::capturesChanged() {
    data_ = {};
    tokens_ = capture() ? plotTokenLabels(capture()->input().tokens) : QStringList();
    const bool image = capture() && capture()->modelInfo().imageInput;
    inputPanel_->setCurrentIndex(image ? 1 : 0);
    skipMasked_->setEnabled(capture() && !capture()->mask().empty());
    showMatrices();
    showPosition();
    request();
}

void FlowView::selectionModelChanged() {
    connect(selectionModel(), &SelectionModel::tokenChanged, this, [this] {
        if (data_.capture && requestedPosition() == data_.position) return;
        request();
    });
}

void FlowView::showEvent(QShowEvent* event) {
    CaptureView::showEvent(event);
    if (pending_) request();
}

void FlowView::request() {
    if (!capture()) return;
    // Short inputs are computed at once, so reports and exports of a hidden view have them; long ones wait until the
    // view is shown.
    if (!isVisible() && capture()->tokenCount() > kFlowViewMatrixTokens) {
        pending_ = true;
        return;
    }
    pending_ = false;
    emit computeRequested(requestedPosition(), graphMethod(), skipMaskedHeads());
}

void FlowView::setData(const FlowViewData& data) {
    if (!capture() || data.capture != capture()) return;
    data_ = data;
    status_->setText(tr("computed in %1 s").arg(displayNumber(data.seconds, 2)));
    showMatrices();
    showPosition();
}

void FlowView::setRunning(bool running, double fraction) {
    setBusy(QStringLiteral("information flow"), running);
    cancel_->setVisible(running);
    if (!running) return;
    status_->setText(fraction >= 0 && fraction <= 1 ? tr("computing… %1 %").arg(static_cast<int>(fraction * 100))
                                                    : tr("computing…"));
}

void FlowView::showFailure(const QString& message) {
    setBusy(QStringLiteral("information flow"), false);
    cancel_->hide();
    status_->setText(message);
    graph_->setMessage(message);
}

QString FlowView::positionLabel(int position) const {
    const QString token = position >= 0 && position < tokens_.size() ? tokens_[position] : QString();
    return tr("position %1 (%2)").arg(position).arg(token);
}

void FlowView::showMatrices() {
    const bool any = !data_.rollout.empty();
    for (FlowMethod method : {FlowMethod::Raw, FlowMethod::Rollout, FlowMethod::Flow}) {
        HeatmapPlot* plot = matrixPlot(method);
        const FloatMatrix& m = method == FlowMethod::Raw    ? data_.raw
                               : method == FlowMethod::Flow ? data_.flow
                                                            : data_.rollout;
        plot->setVisible(any && !m.empty());
        if (m.empty()) continue;
        std::vector<double> values(m.values.begin(), m.values.end());
        double top = 0;
        for (double v : values)
            if (std::isfinite(v)) top = std::max(top, v);
        plot->setValues(static_cast<int>(m.rows), static_cast<int>(m.cols), std::move(values));
        plot->setRange(0, top > 0 ? top : 1);
        plot->setRowLabels(tokens_);
        plot->setColumnLabels(tokens_);
        if (data_.position >= 0 && data_.position < m.rows) {
            const float* row = m.row(data_.position);
            plot->setOutlinedCell(data_.position, static_cast<int>(std::max_element(row, row + m.cols) - row));
        }
    }
    const int n = capture() ? capture()->tokenCount() : 0;
    QString note;
    if (!capture())
        note = tr("No capture");
    else if (!data_.capture)
        note.clear();
    else if (!any)
        note = tr("Whole matrices are drawn up to %1 tokens; this input has %2, so only the selected position is "
                  "computed.")
                   .arg(kFlowViewMatrixTokens)
                   .arg(n);
    else if (data_.flow.empty())
        note = tr("The flow matrix is computed up to %1 tokens (a maximum-flow problem per cell); below, flow is "
                  "computed for the selected position.")
                   .arg(kMaxFlowMatrixTokens);
    matrixRow_->setVisible(any);
    matrixNote_->setText(note);
    matrixNote_->setVisible(!note.isEmpty());
}

void FlowView::showPosition() {
    if (!data_.capture) {
        relevanceChart_->setValues({}, {});
        strip_->setChips({});
        overlay_->clear(capture() ? tr("Computing…") : tr("No capture"));
        graph_->setMessage(capture() ? tr("Computing…") : tr("No capture"));
        return;
    }
    const QString method = methodTitle(data_.method);
    const QString title = tr("%1 of %2").arg(method, positionLabel(data_.position));
    if (data_.capture->modelInfo().imageInput) {
        overlay_->setRelevance(data_.image, data_.relevance, data_.capture->modelInfo().registerTokens, title);
    } else {
        relevanceChart_->setTitle(title);
        relevanceChart_->setValues(std::vector<double>(data_.relevance.begin(), data_.relevance.end()), tokens_);
        relevanceChart_->setHighlightedBar(data_.position);
        float top = 0;
        for (float v : data_.relevance)
            if (std::isfinite(v)) top = std::max(top, v);
        QVector<TokenChip> chips;
        for (int j = 0; j < static_cast<int>(data_.relevance.size()); ++j) {
            const float v = data_.relevance[static_cast<size_t>(j)];
            chips.push_back({tokens_.value(j), tr("%1: relevance %2").arg(tokens_.value(j), displayNumber(v, 3)), false,
                             0, top > 0 && std::isfinite(v) ? v / top : 0.0});
        }
        strip_->setChips(chips);
        strip_->setHighlighted(data_.position);
    }
    graph_->setGraph(data_.graph, data_.position, tokens_,
                     tr("Position %1 (%2) through the layers").arg(data_.position).arg(tokens_.value(data_.position)));
}

QString FlowView::figureSubject() const {
    return data_.capture ? tr("Information flow, %1").arg(positionLabel(data_.position)) : tr("Information flow");
}

QString FlowView::figureUnavailableReason() const {
    if (!capture()) return tr("Run a text or an image first");
    if (!data_.capture) return tr("The information flow is still being computed");
    return {};
}

std::vector<FigurePanel> FlowView::figurePanels() const {
    std::vector<FigurePanel> panels;
    std::vector<FigurePanel> matrices;
    for (FlowMethod method : {FlowMethod::Raw, FlowMethod::Rollout, FlowMethod::Flow})
        if (matrixPlot(method)->isVisibleTo(this) && matrixPlot(method)->rows() > 0)
            matrices.push_back(matrixPlot(method)->figurePanel(methodTitle(method), 18.0));
    if (!matrices.empty()) {
        FigurePanel combined = combinePanels(matrices, 3, false);
        combined.name = tr("Relevance matrices");
        panels.push_back(combined);
    }
    if (data_.capture && data_.capture->modelInfo().imageInput)
        panels.push_back(overlay_->figurePanel(tr("Relevance over the image")));
    else
        panels.push_back(relevanceChart_->figurePanel(tr("Relevance of each input token")));
    panels.push_back(graph_->figurePanel(tr("Layered graph")));
    return panels;
}

}  // namespace attnscope::widgets
