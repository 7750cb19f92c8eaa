#pragma once

#include "activation.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace actlab {

/// 1 / ln 10: turns the natural logarithms below into decades for plotting.
inline constexpr double kLog10OfE = 0.43429448190325182765;

/// The weight and bias of one layer hₗ = act(w·hₗ₋₁ + b).
struct LayerWeights {
    double weight = 1.0;
    double bias = 0.0;

    bool operator==(const LayerWeights&) const = default;
};

/// A chain of `layers` layers fed with x. Every layer uses `weight` and `bias`, or, when `randomized`,
/// its own weight drawn uniformly from [weight − spread, weight + spread) and bias from
/// [bias − spread, bias + spread), by std::mt19937_64 seeded with `seed` (the same seed gives the same
/// chain on every platform: the generator's output is fixed by the C++ standard and the mapping to
/// doubles is spelt out in layerWeights()).
struct ChainSettings {
    double x = 0.5;
    double weight = 1.0;
    double bias = 0.0;
    std::size_t layers = 30;
    bool randomized = false;
    std::uint64_t seed = 1;
    double spread = 0.5;
};

/// The weights and biases of every layer, first layer first. For a randomized chain each layer draws
/// two outputs r of the generator, weight first; u = (r >> 11)·2⁻⁵³ and the value is
/// centre + spread·(2u − 1), each operation rounded once.
std::vector<LayerWeights> layerWeights(const ChainSettings& settings);

/// One layer of the chain, with the chain rule carried in log space.
///
/// ∂hₗ/∂x = ∏ₖ₌₁ˡ wₖ·act′(zₖ). A product of many small factors underflows double long before the
/// statement "the gradient is 10⁻⁴⁰⁰" stops being true and useful, so the magnitude is kept as a sum of
/// logarithms: finite whenever the true value is not exactly 0, however small. Even a factor that itself
/// underflows (gelu′(−80) ≈ 10⁻¹³⁹⁰) keeps its logarithm, from the activation's asymptotic form.
struct DepthLayer {
    double weight = 0.0;         ///< wₗ
    double bias = 0.0;           ///< bₗ
    double preActivation = 0.0;  ///< zₗ = wₗ·hₗ₋₁ + bₗ
    double output = 0.0;         ///< hₗ = act(zₗ)
    /// wₗ·act′(zₗ) in double: 0 where it underflows, which logAbsFactor tells apart from an exact 0.
    double factor = 0.0;
    /// ln|wₗ·act′(zₗ)|: −inf exactly when the factor is exactly 0 (w = 0, or a flat piece: relu′ of a
    /// negative input), finite otherwise.
    double logAbsFactor = 0.0;
    /// ∂hₗ/∂x in double; 0 or subnormal only where the true value is.
    double gradient = 0.0;
    /// ln|∂hₗ/∂x| = Σ ln|factor| (compensated): −inf exactly when some factor so far is exactly 0.
    double logAbsGradient = 0.0;
    int gradientSign = 0;  ///< −1, 0 or +1

    bool isExactZero() const { return gradientSign == 0; }
    bool factorIsExactZero() const { return logAbsFactor == -HUGE_VAL; }
    double log10AbsGradient() const { return logAbsGradient * kLog10OfE; }
    double log10AbsFactor() const { return logAbsFactor * kLog10OfE; }
};

/// Runs x through the layers of `weights` (first layer first) with `activation` and `parameters`, and
/// writes one DepthLayer per layer to `out` (cleared first; its capacity is reused). x, the weights and
/// the biases must be finite.
void gradientThroughDepth(const Activation& activation, const ParameterValues& parameters, double x,
                          std::span<const LayerWeights> weights, std::vector<DepthLayer>& out);

/// The same for a chain described by `settings`.
std::vector<DepthLayer> gradientThroughDepth(const Activation& activation, const ParameterValues& parameters,
                                             const ChainSettings& settings);

/// ln|act′(z)|, finite wherever act′(z) is not exactly 0, also where act′(z) is below the double range
/// (sigmoid′(−800) = e⁻⁸⁰⁰): there it comes from the activation's own asymptotic form. −inf where the
/// derivative is exactly 0 (relu′(z ≤ 0), hardtanh′ outside its ramp, elu′ with α = 0 …).
double logAbsDerivative(const Activation& activation, double z, const ParameterValues& parameters);

/// The most a sigmoid chain can pass on, per layer: σ′ ≤ 1/4, so |∂hₗ/∂x| ≤ ∏ₖ 0.25·|wₖ|.
struct SigmoidBound {
    double logMaxFactor = 0.0;  ///< ln(0.25·|wₗ|), the largest factor layer l can contribute
    double logBound = 0.0;      ///< ln ∏ₖ₌₁ˡ 0.25·|wₖ|, summed like DepthLayer::logAbsGradient

    double log10MaxFactor() const { return logMaxFactor * kLog10OfE; }
    double log10Bound() const { return logBound * kLog10OfE; }
};

/// The sigmoid bound for each layer of `weights`, written to `out` (cleared first).
void sigmoidBound(std::span<const LayerWeights> weights, std::vector<SigmoidBound>& out);

}  // namespace actlab
