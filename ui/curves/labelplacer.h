#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

class QCPItemLine;
class QCPItemText;
class QCPItemTracer;

namespace actlab::curves {

/// Places annotation boxes where they hide the least: beside their anchor (a marker on a curve) or,
/// without one, in a corner or at a side of the plotting area. One pass per plot layout, when pixel
/// geometry is final; a label anchored to a marker then follows it between layouts, while a slider
/// drags the curve.
class LabelPlacer {
public:
    /// `area`: the plotting area in pixels; `curvePoints`: every drawn sample there, in pixels. `counts`
    /// is scratch memory, kept by the caller between layouts.
    LabelPlacer(const QRectF& area, const std::vector<QPointF>& curvePoints, std::vector<int>& counts);

    /// Something a label must not cover: a marker, the legend, a label placed by other means.
    void addMarker(QPointF pixel);
    void addObstacle(const QRectF& box);

    /// Puts `label` beside `anchor` (its parent anchor: a tracer), keeping a gap of a few pixels, on the
    /// side that hides the fewest curve points, markers and labels placed before. When it has to go
    /// farther out, `leader` (if given) is drawn from the anchor to the label's nearest point.
    void placeBeside(QCPItemText& label, QCPItemTracer& anchor, QCPItemLine* leader = nullptr);
    /// Puts `label` (x in plot coordinates, y as a fraction of the axis rect) centred over the pixel
    /// column [left, right], at the height that hides the least; top first on a tie.
    void placeInColumn(QCPItemText& label, double left, double right);
    /// Puts `label` at a corner or a side of the area (pixel position), same criterion.
    void placeInArea(QCPItemText& label);

    /// How much `box` would hide: curve points, heavily markers, and most heavily what is placed already.
    int cost(const QRectF& box) const;
    /// Every box placed or added as an obstacle so far.
    const std::vector<QRectF>& placed() const { return m_obstacles; }

private:
    /// Curve points in the cells [0, column) × [0, row), so that counting the points in a box costs
    /// four look-ups however many points there are.
    int pointsBefore(int column, int row) const
    {
        return m_counts[static_cast<std::size_t>(row * (m_columns + 1) + column)];
    }
    int curvePointsIn(const QRectF& box) const;

    QRectF m_area;
    std::vector<int>& m_counts;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<QPointF> m_markers;
    std::vector<QRectF> m_obstacles;
};

/// The pixel size `label` will take, padding included.
QSizeF labelSize(const QCPItemText& label);

}  // namespace actlab::curves
