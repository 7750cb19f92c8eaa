#pragma once

#include "core/activation.h"

#include <QVector>

#include <cstddef>
#include <span>

namespace actlab {

/// Asks core for the samples of one activation at a time, into buffers kept between calls: redrawing
/// at the same resolution allocates nothing, and a larger resolution only grows them.
class PlotSampler {
public:
    /// Fills x, f and f′ with core's samples of `activation` over [from, to], `points` evenly spaced
    /// plus every kink inside the range at its exact position, and returns how many there are.
    /// Throws std::invalid_argument as actlab::sampleRange does (points < 2, from ≥ to, non-finite ends).
    std::size_t sample(const Activation& activation, const ParameterValues& p, double from, double to,
                       std::size_t points);

    /// The samples of the last call (empty before the first, or after one that threw).
    std::span<const double> x() const { return {m_x.constData(), m_count}; }
    std::span<const double> f() const { return {m_f.constData(), m_count}; }
    std::span<const double> df() const { return {m_df.constData(), m_count}; }
    std::size_t size() const { return m_count; }

    /// Entries allocated per buffer; never shrinks.
    qsizetype capacity() const { return m_x.size(); }

private:
    QVector<double> m_x;
    QVector<double> m_f;
    QVector<double> m_df;
    std::size_t m_count = 0;
};

}  // namespace actlab
