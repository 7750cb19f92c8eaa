#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace actlab {

/// Most parameters any activation takes: two for the built-ins (hardtanh: min_val, max_val), four for a
/// typed formula (core/expression/typedactivation.h).
inline constexpr std::size_t kMaxParameters = 4;
/// Most points where an activation's derivative jumps (relu6, hardtanh, hardsigmoid, hardswish: 2).
inline constexpr std::size_t kMaxKinks = 2;

/// One tunable parameter, described so that a UI can build a slider and a command line can validate it.
struct ParameterSpec {
    std::string_view id;     ///< PyTorch's keyword, e.g. "negative_slope".
    std::string_view label;  ///< Short human label, e.g. "negative slope".
    double defaultValue;
    double minimum;  ///< Inclusive.
    double maximum;  ///< Inclusive.
    bool logScale;   ///< The range spans decades: a slider should move in log space.
};

/// Parameter values in the order of Activation::parameters; unused slots are ignored.
using ParameterValues = std::array<double, kMaxParameters>;

/// Kink positions; only the first `count` entries are meaningful.
struct Kinks {
    std::array<double, kMaxKinks> at{};
    std::size_t count = 0;
};

/// How the UI groups the function list.
enum class Family { Classic, Rectifier, Smooth, Hard };

/// An activation function described as data, with exact evaluation of f and f′.
///
/// Exactness: for every double x and every parameter value in range, f and f′ agree with the exact
/// value to a relative error of at most 1e-14 (absolute 1e-300 below that magnitude). Where f′ crosses zero
/// at an irrational point (silu, swish, gelu, gelu_tanh, mish, for |scaled x| ≤ 3) the conditioning allows
/// no better than 1e-14·|exact| + 1e-16. NaN in gives NaN out; ±inf gives the limit. At a kink f′ is the
/// left derivative (relu′(0) = 0).
struct Activation {
    std::string_view id;                 ///< torch.nn.functional name, e.g. "leaky_relu".
    std::string_view name;               ///< Display name, e.g. "Leaky ReLU".
    Family family;
    std::string_view formula;            ///< f(x) in Unicode math.
    std::string_view derivativeFormula;  ///< f′(x) in Unicode math.
    std::string_view note;               ///< Two or three sentences on what to notice.
    std::span<const ParameterSpec> parameters;

    /// The implementation of evaluateBatch and kinksOf, given `context`.
    void (*batch)(const void* context, const double* x, double* f, double* df, std::size_t n,
                  const ParameterValues& p);
    Kinks (*kinks)(const void* context, const ParameterValues& p);
    /// What batch and kinks work from: null for the built-ins, the compiled formula for a typed one.
    const void* context = nullptr;

    /// Writes f(x[i]) to f[i] and f′(x[i]) to df[i] for i < n. The arrays may not overlap.
    void evaluateBatch(const double* x, double* f, double* df, std::size_t n, const ParameterValues& p) const
    {
        batch(context, x, f, df, n, p);
    }
    /// Points where f′ jumps, for the given parameters, ascending.
    Kinks kinksOf(const ParameterValues& p) const { return kinks(context, p); }

    ParameterValues defaults() const;
    double value(double x, const ParameterValues& p) const;
    double derivative(double x, const ParameterValues& p) const;
    /// Index of the parameter with this id, or -1.
    int parameterIndex(std::string_view parameterId) const;
};

/// Every activation, in the order the UI lists them.
std::span<const Activation> activations();

/// The activation with this id, or nullptr.
const Activation* findActivation(std::string_view id);

/// Empty when every parameter is finite and inside its range; otherwise a one-line reason
/// naming the parameter, e.g. "beta = 0 is outside [0.01, 100]".
std::string parameterError(const Activation& activation, const ParameterValues& p);

}  // namespace actlab
