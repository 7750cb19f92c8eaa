#pragma once

#include "core/activation.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <string>

namespace actlab {

class JsonFields;

/// Each activation's parameter values, by activation id: the part of a view's state that the curves
/// and depth views share.
using ParameterMap = std::map<std::string, ParameterValues, std::less<>>;

/// {"softplus": {"beta": 2}, …}: every activation in `parameters` that has parameters, by name.
QJsonObject parametersToJson(const ParameterMap& parameters);

/// Reads the "parameters" key of `fields` into `parameters`. Present, it is the whole map: an activation
/// it does not list is at core's defaults, so a saved scene opened over edited parameters shows the
/// saved figure. Absent, `parameters` is kept. An unknown activation, a value out of range or values
/// core rejects together (hardtanh's min_val above max_val) fail `fields`; a bad field inside one
/// activation's object is returned as one line.
QString readParameters(JsonFields& fields, ParameterMap& parameters);

}  // namespace actlab
