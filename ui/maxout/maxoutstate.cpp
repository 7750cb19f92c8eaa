#include "ui/maxout/maxoutstate.h"

#include <algorithm>
#include <cmath>

namespace actlab {

MaxoutLayer MaxoutOneInput::defaultLayer()
{
    // out₁ = max(−x − 1, 0.5x + 0.5) bends at x = −1; out₂ = max(0.25x − 1.5, 1.5x − 3) at x = 1.2.
    return MaxoutLayer{{{{-1.0}, -1.0}, {{0.5}, 0.5}, {{0.25}, -1.5}, {{1.5}, -3.0}}, 2};
}

MaxoutLayer MaxoutTwoInput::lectureLayer()
{
    // out₁ = max(x1 + 0.5·x2, −x1 + 0.5·x2): a valley along x1 = 0.
    // out₂ = max(0.5·x1 + x2 − 0.5, −x2): a valley along the slanted line 0.5·x1 + 2·x2 = 0.5.
    return MaxoutLayer{{{{1.0, 0.5}, 0.0}, {{-1.0, 0.5}, 0.0}, {{0.5, 1.0}, -0.5}, {{0.0, -1.0}, 0.0}}, 2};
}

std::vector<double> MaxoutState::probePoint() const
{
    if (mode == MaxoutMode::OneInput) return {oneInput.probe};
    return {twoInput.probe[0], twoInput.probe[1]};
}

void MaxoutState::setUnitCount(std::size_t units)
{
    units = std::clamp<std::size_t>(units, 1, kMaxoutMaxUnits);
    if (approximating()) {
        oneInput.layer = tangentLayer(*oneInput.target, units, oneInput.xFrom, oneInput.xTo);
        return;
    }
    MaxoutLayer& current = layer();
    const std::size_t inputs = inputCount();
    current.units.resize(std::min(units, current.units.size()));
    for (std::size_t j = current.units.size(); j < units; ++j)
        current.units.push_back(randomMaxoutUnit(seed, j, inputs));
    current.groupSize = std::clamp<std::size_t>(current.groupSize, 1, units);
}

void MaxoutState::setGroupSize(std::size_t groupSize)
{
    if (approximating()) {
        setUnitCount(groupSize);
        return;
    }
    MaxoutLayer& current = layer();
    current.groupSize = std::clamp<std::size_t>(groupSize, 1, current.units.size());
}

void MaxoutState::setUnit(std::size_t j, MaxoutUnit unit)
{
    MaxoutLayer& current = layer();
    if (j >= current.units.size() || unit.weights.size() != inputCount()) return;
    const auto clamp = [](double value, double previous) {
        return std::isfinite(value) ? std::clamp(value, -kMaxoutWeightLimit, kMaxoutWeightLimit) : previous;
    };
    for (std::size_t i = 0; i < unit.weights.size(); ++i)
        unit.weights[i] = clamp(unit.weights[i], current.units[j].weights[i]);
    unit.bias = clamp(unit.bias, current.units[j].bias);
    current.units[j] = std::move(unit);
}

void MaxoutState::randomize(std::uint64_t newSeed)
{
    seed = newSeed;
    MaxoutLayer& current = layer();
    current = randomMaxoutLayer(seed, current.units.size(), inputCount(), current.groupSize);
    if (mode == MaxoutMode::OneInput) oneInput.target.reset();
}

}  // namespace actlab
