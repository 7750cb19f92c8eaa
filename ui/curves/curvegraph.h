#pragma once

#include "ui/common/qcustomplot_include.h"

#include <QPointF>
#include <QVector>

#include <vector>

namespace actlab::curves {

/// The graph of one f or f′: its data are core's samples, nothing else, and two things happen only
/// when it is drawn.
///
/// Breaks: where f′ jumps (relu′ at 0) the line stops at the sample at the kink and starts again at the
/// next one, rather than drawing a vertical stroke f′ never takes. The data keep no gap markers, so
/// they stay exactly core's samples (what export writes and tests compare).
///
/// Dashes: on the screen it dashes its line itself, walking the pixel polyline once and drawing each
/// dash as a short solid polyline. Qt's own dashing of a wide pen over a curve of a few thousand points
/// (QDashStroker, then the stroker for every piece) takes most of a frame; this takes a fraction of it
/// and looks the same. Solid pens, and vector output (PDF, SVG), where Qt's dashes are exact and cost
/// nothing on screen, go through QCPGraph unchanged.
class CurveGraph : public QCPGraph {
    Q_OBJECT

public:
    using QCPGraph::QCPGraph;

    /// The keys after whose sample the line breaks; ascending.
    void setBreaks(const std::vector<double>& keys) { m_breaks = keys; }
    const std::vector<double>& breaks() const { return m_breaks; }

protected:
    void getOptimizedLineData(QVector<QCPGraphData>* lineData, const QCPGraphDataContainer::const_iterator& begin,
                              const QCPGraphDataContainer::const_iterator& end) const override;
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;

private:
    void flushDash(QCPPainter* painter) const;

    std::vector<double> m_breaks;
    mutable QVector<QPointF> m_dash;  ///< The dash being built, kept between frames.
};

}  // namespace actlab::curves
