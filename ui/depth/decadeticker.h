#pragma once

#include "ui/common/qcustomplot_include.h"

#include <optional>

namespace actlab {

/// Ticks for an axis whose coordinates are log₁₀ of the quantity shown, labelled with the quantity:
/// "10⁻⁸", "10⁻⁴", "1", or over a short span "0.2", "0.5", "1". A linear axis of exponents rather than
/// QCPAxisTickerLog, because the values reach below the double range (10⁻⁴⁰⁰ is drawn at −400).
/// Optionally one more tick, the zero row, reads "0": exact zeros have no logarithm and are drawn there,
/// below a break in the axis.
class DecadeTicker : public QCPAxisTicker {
public:
    /// Puts the "0" row at coordinate `row`, with decade ticks only above `breakAt` (row < breakAt).
    void setZeroRow(double row, double breakAt)
    {
        m_zeroRow = row;
        m_breakAt = breakAt;
    }
    void clearZeroRow() { m_zeroRow.reset(); }
    std::optional<double> zeroRow() const { return m_zeroRow; }

    /// The label of the tick at `tick` (a log₁₀ value), as drawn; public for tests.
    QString labelFor(double tick) const;

protected:
    double getTickStep(const QCPRange& range) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    std::optional<double> m_zeroRow;
    double m_breakAt = 0.0;
    bool m_subDecades = false;  ///< the span is short: ticks at 1, 2 and 5 × 10ᵏ
};

/// The label of the decade tick 10^exponent: "10⁻⁸" (powerOfTenText), but "1" and "10" for 0 and 1.
QString decadeLabel(double exponent);

}  // namespace actlab
