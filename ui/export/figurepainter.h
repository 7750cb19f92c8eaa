#pragma once

#include <QColor>
#include <QSize>

class QCPPainter;
class QWidget;

namespace actlab {

/// Lays `figure` out at `layoutSize` (layout pixels at 96 dpi) and paints it on `painter`, whose
/// transform maps layout pixels to device pixels, over `background`. Every QCustomPlot inside is drawn
/// as vectors through its own draw code (so SVG and PDF get paths and text, and a 300-dpi PNG is sharp
/// rather than an enlarged screen buffer); other leaf widgets inside (labels) paint themselves. The
/// figure is laid out as a hidden top-level widget for the duration and put back in its view after.
void paintFigure(QWidget& figure, QCPPainter& painter, QSize layoutSize, const QColor& background);

}  // namespace actlab
