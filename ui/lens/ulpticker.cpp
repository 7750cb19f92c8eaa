#include "ui/lens/ulpticker.h"

#include "ui/common/numberformat.h"

#include <cmath>

namespace actlab {

namespace {

/// About this many decade ticks, whatever the span.
constexpr double kTargetTicks = 6.0;

}  // namespace

QString UlpTicker::labelFor(double tick) const
{
    if (tick == m_zeroRow) return QStringLiteral("0");
    if (m_infinityRow && tick == *m_infinityRow) return QStringLiteral("∞");
    const long long decade = std::llround(tick);
    if (decade == 0) return QStringLiteral("1");
    if (decade == 1) return QStringLiteral("10");
    return powerOfTenText(decade);
}

double UlpTicker::getTickStep(const QCPRange&)
{
    const double raw = std::max(m_topDecade, 1.0) / kTargetTicks;
    for (const double step : {1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
        if (step >= raw) return step;
    }
    return std::ceil(raw / 100.0) * 100.0;
}

QVector<double> UlpTicker::createTickVector(double tickStep, const QCPRange& range)
{
    QVector<double> ticks;
    if (range.contains(m_zeroRow)) ticks << m_zeroRow;
    for (double decade = 0; decade <= m_topDecade + 1e-9; decade += tickStep) {
        if (range.contains(decade)) ticks << decade;
    }
    if (m_infinityRow && range.contains(*m_infinityRow)) ticks << *m_infinityRow;
    return ticks;
}

QString UlpTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return labelFor(tick);
}

}  // namespace actlab
