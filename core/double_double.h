#pragma once

// Error-free transformations: a value carried as hi + lo with |lo| ≤ ulp(hi)/2. Used where a rounded
// product such as β·x or x/√2 would be amplified by a steep function (exp of −700 turns one ulp of input
// into 700 ulp of output). Everything here is branch-free so that the kernels using it vectorise.

#include <cfloat>
#include <cmath>

namespace actlab::dd {

struct Double2 {
    double hi;
    double lo;
};

/// A correction term is only meaningful when it is finite (a split of a huge value overflows).
inline double finiteOrZero(double v) { return std::fabs(v) <= DBL_MAX ? v : 0.0; }

/// a + b exactly (Knuth's TwoSum).
inline Double2 twoSum(double a, double b)
{
    const double s = a + b;
    const double bb = s - a;
    const double err = (a - (s - bb)) + (b - bb);
    return {s, err};
}

/// a · b exactly: a fused multiply-add where the target has one, otherwise Dekker's product of halves
/// (a call to the library's fma would be exact too, but slow and it would stop vectorisation). For
/// |a|, |b| beyond 2⁹⁹⁶ the low part is not finite; callers pass it through finiteOrZero.
inline Double2 twoProduct(double a, double b)
{
    const double p = a * b;
#ifdef __FMA__
    return {p, std::fma(a, b, -p)};
#else
    constexpr double kSplitter = 134217729.0;  // 2^27 + 1
    const double ca = kSplitter * a;
    const double aHigh = ca - (ca - a);
    const double aLow = a - aHigh;
    const double cb = kSplitter * b;
    const double bHigh = cb - (cb - b);
    const double bLow = b - bHigh;
    return {p, ((aHigh * bHigh - p) + aHigh * bLow + aLow * bHigh) + aLow * bLow};
#endif
}

/// a · (c.hi + c.lo) to about 2⁻¹⁰⁴ relative.
inline Double2 multiply(double a, Double2 c)
{
    const Double2 p = twoProduct(a, c.hi);
    const double lo = finiteOrZero(a * c.lo + p.lo);
    const double hi = p.hi + lo;
    return {hi, lo - (hi - p.hi)};
}

/// (a.hi + a.lo) · (b.hi + b.lo) to about 2⁻¹⁰⁴ relative.
inline Double2 multiply(Double2 a, Double2 b)
{
    const Double2 p = twoProduct(a.hi, b.hi);
    const double lo = p.lo + (a.hi * b.lo + a.lo * b.hi);
    const double hi = p.hi + lo;
    return {hi, lo - (hi - p.hi)};
}

/// (a.hi + a.lo) + (b.hi + b.lo).
inline Double2 add(Double2 a, Double2 b)
{
    const Double2 s = twoSum(a.hi, b.hi);
    const double lo = s.lo + (a.lo + b.lo);
    const double hi = s.hi + lo;
    return {hi, lo - (hi - s.hi)};
}

}  // namespace actlab::dd
