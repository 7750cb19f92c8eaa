#include "ui/curves/labelplacer.h"

#include "ui/common/qcustomplot_include.h"

#include <QFontMetrics>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actlab::curves {

namespace {

/// Side of the cells curve points are counted in, in pixels.
constexpr double kCell = 2.0;
/// Pixels between a label and the marker it names, or the edge of the area.
constexpr double kGap = 10.0;
/// Rings farther out, for when every place next to the marker is taken.
constexpr double kFarGap = 38.0;
constexpr double kFartherGap = 80.0;
/// Hiding a marker is worse than hiding this many curve samples; covering another label, worse still.
constexpr int kMarkerWeight = 1000;
constexpr int kObstacleWeight = 5000;

struct Side {
    Qt::Alignment alignment;  ///< Which point of the label touches the offset point.
    double dx;                ///< Direction of the offset from the anchor.
    double dy;
};

// Beside the anchor, the diagonal places first: a label there leaves the curve through the marker free.
constexpr std::array<Side, 8> kSides{{
    {Qt::AlignLeft | Qt::AlignBottom, 1, -1},
    {Qt::AlignRight | Qt::AlignBottom, -1, -1},
    {Qt::AlignLeft | Qt::AlignTop, 1, 1},
    {Qt::AlignRight | Qt::AlignTop, -1, 1},
    {Qt::AlignLeft | Qt::AlignVCenter, 1, 0},
    {Qt::AlignRight | Qt::AlignVCenter, -1, 0},
    {Qt::AlignHCenter | Qt::AlignBottom, 0, -1},
    {Qt::AlignHCenter | Qt::AlignTop, 0, 1},
}};

/// The box of a label of `size` whose `alignment` point sits at `at`.
QRectF boxAt(QPointF at, QSizeF size, Qt::Alignment alignment)
{
    double left = at.x() - size.width() / 2;
    if (alignment & Qt::AlignLeft)
        left = at.x();
    else if (alignment & Qt::AlignRight)
        left = at.x() - size.width();
    double top = at.y() - size.height() / 2;
    if (alignment & Qt::AlignTop)
        top = at.y();
    else if (alignment & Qt::AlignBottom)
        top = at.y() - size.height();
    return {QPointF(left, top), size};
}

}  // namespace

QSizeF labelSize(const QCPItemText& label)
{
    const QMargins padding = label.padding();
    return QSizeF(QFontMetrics(label.font()).boundingRect(QRect(), Qt::AlignLeft, label.text()).size())
        .grownBy(QMarginsF(padding));
}

LabelPlacer::LabelPlacer(const QRectF& area, const std::vector<QPointF>& curvePoints,
                         std::vector<int>& counts)
    : m_area(area), m_counts(counts)
{
    m_columns = std::max(0, static_cast<int>(std::ceil(area.width() / kCell)));
    m_rows = std::max(0, static_cast<int>(std::ceil(area.height() / kCell)));
    const auto stride = static_cast<std::size_t>(m_columns + 1);
    m_counts.assign(stride * static_cast<std::size_t>(m_rows + 1), 0);
    for (const QPointF& p : curvePoints) {
        // Compared as doubles: zoomed far in, a curve point can lie billions of pixels away, beyond int.
        const double column = std::trunc((p.x() - area.left()) / kCell);
        const double row = std::trunc((p.y() - area.top()) / kCell);
        if (!(column >= 0 && row >= 0 && column < m_columns && row < m_rows)) continue;
        ++m_counts[static_cast<std::size_t>(row + 1) * stride + static_cast<std::size_t>(column + 1)];
    }
    // Prefix sums in both directions.
    for (int row = 1; row <= m_rows; ++row) {
        for (int column = 1; column <= m_columns; ++column) {
            const std::size_t at = static_cast<std::size_t>(row) * stride + static_cast<std::size_t>(column);
            m_counts[at] += m_counts[at - 1] + m_counts[at - stride] - m_counts[at - stride - 1];
        }
    }
}

int LabelPlacer::curvePointsIn(const QRectF& box) const
{
    // Every cell the box touches counts, a little more than the box: a point a pixel away from a label
    // is as hidden as one under it.
    // Clamped before the cast, as a box far off the plot would not fit in an int (NaN counts as 0).
    const auto cell = [](double value, int limit) {
        if (!(value > 0)) return 0;
        return value >= limit ? limit : static_cast<int>(value);
    };
    const int left = cell(std::floor((box.left() - m_area.left()) / kCell), m_columns);
    const int right = cell(std::ceil((box.right() - m_area.left()) / kCell), m_columns);
    const int top = cell(std::floor((box.top() - m_area.top()) / kCell), m_rows);
    const int bottom = cell(std::ceil((box.bottom() - m_area.top()) / kCell), m_rows);
    if (left >= right || top >= bottom) return 0;
    return pointsBefore(right, bottom) - pointsBefore(left, bottom) - pointsBefore(right, top) +
           pointsBefore(left, top);
}

void LabelPlacer::addMarker(QPointF pixel)
{
    m_markers.push_back(pixel);
}

void LabelPlacer::addObstacle(const QRectF& box)
{
    m_obstacles.push_back(box);
}

int LabelPlacer::cost(const QRectF& box) const
{
    const auto inside = [&box](const QPointF& point) { return box.contains(point); };
    int total = curvePointsIn(box);
    total += kMarkerWeight * static_cast<int>(std::count_if(m_markers.begin(), m_markers.end(), inside));
    for (const QRectF& obstacle : m_obstacles) total += obstacle.intersects(box) ? kObstacleWeight : 0;
    return total;
}

void LabelPlacer::placeBeside(QCPItemText& label, QCPItemTracer& anchor, QCPItemLine* leader)
{
    const QSizeF size = labelSize(label);
    const QPointF at = anchor.position->pixelPosition();
    const QRectF inside = m_area.adjusted(4, 4, -4, -4);
    Side best = kSides.front();
    double bestGap = kGap;
    int bestCost = std::numeric_limits<int>::max();
    for (const double gap : {kGap, kFarGap, kFartherGap}) {
        for (const Side& side : kSides) {
            const QRectF box = boxAt(at + QPointF(side.dx * gap, side.dy * gap), size, side.alignment);
            // Outside the area a label would be clipped: only when nothing else fits.
            const int c = cost(box) + (inside.contains(box) ? 0 : 100 * kObstacleWeight);
            if (c < bestCost) {
                best = side;
                bestGap = gap;
                bestCost = c;
            }
        }
        if (bestCost == 0) break;
    }
    label.setPositionAlignment(best.alignment);
    label.position->setType(QCPItemPosition::ptAbsolute);
    label.position->setParentAnchor(anchor.position);
    label.position->setCoords(best.dx * bestGap, best.dy * bestGap);  // pixels from the anchor
    if (leader != nullptr) {
        leader->setVisible(bestGap > kGap);
        leader->start->setParentAnchor(anchor.position);
        leader->start->setCoords(0, 0);
        // The label's point that touches the offset point faces the anchor.
        QCPItemAnchor* facing = label.left;
        const Qt::Alignment a = best.alignment;
        if (a == (Qt::AlignLeft | Qt::AlignBottom))
            facing = label.bottomLeft;
        else if (a == (Qt::AlignRight | Qt::AlignBottom))
            facing = label.bottomRight;
        else if (a == (Qt::AlignLeft | Qt::AlignTop))
            facing = label.topLeft;
        else if (a == (Qt::AlignRight | Qt::AlignTop))
            facing = label.topRight;
        else if (a == (Qt::AlignRight | Qt::AlignVCenter))
            facing = label.right;
        else if (a == (Qt::AlignHCenter | Qt::AlignBottom))
            facing = label.bottom;
        else if (a == (Qt::AlignHCenter | Qt::AlignTop))
            facing = label.top;
        leader->end->setParentAnchor(facing);
        leader->end->setCoords(0, 0);
    }
    m_obstacles.push_back(boxAt(at + QPointF(best.dx * bestGap, best.dy * bestGap), size, best.alignment));
}

void LabelPlacer::placeInColumn(QCPItemText& label, double left, double right)
{
    const QSizeF size = labelSize(label);
    const double centre = left + (right - left) / 2;
    const double step = size.height() / 2;
    QRectF best;
    int bestCost = std::numeric_limits<int>::max();
    for (double top = m_area.top() + 8; top + size.height() <= m_area.bottom() - 8; top += step) {
        const QRectF box(QPointF(centre - size.width() / 2, top), size);
        const int c = cost(box);
        if (c < bestCost) {
            best = box;
            bestCost = c;
        }
    }
    if (bestCost == std::numeric_limits<int>::max()) return;  // the area is lower than the label
    label.setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label.position->setCoords(label.position->coords().x(), (best.top() - m_area.top()) / m_area.height());
    m_obstacles.push_back(best);
}

void LabelPlacer::placeInArea(QCPItemText& label)
{
    const QSizeF size = labelSize(label);
    const QRectF inner = m_area.adjusted(kGap, kGap, -kGap, -kGap);
    const std::array<QPointF, 8> places{inner.topLeft(),
                                        inner.topRight(),
                                        inner.bottomRight(),
                                        inner.bottomLeft(),
                                        QPointF(inner.right(), inner.center().y()),
                                        QPointF(inner.left(), inner.center().y()),
                                        QPointF(inner.center().x(), inner.top()),
                                        QPointF(inner.center().x(), inner.bottom())};
    const std::array<Qt::Alignment, 8> alignments{
        Qt::AlignLeft | Qt::AlignTop,    Qt::AlignRight | Qt::AlignTop,     Qt::AlignRight | Qt::AlignBottom,
        Qt::AlignLeft | Qt::AlignBottom, Qt::AlignRight | Qt::AlignVCenter, Qt::AlignLeft | Qt::AlignVCenter,
        Qt::AlignHCenter | Qt::AlignTop, Qt::AlignHCenter | Qt::AlignBottom};
    QRectF best = boxAt(places[0], size, alignments[0]);
    int bestCost = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < places.size(); ++i) {
        const QRectF box = boxAt(places[i], size, alignments[i]);
        const int c = cost(box);
        if (c < bestCost) {
            best = box;
            bestCost = c;
        }
    }
    label.position->setParentAnchor(nullptr);
    label.position->setType(QCPItemPosition::ptAbsolute);
    label.setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label.position->setCoords(best.topLeft());
    m_obstacles.push_back(best);
}

}  // namespace actlab::curves
