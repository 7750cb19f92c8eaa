#pragma once

#include "ui/common/palette.h"

#include <QPen>
#include <QSize>
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

    // The sizes of the marks the views draw besides their curves, in device-independent pixels: larger
    // in the presentation theme, for the back row. Each names what it is for, so a view never guesses
    // the theme from its font size.
    qreal axisWidth = 1.0;         ///< Axis lines and ticks; zero lines are 1.5 times as wide.
    QSize legendIconSize{36, 14};  ///< The line sample beside each legend entry.
    qreal markerSize = 11;         ///< A filled dot on a point of a curve: a peak, a minimum, a winner.
    qreal smallMarkerSize = 9;     ///< The probe's dot on each curve; the dots at a jump of f′.
    qreal dataPointSize = 7;       ///< Markers along sampled data: depth's layers, σ(βx) as dots.
    qreal ringSize = 15;           ///< An open ring around a point: a labelled depth, the maxout probe.
    qreal ringWidth = 2.2;         ///< The pen of those rings.
    qreal probeLineWidth = 1.2;    ///< The probe's dashed vertical line.
    qreal guideWidth = 1.5;        ///< Lines that guide the eye but are not data: a tangent, a bound, the
                                   ///< uniform level, error bars, maxout's region borders.
    qreal emphasisWidth = 2.5;     ///< Outlines that single something out: the Jacobian's diagonal, the
                                   ///< dimension line of softplus's gap above relu.
    int colourScaleBarWidth = 14;  ///< The colour bar beside a heat map or a maxout map.
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
