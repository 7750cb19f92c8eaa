#pragma once

#include "ui/common/theme.h"

#include <QRectF>
#include <QString>

#include <cstddef>
#include <span>
#include <vector>

class QCPAxisRect;
class QCPItemLine;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;

namespace actlab::curves {

/// f(x) and f′(x) of one drawn function at the probe, from core.
struct ProbeValue {
    double f;
    double df;
    bool drawn;  ///< false when the function is not drawn (parameters core rejects)
    /// A typed formula can be undefined, infinite or beyond ±kCurvesMaxAbsY at the probe: then no dot
    /// and no tangent (the readout says what the value is).
    bool onScreen() const;
};

/// The probe on the plot: a vertical line at x, a dot on each f and f′ there, and the tangent to the
/// selected function's f (slope f′(x), so the derivative is seen as a slope): a segment of fixed length
/// on screen through the point, so that it reads as touching the curve there and crosses no labels far
/// away. All on the "probe" layer,
/// which has its own paint buffer: moving the probe redraws nothing else.
class ProbeDrawing {
public:
    /// One pair of dots per entry of `colourIndices` (the drawn functions, in order).
    ProbeDrawing(QCustomPlot& plot, const Theme& theme, QCPAxisRect* functionRect,
                 QCPAxisRect* derivativeRect, const std::vector<std::size_t>& colourIndices);
    ~ProbeDrawing();
    ProbeDrawing(const ProbeDrawing&) = delete;
    ProbeDrawing& operator=(const ProbeDrawing&) = delete;

    /// Moves everything to `x`. `tangentOf`: the index in `values` whose tangent is drawn, or −1;
    /// `tangentName` its function's name, which the slope label names: "Tanh′(1.5) = 0.1807".
    void update(double x, bool visible, std::span<const ProbeValue> values, int tangentOf,
                const QString& tangentName);

    /// Puts the slope label on the side of its dot that covers none of `avoid` (pixel boxes of the
    /// labels placed at the last layout), if there is one.
    void placeSlopeLabel(const std::vector<QRectF>& avoid);

    /// Recomputes the tangent's ends for the current axis scales (after a layout or a zoom).
    void fitTangent();

    /// The tangent segment, for tests: through (x, f(x)) with slope f′(x).
    QCPItemLine* tangent() const { return m_tangent; }
    /// The slope label's text; empty while no tangent is drawn.
    QString slopeText() const;
    QCPItemTracer* functionDot(std::size_t i) const { return m_functionDots[i]; }
    QCPItemTracer* derivativeDot(std::size_t i) const { return m_derivativeDots[i]; }

private:
    QCustomPlot& m_plot;
    std::vector<QCPItemStraightLine*> m_lines;  ///< One per panel.
    std::vector<QCPItemTracer*> m_functionDots;
    std::vector<QCPItemTracer*> m_derivativeDots;
    QCPItemLine* m_tangent = nullptr;
    QCPItemText* m_slopeLabel = nullptr;
    int m_tangentOf = -1;
    double m_x = 0;
    double m_f = 0;
    double m_df = 0;
};

}  // namespace actlab::curves
