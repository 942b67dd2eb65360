// The tour's overlay: the dimmed window with the outlined part, and the callout placed beside it.
#include "guided_tour.h"

#include <QDockWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "main_window.h"
#include "style.h"

namespace attnscope::app {

namespace {
constexpr int kMargin = 6;  // between the outline and the part
constexpr int kCalloutWidth = 380;
constexpr int kCalloutGap = 14;  // between the outline and the callout
}  // namespace

GuidedTour::GuidedTour(MainWindow& window, std::vector<Stop> stops)
    : QWidget(&window),
      window_(window),
      stops_(std::move(stops)),
      callout_(new QFrame(this)),
      position_(new QLabel(callout_)),
      title_(new QLabel(callout_)),
      text_(new QLabel(callout_)),
      back_(new QPushButton(tr("‹ Back"), callout_)),
      next_(new QPushButton(callout_)),
      skip_(new QPushButton(tr("Skip Tour"), callout_)) {
    setObjectName(QStringLiteral("guidedTour"));
    setAccessibleName(tr("Guided tour"));
    setFocusPolicy(Qt::StrongFocus);
    auto* frame = static_cast<QFrame*>(callout_);
    frame->setObjectName(QStringLiteral("tourCallout"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::ToolTipBase);
    frame->setFixedWidth(kCalloutWidth);
    position_->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    title_->setFont(titleFont);
    title_->setWordWrap(true);
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    next_->setDefault(true);
    connect(back_, &QPushButton::clicked, this, &GuidedTour::back);
    connect(next_, &QPushButton::clicked, this, &GuidedTour::next);
    connect(skip_, &QPushButton::clicked, this, &GuidedTour::skip);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(skip_);
    buttons->addStretch(1);
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    auto* layout = new QVBoxLayout(callout_);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(position_);
    layout->addWidget(title_);
    layout->addWidget(text_);
    layout->addLayout(buttons);
    window_.installEventFilter(this);
    hide();
}

void GuidedTour::start() {
    if (stops_.empty()) return;
    setGeometry(window_.rect());
    QWidget::show();
    raise();
    setFocus();
    show(0);
}

void GuidedTour::next() {
    if (current_ + 1 < count())
        show(current_ + 1);
    else
        end(true);
}

void GuidedTour::back() {
    if (current_ > 0) show(current_ - 1);
}

void GuidedTour::skip() {
    end(false);
}

void GuidedTour::end(bool completed) {
    current_ = -1;
    hide();
    emit finished(completed);
}

void GuidedTour::show(int index) {
    current_ = index;
    const Stop& stop = stops_[static_cast<size_t>(index)];
    if (!stop.viewId.isEmpty()) window_.showView(stop.viewId);
    position_->setText(tr("Tour: %1 of %2").arg(index + 1).arg(count()));
    title_->setText(stop.title);
    text_->setText(stop.text);
    back_->setEnabled(index > 0);
    next_->setText(index + 1 < count() ? tr("Next ›") : tr("Finish"));
    place();
    setFocus();
    // A tab brought to the front raises its dock once the event loop runs: stay above it.
    QTimer::singleShot(0, this, [this] {
        if (current_ >= 0) raise();
    });
}

void GuidedTour::place() {
    if (current_ < 0) return;
    setGeometry(window_.rect());
    highlight_ = QRect();
    const Stop& stop = stops_[static_cast<size_t>(current_)];
    if (QWidget* target = stop.target ? stop.target() : nullptr; target && target->isVisible()) {
        const QRect rect(target->mapTo(&window_, QPoint(0, 0)), target->size());
        highlight_ = rect.adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(window_.rect());
    }
    callout_->adjustSize();
    const QSize size = callout_->size();
    const QRect bounds = rect().adjusted(kCalloutGap, kCalloutGap, -kCalloutGap, -kCalloutGap);
    QPoint at = bounds.center() - QPoint(size.width() / 2, size.height() / 2);
    if (!highlight_.isEmpty()) {
        // Beside the part: below, above, right or left, whichever has room; else over its middle.
        const int middleX = highlight_.center().x() - size.width() / 2;
        const int middleY = highlight_.center().y() - size.height() / 2;
        if (highlight_.bottom() + kCalloutGap + size.height() <= bounds.bottom())
            at = {middleX, highlight_.bottom() + kCalloutGap};
        else if (highlight_.top() - kCalloutGap - size.height() >= bounds.top())
            at = {middleX, highlight_.top() - kCalloutGap - size.height()};
        else if (highlight_.right() + kCalloutGap + size.width() <= bounds.right())
            at = {highlight_.right() + kCalloutGap, middleY};
        else if (highlight_.left() - kCalloutGap - size.width() >= bounds.left())
            at = {highlight_.left() - kCalloutGap - size.width(), middleY};
    }
    at.setX(std::clamp(at.x(), bounds.left(), std::max(bounds.left(), bounds.right() - size.width())));
    at.setY(std::clamp(at.y(), bounds.top(), std::max(bounds.top(), bounds.bottom() - size.height())));
    callout_->move(at);
    raise();  // above the docks, which bringing a view to the front raised
    update();
}

void GuidedTour::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath dimmed;
    dimmed.setFillRule(Qt::OddEvenFill);
    dimmed.addRect(rect());
    if (!highlight_.isEmpty()) dimmed.addRoundedRect(highlight_, 6, 6);
    painter.fillPath(dimmed, QColor(0, 0, 0, 120));
    if (!highlight_.isEmpty()) {
        painter.setPen(QPen(widgets::screenTheme().accent, widgets::screenTheme().line(3.0)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(highlight_).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }
}

bool GuidedTour::event(QEvent* event) {
    // The tour's keys are its own while it runs, even where the window has shortcuts on them (presenter mode).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Right || key == Qt::Key_Left || key == Qt::Key_PageDown || key == Qt::Key_PageUp ||
            key == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void GuidedTour::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_PageDown:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            next();
            return;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
        case Qt::Key_Backspace:
            back();
            return;
        case Qt::Key_Escape:
            skip();
            return;
        default:
            QWidget::keyPressEvent(event);
    }
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event) {
    // The window was resized or laid out anew: cover it again and follow the part.
    if (watched == &window_ && current_ >= 0 &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QWidget::eventFilter(watched, event);
}

}  // namespace attnscope::app
