#pragma once

#include "ui/curves/curvesstate.h"

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The curves state as scene-file JSON:
///   {"functions": ["sigmoid", "softplus"], "selected": "softplus", "parameters": {"softplus": {"beta": 2}},
///    "x_range": [-8, 8], "y_range": [-1, 2], "derivative_y_range": [0, 1], "layout": "stacked",
///    "probe": {"x": 1.5, "visible": true},
///    "highlights": {"peak": true, "saturation": true, "epsilon": 0.01, "depth_note": true, "kinks": true,
///                   "minimum": true, "relu_gap": true, "softplus_sigmoid": true, "tanh_sigmoid": false}}
/// y_range and derivative_y_range are absent while the axis is fitted to the curves.
QJsonObject curvesStateToJson(const CurvesState& state);

/// Reads what curvesStateToJson() writes. Returns one line naming the first bad field (unknown
/// activation or parameter, a value out of range, an empty x range, an unknown key) and leaves `state`
/// untouched on error. Absent keys keep their current values, except y_range and derivative_y_range,
/// whose absence means "fitted to the curves". A "parameters" object replaces every activation's
/// parameters: one it does not list is at core's defaults.
QString curvesStateFromJson(const QJsonObject& json, CurvesState& state);

}  // namespace actlab
