#pragma once

#include "activation.h"

#include <vector>

namespace actlab {

struct Interval {
    double from;
    double to;
};

/// The largest |f′| and where it is attained. On a plateau (relu: every x > 0) `x` is the plateau's
/// left end and `plateau` spans it; otherwise plateau.from == plateau.to == x.
struct PeakGradient {
    double x;
    double value;  ///< The peak f′, signed.
    Interval plateau;
    /// Whether f′ at the plateau's ends is the peak too: relu's (0, ∞) excludes 0, where the left
    /// derivative 0 is used; hardtanh's (−1, 1] includes 1.
    bool includesFrom = true;
    bool includesTo = true;
};

/// f and f′ as x → −∞ and x → +∞ (possibly ±inf).
struct Limits {
    double valueAtMinusInfinity;
    double valueAtPlusInfinity;
    double derivativeAtMinusInfinity;
    double derivativeAtPlusInfinity;
};

struct NotablePoint {
    enum class Kind { Minimum, Maximum, Root, PeakGradient, Kink };
    Kind kind;
    double x;
    double value;       ///< f(x)
    double derivative;  ///< f′(x) (left derivative at a kink)
};

/// The analysis window used when none is given: wide enough for every built-in feature.
inline constexpr Interval kDefaultAnalysisWindow{-40.0, 40.0};

/// Peak of |f′| over the window.
PeakGradient peakGradient(const Activation& activation, const ParameterValues& p,
                          Interval window = kDefaultAnalysisWindow);

Limits limits(const Activation& activation, const ParameterValues& p);

/// Maximal sub-intervals of the window where |f′| < epsilon (the "vanishing gradient" zones), with
/// their ends located to full double precision. Intervals touching the window's edge end there.
std::vector<Interval> saturationIntervals(const Activation& activation, const ParameterValues& p,
                                          double epsilon, Interval window = kDefaultAnalysisWindow);

/// Where two activations are furthest apart: gap = f_a(x) − f_b(x) with the largest magnitude.
struct Gap {
    double x;
    double gap;
};

/// The largest |f_a − f_b| over the window and where it is attained, to full precision; kinks of
/// either function are candidates, and ties go to the simplest x (0 before 1e-300). Example: softplus_β
/// against relu gives ln 2 / β at x = 0.
Gap largestGap(const Activation& a, const ParameterValues& pa, const Activation& b, const ParameterValues& pb,
               Interval window = kDefaultAnalysisWindow);

/// Local extrema of f, roots of f, the peak of |f′| and kinks inside the window, ordered by x.
/// Example: silu has a Minimum at x ≈ −1.2785 with value ≈ −0.2785.
std::vector<NotablePoint> notablePoints(const Activation& activation, const ParameterValues& p,
                                        Interval window = kDefaultAnalysisWindow);

}  // namespace actlab
