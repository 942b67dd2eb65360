// The prediction panel: top candidates at a position, before/after a masked run, loss and KL per position.
#include "prediction_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <cmath>

#include "attnscope/error.h"
#include "position_chart.h"
#include "probability_bars.h"
#include "selection_model.h"
#include "style.h"

namespace attnscope::widgets {

namespace {

const QColor kBeforeColour(150, 160, 178);
const QColor kAfterColour(66, 133, 244);

bool looksSpecial(const std::string& label) {
    return label.size() >= 3 &&
           ((label.front() == '[' && label.back() == ']') || (label.front() == '<' && label.back() == '>'));
}

bool isMaskToken(const std::string& label) {
    return label == "[MASK]" || label == "<mask>";
}

QString nats(double value) {
    return displayNumber(value, 3);
}

}  // namespace

PredictionPanel::PredictionPanel(QWidget* parent)
    : QWidget(parent),
      headline_(new QLabel(this)),
      message_(new QLabel(this)),
      beforeBars_(new ProbabilityBars(this)),
      afterBars_(new ProbabilityBars(this)),
      loss_(new QLabel(this)),
      klTitle_(new QLabel(this)),
      klChart_(new PositionChart),
      klScroll_(new QScrollArea(this)) {
    setObjectName(QStringLiteral("predictionPanel"));
    QFont headlineFont = headline_->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.1);
    headline_->setFont(headlineFont);
    headline_->setWordWrap(true);
    message_->setWordWrap(true);
    message_->setForegroundRole(QPalette::PlaceholderText);
    beforeBars_->setBarColor(kBeforeColour);
    afterBars_->setBarColor(kAfterColour);
    loss_->setWordWrap(true);
    loss_->setTextFormat(Qt::RichText);
    klTitle_->setText(tr("How far each position's prediction moved (KL divergence, nats) — click a bar to select it"));
    klTitle_->setForegroundRole(QPalette::PlaceholderText);
    klTitle_->setToolTip(
        tr("KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), with P the prediction at position i before "
           "masking and Q after it."));
    klScroll_->setWidget(klChart_);
    klScroll_->setWidgetResizable(false);
    klScroll_->setFrameShape(QFrame::NoFrame);
    klScroll_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    klScroll_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(klChart_, &PositionChart::positionClicked, this, [this](int position) {
        if (selection_) selection_->setToken(position);
    });

    auto* bars = new QHBoxLayout;
    bars->setSpacing(16);
    bars->addWidget(beforeBars_, 1);
    bars->addWidget(afterBars_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(headline_);
    layout->addWidget(message_);
    layout->addLayout(bars);
    layout->addWidget(loss_);
    layout->addWidget(klTitle_);
    layout->addWidget(klScroll_);
    layout->addStretch(1);
    refresh();
}

void PredictionPanel::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::tokenChanged, this, &PredictionPanel::refresh);
    refresh();
}

void PredictionPanel::setTokenizer(std::shared_ptr<const Tokenizer> tokenizer) {
    tokenizer_ = std::move(tokenizer);
    refresh();
}

InputLossKind PredictionPanel::lossKind() const {
    return capture_ && !capture_->modelInfo().causal ? InputLossKind::SameToken : InputLossKind::NextToken;
}

void PredictionPanel::setCaptures(std::shared_ptr<const AttentionCapture> capture,
                                  std::shared_ptr<const AttentionCapture> before) {
    capture_ = std::move(capture);
    beforeCapture_ = std::move(before);
    comparison_.reset();
    const bool comparable = capture_ && beforeCapture_ && capture_->hasLogits() && beforeCapture_->hasLogits() &&
                            !capture_->modelInfo().imageInput;
    if (comparable) {
        try {
            comparison_ =
                comparePredictions(beforeCapture_->logits(), capture_->logits(), capture_->input().ids, lossKind());
        } catch (const EngineError&) {
            comparison_.reset();  // runs of different inputs: nothing to compare, the plain view stays
        }
    } else if (capture_ && beforeCapture_ && capture_->modelInfo().imageInput &&
               !capture_->modelInfo().outputIsEmbedding && capture_->hasLogits() && beforeCapture_->hasLogits() &&
               capture_->logits().cols == beforeCapture_->logits().cols) {
        PredictionComparison image;
        const double kl =
            klDivergence(beforeCapture_->logits().row(0), capture_->logits().row(0), capture_->logits().cols);
        image.klPerPosition = {kl};
        image.meanKl = image.maxKl = kl;
        image.maxKlPosition = 0;
        image.lossBefore = image.lossAfter = std::nan("");
        comparison_ = image;
    }
    refresh();
}

int PredictionPanel::defaultPosition() const {
    const auto& tokens = capture_->input().tokens;
    const int count = capture_->tokenCount();
    if (capture_->modelInfo().causal || tokens.size() != static_cast<size_t>(count)) return count - 1;
    for (int i = 0; i < count; ++i)
        if (isMaskToken(tokens[static_cast<size_t>(i)])) return i;
    for (int i = count - 1; i >= 0; --i)
        if (!looksSpecial(tokens[static_cast<size_t>(i)])) return i;
    return count - 1;
}

QString PredictionPanel::tokenLabel(int64_t id) const {
    if (capture_ && capture_->modelInfo().imageInput) return tr("class %1").arg(id);
    if (!tokenizer_) return QStringLiteral("#%1").arg(id);
    return QString::fromStdString(tokenizer_->displayLabel(tokenizer_->idToToken(id)));
}

QString PredictionPanel::inputTokenLabel(int position) const {
    const auto& tokens = capture_->input().tokens;
    if (position >= 0 && static_cast<size_t>(position) < tokens.size())
        return QString::fromStdString(tokens[static_cast<size_t>(position)]);
    const auto& ids = capture_->input().ids;
    return position >= 0 && static_cast<size_t>(position) < ids.size() ? tokenLabel(ids[static_cast<size_t>(position)])
                                                                       : QString();
}

void PredictionPanel::refresh() {
    after_.clear();
    before_.clear();
    position_ = -1;
    const bool hasBefore = comparison_.has_value();
    beforeBars_->setVisible(false);
    afterBars_->setVisible(false);
    loss_->setVisible(false);
    klTitle_->setVisible(false);
    klScroll_->setVisible(false);
    message_->setVisible(true);
    if (!capture_) {
        headline_->setText(tr("Predictions"));
        message_->setText(tr("Run a text to see what the model predicts."));
        return;
    }
    if (!capture_->hasLogits()) {
        headline_->setText(tr("Predictions"));
        message_->setText(
            tr("This model has no prediction head (language-model or classifier), so there is "
               "nothing to predict. The attention views still show every head."));
        return;
    }
    if (capture_->modelInfo().outputIsEmbedding) {
        headline_->setText(tr("Predictions"));
        message_->setText(tr("This model outputs an image embedding of %1 values, not class scores, so there is "
                             "nothing to rank. The attention views still show every head.")
                              .arg(capture_->logits().cols));
        return;
    }
    const ModelInfo& info = capture_->modelInfo();
    const FloatMatrix& logits = capture_->logits();
    const int selected = selection_ ? selection_->token() : -1;
    position_ = info.imageInput ? 0 : (selected >= 0 && selected < logits.rows ? selected : defaultPosition());
    after_ = topPredictions(logits, position_, kTopCount);
    std::vector<double> beforeProbabilities;
    if (hasBefore) {
        const FloatMatrix& beforeLogits = beforeCapture_->logits();
        before_ = topPredictions(beforeLogits, position_, kTopCount);
        beforeProbabilities = softmax(beforeLogits.row(position_), beforeLogits.cols);
    }

    const QString token = inputTokenLabel(position_);
    if (info.imageInput)
        headline_->setText(tr("Most likely classes of the image"));
    else if (info.causal)
        headline_->setText(tr("Next token after “%1” (token %2 of %3)").arg(token).arg(position_).arg(logits.rows));
    else
        headline_->setText(tr("Predicted token at position %1 “%2”").arg(position_).arg(token));
    // Broken weights: a ranking of NaNs would look like predictions.
    if (after_.empty() || !std::isfinite(after_.front().probability)) {
        message_->setText(tr("The logits at this position are NaN or infinite, so there is nothing to rank."));
        return;
    }
    message_->setVisible(!info.imageInput && selected < 0);
    message_->setText(info.causal ? tr("Click a token to see what the model predicts after it.")
                                  : tr("Click a token to see what the model predicts there; a [MASK] token is "
                                       "chosen first."));

    const auto rowsOf = [this](const std::vector<TokenPrediction>& predictions, const std::vector<double>& reference) {
        QVector<ProbabilityRow> rows;
        for (const auto& p : predictions) {
            ProbabilityRow row;
            row.label = tokenLabel(p.id);
            row.probability = p.probability;
            if (!reference.empty()) row.reference = reference[static_cast<size_t>(p.id)];
            row.toolTip = tr("id %1 · logit %2 · probability %3")
                              .arg(p.id)
                              .arg(displayNumber(p.logit, 3), formatProbability(p.probability));
            if (row.reference >= 0) row.toolTip += tr("\nbefore masking: %1").arg(formatProbability(row.reference));
            rows.append(row);
        }
        return rows;
    };
    afterBars_->setRows(rowsOf(after_, beforeProbabilities));
    afterBars_->setVisible(true);
    if (hasBefore) {
        beforeBars_->setRows(rowsOf(before_, {}));
        beforeBars_->setTitle(tr("Before · no heads masked"));
        beforeBars_->setVisible(true);
        afterBars_->setTitle(tr("After · masked %1").arg(QString::fromStdString(capture_->mask().toString())));
    } else {
        afterBars_->setTitle(capture_->mask().empty()
                                 ? QString()
                                 : tr("Masked %1").arg(QString::fromStdString(capture_->mask().toString())));
    }
    showComparison();
}

void PredictionPanel::showComparison() {
    const ModelInfo& info = capture_->modelInfo();
    const QString formula =
        lossKind() == InputLossKind::NextToken
            ? tr("Mean next-token cross-entropy on the input: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in nats.")
            : tr("Mean cross-entropy of each input token at its own position: L = −1/N · Σᵢ ln p(xᵢ | x), in nats "
                 "(a masked LM reconstructing its input).");
    loss_->setToolTip(formula);
    if (info.imageInput) {
        if (comparison_) {
            loss_->setText(tr("KL divergence of the class distribution after masking: <b>%1</b> nats")
                               .arg(nats(comparison_->meanKl)));
            loss_->setToolTip(klTitle_->toolTip());
            loss_->setVisible(true);
        }
        return;
    }
    if (!comparison_) {
        const double loss = inputLoss(capture_->logits(), capture_->input().ids, lossKind());
        if (std::isnan(loss)) return;
        loss_->setText(tr("Loss on the input: <b>%1</b> nats (perplexity %2)")
                           .arg(nats(loss), displayNumber(std::exp(loss), 1)));
        loss_->setVisible(true);
        return;
    }
    const PredictionComparison& c = *comparison_;
    QString text;
    if (!std::isnan(c.lossBefore) && !std::isnan(c.lossAfter)) {
        const double change = c.lossAfter - c.lossBefore;
        const QString colour = change > 0 ? QStringLiteral("#be1e2d") : QStringLiteral("#1b7f3a");
        text = tr("Loss on the input: %1 → <b>%2</b> nats (<span style=\"color:%3\">%4%5</span>)")
                   .arg(nats(c.lossBefore), nats(c.lossAfter), colour, change >= 0 ? QStringLiteral("+") : QString(),
                        nats(change));
    }
    const QString largest = c.maxKlPosition >= 0 ? tr(", largest at token %1 “%2”")
                                                       .arg(c.maxKlPosition)
                                                       .arg(inputTokenLabel(c.maxKlPosition).toHtmlEscaped())
                                                 : QString();
    text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("mean KL %1 nats%2").arg(nats(c.meanKl), largest);
    loss_->setText(text);
    loss_->setToolTip(formula + QStringLiteral("\n") + klTitle_->toolTip());
    loss_->setVisible(true);

    QVector<QString> labels;
    QVector<double> values;
    for (size_t i = 0; i < c.klPerPosition.size(); ++i) {
        labels.append(inputTokenLabel(static_cast<int>(i)));
        values.append(c.klPerPosition[i]);
    }
    klChart_->setData(labels, values, tr("nats"));
    klChart_->resize(klChart_->sizeHint());
    klChart_->setHighlighted(position_);
    klScroll_->setFixedHeight(klChart_->sizeHint().height() + 14);
    klTitle_->setVisible(true);
    klScroll_->setVisible(true);
}

QString PredictionPanel::figureSubject() const {
    return headline_->text();
}

QString PredictionPanel::figureUnavailableReason() const {
    if (!capture_) return tr("Run a text first.");
    if (!capture_->hasLogits()) return tr("This model has no prediction head.");
    if (capture_->modelInfo().outputIsEmbedding) return tr("This model outputs an embedding, not predictions.");
    return {};
}

std::vector<FigurePanel> PredictionPanel::figurePanels() const {
    const QFont font = styleFont(12, false, Theme::print());
    constexpr double kBarsWidth = 380;
    std::vector<FigurePanel> bars;
    for (const ProbabilityBars* chart : {beforeBars_, afterBars_}) {
        if (chart->isHidden()) continue;
        FigurePanel panel;
        panel.name = chart->title();
        panel.size = QSizeF(kBarsWidth, chart->heightFor(font));
        panel.paint = [chart, font, width = kBarsWidth](QPainter& painter, const Theme& theme) {
            chart->paint(painter, QSize(static_cast<int>(width), chart->heightFor(font)), theme, font);
        };
        bars.push_back(panel);
    }
    std::vector<FigurePanel> parts{textFigure(headline_->text(), tr("Predictions"), 2 * kBarsWidth + 18, 14)};
    parts.push_back(combinePanels(bars, 2, false));
    if (loss_->isVisibleTo(this) && !loss_->text().isEmpty())
        parts.push_back(textFigure(QTextDocumentFragment::fromHtml(loss_->text()).toPlainText(), tr("Loss"),
                                   2 * kBarsWidth + 18, 12));
    if (klScroll_->isVisibleTo(this)) {
        parts.push_back(textFigure(klTitle_->text(), tr("KL divergence"), 2 * kBarsWidth + 18, 11));
        FigurePanel kl;
        kl.name = tr("KL divergence per position");
        kl.size = QSizeF(klChart_->sizeFor(font));
        kl.paint = [chart = klChart_, font](QPainter& painter, const Theme& theme) {
            chart->paint(painter, theme, font);
        };
        parts.push_back(kl);
    }
    FigurePanel figure = stackPanels(parts, 10.0);
    figure.name = tr("Predictions");
    return {figure};
}

}  // namespace attnscope::widgets
