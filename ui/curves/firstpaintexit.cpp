#include "ui/curves/firstpaintexit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace actlab::curves {

void FirstPaintExit::installIfRequested(QObject* watched)
{
    if (!qEnvironmentVariableIsSet("ACTLAB_EXIT_AFTER_FIRST_PAINT")) return;
    watched->installEventFilter(new FirstPaintExit(watched));
}

bool FirstPaintExit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the paint this event starts, and the flush to the screen after it, finish first.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return false;
}

}  // namespace actlab::curves
