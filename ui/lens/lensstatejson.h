#pragma once

#include "ui/lens/lensstate.h"

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The lens state as scene-file JSON:
///   {"subject": "builtin", "function": "sigmoid", "formula": "1/(1 + exp(-x))", "form": "pytorch",
///    "overlays": ["actlab"], "panels": "derivative", "x_range": [-40, 40],
///    "precisions": ["float64", "float32", "bfloat16"], "points": 2000}
/// "subject" is "builtin" or "typed"; "panels" is "f", "derivative" or "both".
QJsonObject lensStateToJson(const LensState& state);

/// Reads what lensStateToJson() writes. Returns one line naming the first bad field (an unknown
/// activation, form or precision, a form the activation does not have, a formula that does not parse,
/// a range or point count out of bounds, an unknown key) and leaves `state` untouched on error; absent
/// keys keep their current values.
QString lensStateFromJson(const QJsonObject& json, LensState& state);

/// Empty when `state` can be shown; otherwise one line naming the first bad field, as above.
QString lensStateError(const LensState& state);

}  // namespace actlab
