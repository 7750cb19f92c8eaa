#pragma once

#include <cstddef>
#include <span>

namespace actlab {

inline constexpr std::size_t kMaxSoftmaxLength = 4096;

/// s = softmax(a / T), computed with the maximum shifted out and the shift carried in double-double,
/// so every probability, however small, is exact to a few ulp. Preconditions (std::invalid_argument
/// otherwise): 1 ≤ n ≤ kMaxSoftmaxLength, T > 0 and finite, no NaN logit, out.size() == logits.size().
/// +inf logits share the mass equally; −inf logits get 0.
void softmax(std::span<const double> logits, double temperature, std::span<double> probabilities);

/// log softmax(a / T), exact also where the probability itself underflows.
void logSoftmax(std::span<const double> logits, double temperature, std::span<double> out);

/// The n×n Jacobian ∂sᵢ/∂aⱼ = sᵢ(δᵢⱼ − sⱼ)/T, row-major (row i, column j). The diagonal uses
/// 1 − sᵢ = Σⱼ≠ᵢ sⱼ, summed directly, so there is no cancellation when sᵢ is close to 1.
void softmaxJacobian(std::span<const double> logits, double temperature, std::span<double> jacobian);

}  // namespace actlab
