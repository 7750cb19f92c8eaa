#include "ui/softmax/softmaxnumbers.h"

#include "core/sampling.h"
#include "core/softmax.h"
#include "core/softmax_analysis.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <span>

namespace actlab {

namespace {

/// Share of the sweep's width added at each end, so the marker at an end is not on the frame.
constexpr double kSweepMargin = 0.04;
/// The margin never takes the sweep past this on its own (only a logit or the crossover can): values next
/// to the largest double are where floating point runs out of room.
constexpr double kSweepReach = 1e308;

bool allFinite(std::span<const double> values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

}  // namespace

void computeSoftmaxNumbers(const SoftmaxState& state, std::size_t slicePoints, SoftmaxNumbers& numbers)
{
    const std::span<const double> a = state.logits;
    const double t = state.temperature;
    const std::size_t n = a.size();
    numbers.probabilities.resize(n);
    numbers.logProbabilities.resize(n);
    numbers.jacobian.resize(n * n);
    numbers.rowSums.resize(n);
    softmax(a, t, numbers.probabilities);
    logSoftmax(a, t, numbers.logProbabilities);
    softmaxJacobian(a, t, numbers.jacobian);
    for (std::size_t i = 0; i < n; ++i)
        numbers.rowSums[i] = compensatedSum(std::span<const double>(numbers.jacobian).subspan(i * n, n));
    numbers.probabilitySum = compensatedSum(numbers.probabilities);
    numbers.entropy = softmaxEntropy(a, t);

    const double current = a[state.sliceLogit];
    numbers.crossover = softmaxCrossover(a, t, state.sliceLogit);
    const double turn = std::isfinite(numbers.crossover) ? numbers.crossover : current;
    double from = std::min({-kSoftmaxLogitSliderRange, current, turn});
    double to = std::max({kSoftmaxLogitSliderRange, current, turn});
    // Halves first: to − from overflows for ±1e308; the clamp catches an end pushed past DBL_MAX.
    const double margin = 2.0 * kSweepMargin * (to / 2 - from / 2);
    from = std::max(from - margin, std::min(from, -kSweepReach));
    to = std::min(to + margin, std::max(to, kSweepReach));
    numbers.sweepFrom = from;
    numbers.sweepTo = to;

    const std::size_t points = std::max<std::size_t>(slicePoints, 2);
    numbers.sweep.resize(points);
    numbers.sliceProbability.resize(points);
    numbers.sliceDerivative.resize(points);
    for (std::size_t k = 0; k < points; ++k) numbers.sweep[k] = evenlySpaced(from, to, k, points);
    softmaxSlice(a, t, state.sliceOutput, state.sliceLogit, numbers.sweep, numbers.sliceProbability,
                 numbers.sliceDerivative);
    std::size_t kept = 0;
    for (std::size_t k = 0; k < points; ++k) {
        if (!std::isfinite(numbers.sliceProbability[k]) || !std::isfinite(numbers.sliceDerivative[k]))
            continue;
        numbers.sweep[kept] = numbers.sweep[k];
        numbers.sliceProbability[kept] = numbers.sliceProbability[k];
        numbers.sliceDerivative[kept] = numbers.sliceDerivative[k];
        ++kept;
    }
    numbers.sweep.resize(kept);
    numbers.sliceProbability.resize(kept);
    numbers.sliceDerivative.resize(kept);

    // log sᵢ may be −inf where it lies below −DBL_MAX (a = −1e308 against 1e308 at T = 0.05): the
    // tooltip says so in words. Everything else must be a finite number.
    numbers.finite = allFinite(numbers.probabilities) && allFinite(numbers.jacobian) &&
                     allFinite(numbers.rowSums) && std::isfinite(numbers.probabilitySum) &&
                     std::isfinite(numbers.entropy) && std::isfinite(numbers.crossover) &&
                     !std::any_of(numbers.logProbabilities.begin(), numbers.logProbabilities.end(),
                                  [](double v) { return std::isnan(v) || v > 0; });
}

}  // namespace actlab
