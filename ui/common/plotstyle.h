#pragma once

#include "ui/common/theme.h"

class QCustomPlot;
class QCPColorGradient;
class QCPItemText;

namespace actlab {

/// Styles a plot's background, axes, grid, zero lines and legend for `theme`, the same way in every view
/// so figures from different views sit together on one slide.
void stylePlot(QCustomPlot& plot, const Theme& theme);

/// Styles an annotation box (peak labels, notes on the plot) for `theme`.
void styleAnnotation(QCPItemText& label, const Theme& theme);

/// The palette's diverging scale (Palette::diverging) as the colour gradient of a colour map or scale,
/// to be given a data range symmetric about 0. The Jacobian heat map and the maxout maps both use it,
/// so a sign reads the same in both.
QCPColorGradient divergingGradient(const Theme& theme);

}  // namespace actlab
