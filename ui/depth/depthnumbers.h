#pragma once

#include "core/depth.h"
#include "ui/depth/depthstate.h"

#include <vector>

namespace actlab {

/// One activation's chain, as core computed it.
struct DepthSeries {
    const Activation* activation = nullptr;
    std::vector<DepthLayer> layers;  ///< layer l at index l − 1
};

/// What the depth view draws, all from core: the layers' weights, the sigmoid bound for those weights,
/// and one chain per chosen activation. Recomputed in place (buffers keep their capacity).
struct DepthNumbers {
    std::vector<LayerWeights> weights;
    std::vector<SigmoidBound> sigmoidBound;
    std::vector<DepthSeries> series;  ///< in the order of DepthState::activationIds; unknown ids skipped

    /// The chain settings `state` describes.
    static ChainSettings settingsOf(const DepthState& state);
    void compute(const DepthState& state);
};

}  // namespace actlab
