#pragma once

// How an activation's scalar kernel becomes an Activation entry. A kernel is a struct with
//   struct Params { ... };                        prepared once per batch from ParameterValues
//   static Params prepare(const ParameterValues&);
//   static void finite(double x, const Params&, double& f, double& df);   every finite x
//   static void infinite(bool positive, const Params&, double& f, double& df);   the limits at ±inf
//   static Kinks kinks(const Params&);
// The batch loop routes NaN and ±inf so the finite path needs no special cases for them. `finite` should
// be branch-free (select with ?:, call the math functions unconditionally) so its loop vectorises.

#include "activation.h"
#include "vector_math.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <span>

// The batch loops are compiled for several x86-64 levels and the best one the processor supports is
// picked at load time: AVX2 and AVX-512 run 4 and 8 lanes of libmvec where the baseline runs 2. A build
// can pin one level (ACTLAB_KERNEL_TARGET, or ACTLAB_KERNEL_BASELINE) so tests can check each of them.
#if defined(ACTLAB_KERNEL_BASELINE)
#define ACTLAB_KERNEL_TARGETS
#elif defined(ACTLAB_KERNEL_TARGET)
#define ACTLAB_KERNEL_TARGETS [[gnu::target(ACTLAB_KERNEL_TARGET)]]
#elif defined(ACTLAB_VECTOR_MATH)
#define ACTLAB_KERNEL_TARGETS [[gnu::target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4")]]
#else
#define ACTLAB_KERNEL_TARGETS
#endif

namespace actlab::kernels {

/// Samples are evaluated in blocks of this many, every one through the same (vectorised) code, so a
/// single value() and a long batch give the same bits.
inline constexpr std::size_t kBlock = 32;

template <class Kernel>
inline void evaluateBlock(const double* x, double* f, double* df, const typename Kernel::Params& params)
{
    // Non-finite inputs ride through the vector pass as 0 and are replaced afterwards.
    double safe[kBlock];
    int special = 0;
    for (std::size_t j = 0; j < kBlock; ++j) {
        const bool finite = std::fabs(x[j]) <= DBL_MAX;
        safe[j] = finite ? x[j] : 0.0;
        special |= finite ? 0 : 1;
    }
#pragma omp simd
    for (std::size_t j = 0; j < kBlock; ++j) Kernel::finite(safe[j], params, f[j], df[j]);
    if (special == 0) [[likely]] return;
    for (std::size_t j = 0; j < kBlock; ++j) {
        if (std::isnan(x[j])) {
            f[j] = x[j];
            df[j] = x[j];
        } else if (std::isinf(x[j])) {
            Kernel::infinite(x[j] > 0, params, f[j], df[j]);
        }
    }
}

template <class Kernel>
ACTLAB_KERNEL_TARGETS void evaluateBatch(const void* /*context*/, const double* x, double* f, double* df,
                                         std::size_t n, const ParameterValues& p)
{
    const typename Kernel::Params params = Kernel::prepare(p);
    std::size_t i = 0;
    for (; i + kBlock <= n; i += kBlock) evaluateBlock<Kernel>(x + i, f + i, df + i, params);
    if (i == n) return;
    // The tail goes through the same block code, padded, rather than through a scalar epilogue whose
    // last bits could differ.
    double tailX[kBlock] = {};
    double tailF[kBlock];
    double tailDf[kBlock];
    std::copy(x + i, x + n, tailX);
    evaluateBlock<Kernel>(tailX, tailF, tailDf, params);
    std::copy(tailF, tailF + (n - i), f + i);
    std::copy(tailDf, tailDf + (n - i), df + i);
}

template <class Kernel>
Kinks kinksOf(const void* /*context*/, const ParameterValues& p)
{
    return Kernel::kinks(Kernel::prepare(p));
}

/// The Activation entry for a kernel; the descriptive fields are filled in by the family's table.
template <class Kernel>
constexpr Activation describe(std::string_view id, std::string_view name, Family family,
                              std::string_view formula, std::string_view derivativeFormula,
                              std::string_view note, std::span<const ParameterSpec> parameters)
{
    return Activation{id,   name,       family, formula, derivativeFormula, note,
                      parameters, &evaluateBatch<Kernel>, &kinksOf<Kernel>, nullptr};
}

/// Kernels without parameters share this.
struct NoParams {};

inline Kinks noKinks() { return {}; }
inline Kinks kinksAt(double a) { return Kinks{{a, 0.0}, 1}; }
inline Kinks kinksAt(double a, double b) { return Kinks{{a, b}, 2}; }

}  // namespace actlab::kernels
