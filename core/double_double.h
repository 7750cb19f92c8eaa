#pragma once

// Error-free transformations: a value carried as hi + lo with |lo| ≤ ulp(hi)/2. Used where a rounded
// product such as β·x or x/√2 would be amplified by a steep function (exp of −700 turns one ulp of input
// into 700 ulp of output).

#include <cmath>

namespace actlab::dd {

struct Double2 {
    double hi;
    double lo;
};

/// a + b exactly (Knuth's TwoSum).
inline Double2 twoSum(double a, double b)
{
    const double s = a + b;
    const double bb = s - a;
    const double err = (a - (s - bb)) + (b - bb);
    return {s, err};
}

/// a · b exactly, via fused multiply-add.
inline Double2 twoProduct(double a, double b)
{
    const double p = a * b;
    return {p, std::fma(a, b, -p)};
}

/// a · (c.hi + c.lo) to about 2⁻¹⁰⁴ relative.
inline Double2 multiply(double a, Double2 c)
{
    const Double2 p = twoProduct(a, c.hi);
    const double lo = std::fma(a, c.lo, p.lo);
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

/// A correction term is only meaningful when the leading term is finite.
inline double finiteOrZero(double v) { return std::isfinite(v) ? v : 0.0; }

}  // namespace actlab::dd
