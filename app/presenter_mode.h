// Presenter mode (View › Presenter Mode, F5, --presenter): the window made for a lecture hall. The view in front
// fills the window's centre, the Demo Guide runs along the bottom as a caption strip, every other dock is hidden,
// the screen theme is the high-contrast one (twice the font size, heavier lines) and the interface font doubles.
// The demo step keys (→/←, PageDown/PageUp, as presentation clickers send them) step through the demos. Leaving
// puts every dock, the font, the theme and the window's size back as they were; nothing of it is saved.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "style.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QStackedWidget;
class QWidget;

namespace attnscope::app {

class DockLayout;

class PresenterMode : public QObject {
    Q_OBJECT
public:
    // `central` is the window's central stack; `nextStep`/`previousStep` get the clicker keys while presenting.
    PresenterMode(QMainWindow& window, DockLayout& docks, QStackedWidget& central, QAction* nextStep,
                  QAction* previousStep);
    // The dock shown as the caption strip (the Demo Guide), and the docks that hold no view (never presented).
    void setCaptionDock(const QString& id) { captionId_ = id; }
    void setPanelDocks(const QStringList& ids) { panelIds_ = ids; }

    bool active() const { return active_; }
    // Enters or leaves; `fullScreen` false keeps the window's size (--screenshot, tests).
    void setActive(bool active, bool fullScreen = true);
    // The view dock whose view fills the centre ("" when not presenting).
    QString presentedId() const { return active_ ? presented_ : QString(); }
    // Shows dock `id`'s view in the centre instead of the one there (a demo that switches views).
    void present(const QString& id);

    // How much larger the interface font is while presenting.
    static constexpr double kFontScale = 2.0;

signals:
    void activeChanged(bool active);

private:
    void enter(bool fullScreen);
    void leave();
    void returnView();

    QMainWindow& window_;
    DockLayout& docks_;
    QStackedWidget& central_;
    QString captionId_;
    QStringList panelIds_;
    QList<QKeySequence> nextKeys_, previousKeys_;  // the step actions' own shortcuts, back when leaving
    QAction* nextStep_;
    QAction* previousStep_;
    bool active_ = false;
    bool wasFullScreen_ = false;
    QString presented_;
    QPointer<QWidget> presentedView_;  // the view taken from its dock into the centre
    QPointer<QWidget> centralBefore_;  // what the centre showed before
    QByteArray state_;
    QByteArray geometry_;
    QFont font_;
    widgets::Theme::Kind theme_ = widgets::Theme::Kind::Light;
    Qt::DockWidgetArea bottomLeftCorner_ = Qt::LeftDockWidgetArea;
    Qt::DockWidgetArea bottomRightCorner_ = Qt::RightDockWidgetArea;
};

}  // namespace attnscope::app
