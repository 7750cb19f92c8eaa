#pragma once

// Building blocks that stay exact where the textbook formulas overflow or cancel. Every function here is
// for finite arguments; callers handle NaN and ±inf themselves.

#include "double_double.h"

#include <cmath>

namespace actlab::stable {

inline constexpr dd::Double2 kInvSqrt2{0.7071067811865476, -4.833646656726457e-17};
inline constexpr double kSqrt2 = 1.4142135623730951;
inline constexpr double kInvSqrt2Pi = 0.3989422804014327;

/// σ(u) and σ(−u) from one exponential of −|u|, so neither is formed as 1 − the other.
struct SigmoidPair {
    double positive;  ///< σ(u)
    double negative;  ///< σ(−u) = 1 − σ(u), without the cancellation
};

inline SigmoidPair sigmoidPair(double u)
{
    const double e = std::exp(-std::fabs(u));
    const double q = 1.0 / (1.0 + e);
    const double small = e * q;  // σ(−|u|)
    return u >= 0 ? SigmoidPair{q, small} : SigmoidPair{small, q};
}

/// σ(hi + lo) and σ(−hi − lo) to first order in lo. Far out in the tails σ(u) ≈ e^u, whose relative
/// sensitivity to u is |u|; the lo term restores the digits a rounded u = β·x would otherwise cost.
inline SigmoidPair sigmoidPair(dd::Double2 u)
{
    const SigmoidPair s = sigmoidPair(u.hi);
    const double lo = dd::finiteOrZero(u.lo);
    return {s.positive + s.positive * (lo * s.negative), s.negative - s.negative * (lo * s.positive)};
}

/// log(1 + e^u) for u = hi + lo, exact for every finite u (no overflow for large u, no loss for very
/// negative u). Returned as a split: whole = max(hi + lo, 0) exactly as the caller knows it, plus rest.
/// For u ≤ 0 the value is `rest`; for u > 0 it is (hi + lo) + rest.
inline double log1pExpRest(dd::Double2 u, const SigmoidPair& s)
{
    const double lo = dd::finiteOrZero(u.lo);
    if (u.hi <= 0) return std::log1p(std::exp(u.hi)) + lo * s.positive;
    return std::log1p(std::exp(-u.hi)) - lo * s.negative;
}

/// The standard normal density φ(x) = e^{−x²/2}/√(2π), with x² formed exactly so the exponent of
/// e^{−700} is not off by 700 ulp.
inline double normalDensity(double x)
{
    const dd::Double2 square = dd::twoProduct(x, x);
    const double e = std::exp(-0.5 * square.hi);
    if (e == 0.0) return 0.0;
    return e * (1.0 - 0.5 * square.lo) * kInvSqrt2Pi;
}

/// The standard normal distribution Φ(x) = erfc(−x/√2)/2, with −x/√2 carried in double-double and the
/// rounding of its low part corrected through erfc′ (which is −√2·φ·2 in terms of x). `density` is φ(x).
inline double normalDistribution(double x, double density)
{
    const dd::Double2 t = dd::multiply(-x, kInvSqrt2);
    return 0.5 * std::erfc(t.hi) - kSqrt2 * density * dd::finiteOrZero(t.lo);
}

}  // namespace actlab::stable
