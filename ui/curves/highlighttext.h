#pragma once

#include "core/activation.h"
#include "core/analysis.h"

#include <QString>

#include <span>

namespace actlab::curves {

/// The words and numbers of the curves view's highlights, from core's analysis. Plain functions of
/// their inputs, so the labels can be tested without a plot and read the same on screen and in export.
namespace highlighttext {

/// How many significant digits the curves view's labels and tooltips give a number (compactText).
inline constexpr int kLabelDigits = 6;

/// The function's symbol as core's formula writes it ("σ" from "σ(x) = …"), or its display name where
/// the formula uses the generic f.
QString functionSymbol(const Activation& activation);
/// "σ′", or the display name and a prime.
QString derivativeSymbol(const Activation& activation);
/// The display name as a prime follows it: a typed formula in parentheses, "(max(x, 0)²)′" rather than
/// "max(x, 0)²′".
QString nameToPrime(const Activation& activation);

/// Whether the peak of |f′| is a lesson worth a label: the best a saturating function's gradient gets
/// (an isolated peak with f′ → 0 in both tails: sigmoid's 0.25, tanh's 1), or a plateau that starts at a
/// kink (relu's 1 for x > 0). Not a plateau where f′ merely rounds to its limit (softplus far right), nor
/// the bump of silu′ or gelu′ over 1.
bool peakIsNotable(const PeakGradient& peak, const Kinks& kinks, const Limits& limits);
/// "max σ′ = 0.25 at x = 0", or for a bounded plateau "max Hard tanh′ = 1 for −1 < x ≤ 1".
QString peak(const Activation& activation, const PeakGradient& peak);
/// Whether the plateau is the one relu has: from a kink to the right end of the analysis window.
bool peakIsOpenPlateau(const PeakGradient& peak);
/// "gradient 1 for every x > 0: no saturation" (≥ where f′ at the kink belongs to the plateau).
QString openPlateau(const PeakGradient& peak);

/// "min silu = −0.278465 at x = −1.27846".
QString minimum(const Activation& activation, const NotablePoint& point);
/// "vanishing gradient", and on a second line "|σ′| < 0.01".
QString saturation(const Activation& activation, double epsilon);
/// The bound through n layers when max |f′| < 1: "through n layers the gradient is at most 0.25ⁿ
/// (n = 10: 9.54 × 10⁻⁷)".
QString depthNote(const PeakGradient& peak);
/// Where a typed formula leaves a gap in its curve, from its samples: "log(x) is undefined for
/// −4 ≤ x ≤ −0.00313 and infinite at x = 0", "1/x has a pole at x = 0". Runs of NaN samples (the first
/// two, then how many more), the first infinite sample, and the first jump from beyond one end of
/// [low, high] to beyond the other; empty when there is none of them.
QString undefinedNote(const Activation& activation, std::span<const double> x, std::span<const double> f,
                      double low, double high);
/// "max gap ln 2 / β = 0.693147 at x = 0": softplus above relu, the number from core.
QString reluGap(const Gap& gap);
QString softplusIsSigmoid();
QString tanhIsSigmoid();

}  // namespace highlighttext

}  // namespace actlab::curves
