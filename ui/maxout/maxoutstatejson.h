#pragma once

#include "ui/maxout/maxoutstate.h"

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The maxout state as scene-file JSON:
///   {"mode": "one_input", "seed": 1,
///    "one_input": {"units": [{"weight": -1, "bias": -1}, …], "group_size": 2, "target": "none",
///                  "probe": 0.5, "x_range": [-4, 4]},
///    "two_input": {"units": [{"weights": [1, 0.5], "bias": 0}, …], "group_size": 2,
///                  "probe": [1, -0.5], "range": [-3, 3]}}
QJsonObject maxoutStateToJson(const MaxoutState& state);

/// Reads what maxoutStateToJson() writes. Returns one line naming the first bad field
/// ("maxout.one_input.units[3].weight: expected a number", an unknown key, a group size above the unit
/// count, a probe outside its range) and leaves `state` untouched on error; absent keys keep their values.
QString maxoutStateFromJson(const QJsonObject& json, MaxoutState& state);

}  // namespace actlab
