#pragma once

#include "ui/curves/curvesstate.h"

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The curves state as scene-file JSON:
///   {"functions": ["sigmoid", "softplus"], "parameters": {"softplus": {"beta": 2}}, "x_range": [-8, 8]}
QJsonObject curvesStateToJson(const CurvesState& state);

/// Reads what curvesStateToJson() writes. Returns one line naming the first bad field (unknown
/// activation or parameter, a value out of range, an empty x range, an unknown key) and leaves `state`
/// untouched on error; absent keys keep their defaults.
QString curvesStateFromJson(const QJsonObject& json, CurvesState& state);

}  // namespace actlab
