#pragma once

#include <QString>

namespace actlab::curves::plotlayers {

// The curves plot's layers, bottom to top. QCustomPlot's own "background", "grid", "main", "axes",
// "legend" and "overlay" share one paint buffer; "active" and "probe" have a buffer each, so that a
// slider moving one function redraws that function alone, and the probe redraws only itself.

/// Shaded intervals and gaps, under the curves.
inline QString shade()
{
    return QStringLiteral("shade");
}
/// The curves.
inline QString curves()
{
    return QStringLiteral("main");
}
/// Markers and labels, over the curves.
inline QString marks()
{
    return QStringLiteral("marks");
}
/// Everything of the function being edited.
inline QString active()
{
    return QStringLiteral("active");
}
/// The probe line, its dots and the tangent.
inline QString probe()
{
    return QStringLiteral("probe");
}

}  // namespace actlab::curves::plotlayers
