#include "sampling.h"

#include <cmath>
#include <stdexcept>

namespace actlab {

double evenlySpaced(double from, double to, std::size_t i, std::size_t points)
{
    if (i == 0) return from;
    if (i + 1 == points) return to;
    // Offsets from the midpoint, so a range symmetric about 0 gets samples symmetric to the bit (and 0
    // itself when the count is odd); halves keep ±DBL_MAX ranges from overflowing.
    const double middle = from / 2 + to / 2;
    const double halfWidth = to / 2 - from / 2;
    const double step = 2.0 * static_cast<double>(i) - static_cast<double>(points - 1);
    return middle + halfWidth * (step / static_cast<double>(points - 1));
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

    const Kinks kinks = insertKinks ? activation.kinksOf(p) : Kinks{};
    std::size_t nextKink = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < points; ++i) {
        const double xi = evenlySpaced(from, to, i, points);
        for (; nextKink < kinks.count && kinks.at[nextKink] <= xi; ++nextKink) {
            const double k = kinks.at[nextKink];
            const bool inside = k > from && k < to;
            const bool alreadySampled = k == xi || (count > 0 && x[count - 1] == k);
            if (inside && !alreadySampled) x[count++] = k;
        }
        x[count++] = xi;
    }
    activation.evaluateBatch(x.data(), f.data(), df.data(), count, p);
    return count;
}

}  // namespace actlab
