#pragma once

#include "ui/common/theme.h"

class QCustomPlot;
class QCPItemText;

namespace actlab {

/// Styles a plot's background, axes, grid, zero lines and legend for `theme`, the same way in every view
/// so figures from different views sit together on one slide.
void stylePlot(QCustomPlot& plot, const Theme& theme);

/// Styles an annotation box (peak labels, notes on the plot) for `theme`.
void styleAnnotation(QCPItemText& label, const Theme& theme);

}  // namespace actlab
