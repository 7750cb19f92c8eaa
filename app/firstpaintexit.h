#pragma once

#include <QObject>

namespace actlab {

/// Quits the application right after the window is first painted: how bench/replot.sh measures cold
/// start to the first painted window with the real binary (and scripts/leakcheck.sh runs the window
/// once). Installed by main.cpp on the main window, only when the environment variable
/// ACTLAB_EXIT_AFTER_FIRST_PAINT is set (see installIfRequested).
class FirstPaintExit : public QObject {
    Q_OBJECT

public:
    /// Watches `window` if ACTLAB_EXIT_AFTER_FIRST_PAINT is set; does nothing otherwise.
    static void installIfRequested(QObject* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

}  // namespace actlab
