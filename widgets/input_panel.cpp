// The input panel: text boxes or image, live tokenization, validation, Run and progress.
#include "input_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "attnscope/error.h"
#include "image_drop.h"
#include "selection_model.h"
#include "token_strip.h"

namespace attnscope::widgets {

namespace {
// Long enough that tokenizing does not run on every keystroke, short enough to feel live.
constexpr int kTokenizeDelayMilliseconds = 150;
constexpr int kStripMaxRows = 4;

QString quoted(const QString& text) {
    return QStringLiteral("“") + text + QStringLiteral("”");
}
}  // namespace

InputPanel::InputPanel(QWidget* parent)
    : QWidget(parent),
      text_(new QPlainTextEdit(this)),
      pairLabel_(new QLabel(this)),
      pair_(new QPlainTextEdit(this)),
      image_(new ImageDrop(this)),
      strip_(new TokenStrip),
      stripScroll_(new QScrollArea(this)),
      counter_(new QLabel(this)),
      errorLabel_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(new QPushButton(this)),
      kindLabel_(new QLabel(this)),
      kind_(new QComboBox(this)),
      maskLabel_(new QLabel(this)),
      maskEdit_(new QLineEdit(this)),
      runWithMask_(new QPushButton(this)),
      run_(new QPushButton(this)) {
    setObjectName(QStringLiteral("inputPanel"));
    text_->setPlaceholderText(tr("Type a text, then press Ctrl+Return to run it"));
    text_->setTabChangesFocus(true);
    const int lineHeight = text_->fontMetrics().lineSpacing();
    text_->setMinimumHeight(lineHeight * 2 + 12);
    text_->setMaximumHeight(lineHeight * 5 + 12);
    pairLabel_->setText(tr("Second &sentence (sentence pair):"));
    pairLabel_->setBuddy(pair_);
    pair_->setPlaceholderText(tr("Optional: a second sentence, encoded as segment B"));
    pair_->setTabChangesFocus(true);
    pair_->setMaximumHeight(lineHeight * 3 + 12);

    strip_->setPlaceholder(tr("The tokens appear here as you type."));
    stripScroll_->setWidget(strip_);
    stripScroll_->setWidgetResizable(true);
    stripScroll_->setFrameShape(QFrame::NoFrame);
    stripScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stripScroll_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    errorLabel_->setWordWrap(true);
    errorLabel_->setObjectName(QStringLiteral("inputError"));
    QPalette errorPalette = errorLabel_->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(176, 0, 32));
    errorLabel_->setPalette(errorPalette);
    counter_->setForegroundRole(QPalette::PlaceholderText);

    progress_->setMaximumWidth(180);
    progress_->setTextVisible(true);
    progress_->setRange(0, 1000);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the run; the views keep their previous results (Esc)"));
    run_->setText(tr("Run"));
    run_->setToolTip(tr("Run the model on this input (Ctrl+Return)"));
    run_->setDefault(true);
    kindLabel_->setText(tr("&Attention:"));
    kindLabel_->setBuddy(kind_);
    kind_->addItem(tr("Encoder"), static_cast<int>(AttentionKind::Encoder));
    kind_->addItem(tr("Decoder"), static_cast<int>(AttentionKind::Decoder));
    kind_->addItem(tr("Cross (decoder → source)"), static_cast<int>(AttentionKind::Cross));
    kind_->setCurrentIndex(2);
    kind_->setToolTip(
        tr("Which attention the views show: the encoder's over the source, the decoder's over the "
           "target, or the decoder's attention over the source (cross-attention)"));
    kind_->setAccessibleName(tr("Attention shown"));
    maskLabel_->setText(tr("&Mask:"));
    maskLabel_->setBuddy(maskEdit_);
    maskEdit_->setPlaceholderText(tr("e.g. 1:0, 2:3"));
    maskEdit_->setToolTip(tr("Heads whose output is zeroed, as layer:head pairs counted from 0"));
    maskEdit_->setClearButtonEnabled(true);
    maskEdit_->setMaximumWidth(150);
    runWithMask_->setText(tr("Run with Mask"));
    runWithMask_->setToolTip(tr("Run again with the masked heads and compare with the plain run (Ctrl+Shift+Return)"));

    auto* footer = new QHBoxLayout;
    footer->addWidget(counter_);
    footer->addWidget(errorLabel_, 1);
    footer->addWidget(progress_);
    footer->addWidget(cancel_);
    footer->addSpacing(8);
    footer->addWidget(kindLabel_);
    footer->addWidget(kind_);
    footer->addWidget(maskLabel_);
    footer->addWidget(maskEdit_);
    footer->addWidget(runWithMask_);
    footer->addWidget(run_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(text_);
    layout->addWidget(pairLabel_);
    layout->addWidget(pair_);
    layout->addWidget(image_);
    layout->addWidget(stripScroll_);
    layout->addLayout(footer);

    debounce_.setSingleShot(true);
    debounce_.setInterval(kTokenizeDelayMilliseconds);
    connect(&debounce_, &QTimer::timeout, this, &InputPanel::tokenizeNow);
    connect(text_, &QPlainTextEdit::textChanged, this, &InputPanel::scheduleTokenize);
    connect(pair_, &QPlainTextEdit::textChanged, this, &InputPanel::scheduleTokenize);
    connect(image_, &ImageDrop::imageChanged, this, &InputPanel::tokenizeNow);
    connect(run_, &QPushButton::clicked, this, &InputPanel::runRequested);
    connect(runWithMask_, &QPushButton::clicked, this, [this] {
        applyMaskText();
        if (runWithMask_->isEnabled()) emit runWithMaskRequested();
    });
    connect(maskEdit_, &QLineEdit::editingFinished, this, &InputPanel::applyMaskText);
    connect(maskEdit_, &QLineEdit::textEdited, this, [this] { maskEdit_->setStyleSheet(QString()); });
    connect(cancel_, &QPushButton::clicked, this, &InputPanel::cancelRequested);
    connect(kind_, &QComboBox::currentIndexChanged, this,
            [this] { emit attentionKindChanged(static_cast<int>(attentionKind())); });
    connect(strip_, &TokenStrip::chipClicked, this, [this](int index) {
        if (selection_) selection_->setToken(index);
    });
    clearModel();
}

void InputPanel::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::tokenChanged, this, &InputPanel::highlightSelectedToken);
        connect(selection_, &SelectionModel::maskChanged, this, &InputPanel::showMask);
        connect(selection_, &SelectionModel::modelShapeChanged, this, &InputPanel::showMask);
    }
    highlightSelectedToken();
    showMask();
}

void InputPanel::showMask() {
    const HeadMask mask = selection_ ? selection_->runMask() : HeadMask();
    if (!maskEdit_->hasFocus() || maskEdit_->text().isEmpty()) {
        maskEdit_->setText(QString::fromStdString(mask.toString()));
        maskEdit_->setStyleSheet(QString());
    }
    updateControls();
}

void InputPanel::applyMaskText() {
    if (!selection_) return;
    try {
        const HeadMask mask = HeadMask::parse(maskEdit_->text().toStdString());
        // An encoder-decoder model's kinds of heads are checked against their own stacks when it runs.
        if (!info_.encoderDecoder) mask.validate(selection_->layerCount(), selection_->headCount());
        maskEdit_->setStyleSheet(QString());
        maskEdit_->setToolTip(info_.encoderDecoder
                                  ? tr("Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0")
                                  : tr("Heads whose output is zeroed, as layer:head pairs counted from 0"));
        selection_->setMask(mask, tr("Edit mask"));
        maskEdit_->setText(QString::fromStdString(mask.toString()));
    } catch (const EngineError& error) {
        maskEdit_->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
        maskEdit_->setToolTip(QString::fromStdString(error.what()));
    }
    updateControls();
}

void InputPanel::setModel(const ModelInfo& info, std::shared_ptr<const Tokenizer> tokenizer,
                          const QString& tokenizerError) {
    info_ = info;
    tokenizer_ = std::move(tokenizer);
    tokenizerError_ = tokenizerError;
    hasModel_ = true;
    if (info_.encoderDecoder) {
        pairLabel_->setText(tr("&Target (the decoder's text):"));
        pair_->setPlaceholderText(tr("Optional: what the decoder reads; empty runs its start token alone"));
        maskEdit_->setPlaceholderText(tr("e.g. enc:1:0, cross:2:3"));
        maskEdit_->setToolTip(tr("Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0"));
    } else {
        pairLabel_->setText(tr("Second &sentence (sentence pair):"));
        pair_->setPlaceholderText(tr("Optional: a second sentence, encoded as segment B"));
        maskEdit_->setPlaceholderText(tr("e.g. 1:0, 2:3"));
        maskEdit_->setToolTip(tr("Heads whose output is zeroed, as layer:head pairs counted from 0"));
    }
    tokenizeNow();
}

void InputPanel::clearModel() {
    info_ = ModelInfo();
    tokenizer_.reset();
    tokenizerError_.clear();
    hasModel_ = false;
    tokenizeNow();
}

QString InputPanel::text() const {
    return text_->toPlainText();
}
void InputPanel::setText(const QString& text) {
    text_->setPlainText(text);
    tokenizeNow();
}
QString InputPanel::pairText() const {
    return pairVisible() ? pair_->toPlainText() : QString();
}
void InputPanel::setPairText(const QString& text) {
    pair_->setPlainText(text);
    tokenizeNow();
}
QString InputPanel::imagePath() const {
    return image_->imagePath();
}
bool InputPanel::setImagePath(const QString& path) {
    const bool ok = image_->setImagePath(path);
    tokenizeNow();
    return ok;
}
QString InputPanel::imageDescription() const {
    return image_->description();
}
bool InputPanel::pairVisible() const {
    return hasModel_ && (info_.usesTokenTypes || info_.encoderDecoder) && !info_.imageInput;
}

AttentionKind InputPanel::attentionKind() const {
    if (!hasModel_ || !info_.encoderDecoder) return AttentionKind::Self;
    return static_cast<AttentionKind>(kind_->currentData().toInt());
}

void InputPanel::setAttentionKind(AttentionKind kind) {
    const int index = kind_->findData(static_cast<int>(kind));
    if (index >= 0) kind_->setCurrentIndex(index);
}
bool InputPanel::imageVisible() const {
    return hasModel_ && info_.imageInput;
}

void InputPanel::scheduleTokenize() {
    debounce_.start();
}

void InputPanel::tokenizeNow() {
    debounce_.stop();
    encoding_ = Encoding();
    QString tokenizeError;
    if (tokenizer_ && !info_.imageInput) {
        try {
            const std::string first = text().toStdString();
            const std::string second = pairText().toStdString();
            encoding_ = second.empty() || info_.encoderDecoder ? tokenizer_->encode(first)
                                                               : tokenizer_->encodePair(first, second);
        } catch (const EngineError& error) {
            tokenizeError = QString::fromStdString(error.what());
        }
    }
    showTokens();
    validate();
    if (!tokenizeError.isEmpty()) error_ = tr("The tokenizer failed: %1").arg(tokenizeError);
    updateControls();
    emit inputChanged();
}

void InputPanel::showTokens() {
    QVector<TokenChip> chips;
    chips.reserve(static_cast<int>(encoding_.size()));
    const bool pair = !pairText().isEmpty() && !info_.encoderDecoder;
    for (size_t i = 0; i < encoding_.size(); ++i) {
        TokenChip chip;
        const QString token = QString::fromStdString(encoding_.tokens[i]);
        chip.label = QString::fromStdString(tokenizer_->displayLabel(encoding_.tokens[i]));
        chip.special = i < encoding_.specialTokens.size() && encoding_.specialTokens[i] != 0;
        const int sequence = i < encoding_.sequenceIds.size() ? encoding_.sequenceIds[i] : 0;
        chip.group = sequence == 1 ? 1 : 0;
        const auto [start, end] = i < encoding_.offsets.size() ? encoding_.offsets[i] : std::pair<int64_t, int64_t>{0, 0};
        QString where = chip.special || start == end
                            ? tr("added by the tokenizer")
                            : tr("characters %1–%2").arg(start).arg(end);
        if (pair && sequence >= 0) where += QStringLiteral(" · ") + (sequence == 0 ? tr("first text") : tr("second text"));
        chip.toolTip = tr("Token %1 · id %2\n%3 · %4").arg(i).arg(encoding_.ids[i]).arg(quoted(token), where);
        chips.append(chip);
    }
    strip_->setChips(std::move(chips));
    const int rowHeight = strip_->minimumSizeHint().height();
    stripScroll_->setMaximumHeight(rowHeight * kStripMaxRows + 8);
    stripScroll_->setMinimumHeight(std::min(strip_->heightForWidth(std::max(100, stripScroll_->viewport()->width())),
                                            rowHeight * kStripMaxRows + 8));
    highlightSelectedToken();
}

void InputPanel::validate() {
    error_.clear();
    const QLocale locale;
    if (!hasModel_) {
        error_ = tr("Open a model to run a text.");
        counter_->clear();
        return;
    }
    if (info_.imageInput) {
        counter_->setText(image_->imagePath().isEmpty() ? QString() : image_->description());
        if (image_->imagePath().isEmpty()) error_ = tr("Choose or drop an image to run.");
        return;
    }
    const int count = tokenCount();
    counter_->setText(info_.maxPositions > 0
                          ? tr("%1 / %2 tokens").arg(locale.toString(count), locale.toString(info_.maxPositions))
                          : tr("%1 tokens").arg(locale.toString(count)));
    if (!tokenizer_)
        error_ = tokenizerError_.isEmpty() ? tr("This model folder has no tokenizer, so text cannot be run.")
                                           : tr("The tokenizer could not be loaded: %1").arg(tokenizerError_);
    else if (text().trimmed().isEmpty())
        error_ = tr("Type a text to run.");
    else if (info_.maxPositions > 0 && count > info_.maxPositions)
        error_ = tr("Too long: %1 tokens, but this model takes at most %2. Shorten the text to run it.")
                     .arg(locale.toString(count), locale.toString(info_.maxPositions));
}

void InputPanel::updateControls() {
    const bool textModel = !imageVisible();
    text_->setVisible(textModel);
    text_->setEnabled(hasModel_);
    pairLabel_->setVisible(pairVisible());
    pair_->setVisible(pairVisible());
    kindLabel_->setVisible(hasModel_ && info_.encoderDecoder);
    kind_->setVisible(hasModel_ && info_.encoderDecoder);
    image_->setVisible(imageVisible());
    stripScroll_->setVisible(textModel);
    // The empty-text hint is not an error worth red letters; everything else is.
    const bool quietHint = !hasModel_ || (textModel && tokenizer_ && text().trimmed().isEmpty()) ||
                           (imageVisible() && image_->imagePath().isEmpty());
    errorLabel_->setText(quietHint ? QString() : error_);
    counter_->setForegroundRole(tokenCount() > info_.maxPositions && info_.maxPositions > 0 ? QPalette::WindowText
                                                                                             : QPalette::PlaceholderText);
    run_->setEnabled(canRun());
    run_->setToolTip(canRun() ? tr("Run the model on this input (Ctrl+Return)") : error_);
    const bool masked = selection_ && !selection_->runMask().empty();
    runWithMask_->setEnabled(canRun() && masked);
    maskEdit_->setEnabled(hasModel_);
    cancel_->setVisible(running_);
    progress_->setVisible(running_);
}

void InputPanel::setRunning(bool running) {
    running_ = running;
    if (running) {
        progress_->setValue(0);
        progress_->setFormat(tr("Starting…"));
    }
    updateControls();
}

void InputPanel::setProgress(double fraction, const QString& stage) {
    progress_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * progress_->maximum())));
    progress_->setFormat(stage.isEmpty() ? QStringLiteral("%p %") : stage);
}

void InputPanel::highlightSelectedToken() {
    strip_->setHighlighted(selection_ ? selection_->token() : -1);
    const QRect chip = strip_->chipRect(strip_->highlighted());
    if (chip.isValid()) stripScroll_->ensureVisible(chip.center().x(), chip.center().y(), 0, chip.height());
}

}  // namespace attnscope::widgets
