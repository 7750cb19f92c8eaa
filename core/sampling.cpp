#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace actlab {
namespace {

/// The evenly spaced grid as offsets from the midpoint, so a range symmetric about 0 gets samples symmetric
/// to the bit (and 0 itself when the count is odd); halves keep ±DBL_MAX ranges from overflowing.
struct Grid {
    double middle;
    double halfWidth;
    double last;         ///< points − 1
    double inverseLast;  ///< a multiply per sample instead of a divide; 2i − last is exact, so ±i stay mirrored

    Grid(double from, double to, std::size_t points)
        : middle(from / 2 + to / 2),
          halfWidth(to / 2 - from / 2),
          last(static_cast<double>(points - 1)),
          inverseLast(1.0 / last)
    {
    }
    double at(std::size_t i) const
    {
        return middle + halfWidth * ((2.0 * static_cast<double>(i) - last) * inverseLast);
    }
};

}  // namespace

double evenlySpaced(double from, double to, std::size_t i, std::size_t points)
{
    if (i == 0) return from;
    if (i + 1 == points) return to;
    return Grid(from, to, points).at(i);
}

std::size_t sampleRange(const Activation& activation, const ParameterValues& p, double from, double to,
                        std::size_t points, bool insertKinks, std::span<double> x, std::span<double> f,
                        std::span<double> df)
{
    if (points < 2) throw std::invalid_argument("sampleRange: need at least 2 points");
    if (!std::isfinite(from) || !std::isfinite(to) || !(from < to))
        throw std::invalid_argument("sampleRange: need finite from < to");
    const std::size_t capacity = points + (insertKinks ? kMaxKinks : 0);
    if (x.size() < capacity || f.size() < capacity || df.size() < capacity)
        throw std::invalid_argument("sampleRange: buffers too small");

    // The grid first, in one branch-free loop (evenlySpaced's arithmetic, bit for bit), then the kinks
    // shifted into place: at most kMaxKinks moves of the tail, and only when the caller asks.
    const Grid grid(from, to, points);
    for (std::size_t i = 1; i + 1 < points; ++i) x[i] = grid.at(i);
    x[0] = from;
    x[points - 1] = to;

    std::size_t count = points;
    const Kinks kinks = insertKinks ? activation.kinksOf(p) : Kinks{};
    for (std::size_t k = 0; k < kinks.count; ++k) {
        const double kink = kinks.at[k];
        if (!(kink > from && kink < to)) continue;
        const auto end = x.begin() + static_cast<std::ptrdiff_t>(count);
        const auto at = std::lower_bound(x.begin(), end, kink);
        if (*at == kink) continue;  // already a sample
        std::copy_backward(at, end, end + 1);
        *at = kink;
        ++count;
    }
    activation.evaluateBatch(x.data(), f.data(), df.data(), count, p);
    return count;
}

}  // namespace actlab
