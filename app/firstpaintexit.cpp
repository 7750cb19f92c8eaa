#include "firstpaintexit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace actlab {

void FirstPaintExit::installIfRequested(QObject* window)
{
    if (!qEnvironmentVariableIsSet("ACTLAB_EXIT_AFTER_FIRST_PAINT")) return;
    window->installEventFilter(new FirstPaintExit(window));
}

bool FirstPaintExit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the rest of this paint (the window's children are painted in the same pass) and the
        // flush to the screen after it finish first.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return false;
}

}  // namespace actlab
