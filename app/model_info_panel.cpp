// The model info form.
#include "model_info_panel.h"

#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace attnscope::app {

QString formatParameterCount(int64_t parameters) {
    const QLocale locale;
    const auto scaled = [&](double unit, const char* suffix) {
        return locale.toString(static_cast<double>(parameters) / unit, 'f', 1) + QLatin1Char(' ') +
               QLatin1String(suffix);
    };
    if (parameters >= 1'000'000'000) return scaled(1e9, "B");
    if (parameters >= 1'000'000) return scaled(1e6, "M");
    if (parameters >= 100'000) return scaled(1e3, "K");
    return locale.toString(static_cast<qlonglong>(parameters));
}

ModelInfoPanel::ModelInfoPanel(QWidget* parent)
    : QWidget(parent), heading_(new QLabel(this)), empty_(new QLabel(this)), form_(new QWidget(this)),
      rows_(new QFormLayout(form_)) {
    setObjectName(QStringLiteral("modelInfoPanel"));
    QFont bold = heading_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading_->setFont(bold);
    heading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    empty_->setText(tr("No model is open. Open a model folder (File › Open Model Folder…) or pick one from the "
                       "Hugging Face cache."));
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);

    rows_->setContentsMargins(0, 0, 0, 0);
    rows_->setLabelAlignment(Qt::AlignRight);
    rows_->setHorizontalSpacing(12);
    rows_->setVerticalSpacing(3);
    const struct {
        const char* key;
        QString label;
    } rows[] = {
        {"architecture", tr("Architecture")}, {"kind", tr("Kind")},
        {"parameters", tr("Parameters")},     {"shape", tr("Layers × heads")},
        {"head_dim", tr("Head dimension")},   {"hidden", tr("Hidden size")},
        {"vocab", tr("Vocabulary")},          {"max_positions", tr("Max positions")},
        {"dtype", tr("Weights on disk")},     {"compute", tr("Computes in")},
        {"tokenizer", tr("Tokenizer")},       {"folder", tr("Folder")},
    };
    for (const auto& row : rows) {
        auto* value = new QLabel(form_);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        auto* label = new QLabel(row.label + QLatin1Char(':'), form_);
        label->setForegroundRole(QPalette::PlaceholderText);
        rows_->addRow(label, value);
        values_.insert(QString::fromLatin1(row.key), value);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(heading_);
    layout->addWidget(empty_);
    layout->addWidget(form_);
    layout->addStretch(1);
    clear();
}

void ModelInfoPanel::setValue(const QString& key, const QString& text) {
    if (QLabel* label = values_.value(key)) label->setText(text);
}

QString ModelInfoPanel::value(const QString& key) const {
    const QLabel* label = values_.value(key);
    return label ? label->text() : QString();
}

void ModelInfoPanel::setModel(const QString& name, const ModelInfo& info, const QString& tokenizerNote) {
    const QLocale locale;
    heading_->setText(name);
    heading_->show();
    empty_->hide();
    form_->show();
    setValue("architecture", info.modelType == info.architecture || info.modelType.empty()
                                 ? QString::fromStdString(info.architecture)
                                 : tr("%1 (model_type %2)")
                                       .arg(QString::fromStdString(info.architecture),
                                            QString::fromStdString(info.modelType)));
    setValue("kind", info.imageInput ? tr("vision (image patches)")
                                     : info.causal ? tr("causal language model (each token sees earlier ones)")
                                                   : tr("bidirectional encoder (each token sees all)"));
    setValue("parameters", formatParameterCount(info.parameters));
    setValue("shape", info.kvHeads > 0 && info.kvHeads != info.heads
                          ? tr("%1 × %2 (%3 key/value heads)").arg(info.layers).arg(info.heads).arg(info.kvHeads)
                          : tr("%1 × %2").arg(info.layers).arg(info.heads));
    setValue("head_dim", locale.toString(info.headDim));
    setValue("hidden", locale.toString(info.hidden));
    setValue("vocab", info.vocab > 0 ? locale.toString(info.vocab) : tr("none (image model)"));
    setValue("max_positions",
             info.maxPositions > 0 ? locale.toString(info.maxPositions) : tr("no limit (relative positions)"));
    if (info.encoderDecoder)
        setValue("shape", tr("encoder %1 × %2, decoder %3 × %4")
                              .arg(info.layers)
                              .arg(info.heads)
                              .arg(info.decoderLayers)
                              .arg(info.decoderHeads));
    setValue("dtype", QString::fromStdString(info.dtype));
    setValue("compute", tr("%1 on %2").arg(QString::fromStdString(info.computeDtype),
                                           QString::fromStdString(info.device).toUpper()));
    setValue("tokenizer", tokenizerNote);
    setValue("folder", QString::fromStdString(info.directory));
}

void ModelInfoPanel::clear() {
    heading_->hide();
    form_->hide();
    empty_->show();
}

}  // namespace attnscope::app
