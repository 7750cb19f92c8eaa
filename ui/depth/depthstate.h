#pragma once

#include "core/activation.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace actlab {

/// The depth view's slider ranges. 60 layers are enough to take sigmoid below 10⁻³⁶ with w = 1.
inline constexpr int kDepthMinLayers = 1;
inline constexpr int kDepthMaxLayers = 60;
/// x, w and b each span ±this.
inline constexpr double kDepthValueRange = 5.0;
/// Randomized layers draw wₗ from [w − spread, w + spread) and bₗ likewise; spread is in [0, this].
inline constexpr double kDepthMaxSpread = 2.0;
/// Seeds are what a spin box can hold.
inline constexpr std::int64_t kDepthMaxSeed = 2147483647;

/// Everything the depth view shows, as plain data: the chain h₀ = x, hₗ = act(wₗ·hₗ₋₁ + bₗ) for each
/// chosen activation. The view draws exactly this; settings persist it and scene files hold it.
struct DepthState {
    /// Core's activation ids, in drawing order (the order fixes the colours).
    std::vector<std::string> activationIds{"sigmoid", "tanh", "relu"};
    /// Parameter values per activation id; an activation without an entry uses core's defaults.
    std::map<std::string, ParameterValues, std::less<>> parameters;
    int layers = 30;  ///< L, from kDepthMinLayers to kDepthMaxLayers
    double x = 0.5;
    double weight = 1.0;
    double bias = 0.0;
    /// Each layer gets its own weight and bias, drawn with `seed` around `weight` and `bias`.
    bool randomized = false;
    std::int64_t seed = 1;  ///< 0 … kDepthMaxSeed
    double spread = 0.5;    ///< 0 … kDepthMaxSpread

    ParameterValues parametersFor(const Activation& activation) const
    {
        const auto it = parameters.find(activation.id);
        return it != parameters.end() ? it->second : activation.defaults();
    }

    bool operator==(const DepthState&) const = default;
};

}  // namespace actlab
