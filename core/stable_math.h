#pragma once

// Building blocks that stay exact where the textbook formulas overflow or cancel. Every function here is
// for finite arguments (callers route NaN and ±inf elsewhere) and branch-free, so the kernels built from
// them vectorise: both sides of a choice are computed and one is selected.

#include "double_double.h"
#include "vector_math.h"

#include <cmath>

namespace actlab::stable {

inline constexpr dd::Double2 kInvSqrt2{0.7071067811865476, -4.833646656726457e-17};
inline constexpr double kSqrt2 = 1.4142135623730951;
inline constexpr double kInvSqrt2Pi = 0.3989422804014327;

/// σ(u) and σ(−u) from one exponential of −|u|, so neither is formed as 1 − the other.
struct SigmoidPair {
    double positive;     ///< σ(u)
    double negative;     ///< σ(−u) = 1 − σ(u), without the cancellation
    double expNegAbs;    ///< e^{−|u|}, for callers that need it too
};

inline SigmoidPair sigmoidPair(double u)
{
    const double e = std::exp(-std::fabs(u));
    const double q = 1.0 / (1.0 + e);
    const double small = e * q;  // σ(−|u|)
    return {u >= 0 ? q : small, u >= 0 ? small : q, e};
}

/// σ(hi + lo) and σ(−hi − lo) to first order in lo. Far out in the tails σ(u) ≈ e^u, whose relative
/// sensitivity to u is |u|; the lo term restores the digits a rounded u = β·x would otherwise cost.
inline SigmoidPair sigmoidPair(dd::Double2 u)
{
    const SigmoidPair s = sigmoidPair(u.hi);
    const double lo = dd::finiteOrZero(u.lo);
    return {s.positive + s.positive * (lo * s.negative), s.negative - s.negative * (lo * s.positive), s.expNegAbs};
}

/// log(1 + e^u) − max(u, 0) for u = hi + lo: log1p(e^{−|u|}) with the first-order correction for lo.
/// The caller adds max(u, 0) back in its own terms (softplus adds x, not βx, so nothing overflows).
inline double log1pExpRest(dd::Double2 u, const SigmoidPair& s)
{
    const double lo = dd::finiteOrZero(u.lo);
    const double correction = u.hi <= 0 ? lo * s.positive : -lo * s.negative;
    return std::log1p(s.expNegAbs) + correction;
}

/// The standard normal density φ(x) = e^{−x²/2}/√(2π), with x² formed exactly so the exponent of
/// e^{−700} is not off by 700 ulp.
inline double normalDensity(double x)
{
    const dd::Double2 square = dd::twoProduct(x, x);
    const double e = std::exp(-0.5 * square.hi);
    // Once e has underflowed the low part may be inf or NaN (x² overflowed); the density is 0 either way.
    return e == 0.0 ? 0.0 : e * (1.0 - 0.5 * square.lo) * kInvSqrt2Pi;
}

/// The standard normal distribution Φ(x) = erfc(−x/√2)/2, with −x/√2 carried in double-double and the
/// rounding of its low part corrected through erfc′ (which is −√2·φ·2 in terms of x). `density` is φ(x).
inline double normalDistribution(double x, double density)
{
    const dd::Double2 t = dd::multiply(-x, kInvSqrt2);
    return 0.5 * std::erfc(t.hi) - kSqrt2 * density * t.lo;
}

}  // namespace actlab::stable
