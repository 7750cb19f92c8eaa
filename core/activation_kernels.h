#pragma once

// How an activation's scalar kernel becomes an Activation entry. A kernel is a struct with
//   struct Params { ... };                        prepared once per batch from ParameterValues
//   static Params prepare(const ParameterValues&);
//   static void finite(double x, const Params&, double& f, double& df);   every finite x
//   static void infinite(bool positive, const Params&, double& f, double& df);   the limits at ±inf
//   static Kinks kinks(const Params&);
// The batch loop routes NaN and ±inf so the finite path needs no special cases for them.

#include "activation.h"

#include <cmath>
#include <span>

namespace actlab::kernels {

template <class Kernel>
void evaluateBatch(const double* x, double* f, double* df, std::size_t n, const ParameterValues& p)
{
    const typename Kernel::Params params = Kernel::prepare(p);
    for (std::size_t i = 0; i < n; ++i) {
        const double xi = x[i];
        if (std::isfinite(xi)) [[likely]] {
            Kernel::finite(xi, params, f[i], df[i]);
        } else if (std::isnan(xi)) {
            f[i] = xi;
            df[i] = xi;
        } else {
            Kernel::infinite(xi > 0, params, f[i], df[i]);
        }
    }
}

template <class Kernel>
Kinks kinksOf(const ParameterValues& p)
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
                      parameters, &evaluateBatch<Kernel>, &kinksOf<Kernel>};
}

/// Kernels without parameters share this.
struct NoParams {};

inline Kinks noKinks() { return {}; }
inline Kinks kinksAt(double a) { return Kinks{{a, 0.0}, 1}; }
inline Kinks kinksAt(double a, double b) { return Kinks{{a, b}, 2}; }

}  // namespace actlab::kernels
