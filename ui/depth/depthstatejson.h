#pragma once

#include "ui/depth/depthstate.h"

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The depth state as scene-file JSON:
///   {"functions": ["sigmoid", "relu"], "parameters": {"softplus": {"beta": 2}}, "layers": 30, "x": 0.5,
///    "weight": 1, "bias": 0, "randomized": false, "seed": 1, "spread": 0.5}
QJsonObject depthStateToJson(const DepthState& state);

/// Reads what depthStateToJson() writes. Returns one line naming the first bad field (an unknown or
/// repeated activation, an unknown parameter, a value out of range, an unknown key) and leaves `state`
/// untouched on error; absent keys keep their current values. A "parameters" object replaces every
/// activation's parameters: one it does not list is at core's defaults.
QString depthStateFromJson(const QJsonObject& json, DepthState& state);

/// Empty when `state` can be shown; otherwise one line naming the first bad field, as above.
QString depthStateError(const DepthState& state);

}  // namespace actlab
