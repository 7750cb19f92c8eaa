#pragma once

#include "core/activation.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace actlab {

/// Everything the curves view shows, as plain data. The view draws exactly this and nothing else, so
/// the same struct can be persisted in settings, saved in a scene file and rendered headless.
struct CurvesState {
    /// Core's activation ids (e.g. "leaky_relu"), in drawing order; each is drawn as f and f′.
    std::vector<std::string> activationIds{"sigmoid"};
    /// Parameter values per activation id; an activation without an entry uses core's defaults.
    std::map<std::string, ParameterValues, std::less<>> parameters;
    /// The x range, both ends drawn.
    double xFrom = -8.0;
    double xTo = 8.0;

    /// The values to draw `activation` with.
    ParameterValues parametersFor(const Activation& activation) const
    {
        const auto it = parameters.find(activation.id);
        return it != parameters.end() ? it->second : activation.defaults();
    }

    bool operator==(const CurvesState&) const = default;
};

}  // namespace actlab
