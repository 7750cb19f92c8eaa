#pragma once

#include <cstddef>
#include <span>

namespace actlab {

/// The entropy H = −Σ sᵢ log sᵢ of s = softmax(a / T), in nats: 0 for one-hot, log n for uniform.
/// Each term takes sᵢ from softmax and log sᵢ from logSoftmax, so it stays exact where sᵢ is close to 1
/// (log sᵢ ≈ −(1 − sᵢ), not 0) and where sᵢ underflows (the term is then its limit, 0).
/// Preconditions as softmax (std::invalid_argument otherwise).
double softmaxEntropy(std::span<const double> logits, double temperature);

/// Σ values, compensated: a few ulp from the exact sum of the entries however many there are, so a
/// printed Σ sᵢ or a printed Jacobian row sum tells about the entries and not about the summing loop.
double compensatedSum(std::span<const double> values);

/// The value of logit `logit` at which its own probability is ½, the other logits fixed:
/// T·log Σₖ≠ⱼ e^{aₖ/T}. Every slice sᵢ(aⱼ) turns over around this point (for n = 2 it is the other logit).
/// From core's logSoftmax, so it is exact also for logits of ±1e308. Preconditions as softmax, and
/// n ≥ 2, logit < n.
double softmaxCrossover(std::span<const double> logits, double temperature, std::size_t logit);

/// One slice through softmax: for each value v of `sweep`, logit `logit` is set to v with the others
/// fixed, and probability[k] = sᵢ, derivative[k] = ∂sᵢ/∂aⱼ (i = `output`, j = `logit`), taken from
/// core's softmax and softmaxJacobian. For n = 2 it is exactly σ((aᵢ − aₖ)/T), k the other index, with
/// derivative ±σ′/T. Preconditions as softmax, output and logit < n, NaN-free sweep, and
/// probability and derivative as long as sweep.
void softmaxSlice(std::span<const double> logits, double temperature, std::size_t output, std::size_t logit,
                  std::span<const double> sweep, std::span<double> probability, std::span<double> derivative);

}  // namespace actlab
