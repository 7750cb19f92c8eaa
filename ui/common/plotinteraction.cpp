#include "ui/common/plotinteraction.h"

#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"

#include <cmath>

namespace actlab::plotinteraction {

double devicePixelSpan(const QCPAxis& axis, double devicePixelRatio)
{
    const QCPAxisRect* rect = axis.axisRect();
    const bool horizontal = axis.orientation() == Qt::Horizontal;
    const double pixels = (horizontal ? rect->width() : rect->height()) * devicePixelRatio;
    return pixels > 0 ? std::abs(axis.range().size()) / pixels : 0.0;
}

double snappedCoordinate(const QCPAxis& axis, double pixel, double devicePixelRatio)
{
    const double at = axis.pixelToCoord(pixel);
    const double half = devicePixelSpan(axis, devicePixelRatio) / 2;
    return half > 0 ? shortestDecimalIn(at - half, at + half) : at;
}

QCPRange snappedRange(const QCPRange& range, double devicePixels)
{
    if (!(devicePixels > 0)) return range;
    const double half = std::abs(range.size()) / devicePixels / 2;
    const QCPRange snapped(shortestDecimalIn(range.lower - half, range.lower + half),
                           shortestDecimalIn(range.upper - half, range.upper + half));
    // Half a pixel each way cannot make the ends meet unless the range is under a pixel wide.
    return snapped.lower < snapped.upper ? snapped : range;
}

double keyStep(double pixelSpan)
{
    if (!(pixelSpan > 0) || !std::isfinite(pixelSpan)) return 1.0;
    const double decade = std::pow(10.0, std::floor(std::log10(pixelSpan)));
    for (const double mantissa : {1.0, 2.0, 5.0}) {
        if (mantissa * decade >= pixelSpan) return mantissa * decade;
    }
    return 10.0 * decade;
}

double steppedProbe(double x, int steps, double pixelSpan)
{
    if (steps == 0 || !(pixelSpan > 0)) return x;
    const double step = keyStep(pixelSpan);
    // The first grid point at least a pixel away in the direction of travel, then the remaining steps.
    const double index = steps > 0 ? std::ceil((x + pixelSpan) / step) + (steps - 1)
                                   : std::floor((x - pixelSpan) / step) + (steps + 1);
    const double point = index * step;
    // index·step carries the rounding of step (0.02 is not a double). Within an eighth of a step of
    // it (less than one unit of the step's last digit) the grid point's own decimal is the only one
    // that short, so the shortest decimal there is the grid point.
    return shortestDecimalIn(point - step / 8, point + step / 8);
}

}  // namespace actlab::plotinteraction
