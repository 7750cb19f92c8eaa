#include "ui/depth/labelplacement.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace actlab {

namespace {

/// Pixels between a named point and its label.
constexpr double kGap = 8.0;
constexpr double kPointCost = 20.0;
constexpr double kMarkerCost = 20000.0;
constexpr double kPixelCost = 0.2;

}  // namespace

std::vector<QPointF> placeLabels(const QRectF& area, std::vector<QRectF> taken,
                                 std::span<const QPointF> points, std::span<const QPointF> markers,
                                 std::span<const LabelRequest> labels)
{
    const auto free = [&](const QRectF& box) {
        return area.contains(box) && std::none_of(taken.begin(), taken.end(),
                                                  [&](const QRectF& other) { return box.intersects(other); });
    };
    const auto cost = [&](const QRectF& box, const QPointF& named) {
        const QRectF margin = box.adjusted(-4, -4, 4, 4);
        const auto inside = [&](const QPointF& p) { return margin.contains(p); };
        const QPointF nearest(std::clamp(named.x(), box.left(), box.right()),
                              std::clamp(named.y(), box.top(), box.bottom()));
        return kPointCost * double(std::count_if(points.begin(), points.end(), inside)) +
               kMarkerCost * double(std::count_if(markers.begin(), markers.end(), inside)) +
               kPixelCost * QLineF(named, nearest).length();
    };

    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return labels[a].named.y() < labels[b].named.y(); });

    std::vector<QPointF> placed(labels.size());
    for (const std::size_t index : order) {
        const QPointF at = labels[index].named;
        const QSizeF size = labels[index].size;
        const double w = size.width();
        const double h = size.height();
        // Beside the point first (below right reads best: a falling curve runs above left of it), then
        // further down or up either side.
        std::vector<QPointF> candidates{
            {at.x() + kGap, at.y() + kGap},     {at.x() + kGap, at.y() - kGap - h},
            {at.x() - kGap - w, at.y() + kGap}, {at.x() - kGap - w, at.y() - kGap - h},
            {at.x() + kGap, at.y() - h / 2},    {at.x() - kGap - w, at.y() - h / 2}};
        for (double dy = h / 2; dy < area.height(); dy += h / 2) {
            for (const double x : {at.x() + kGap, at.x() - kGap - w}) {
                candidates.emplace_back(x, at.y() + kGap + dy);
                candidates.emplace_back(x, at.y() - kGap - h - dy);
            }
        }
        QRectF box(candidates.front(), size);
        double best = std::numeric_limits<double>::infinity();
        for (const QPointF& topLeft : candidates) {
            QRectF candidate(topLeft, size);
            candidate.moveLeft(
                std::clamp(candidate.left(), area.left(), std::max(area.left(), area.right() - w)));
            // The distance alone is a lower bound of the cost: a place that far away cannot win, and
            // counting the points it would hide (the expensive part) is skipped.
            const QPointF nearest(std::clamp(at.x(), candidate.left(), candidate.right()),
                                  std::clamp(at.y(), candidate.top(), candidate.bottom()));
            if (kPixelCost * QLineF(at, nearest).length() >= best || !free(candidate)) continue;
            if (const double c = cost(candidate, at); c < best) {
                box = candidate;
                best = c;
            }
        }
        taken.push_back(box);
        placed[index] = box.topLeft();
    }
    return placed;
}

}  // namespace actlab
