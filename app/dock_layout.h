// The docks that hold the views: registering one, its toggle in the View menu, and the default layout that
// View > Reset Layout returns to. Docks registered in the same area share it as tabs, the first one in front.
#pragma once

#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace attnscope::app {

// Where a dock goes in its area: tabbed with the area's first dock, or in a row of its own below the tabs.
enum class DockPlacement { Tabbed, Below };

class DockLayout : public QObject {
    Q_OBJECT
public:
    // Toggles are inserted into `viewMenu` before `insertBefore` (the separator above Reset Layout).
    DockLayout(QMainWindow* window, QMenu* viewMenu, QAction* insertBefore);

    // Wraps `view` in a dock titled `title` in `area`. `id` names the dock in the saved layout, so keep it stable;
    // a second view with the same id is a programming error (std::logic_error).
    QDockWidget* add(const QString& id, const QString& title, QWidget* view, Qt::DockWidgetArea area,
                     DockPlacement placement = DockPlacement::Tabbed);
    QDockWidget* dock(const QString& id) const;
    QStringList ids() const;
    // The dock the user worked in last (focused, clicked or brought to front), else the first visible one.
    QString activeId() const;
    void setActive(const QString& id);

    // Every dock back in its area, docked, visible, tabbed (or below) as registered, with the first of each area in
    // front.
    void reset();
    // Proportions of the default layout for the window's current size (side docks ~22%, bottom ~30%, a dock below
    // the tabs ~40% of its area).
    void applyDefaultSizes();

signals:
    // A right click in a dock that its view did not take (the title bar, empty space): the window offers the
    // view's context actions (Export…) there.
    void contextMenuRequested(const QString& id, const QPoint& globalPosition);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void noteActivity(QWidget* widget);
    struct Entry {
        QString id;
        QDockWidget* dock;
        Qt::DockWidgetArea area;
        DockPlacement placement;
    };
    QDockWidget* firstIn(Qt::DockWidgetArea area) const;

    QMainWindow* window_;
    QMenu* viewMenu_;
    QAction* insertBefore_;
    QList<Entry> entries_;
    QString active_;
};

}  // namespace attnscope::app
