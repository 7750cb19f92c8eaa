#include "ui/curves/plotsampler.h"

#include "core/sampling.h"

namespace actlab {

std::size_t PlotSampler::sample(const Activation& activation, const ParameterValues& p, double from,
                                double to, std::size_t points)
{
    m_count = 0;
    // Room for the kinks sampleRange may insert between the evenly spaced points.
    const auto needed = static_cast<qsizetype>(points + kMaxKinks);
    if (m_x.size() < needed) {
        m_x.resize(needed);
        m_f.resize(needed);
        m_df.resize(needed);
    }
    const auto capacity = static_cast<std::size_t>(m_x.size());
    m_count = sampleRange(activation, p, from, to, points, /*insertKinks=*/true,
                          std::span<double>(m_x.data(), capacity), std::span<double>(m_f.data(), capacity),
                          std::span<double>(m_df.data(), capacity));
    return m_count;
}

}  // namespace actlab
