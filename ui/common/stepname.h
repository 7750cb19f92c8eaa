#pragma once

#include <QJsonObject>
#include <QString>

namespace actlab {

/// The name of the undo step from `before` to `after` (two saveState() objects of one view), from the
/// part of the state that changed: "Move the probe", "Zoom or pan", "Change parameters", … Translated.
/// One table for every view, by the state's key names; a change of several named parts is an "Edit".
QString stepName(const QJsonObject& before, const QJsonObject& after);

}  // namespace actlab
