#pragma once

#include "ui/common/palette.h"

#include <QPen>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace actlab {

/// How figures look: colours, line widths and text size, for one of the four uses ActLab knows.
/// The screen theme and the export theme can differ (export a print figure from a dark window).
struct Theme {
    QString id;  ///< "light", "dark", "print", "presentation": scene files and --theme use these.
    Palette palette;
    qreal curveWidth = 2.25;       ///< Pen width of a function, in device-independent pixels.
    qreal derivativeWidth = 2.0;   ///< Pen width of a derivative.
    qreal fontPointSize = 11;      ///< Tick labels; axis labels and annotations scale from it.
    /// No colour at all: series are told apart by dash pattern and marker alone (black-and-white print).
    bool monochrome = false;

    /// The pen for series `index` (its f, or with derivative its f′). In colour themes f is solid and f′
    /// dashed in the same colour; in print, series differ by dash pattern and f′ is a lighter grey.
    QPen seriesPen(std::size_t index, bool derivative) const;

    static Theme light();         ///< White background: screens and slides. The default.
    static Theme dark();          ///< Dark background for dark rooms and dark desktops.
    static Theme print();         ///< Black, white and greys only, thin lines: papers and handouts.
    static Theme presentation();  ///< Large text and thick lines: the back row of a lecture hall.

    /// The theme with this id, or light() with `ok` false.
    static Theme byId(const QString& id, bool* ok = nullptr);
    static QStringList ids();
    /// The theme's name for people, translated: "Light", "Dark", "Print (black and white)", "Presentation".
    static QString displayName(const QString& id);
};

}  // namespace actlab
