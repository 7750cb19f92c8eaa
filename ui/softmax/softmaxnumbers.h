#pragma once

#include "ui/softmax/softmaxstate.h"

#include <cstddef>
#include <vector>

namespace actlab {

/// Every number the softmax view draws for one state, all from core: the one place the view asks core,
/// so the bars, the heat map, the slice and the formula panel can never disagree.
struct SoftmaxNumbers {
    std::vector<double> probabilities;     ///< s = softmax(a / T)
    std::vector<double> logProbabilities;  ///< log s, exact where s underflows (tooltips)
    std::vector<double> jacobian;          ///< ∂sᵢ/∂aⱼ, row-major n × n
    std::vector<double> rowSums;  ///< Σⱼ ∂sᵢ/∂aⱼ of the entries above, compensated: 0 up to rounding
    double probabilitySum = 0.0;  ///< Σ sᵢ, compensated
    double entropy = 0.0;         ///< −Σ sᵢ log sᵢ, nats

    /// The slice: s_output as logit `sliceLogit` takes each value of `sweep`, the others fixed.
    std::vector<double> sweep;
    std::vector<double> sliceProbability;
    std::vector<double> sliceDerivative;
    double sweepFrom = 0.0;  ///< sweep.front() and sweep.back(): finite, from < to
    double sweepTo = 0.0;
    double crossover = 0.0;  ///< Where s_sliceLogit = ½: the middle of the slice's turn

    /// Every number above is finite. Core promises that for finite logits; should it ever break the
    /// promise the view refuses the state rather than print NaN.
    bool finite = true;

    std::size_t classCount() const { return probabilities.size(); }
    double jacobianAt(std::size_t row, std::size_t column) const
    {
        return jacobian[row * classCount() + column];
    }
};

/// Fills `numbers` for a valid `state` (see softmaxStateError), reusing its buffers. The slice sweeps
/// `slicePoints` (≥ 2) evenly spaced values over the logit sliders' ±10, widened to take in the current
/// logit and the crossover wherever they are (±1e308 included), with a small margin; a sweep point
/// where core gives no finite value is left out (a gap of one point, not a NaN on screen).
void computeSoftmaxNumbers(const SoftmaxState& state, std::size_t slicePoints, SoftmaxNumbers& numbers);

}  // namespace actlab
