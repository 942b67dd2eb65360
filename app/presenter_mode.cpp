// Entering and leaving presenter mode: the layout, the fonts, the theme and the clicker keys.
#include "presenter_mode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QStackedWidget>

#include "dock_layout.h"

namespace attnscope::app {

namespace {
// The layout saved on entering; any number works as long as entering and leaving agree.
constexpr int kSavedStateVersion = 0x9e5e47;
// The caption strip's share of the window's height.
constexpr int kCaptionPercent = 24;

QFont scaled(QFont font, double factor) {
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(static_cast<int>(font.pixelSize() * factor));
    return font;
}
}  // namespace

PresenterMode::PresenterMode(QMainWindow& window, DockLayout& docks, QStackedWidget& central, QAction* nextStep,
                             QAction* previousStep)
    : QObject(&window),
      window_(window),
      docks_(docks),
      central_(central),
      nextStep_(nextStep),
      previousStep_(previousStep) {}

void PresenterMode::setActive(bool active, bool fullScreen) {
    if (active == active_) return;
    if (active)
        enter(fullScreen);
    else
        leave();
    emit activeChanged(active_);
}

void PresenterMode::enter(bool fullScreen) {
    // The view in front now is the one presented; a panel (the guide, the model facts) is not a view.
    QString id = docks_.activeId();
    if (id.isEmpty() || id == captionId_ || panelIds_.contains(id)) {
        id.clear();
        for (const QString& candidate : docks_.ids())
            if (candidate != captionId_ && !panelIds_.contains(candidate)) {
                id = candidate;
                break;
            }
    }
    state_ = window_.saveState(kSavedStateVersion);
    geometry_ = window_.saveGeometry();
    wasFullScreen_ = window_.isFullScreen();
    font_ = QApplication::font();
    theme_ = widgets::screenTheme().kind;
    bottomLeftCorner_ = window_.corner(Qt::BottomLeftCorner);
    bottomRightCorner_ = window_.corner(Qt::BottomRightCorner);
    centralBefore_ = central_.currentWidget();
    active_ = true;

    QApplication::setFont(scaled(font_, kFontScale));
    widgets::applyScreenTheme(widgets::Theme::Kind::HighContrast);

    for (const QString& dockId : docks_.ids())
        if (QDockWidget* dock = docks_.dock(dockId)) {
            if (dockId != captionId_) dock->hide();
            // The View menu's toggles would show a dock whose view is in the centre: Go to View presents instead.
            dock->toggleViewAction()->setEnabled(false);
        }
    // The caption strip runs the full width under the view.
    window_.setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    window_.setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    if (QDockWidget* caption = docks_.dock(captionId_)) {
        caption->setFloating(false);
        window_.addDockWidget(Qt::BottomDockWidgetArea, caption);
        caption->setTitleBarWidget(new QWidget(caption));  // a strip, not a panel: no title bar
        caption->show();
    }
    presented_.clear();
    present(id);

    nextKeys_ = nextStep_->shortcuts();
    previousKeys_ = previousStep_->shortcuts();
    nextStep_->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right)});
    previousStep_->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left)});

    if (fullScreen) window_.showFullScreen();
    if (QDockWidget* caption = docks_.dock(captionId_))
        window_.resizeDocks({caption}, {window_.height() * kCaptionPercent / 100}, Qt::Vertical);
}

void PresenterMode::present(const QString& id) {
    if (!active_ || id == presented_ || id == captionId_ || panelIds_.contains(id)) return;
    QDockWidget* dock = docks_.dock(id);
    if (!dock || !dock->widget()) return;
    returnView();
    presented_ = id;
    presentedView_ = dock->widget();
    dock->hide();
    central_.addWidget(presentedView_);  // takes the view out of its dock
    central_.setCurrentWidget(presentedView_);
    presentedView_->show();
    docks_.setActive(id);
}

void PresenterMode::returnView() {
    if (!presentedView_) return;
    central_.removeWidget(presentedView_);
    if (QDockWidget* dock = docks_.dock(presented_)) dock->setWidget(presentedView_);
    presentedView_ = nullptr;
}

void PresenterMode::leave() {
    const QString presented = presented_;
    returnView();
    if (centralBefore_) central_.setCurrentWidget(centralBefore_);
    presented_.clear();
    active_ = false;

    if (QDockWidget* caption = docks_.dock(captionId_)) {
        QWidget* strip = caption->titleBarWidget();
        caption->setTitleBarWidget(nullptr);
        delete strip;
    }
    for (const QString& dockId : docks_.ids())
        if (QDockWidget* dock = docks_.dock(dockId)) dock->toggleViewAction()->setEnabled(true);
    nextStep_->setShortcuts(nextKeys_);
    previousStep_->setShortcuts(previousKeys_);
    QApplication::setFont(font_);
    widgets::applyScreenTheme(theme_);
    window_.setCorner(Qt::BottomLeftCorner, bottomLeftCorner_);
    window_.setCorner(Qt::BottomRightCorner, bottomRightCorner_);
    if (window_.isFullScreen() && !wasFullScreen_) window_.showNormal();
    window_.restoreState(state_, kSavedStateVersion);
    window_.restoreGeometry(geometry_);
    // The view presented last stays the one in front, as it was when presenting.
    if (QDockWidget* dock = docks_.dock(presented)) {
        dock->show();
        dock->raise();
        docks_.setActive(presented);
    }
}

}  // namespace attnscope::app
