#pragma once

// Lets the compiler call glibc's vector math library (libmvec) from the kernels' `omp simd` loops:
// glibc declares these variants only under -ffast-math, which would also break NaN and infinity
// handling. libmvec's double functions are accurate to a few ulp (the reference tables check every
// result against mpmath), and special inputs never reach them: the batch loop routes NaN and ±inf
// around the kernels. Without glibc and GCC the loops simply stay scalar.

#include <cmath>

#if defined(__GNUC__) && !defined(__clang__) && defined(__GLIBC__) && defined(__x86_64__)
#define ACTLAB_VECTOR_MATH 1
extern "C" {
__attribute__((simd("notinbranch"))) double exp(double) noexcept;
__attribute__((simd("notinbranch"))) double expm1(double) noexcept;
__attribute__((simd("notinbranch"))) double log1p(double) noexcept;
__attribute__((simd("notinbranch"))) double erfc(double) noexcept;
}
#endif
