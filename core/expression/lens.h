#pragma once

#include "core/expression/dualrules.h"
#include "core/expression/expressiontree.h"
#include "core/expression/reference.h"

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace actlab::expression {

/// The number formats the lens evaluates a formula in.
enum class Precision : unsigned char { Float64, Float32, BFloat16 };
inline constexpr std::array kPrecisions{Precision::Float64, Precision::Float32, Precision::BFloat16};

/// "float64", "float32", "bfloat16".
std::string_view precisionName(Precision precision);

/// What a format did to one number, beside its error.
enum class Failure : unsigned char {
    None,
    Overflow,   ///< came out ±inf
    Underflow,  ///< came out 0 where the truth is not
    NotANumber, ///< came out NaN
};

/// One computed number against the truth rounded to the same format.
struct LensError {
    double computed = 0;
    double ulps = 0;  ///< |computed − truth| in units in the last place of the format at the truth
    Failure failure = Failure::None;
};

/// Where a failure starts or ends along x, found by bisection to the neighbouring doubles:
/// "f′ is 0 from x = 36.7 in float64".
struct LensThreshold {
    Precision precision;
    bool derivative;  ///< about f′ (else f)
    Failure failure;
    double x;          ///< the first x (in the range's direction) where the failure holds
    bool entering;     ///< the failure starts at x (else it ends there)
};

/// The numerics lens over a range: for each x, the truth (Arb) and each format's error in f and f′.
struct Lens {
    std::vector<double> x;
    std::vector<ReferencePoint> truth;
    /// [precision][point]
    std::array<std::vector<LensError>, 3> f;
    std::array<std::vector<LensError>, 3> df;
    std::vector<LensThreshold> thresholds;
    /// The largest error in ulps over the points whose truth is determined, per precision.
    std::array<double, 3> worstF{};
    std::array<double, 3> worstDf{};
};

/// A formula to put under the lens: f as written, and f′ either by dual numbers from f (derivative
/// empty) or as written in its own formula (a framework's backward pass, evaluated for its value).
struct LensSubject {
    const Expression* f = nullptr;
    const Expression* derivative = nullptr;
};

/// The lens of `subject` on `points` evenly spaced points of [from, to], against the truth of
/// `reference` (the function meant, in any exact form; usually the formula itself). The truth is the
/// costly part: pass `truth` from an earlier call with the same reference, range and parameters to
/// reuse it.
Lens computeLens(const LensSubject& subject, const Expression& reference, double from, double to,
                 std::size_t points, std::span<const double> parameters, Side side = Side::Left,
                 const std::vector<ReferencePoint>* truth = nullptr);

/// The units in the last place of `precision` at |v| (its subnormal spacing near 0).
double ulpOf(Precision precision, double v);

}  // namespace actlab::expression
