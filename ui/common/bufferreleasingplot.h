#pragma once

#include "ui/common/qcustomplot_include.h"

namespace actlab {

/// A QCustomPlot that gives back its paint buffers while it is hidden. QCustomPlot keeps one image the
/// size of the plot per buffered layer, and keeps it at the size the plot was last shown at: a plot in a
/// tab not shown, or a panel the view has hidden (the maxout maps while one input is shown), would hold
/// 15 MB per layer at 2400 × 1600 for nothing. While hidden, the plot draws into one-pixel stand-ins (its
/// view may still change its state and replot it), and it draws anew at its size when shown again.
/// Figures are unaffected: export draws through toPainter(), which does not use the buffers.
/// It also tells the layouts around it when its size hints change (followLayoutHints): every plot in
/// ActLab derives from this class.
class BufferReleasingPlot : public QCustomPlot {
    Q_OBJECT

public:
    explicit BufferReleasingPlot(QWidget* parent = nullptr);

    /// Bytes of image memory the paint buffers hold now, for tests.
    qint64 paintBufferBytes() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void releasePaintBuffers();
    bool hasReleasedPaintBuffers() const;
};

}  // namespace actlab
