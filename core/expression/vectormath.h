#pragma once

// The libmvec variants the vector loops of Program::evaluateFast may call, beside those core declares
// (exp, expm1, log1p, erfc). glibc declares them only under -ffast-math, which would also break NaN
// and infinity; glibc 2.35 (Debian 12 has 2.36) ships every one listed here.

#include "core/vector_math.h"

#include <cmath>

#if defined(ACTLAB_VECTOR_MATH)
extern "C" {
__attribute__((simd("notinbranch"))) double log(double) noexcept;
__attribute__((simd("notinbranch"))) double sin(double) noexcept;
__attribute__((simd("notinbranch"))) double cos(double) noexcept;
__attribute__((simd("notinbranch"))) double tan(double) noexcept;
__attribute__((simd("notinbranch"))) double asin(double) noexcept;
__attribute__((simd("notinbranch"))) double acos(double) noexcept;
__attribute__((simd("notinbranch"))) double atan(double) noexcept;
__attribute__((simd("notinbranch"))) double sinh(double) noexcept;
__attribute__((simd("notinbranch"))) double cosh(double) noexcept;
__attribute__((simd("notinbranch"))) double tanh(double) noexcept;
__attribute__((simd("notinbranch"))) double asinh(double) noexcept;
__attribute__((simd("notinbranch"))) double acosh(double) noexcept;
__attribute__((simd("notinbranch"))) double atanh(double) noexcept;
__attribute__((simd("notinbranch"))) double erf(double) noexcept;
}
#endif
