#pragma once

#include "ui/common/qcustomplot_include.h"

#include <optional>

namespace actlab {

/// Ticks for an error axis whose coordinates are log₁₀ of the error in ulps: decades labelled "1",
/// "10", "10²" … up to the largest error, every second or fifth decade when there are many, plus a
/// "0" row below them for exact results (which have no logarithm) and an "∞" row above them for
/// overflow and NaN.
class UlpTicker : public QCPAxisTicker {
public:
    /// The "0" row at `zeroRow`, decades from 10⁰ to 10^topDecade, and "∞" at `infinityRow` if set.
    void setRows(double zeroRow, double topDecade, std::optional<double> infinityRow)
    {
        m_zeroRow = zeroRow;
        m_topDecade = topDecade;
        m_infinityRow = infinityRow;
    }

    /// The label of the tick at `tick`, as drawn; public for tests.
    QString labelFor(double tick) const;

protected:
    double getTickStep(const QCPRange& range) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    double m_zeroRow = -1;
    double m_topDecade = 1;
    std::optional<double> m_infinityRow;
};

}  // namespace actlab
