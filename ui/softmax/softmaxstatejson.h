#pragma once

#include "ui/softmax/softmaxstate.h"

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The softmax state as scene-file JSON (slice indices 0-based, as arrays are):
///   {"logits": [2, 1, 0.1, -1], "temperature": 1, "slice": {"output": 0, "logit": 0}}
QJsonObject softmaxStateToJson(const SoftmaxState& state);

/// Reads what softmaxStateToJson() writes. Returns one line naming the first bad field (a logit that is
/// not a finite number, too few or too many logits, a temperature out of range, a slice index beyond n,
/// an unknown key) and leaves `state` untouched on error; absent keys keep their current values.
QString softmaxStateFromJson(const QJsonObject& json, SoftmaxState& state);

/// Empty when `state` can be drawn; otherwise the first reason it cannot, naming the field.
QString softmaxStateError(const SoftmaxState& state);

}  // namespace actlab
