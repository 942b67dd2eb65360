// The facts about the open model (architecture, size, shape, dtypes, device) as a small form, for the Model dock.
#pragma once

#include <QHash>
#include <QWidget>

#include "attnscope/model_info.h"

class QFormLayout;
class QLabel;

namespace attnscope::app {

class ModelInfoPanel : public QWidget {
    Q_OBJECT
public:
    explicit ModelInfoPanel(QWidget* parent = nullptr);

    // `name` is shown as the heading; `tokenizerNote` says which tokenizer was found or why none.
    void setModel(const QString& name, const ModelInfo& info, const QString& tokenizerNote);
    void clear();

    // The value shown for a row, by its (untranslated) key: "architecture", "parameters", "shape", "head_dim",
    // "hidden", "vocab", "max_positions", "dtype", "compute", "kind", "tokenizer", "folder".
    QString value(const QString& key) const;

private:
    void setValue(const QString& key, const QString& text);

    QLabel* heading_;
    QLabel* empty_;
    QWidget* form_;
    QFormLayout* rows_;
    QHash<QString, QLabel*> values_;
};

// "124.4 M", "1.1 B", "8,192", "596.2 K": parameter counts as people quote them.
QString formatParameterCount(int64_t parameters);

}  // namespace attnscope::app
