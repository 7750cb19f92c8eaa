#include "ui/depth/depthnumbers.h"

#include "core/expression/typedactivation.h"

#include <algorithm>

namespace actlab {

ChainSettings DepthNumbers::settingsOf(const DepthState& state)
{
    ChainSettings settings;
    settings.x = state.x;
    settings.weight = state.weight;
    settings.bias = state.bias;
    settings.layers = static_cast<std::size_t>(std::max(state.layers, 0));
    settings.randomized = state.randomized;
    settings.seed = static_cast<std::uint64_t>(state.seed);
    settings.spread = state.spread;
    return settings;
}

void DepthNumbers::compute(const DepthState& state)
{
    const ChainSettings settings = settingsOf(state);
    weights = layerWeights(settings);
    actlab::sigmoidBound(weights, sigmoidBound);
    std::size_t used = 0;
    for (const std::string& id : state.activationIds) {
        const Activation* activation = findAnyActivation(id);
        if (activation == nullptr) continue;
        if (series.size() <= used) series.emplace_back();
        DepthSeries& chain = series[used++];
        chain.activation = activation;
        gradientThroughDepth(*activation, state.parametersFor(*activation), settings.x, weights,
                             chain.layers);
    }
    series.resize(used);
}

}  // namespace actlab
