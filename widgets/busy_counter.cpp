// The pending-work counter behind --screenshot's wait and the window's busy state.
#include "busy_counter.h"

#include <QDebug>

namespace attnscope::widgets {

BusyCounter::BusyCounter(QObject* parent) : QObject(parent) {}

void BusyCounter::begin(const QString& reason) {
    reasons_.append(reason);
    if (reasons_.size() == 1) emit busyChanged(true);
}

void BusyCounter::end(const QString& reason) {
    // An end() without its begin() is a bug in the caller; ignoring it keeps other work's count intact.
    if (!reasons_.removeOne(reason)) {
        qWarning() << "BusyCounter::end without begin:" << reason;
        return;
    }
    if (reasons_.isEmpty()) {
        emit busyChanged(false);
        emit idle();
    }
}

}  // namespace attnscope::widgets
