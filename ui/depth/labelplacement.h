#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <span>
#include <vector>

namespace actlab {

/// A label to place beside the point it names, in pixels.
struct LabelRequest {
    QPointF named;
    QSizeF size;
};

/// Where each label goes (top-left corners, in the order of `labels`): inside `area`, clear of `taken`
/// and of each other, beside its point where it can be. Among the places that fit, the one costing least
/// wins: each of `points` hidden counts as much as 100 px of distance from the named point, each of
/// `markers` hidden far more. The label nearest the top chooses first (it has the fewest places).
std::vector<QPointF> placeLabels(const QRectF& area, std::vector<QRectF> taken,
                                 std::span<const QPointF> points, std::span<const QPointF> markers,
                                 std::span<const LabelRequest> labels);

}  // namespace actlab
