#pragma once

#include <bit>
#include <cmath>
#include <compare>
#include <cstdint>

namespace actlab::expression {

/// bfloat16 as machine-learning hardware computes it: each operation in float32, its result rounded to
/// the nearest bfloat16 (ties to even). Holds the rounded value as a float, so comparisons and
/// conversions are plain float ones.
class BFloat16 {
public:
    BFloat16() = default;
    BFloat16(double value) : m_value(round(static_cast<float>(value))) {}  // NOLINT: a number type
    BFloat16(float value) : m_value(round(value)) {}                      // NOLINT
    explicit operator float() const { return m_value; }
    explicit operator double() const { return m_value; }
    float value() const { return m_value; }

    friend BFloat16 operator+(BFloat16 a, BFloat16 b) { return BFloat16(a.m_value + b.m_value); }
    friend BFloat16 operator-(BFloat16 a, BFloat16 b) { return BFloat16(a.m_value - b.m_value); }
    friend BFloat16 operator*(BFloat16 a, BFloat16 b) { return BFloat16(a.m_value * b.m_value); }
    friend BFloat16 operator/(BFloat16 a, BFloat16 b) { return BFloat16(a.m_value / b.m_value); }
    friend BFloat16 operator-(BFloat16 a) { return BFloat16(-a.m_value); }
    friend bool operator==(BFloat16 a, BFloat16 b) { return a.m_value == b.m_value; }
    friend std::partial_ordering operator<=>(BFloat16 a, BFloat16 b) { return a.m_value <=> b.m_value; }

    /// float → bfloat16, round to nearest, ties to even; NaN stays a (quiet) NaN.
    static float round(float value)
    {
        if (std::isnan(value)) return value;
        std::uint32_t bits = std::bit_cast<std::uint32_t>(value);
        bits += 0x7FFFu + ((bits >> 16) & 1u);
        return std::bit_cast<float>(bits & 0xFFFF0000u);
    }

private:
    float m_value = 0;
};

// The elementary functions, each evaluated in float32 and rounded once, found by argument-dependent
// lookup from the dual-number rules, which call them unqualified.
#define ACTLAB_BFLOAT16_UNARY(name) \
    inline BFloat16 name(BFloat16 a) { return BFloat16(std::name(a.value())); }
ACTLAB_BFLOAT16_UNARY(exp)
ACTLAB_BFLOAT16_UNARY(log)
ACTLAB_BFLOAT16_UNARY(sqrt)
ACTLAB_BFLOAT16_UNARY(sin)
ACTLAB_BFLOAT16_UNARY(cos)
ACTLAB_BFLOAT16_UNARY(tan)
ACTLAB_BFLOAT16_UNARY(asin)
ACTLAB_BFLOAT16_UNARY(acos)
ACTLAB_BFLOAT16_UNARY(atan)
ACTLAB_BFLOAT16_UNARY(sinh)
ACTLAB_BFLOAT16_UNARY(cosh)
ACTLAB_BFLOAT16_UNARY(tanh)
ACTLAB_BFLOAT16_UNARY(asinh)
ACTLAB_BFLOAT16_UNARY(acosh)
ACTLAB_BFLOAT16_UNARY(atanh)
ACTLAB_BFLOAT16_UNARY(erf)
ACTLAB_BFLOAT16_UNARY(erfc)
ACTLAB_BFLOAT16_UNARY(log1p)
ACTLAB_BFLOAT16_UNARY(expm1)
ACTLAB_BFLOAT16_UNARY(fabs)
#undef ACTLAB_BFLOAT16_UNARY
inline BFloat16 pow(BFloat16 a, BFloat16 b) { return BFloat16(std::pow(a.value(), b.value())); }
inline BFloat16 hypot(BFloat16 a, BFloat16 b) { return BFloat16(std::hypot(a.value(), b.value())); }
inline bool isnan(BFloat16 a) { return std::isnan(a.value()); }

}  // namespace actlab::expression
