#pragma once

#include "stress/random.h"

#include <QString>

class QCustomPlot;

namespace actlab::stress {

/// One notch or a burst of up to 60 notches of the mouse wheel at a random point (mostly over an axis
/// rect), either direction, sometimes with Ctrl or Shift: zooming far in and far out.
QString wheelOnPlot(QCustomPlot& plot, Rng& rng);
/// A press, a few moves (possibly far outside the plot) and a release, with the left, right or middle
/// button; or a double click.
QString dragOnPlot(QCustomPlot& plot, Rng& rng);
/// A key press on the plot (arrows, +, −, Home, Escape, 0, R, Space), or a hover move.
QString keyOnPlot(QCustomPlot& plot, Rng& rng);

}  // namespace actlab::stress
