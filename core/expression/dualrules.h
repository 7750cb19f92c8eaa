#pragma once

// Forward-mode differentiation: each rule takes the value and derivative (with respect to x) of its
// operands and gives those of its result, in the number type T the formula is evaluated in (double,
// float or BFloat16), so the same program shows how each precision departs from the truth.
//
// Derivatives are exact in form: where a textbook rule cancels or overflows (1 − tanh², σ(1 − σ)) the
// rule here is written so it does not. A term whose derivative factor is exactly 0 is left out rather
// than multiplied by an infinite value, so 2·exp(x) at x = 800 has derivative inf, not NaN.
//
// Kinks follow ActLab's convention: at a kink the derivative is one-sided, the left one unless the right
// is asked for. The side is that of x, not of the kink's argument u: when u decreases with x, the left
// derivative in x is the right one in u. So relu(−x) has left derivative −1 at 0, and max(a, b) at a tie
// has left derivative min(a′, b′) whatever the argument order.

#include "core/expression/functions.h"
#include "core/stable_math.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace actlab::expression {

enum class Side : unsigned char { Left, Right };

template <class T>
struct Dual {
    T v;
    T d;
};

namespace rules {

template <class T>
T zero()
{
    return T(0.0);
}

/// a·b, or 0 when a is exactly 0 (whatever b is).
template <class T>
T times(T a, T b)
{
    return a == zero<T>() ? zero<T>() : a * b;
}

template <class T>
bool isNotANumber(T a)
{
    using std::isnan;
    return isnan(a);
}

template <class T>
T notANumber()
{
    return T(std::numeric_limits<double>::quiet_NaN());
}

/// Whether, as x moves to the chosen side, an argument with derivative `d` moves up.
template <class T>
bool movesUp(T d, Side side)
{
    return side == Side::Left ? d < zero<T>() : d > zero<T>();
}

/// φ(u) = e^{−u²/2}/√(2π). In double, u² is carried exactly (e^{−700} is not off by 700 ulp); in the
/// narrower types the formula is evaluated as written, as a framework would.
template <class T>
T normalDensity(T u)
{
    using std::exp;
    if constexpr (std::is_same_v<T, double>) return stable::normalDensity(u);
    else return T(0.3989422804014327) * exp(-(u * u) / T(2.0));
}

/// e^{−u²}, with u² carried exactly in double.
template <class T>
T gaussian(T u)
{
    using std::exp;
    if constexpr (std::is_same_v<T, double>) {
        const dd::Double2 square = dd::twoProduct(u, u);
        const double e = std::exp(-square.hi);
        return e == 0.0 ? 0.0 : e * (1.0 - square.lo);
    } else {
        return exp(-(u * u));
    }
}

/// Φ(u) = erfc(−u/√2)/2: no 1 + erf cancellation in the left tail; in double the rounding of −u/√2 is
/// corrected too.
template <class T>
T normalDistribution(T u, T density)
{
    using std::erfc;
    if constexpr (std::is_same_v<T, double>) return stable::normalDistribution(u, density);
    else return erfc(-u * T(0.7071067811865476)) / T(2.0);
}

template <class T>
Dual<T> add(Dual<T> a, Dual<T> b) { return {a.v + b.v, a.d + b.d}; }
template <class T>
Dual<T> subtract(Dual<T> a, Dual<T> b) { return {a.v - b.v, a.d - b.d}; }
template <class T>
Dual<T> negate(Dual<T> a) { return {-a.v, -a.d}; }

template <class T>
Dual<T> multiply(Dual<T> a, Dual<T> b)
{
    return {a.v * b.v, times(a.d, b.v) + times(b.d, a.v)};
}

template <class T>
Dual<T> divide(Dual<T> a, Dual<T> b)
{
    const T v = a.v / b.v;
    return {v, (a.d - times(b.d, v)) / b.v};
}

template <class T>
Dual<T> power(Dual<T> a, Dual<T> b)
{
    using std::log;
    using std::pow;
    const T v = pow(a.v, b.v);
    if (b.d == zero<T>()) {  // a constant exponent: b·a^(b−1)·a′, defined for a ≤ 0 too
        if (a.d == zero<T>() || b.v == zero<T>()) return {v, zero<T>()};
        return {v, b.v * pow(a.v, b.v - T(1.0)) * a.d};
    }
    return {v, times(v, times(b.d, log(a.v)) + times(a.d, b.v / a.v))};
}

template <Function F, class T>
inline Dual<T> applyRule(Dual<T> a, [[maybe_unused]] Side side);

/// The rule of one function, fixed at compile time so a vector loop can inline it (see programfast.cpp).
/// Outside the function's domain (log of a negative number, atanh(2)) the value is NaN and so is the
/// derivative, though its formula alone (1/u, 1/(1 − u²)) would give a number.
template <Function F, class T>
inline Dual<T> apply(Dual<T> a, Side side)
{
    Dual<T> r = applyRule<F>(a, side);
    if (isNotANumber(r.v)) r.d = r.v;
    return r;
}

template <Function F, class T>
inline Dual<T> applyRule(Dual<T> a, [[maybe_unused]] Side side)
{
    using std::acos, std::acosh, std::asin, std::asinh, std::atan, std::atanh, std::cos, std::cosh, std::erf,
        std::erfc, std::exp, std::expm1, std::fabs, std::hypot, std::log, std::log1p, std::sin, std::sinh,
        std::sqrt, std::tan, std::tanh;
    [[maybe_unused]] const T one(1.0);
    [[maybe_unused]] const T two(2.0);
    if constexpr (F == Function::Exp) {
        const T v = exp(a.v);
        return {v, times(a.d, v)};
    }
    if constexpr (F == Function::Log) return {log(a.v), a.d / a.v};
    if constexpr (F == Function::Sqrt) {
        const T v = sqrt(a.v);
        return {v, a.d / (two * v)};
    }
    if constexpr (F == Function::Sin) return {sin(a.v), times(a.d, cos(a.v))};
    if constexpr (F == Function::Cos) return {cos(a.v), -times(a.d, sin(a.v))};
    if constexpr (F == Function::Tan) {
        const T c = cos(a.v);
        return {tan(a.v), a.d / (c * c)};
    }
    if constexpr (F == Function::Asin) return {asin(a.v), a.d / sqrt((one - a.v) * (one + a.v))};
    if constexpr (F == Function::Acos) return {acos(a.v), -a.d / sqrt((one - a.v) * (one + a.v))};
    if constexpr (F == Function::Atan) return {atan(a.v), a.d / (one + a.v * a.v)};
    if constexpr (F == Function::Sinh) return {sinh(a.v), times(a.d, cosh(a.v))};
    if constexpr (F == Function::Cosh) return {cosh(a.v), times(a.d, sinh(a.v))};
    if constexpr (F == Function::Tanh) {
        // sech²(u) = 4e^{−2|u|} / (1 + e^{−2|u|})²: no 1 − tanh² cancellation, no cosh² overflow.
        const T e = exp(-two * fabs(a.v));
        const T p = one + e;
        return {tanh(a.v), times(a.d, T(4.0) * e / (p * p))};
    }
    if constexpr (F == Function::Asinh) return {asinh(a.v), a.d / hypot(one, a.v)};
    if constexpr (F == Function::Acosh) return {acosh(a.v), a.d / sqrt((a.v - one) * (a.v + one))};
    if constexpr (F == Function::Atanh) return {atanh(a.v), a.d / ((one - a.v) * (one + a.v))};
    if constexpr (F == Function::Relu) {
        if (isNotANumber(a.v)) return {a.v, a.v};
        if (a.v > zero<T>()) return a;
        if (a.v < zero<T>()) return {zero<T>(), zero<T>()};
        return {zero<T>(), movesUp(a.d, side) ? a.d : zero<T>()};
    }
    if constexpr (F == Function::Abs) {
        if (isNotANumber(a.v)) return {a.v, a.v};
        if (a.v > zero<T>()) return a;
        if (a.v < zero<T>()) return negate(a);
        // |u| grows whichever way u leaves 0: slope −|u′| on the left, +|u′| on the right.
        return {zero<T>(), side == Side::Left ? -fabs(a.d) : fabs(a.d)};
    }
    if constexpr (F == Function::Step) {
        if (isNotANumber(a.v)) return {a.v, a.v};
        return {a.v > zero<T>() ? one : zero<T>(), zero<T>()};  // step(0) = 0 = relu′(0)
    }
    if constexpr (F == Function::Sigmoid || F == Function::Softplus) {
        // σ(u) and σ(−u) from one e^{−|u|}, so neither is 1 − the other.
        const T e = exp(-fabs(a.v));
        const T q = one / (one + e);
        const bool positive = a.v >= zero<T>();
        const T up = positive ? q : e * q;
        const T down = positive ? e * q : q;
        if constexpr (F == Function::Sigmoid) return {up, times(a.d, up * down)};
        const T rest = log1p(e);
        return {positive ? a.v + rest : rest, times(a.d, up)};
    }
    if constexpr (F == Function::Erf || F == Function::Erfc) {
        const T slope = T(1.1283791670955126) * gaussian(a.v);  // 2/√π · e^{−u²}
        if constexpr (F == Function::Erf) return {erf(a.v), times(a.d, slope)};
        return {erfc(a.v), -times(a.d, slope)};
    }
    if constexpr (F == Function::Phi) {
        const T density = normalDensity(a.v);
        return {normalDistribution(a.v, density), times(a.d, density)};
    }
    if constexpr (F == Function::Log1p) return {log1p(a.v), a.d / (one + a.v)};
    if constexpr (F == Function::Expm1) return {expm1(a.v), times(a.d, exp(a.v))};
    return {notANumber<T>(), notANumber<T>()};
}

/// Runs `visit.template operator()<F>()` with the one-argument function `function` as the compile-time
/// constant F, so a caller can instantiate a rule (or a whole loop) per function from one switch.
/// False, and nothing run, for the functions of two or three arguments.
template <class Visitor>
bool visitUnary(Function function, Visitor&& visit)
{
    switch (function) {
#define ACTLAB_VISIT(name) \
    case Function::name: visit.template operator()<Function::name>(); return true;
        ACTLAB_VISIT(Exp) ACTLAB_VISIT(Log) ACTLAB_VISIT(Sqrt) ACTLAB_VISIT(Sin) ACTLAB_VISIT(Cos)
        ACTLAB_VISIT(Tan) ACTLAB_VISIT(Asin) ACTLAB_VISIT(Acos) ACTLAB_VISIT(Atan) ACTLAB_VISIT(Sinh)
        ACTLAB_VISIT(Cosh) ACTLAB_VISIT(Tanh) ACTLAB_VISIT(Asinh) ACTLAB_VISIT(Acosh) ACTLAB_VISIT(Atanh)
        ACTLAB_VISIT(Relu) ACTLAB_VISIT(Abs) ACTLAB_VISIT(Step) ACTLAB_VISIT(Sigmoid) ACTLAB_VISIT(Softplus)
        ACTLAB_VISIT(Erf) ACTLAB_VISIT(Erfc) ACTLAB_VISIT(Phi) ACTLAB_VISIT(Log1p) ACTLAB_VISIT(Expm1)
#undef ACTLAB_VISIT
    case Function::Max:
    case Function::Min:
    case Function::Where: break;  // see call(function, a, b, side) and where(c, a, b)
    }
    return false;
}

template <class T>
Dual<T> call(Function function, Dual<T> a, Side side)
{
    Dual<T> result{notANumber<T>(), notANumber<T>()};
    visitUnary(function, [&]<Function F>() { result = apply<F>(a, side); });
    return result;
}

/// where(c, a, b): a where c > 0, else b (also where c is NaN, as torch.where's c > 0 is false there).
template <class T>
Dual<T> where(Dual<T> c, Dual<T> a, Dual<T> b)
{
    return c.v > zero<T>() ? a : b;
}

template <class T>
Dual<T> call(Function function, Dual<T> a, Dual<T> b, Side side)
{
    if (isNotANumber(a.v) || isNotANumber(b.v)) return {notANumber<T>(), notANumber<T>()};
    const bool isMax = function == Function::Max;
    if (a.v != b.v) return (a.v > b.v) == isMax ? a : b;
    // A tie: to the left, max follows the argument that falls slower, i.e. min(a′, b′); to the right,
    // max(a′, b′). min mirrors it.
    const bool takeLarger = isMax == (side == Side::Right);
    return {a.v, takeLarger ? std::max(a.d, b.d) : std::min(a.d, b.d)};
}

}  // namespace rules

}  // namespace actlab::expression
