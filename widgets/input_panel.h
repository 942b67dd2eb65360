// What goes into a run: a text (and a second text for sentence-pair models) or an image for vision models; below
// the text, a live token strip showing how the model's tokenizer splits it, a token counter against the model's
// longest input, an inline error when the input cannot run, the heads to mask (as text, in step with the selection),
// and Run / Run with Mask / Cancel with the run's progress.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

#include "attnscope/head_mask.h"
#include "attnscope/model_info.h"
#include "attnscope/tokenizer.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace attnscope::widgets {

class ImageDrop;
class SelectionModel;
class TokenStrip;

class InputPanel : public QWidget {
    Q_OBJECT
public:
    explicit InputPanel(QWidget* parent = nullptr);

    // The selection whose token the strip highlights and sets when a chip is clicked.
    void setSelectionModel(SelectionModel* selection);

    // The loaded model: its tokenizer (null for image models or when it failed to load; `tokenizerError` says why)
    // and the facts that decide which inputs are shown (pair, image) and how long a text may be.
    void setModel(const ModelInfo& info, std::shared_ptr<const Tokenizer> tokenizer,
                  const QString& tokenizerError = {});
    void clearModel();
    bool hasModel() const { return hasModel_; }

    QString text() const;
    void setText(const QString& text);
    QString pairText() const;
    void setPairText(const QString& text);
    QString imagePath() const;
    bool setImagePath(const QString& path);
    // One line about the chosen image, or why it could not be read.
    QString imageDescription() const;
    // The second text box: a sentence pair's second text, or an encoder-decoder model's target (decoder) text.
    bool pairVisible() const;
    bool imageVisible() const;
    // Encoder-decoder models: which attention the views show (the selector is hidden for other models).
    AttentionKind attentionKind() const;
    void setAttentionKind(AttentionKind kind);
    QComboBox* attentionKindBox() const { return kind_; }

    // Tokenizes what is typed now instead of after the typing pause.
    void tokenizeNow();
    const Encoding& encoding() const { return encoding_; }
    int tokenCount() const { return static_cast<int>(encoding_.size()); }
    // Why the input cannot run (empty, too long, no tokenizer, no image); empty when it can.
    QString inputError() const { return error_; }
    bool canRun() const { return hasModel_ && error_.isEmpty(); }

    // While a run is going: the Run button stays (a new run replaces it), Cancel and the progress bar appear.
    void setRunning(bool running);
    void setProgress(double fraction, const QString& stage);
    bool running() const { return running_; }

    TokenStrip* tokenStrip() const { return strip_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* runWithMaskButton() const { return runWithMask_; }
    QLineEdit* maskEdit() const { return maskEdit_; }
    QPushButton* cancelButton() const { return cancel_; }
    QLabel* counterLabel() const { return counter_; }
    QLabel* errorLabel() const { return errorLabel_; }
    QPlainTextEdit* textEdit() const { return text_; }

signals:
    void runRequested();
    void runWithMaskRequested();
    void cancelRequested();
    // The input changed (after tokenizing): canRun() may have changed.
    void inputChanged();
    // The user picked another attention of an encoder-decoder model (an AttentionKind as int).
    void attentionKindChanged(int kind);

private:
    void scheduleTokenize();
    void showTokens();
    void validate();
    void updateControls();
    void highlightSelectedToken();
    void showMask();
    void applyMaskText();

    QPlainTextEdit* text_;
    QLabel* pairLabel_;
    QPlainTextEdit* pair_;
    ImageDrop* image_;
    TokenStrip* strip_;
    QScrollArea* stripScroll_;
    QLabel* counter_;
    QLabel* errorLabel_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* kindLabel_;
    QComboBox* kind_;
    QLabel* maskLabel_;
    QLineEdit* maskEdit_;
    QPushButton* runWithMask_;
    QPushButton* run_;
    QTimer debounce_;
    QPointer<SelectionModel> selection_;

    ModelInfo info_;
    std::shared_ptr<const Tokenizer> tokenizer_;
    QString tokenizerError_;
    Encoding encoding_;
    QString error_;
    bool hasModel_ = false;
    bool running_ = false;
};

}  // namespace attnscope::widgets
