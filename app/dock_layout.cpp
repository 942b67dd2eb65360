// Dock registration and the default dock layout.
#include "dock_layout.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <algorithm>
#include <stdexcept>

namespace attnscope::app {

DockLayout::DockLayout(QMainWindow* window, QMenu* viewMenu, QAction* insertBefore)
    : QObject(window), window_(window), viewMenu_(viewMenu), insertBefore_(insertBefore) {
    // Focus or a click moving into a dock makes it the one File › Export Figure… exports.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { noteActivity(now); });
    qApp->installEventFilter(this);
}

bool DockLayout::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType())
        noteActivity(static_cast<QWidget*>(watched));
    return QObject::eventFilter(watched, event);
}

void DockLayout::noteActivity(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget())
        if (auto* dockWidget = qobject_cast<QDockWidget*>(w)) {
            for (const auto& entry : entries_)
                if (entry.dock == dockWidget) active_ = entry.id;
            return;
        }
}

QString DockLayout::activeId() const {
    if (const QDockWidget* d = dock(active_); d && d->isVisible()) return active_;
    for (const auto& entry : entries_)
        if (entry.dock->isVisible() && !entry.dock->visibleRegion().isEmpty()) return entry.id;
    return entries_.isEmpty() ? QString() : entries_.front().id;
}

void DockLayout::setActive(const QString& id) {
    if (dock(id)) active_ = id;
}

QDockWidget* DockLayout::add(const QString& id, const QString& title, QWidget* view, Qt::DockWidgetArea area,
                             DockPlacement placement) {
    if (dock(id)) throw std::logic_error("DockLayout: a view with id '" + id.toStdString() + "' is already registered");
    if (area == Qt::NoDockWidgetArea || area == Qt::AllDockWidgetAreas)
        throw std::logic_error("DockLayout: view '" + id.toStdString() + "' needs one dock area");
    auto* dockWidget = new QDockWidget(title, window_);
    // The object name is the key QMainWindow::saveState() stores the dock under.
    dockWidget->setObjectName(QStringLiteral("dock.") + id);
    dockWidget->setWidget(view);
    QDockWidget* first = firstIn(area);
    if (placement == DockPlacement::Below) {
        window_->addDockWidget(area, dockWidget, Qt::Vertical);
    } else {
        window_->addDockWidget(area, dockWidget);
        if (first) window_->tabifyDockWidget(first, dockWidget);
        if (first) first->raise();
    }
    entries_.append({id, dockWidget, area, placement});
    dockWidget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(dockWidget, &QWidget::customContextMenuRequested, this, [this, id, dockWidget](const QPoint& position) {
        active_ = id;
        emit contextMenuRequested(id, dockWidget->mapToGlobal(position));
    });
    // A tab brought to the front is the dock the user looks at.
    connect(dockWidget, &QDockWidget::visibilityChanged, this, [this, id, dockWidget](bool visible) {
        if (visible && !dockWidget->visibleRegion().isEmpty()) active_ = id;
    });

    QAction* toggle = dockWidget->toggleViewAction();
    toggle->setText(title);
    viewMenu_->insertAction(insertBefore_, toggle);
    return dockWidget;
}

QDockWidget* DockLayout::dock(const QString& id) const {
    for (const auto& entry : entries_)
        if (entry.id == id) return entry.dock;
    return nullptr;
}

QStringList DockLayout::ids() const {
    QStringList out;
    for (const auto& entry : entries_) out.append(entry.id);
    return out;
}

QDockWidget* DockLayout::firstIn(Qt::DockWidgetArea area) const {
    for (const auto& entry : entries_)
        if (entry.area == area && entry.placement == DockPlacement::Tabbed) return entry.dock;
    return nullptr;
}

void DockLayout::reset() {
    for (const auto& entry : entries_) {
        entry.dock->setFloating(false);
        window_->removeDockWidget(entry.dock);
    }
    for (const auto& entry : entries_) {
        if (entry.placement != DockPlacement::Tabbed) continue;
        QDockWidget* first = firstIn(entry.area);
        window_->addDockWidget(entry.area, entry.dock);
        if (first != entry.dock) window_->tabifyDockWidget(first, entry.dock);
        entry.dock->show();
    }
    for (const auto& entry : entries_) {
        if (entry.placement != DockPlacement::Below) continue;
        window_->addDockWidget(entry.area, entry.dock, Qt::Vertical);
        entry.dock->show();
    }
    for (const auto& entry : entries_)
        if (firstIn(entry.area) == entry.dock) entry.dock->raise();
    applyDefaultSizes();
}

void DockLayout::applyDefaultSizes() {
    const QSize size = window_->size();
    QList<QDockWidget*> sideDocks, bottomDocks;
    QList<int> sideWidths, bottomHeights;
    for (const auto area : {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea}) {
        if (QDockWidget* first = firstIn(area)) {
            sideDocks.append(first);
            // The head view (left) needs two label columns and room for lines between them; the right side's
            // thumbnails and guide read well narrower.
            // The head view's controls read longer in some languages: room for them too, up to 30% of the width.
            const int share = size.width() * 22 / 100;
            QWidget* content = first->widget();
            if (auto* scroll = qobject_cast<QScrollArea*>(content); scroll && scroll->widget())
                content = scroll->widget();
            const int needed = std::max(340, content ? content->minimumSizeHint().width() + 4 : 0);
            sideWidths.append(area == Qt::LeftDockWidgetArea ? std::clamp(needed, share, size.width() * 30 / 100)
                                                             : share);
        }
    }
    for (const auto area : {Qt::BottomDockWidgetArea, Qt::TopDockWidgetArea}) {
        if (QDockWidget* first = firstIn(area)) {
            bottomDocks.append(first);
            bottomHeights.append(size.height() * 36 / 100);  // the embedding and sink views need height
        }
    }
    if (!sideDocks.isEmpty()) window_->resizeDocks(sideDocks, sideWidths, Qt::Horizontal);
    if (!bottomDocks.isEmpty()) window_->resizeDocks(bottomDocks, bottomHeights, Qt::Vertical);
    for (const auto& entry : entries_) {
        QDockWidget* first = firstIn(entry.area);
        if (entry.placement != DockPlacement::Below || !first || entry.dock->isHidden()) continue;
        const int height = size.height() * 70 / 100;  // what the side area roughly has below the menu
        window_->resizeDocks({first, entry.dock}, {height * 60 / 100, height * 40 / 100}, Qt::Vertical);
    }
}

}  // namespace attnscope::app
