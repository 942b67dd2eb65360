// The selected input's text under the embedding canvas; see token_context_panel.h.
#include "embedding/token_context_panel.h"

#include <algorithm>

#include "embedding/embedding_legend.h"
#include "embedding/embedding_palette.h"
#include "style.h"

namespace attnscope::widgets {

TokenContextPanel::TokenContextPanel(QWidget* parent) : QLabel(parent) {
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMargin(8);
    setMinimumHeight(56);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, screenTheme().background);
    colors.setColor(QPalette::WindowText, screenTheme().text);
    setPalette(colors);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    showHint();
}

void TokenContextPanel::showHint() {
    setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(screenTheme().mutedText.name(),
                     tr("Click a point to see its input here, and its attention as lines.").toHtmlEscaped()));
}

void TokenContextPanel::showToken(const QueryKeyPoints& points, int input, int position, bool isKey,
                                  const std::vector<float>& weights) {
    const int length = points.sequenceLength(input);
    const int first = std::clamp(position - kMaxTokensShown / 2, 0, std::max(0, length - kMaxTokensShown));
    const int last = std::min(length, first + kMaxTokensShown);
    const float maxWeight = weights.empty() ? 0.0f : *std::max_element(weights.begin(), weights.end());
    // A query's weights fall on keys (pink); a key's on queries (green).
    const QColor shade = isKey ? EmbeddingPalette::query() : EmbeddingPalette::key();
    const QColor selected = isKey ? EmbeddingPalette::key() : EmbeddingPalette::query();

    const QString name = points.inputLabels.empty()
                             ? tr("input %1").arg(input)
                             : QString::fromStdString(points.inputLabels[static_cast<size_t>(input)]);
    QString html =
        QStringLiteral("<div style=\"color:%1\"><b>%2</b> · %3 %4 · %5</div><div style=\"white-space:pre-wrap\">")
            .arg(screenTheme().mutedText.name(), name.toHtmlEscaped(), isKey ? tr("key") : tr("query"),
                 tr("at position %1 of %2").arg(position).arg(length), tr("%1 tokens").arg(formatCount(length)));
    if (first > 0) html += QStringLiteral("… ");
    for (int p = first; p < last; ++p) {
        const QString token =
            displayToken(points.tokens[static_cast<size_t>(input)][static_cast<size_t>(p)]).toHtmlEscaped();
        if (p == position) {
            html += QStringLiteral("<span style=\"background-color:%1;color:#ffffff\"><b>%2</b></span>")
                        .arg(selected.name(), token);
        } else if (maxWeight > 0.0f && static_cast<size_t>(p) < weights.size() &&
                   weights[static_cast<size_t>(p)] > 0.0f) {
            // Composed over the panel's white, so the HTML needs no alpha.
            const double strength = 0.1 + 0.6 * weights[static_cast<size_t>(p)] / maxWeight;
            html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                        .arg(mixColors(shade, screenTheme().background, 1.0 - strength).name(), token);
        } else {
            html += token;
        }
    }
    if (last < length) html += QStringLiteral(" …");
    html += QStringLiteral("</div>");
    setText(html);
}

}  // namespace attnscope::widgets
