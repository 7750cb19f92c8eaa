#pragma once

#include "core/activation.h"
#include "core/analysis.h"

#include <array>
#include <cstddef>
#include <list>
#include <optional>
#include <vector>

namespace actlab::curves {

/// A point where f′ jumps: the derivative used there (the left one, as autograd) and the limit from
/// the right, both from core.
struct DerivativeJump {
    double x;
    double value;       ///< f(x)
    double left;        ///< f′(x), the convention
    double rightLimit;  ///< f′ just right of x
};

/// What the highlights of one function need from core's analysis, for one set of parameters.
struct CurveAnalysis {
    PeakGradient peak{};
    Limits limits{};
    /// Local minima of f below 0 (silu's dip), from core's notable points.
    std::vector<NotablePoint> negativeMinima;
    std::array<DerivativeJump, kMaxKinks> jumps{};
    std::size_t jumpCount = 0;
    /// The kinks of f at these parameters (relu's plateau starts at one).
    Kinks kinks{};
    /// softplus only: where it is furthest above relu, and by how much.
    std::optional<Gap> reluGap;
};

/// Core's analysis of each drawn function, kept until its parameters change: moving the probe or
/// another function's slider recomputes nothing, and going back to earlier parameters (a slider
/// dragged back and forth) finds them still here.
class AnalysisCache {
public:
    const CurveAnalysis& analysisOf(const Activation& activation, const ParameterValues& p);
    /// The intervals of core's default analysis window where |f′| < epsilon.
    const std::vector<Interval>& saturationOf(const Activation& activation, const ParameterValues& p,
                                              double epsilon);

    /// Analyses computed so far (cache misses), for tests and benchmarks.
    std::size_t computations() const { return m_computations; }

private:
    struct Entry {
        const Activation* activation;
        ParameterValues p;
        CurveAnalysis analysis;
    };
    struct SaturationEntry {
        const Activation* activation;
        ParameterValues p;
        double epsilon;
        std::vector<Interval> intervals;
    };

    // Lists, so that a reference handed out stays valid while other entries come and go (until its
    // own entry is evicted, 64 look-ups of other functions later). Most recently used last.
    std::list<Entry> m_entries;
    std::list<SaturationEntry> m_saturation;
    std::size_t m_computations = 0;
};

}  // namespace actlab::curves
