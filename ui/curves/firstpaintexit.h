#pragma once

#include <QObject>

namespace actlab::curves {

/// Quits the application right after `watched` is first painted: how bench/replot.sh measures cold
/// start to the first painted window with the real binary. Installed only when the environment
/// variable ACTLAB_EXIT_AFTER_FIRST_PAINT is set (see installIfRequested).
class FirstPaintExit : public QObject {
    Q_OBJECT

public:
    /// Watches `watched` if ACTLAB_EXIT_AFTER_FIRST_PAINT is set; does nothing otherwise.
    static void installIfRequested(QObject* watched);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

}  // namespace actlab::curves
