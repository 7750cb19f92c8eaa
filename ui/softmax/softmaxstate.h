#pragma once

#include <cstddef>
#include <vector>

namespace actlab {

/// Fewest and most classes the softmax view offers: 2 is the sigmoid case, 10 still fits a readable
/// 10 × 10 Jacobian with every value printed.
inline constexpr std::size_t kSoftmaxMinClasses = 2;
inline constexpr std::size_t kSoftmaxMaxClasses = 10;
/// The temperature slider's range (log scale): low enough to look one-hot, high enough to look uniform.
inline constexpr double kSoftmaxMinTemperature = 0.05;
inline constexpr double kSoftmaxMaxTemperature = 20.0;
/// The logit sliders span ±this; the number boxes beside them take any finite double.
inline constexpr double kSoftmaxLogitSliderRange = 10.0;

/// Everything the softmax view shows, as plain data: the view draws exactly this, settings persist it,
/// scene files hold it.
struct SoftmaxState {
    /// a₁ … aₙ, n from kSoftmaxMinClasses to kSoftmaxMaxClasses; any finite double.
    std::vector<double> logits{2.0, 1.0, 0.1, -1.0};
    /// T in [kSoftmaxMinTemperature, kSoftmaxMaxTemperature]; s = softmax(a / T).
    double temperature = 1.0;
    /// The slice plot draws s_output as logit `sliceLogit` sweeps, the others fixed. 0-based, < n.
    std::size_t sliceOutput = 0;
    std::size_t sliceLogit = 0;

    std::size_t classCount() const { return logits.size(); }

    bool operator==(const SoftmaxState&) const = default;
};

}  // namespace actlab
