#include "ui/depth/decadeticker.h"

#include "ui/common/numberformat.h"

#include <array>
#include <cmath>

namespace actlab {

namespace {

/// Spans up to this many decades get ticks at 1, 2 and 5 × 10ᵏ; longer ones at whole decades.
constexpr double kSubDecadeSpan = 2.3;
/// About this many decade ticks on an axis, whatever its span.
constexpr double kTargetTicks = 6.0;
constexpr std::array<double, 3> kMantissas{1.0, 2.0, 5.0};
/// Up to this many decades the sub-decade ticks are denser still.
constexpr double kDenseSpan = 1.2;
constexpr std::array<double, 5> kDenseMantissas{1.0, 2.0, 3.0, 5.0, 7.0};

/// The smallest of 1, 2, 5 × 10ⁿ (n ≥ 0) at least `raw`.
double niceStep(double raw)
{
    double decade = 1.0;
    while (true) {
        for (const double m : kMantissas) {
            if (m * decade >= raw) return m * decade;
        }
        decade *= 10.0;
    }
}

}  // namespace

QString decadeLabel(double exponent)
{
    if (exponent == 0) return QStringLiteral("1");
    if (exponent == 1) return QStringLiteral("10");
    if (std::fabs(exponent) < 1e6) return powerOfTenText(std::llround(exponent));
    // Beyond a million decades superscript digits stop being readable; say it plainly.
    return QStringLiteral("10^(%1)").arg(compactText(exponent, 4));
}

double DecadeTicker::getTickStep(const QCPRange& range)
{
    const double lower = m_zeroRow ? std::max(range.lower, m_breakAt) : range.lower;
    const double span = range.upper - lower;
    m_subDecades = span <= kSubDecadeSpan;
    return m_subDecades ? 1.0 : niceStep(span / kTargetTicks);
}

QVector<double> DecadeTicker::createTickVector(double tickStep, const QCPRange& range)
{
    const double lower = m_zeroRow ? std::max(range.lower, m_breakAt) : range.lower;
    QVector<double> ticks;
    if (m_zeroRow && range.contains(*m_zeroRow)) ticks.append(*m_zeroRow);
    if (m_subDecades) {
        const bool dense = range.upper - lower <= kDenseSpan;
        for (double k = std::floor(lower); k <= std::ceil(range.upper); k += 1.0) {
            const auto add = [&](double m) {
                const double tick = k + std::log10(m);
                if (tick >= lower && tick <= range.upper) ticks.append(tick);
            };
            if (dense) {
                for (const double m : kDenseMantissas) add(m);
            } else {
                for (const double m : kMantissas) add(m);
            }
        }
        return ticks;
    }
    for (double tick = std::ceil(lower / tickStep) * tickStep; tick <= range.upper; tick += tickStep) {
        ticks.append(tick);
    }
    return ticks;
}

QString DecadeTicker::labelFor(double tick) const
{
    if (m_zeroRow && tick == *m_zeroRow) return QStringLiteral("0");
    if (!m_subDecades) return decadeLabel(std::round(tick));
    const double k = std::floor(tick + 1e-9);
    const double mantissa = std::round(std::pow(10.0, tick - k));
    // Written as compactText writes the same number, so a tick reads like the labels beside it.
    if (k >= -3 && k <= 4) return compactText(mantissa * std::pow(10.0, k), 1);
    return timesPowerOfTenText(mantissa, static_cast<long long>(k), 1);
}

QString DecadeTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return labelFor(tick);
}

}  // namespace actlab
