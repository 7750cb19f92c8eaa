#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace actlab {

/// One linear unit z = w·x + b over an input of any dimension.
struct MaxoutUnit {
    std::vector<double> weights;
    double bias = 0.0;
};

/// A maxout layer: units split into consecutive groups of `groupSize`; group g holds units
/// g·k … g·k + k − 1. When k does not divide the unit count, the last group is smaller
/// (m mod k units). The layer has ⌈m / k⌉ outputs.
struct MaxoutLayer {
    std::vector<MaxoutUnit> units;
    std::size_t groupSize = 1;

    std::size_t inputSize() const;   ///< Dimension of x (that of the first unit's weights).
    std::size_t groupCount() const;  ///< ⌈units / groupSize⌉.
    std::size_t groupBegin(std::size_t group) const;
    std::size_t groupEnd(std::size_t group) const;  ///< One past the group's last unit.
};

/// Empty when the layer is usable: at least one unit, groupSize ≥ 1, every unit with the same number
/// (≥ 1) of finite weights and a finite bias. Otherwise a one-line reason.
std::string maxoutLayerError(const MaxoutLayer& layer);

/// A forward pass: each group's maximum and the unit that wins it (ties → lowest index).
struct MaxoutForward {
    std::vector<double> unitValues;   ///< zⱼ for every unit.
    std::vector<double> outputs;      ///< One per group.
    std::vector<std::size_t> winners; ///< Unit index winning each group.
};

MaxoutForward maxoutForward(const MaxoutLayer& layer, std::span<const double> x);

/// Gradients of L = Σ_g upstream[g] · out_g. Only a group's winning unit receives gradient:
/// ∂L/∂w_winner = upstream[g] · x, ∂L/∂b_winner = upstream[g]; every other unit gets exactly 0.
struct MaxoutBackward {
    std::vector<std::vector<double>> weightGradients;  ///< Per unit, same shape as weights.
    std::vector<double> biasGradients;                 ///< Per unit.
    std::vector<double> inputGradient;                 ///< ∂L/∂x = Σ_g upstream[g] · w_winner(g).
};

MaxoutBackward maxoutBackward(const MaxoutLayer& layer, std::span<const double> x,
                              std::span<const double> upstream);

/// ∂out_g/∂x for every group: the winning unit's weight vector (row g of the Jacobian).
std::vector<std::vector<double>> maxoutInputJacobian(const MaxoutLayer& layer, std::span<const double> x);

}  // namespace actlab
