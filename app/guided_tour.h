// The guided tour (on the first start, and Help › Guided Tour): one part of the window at a time — the input, the
// token strip, the head view, the model view, masking, the predictions, the sinks, the embeddings — outlined, the
// rest dimmed, with a callout saying what the part is for. Back, Next (→, Return) and Skip (Escape) move through it;
// a part in a closed or tabbed-away dock is brought to the front first. It computes and changes nothing else.
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;

namespace attnscope::app {

class MainWindow;

class GuidedTour : public QWidget {
    Q_OBJECT
public:
    struct Stop {
        QString title;
        QString text;                      // rich text
        QString viewId;                    // a dock to bring to the front first; empty for none
        std::function<QWidget*()> target;  // the part to outline; null or hidden: the callout alone, centred
    };

    // Covers `window` (a child of it) and is hidden until start().
    GuidedTour(MainWindow& window, std::vector<Stop> stops);

    void start();
    int current() const { return current_; }  // -1 when not running
    int count() const { return static_cast<int>(stops_.size()); }
    // The outlined part, in the tour's (the window's) coordinates; empty when the stop has none.
    QRect highlight() const { return highlight_; }
    QWidget* callout() const { return callout_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* backButton() const { return back_; }
    QPushButton* skipButton() const { return skip_; }

public slots:
    void next();
    void back();
    void skip();

signals:
    // The tour ended: `completed` when its last stop was passed, false when skipped.
    void finished(bool completed);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(int index);
    void place();
    void end(bool completed);

    MainWindow& window_;
    std::vector<Stop> stops_;
    int current_ = -1;
    QRect highlight_;
    QWidget* callout_;
    QLabel* position_;
    QLabel* title_;
    QLabel* text_;
    QPushButton* back_;
    QPushButton* next_;
    QPushButton* skip_;
};

}  // namespace attnscope::app
