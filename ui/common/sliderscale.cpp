#include "ui/common/sliderscale.h"

#include "ui/common/numberformat.h"

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// How far from its position a rounded value may lie, in steps. Just under a half, so that the intervals
/// of neighbouring positions never touch: their rounded values differ, and each maps back to its own
/// position.
constexpr double kRoundingReach = 0.49;

/// The place value of the last significant digit of the decimal `value`: 0.01 for 2.51, 100 for 1200.
double lastDigitUnit(double value)
{
    const double magnitude = std::fabs(value);
    double unit = std::pow(10.0, std::floor(std::log10(magnitude)));
    for (int digits = 0; digits < 17; ++digits, unit /= 10) {
        const double count = magnitude / unit;
        if (std::fabs(count - std::round(count)) <= 1e-9 * count) return unit;
    }
    return unit;
}

}  // namespace

SliderScale::SliderScale(double minimum, double maximum, Scale scale, int positions)
    : m_minimum(minimum),
      m_maximum(maximum),
      m_scale(scale == Scale::Logarithmic && !(minimum > 0) ? Scale::Linear : scale),
      m_positions(std::max(positions, 1))
{
    if (m_scale == Scale::Integer) {
        m_minimum = std::round(minimum);
        m_maximum = std::round(maximum);
    }
}

int SliderScale::firstPosition() const
{
    return m_scale == Scale::Integer ? static_cast<int>(m_minimum) : 0;
}

int SliderScale::lastPosition() const
{
    return m_scale == Scale::Integer ? static_cast<int>(m_maximum) : m_positions;
}

double SliderScale::fractionOf(double value) const
{
    if (m_scale == Scale::Logarithmic) return std::log(value / m_minimum) / std::log(m_maximum / m_minimum);
    return (value - m_minimum) / (m_maximum - m_minimum);
}

double SliderScale::rawValueAt(double fraction) const
{
    if (m_scale == Scale::Logarithmic) return m_minimum * std::pow(m_maximum / m_minimum, fraction);
    return m_minimum + fraction * (m_maximum - m_minimum);
}

double SliderScale::roundedAt(double fraction) const
{
    const double reach = kRoundingReach / m_positions;
    const double low = rawValueAt(fraction - reach);
    const double high = rawValueAt(fraction + reach);
    double rounded = shortestDecimalIn(low, high);
    if (rounded != 0.0) {
        // Of the decimals as short as that one, the nearest to the position: 39.8 at 39.81, not 39.7.
        const double unit = lastDigitUnit(rounded);
        const double multiple = std::round(rawValueAt(fraction) / unit) * unit;
        // (Through shortestDecimalIn again, so that 398 × 0.1 gives the double nearest 39.8.)
        const double nearest = shortestDecimalIn(multiple - unit / 4, multiple + unit / 4);
        if (nearest >= low && nearest <= high) rounded = nearest;
    }
    return std::clamp(rounded, m_minimum, m_maximum);
}

double SliderScale::valueAt(int position) const
{
    position = std::clamp(position, firstPosition(), lastPosition());
    if (m_scale == Scale::Integer) return position;
    if (position == 0) return m_minimum;
    if (position == m_positions) return m_maximum;
    return roundedAt(static_cast<double>(position) / m_positions);
}

int SliderScale::positionOf(double value) const
{
    if (m_scale == Scale::Integer) {
        if (std::isnan(value)) return firstPosition();
        return static_cast<int>(std::clamp(std::round(value), m_minimum, m_maximum));
    }
    const double fraction = fractionOf(value);
    // NaN (no range, or a value a log scale cannot place) goes to the start.
    if (!(fraction > 0)) return 0;
    if (fraction >= 1) return m_positions;
    return static_cast<int>(std::lround(fraction * m_positions));
}

}  // namespace actlab
