#include "maxout.h"

#include <cmath>
#include <stdexcept>

namespace actlab {

std::size_t MaxoutLayer::inputSize() const { return units.empty() ? 0 : units.front().weights.size(); }

std::size_t MaxoutLayer::groupCount() const
{
    return groupSize == 0 ? 0 : (units.size() + groupSize - 1) / groupSize;
}

std::size_t MaxoutLayer::groupBegin(std::size_t group) const { return group * groupSize; }

std::size_t MaxoutLayer::groupEnd(std::size_t group) const
{
    const std::size_t end = (group + 1) * groupSize;
    return end < units.size() ? end : units.size();
}

std::string maxoutLayerError(const MaxoutLayer& layer)
{
    if (layer.units.empty()) return "a maxout layer needs at least one unit";
    if (layer.groupSize < 1) return "the group size must be at least 1";
    const std::size_t inputs = layer.inputSize();
    if (inputs == 0) return "unit 0 has no weights";
    for (std::size_t j = 0; j < layer.units.size(); ++j) {
        const MaxoutUnit& unit = layer.units[j];
        if (unit.weights.size() != inputs)
            return "unit " + std::to_string(j) + " has " + std::to_string(unit.weights.size()) +
                   " weights; unit 0 has " + std::to_string(inputs);
        for (double w : unit.weights) {
            if (!std::isfinite(w)) return "unit " + std::to_string(j) + " has a weight that is not finite";
        }
        if (!std::isfinite(unit.bias)) return "unit " + std::to_string(j) + " has a bias that is not finite";
    }
    return {};
}

namespace {

void requireUsable(const MaxoutLayer& layer, std::span<const double> x)
{
    const std::string error = maxoutLayerError(layer);
    if (!error.empty()) throw std::invalid_argument(error);
    if (x.size() != layer.inputSize()) throw std::invalid_argument("maxout: input size does not match the units");
}

double unitValue(const MaxoutUnit& unit, std::span<const double> x)
{
    // Fused multiply-adds: one rounding per term, and for a single input w·x + b is correctly rounded.
    double z = unit.bias;
    for (std::size_t i = 0; i < x.size(); ++i) z = std::fma(unit.weights[i], x[i], z);
    return z;
}

}  // namespace

MaxoutForward maxoutForward(const MaxoutLayer& layer, std::span<const double> x)
{
    requireUsable(layer, x);
    MaxoutForward result;
    result.unitValues.reserve(layer.units.size());
    for (const MaxoutUnit& unit : layer.units) result.unitValues.push_back(unitValue(unit, x));

    const std::size_t groups = layer.groupCount();
    result.outputs.reserve(groups);
    result.winners.reserve(groups);
    for (std::size_t g = 0; g < groups; ++g) {
        std::size_t winner = layer.groupBegin(g);
        for (std::size_t j = winner + 1; j < layer.groupEnd(g); ++j) {
            // Strictly greater: ties stay with the lowest index. A NaN unit (NaN input) never wins, and
            // then the output is NaN only if every unit is.
            if (result.unitValues[j] > result.unitValues[winner] || std::isnan(result.unitValues[winner]))
                winner = j;
        }
        result.winners.push_back(winner);
        result.outputs.push_back(result.unitValues[winner]);
    }
    return result;
}

MaxoutBackward maxoutBackward(const MaxoutLayer& layer, std::span<const double> x, std::span<const double> upstream)
{
    const MaxoutForward forward = maxoutForward(layer, x);
    if (upstream.size() != forward.outputs.size())
        throw std::invalid_argument("maxoutBackward: one upstream gradient per group is needed");

    MaxoutBackward result;
    result.weightGradients.assign(layer.units.size(), std::vector<double>(x.size(), 0.0));
    result.biasGradients.assign(layer.units.size(), 0.0);
    result.inputGradient.assign(x.size(), 0.0);
    for (std::size_t g = 0; g < forward.winners.size(); ++g) {
        const std::size_t w = forward.winners[g];
        for (std::size_t i = 0; i < x.size(); ++i) {
            result.weightGradients[w][i] = upstream[g] * x[i];
            result.inputGradient[i] += upstream[g] * layer.units[w].weights[i];
        }
        result.biasGradients[w] = upstream[g];
    }
    return result;
}

std::vector<std::vector<double>> maxoutInputJacobian(const MaxoutLayer& layer, std::span<const double> x)
{
    const MaxoutForward forward = maxoutForward(layer, x);
    std::vector<std::vector<double>> rows;
    rows.reserve(forward.winners.size());
    for (std::size_t w : forward.winners) rows.push_back(layer.units[w].weights);
    return rows;
}

}  // namespace actlab
