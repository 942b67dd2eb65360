// The strip under the embedding canvas that shows the selected point's input as text: the selected token
// highlighted in its kind's colour, the other tokens shaded by the attention weight they share with it.
#pragma once

#include <QLabel>

#include <vector>

#include "attnscope/qk_embedding_data.h"

namespace attnscope::widgets {

class TokenContextPanel : public QLabel {
    Q_OBJECT
public:
    explicit TokenContextPanel(QWidget* parent = nullptr);

    // `weights` (optional): per position of the input, the selection's attention weights (a query's row or a key's
    // column), drawn as a background as strong as weight / max.
    void showToken(const QueryKeyPoints& points, int input, int position, bool isKey,
                   const std::vector<float>& weights = {});
    void showHint();

private:
    // Inputs longer than this show a window around the selected token.
    static constexpr int kMaxTokensShown = 160;
};

}  // namespace attnscope::widgets
