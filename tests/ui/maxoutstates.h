#pragma once

#include "ui/maxout/maxoutstate.h"

#include <QtGlobal>

#include <cstddef>

namespace actlab {

/// The maxout view in `mode` with the layer of `seed` at m units in groups of k (seed 0: the defaults).
inline MaxoutState stateWith(MaxoutMode mode, quint64 seed, int units, int groupSize)
{
    MaxoutState state;
    state.mode = mode;
    if (seed != 0) {
        state.setUnitCount(std::size_t(units));
        state.randomize(seed);
        state.setGroupSize(std::size_t(groupSize));
    }
    return state;
}

}  // namespace actlab
