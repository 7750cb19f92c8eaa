#pragma once

#include <QColor>

#include <array>
#include <cstddef>

namespace actlab {

/// The colours of one plot theme.
///
/// Series colours are Okabe & Ito's set (2008): told apart under the common colour-vision deficiencies
/// and in greyscale print, which matters on a projector nobody has calibrated. They are ordered so the
/// first few contrast most against the background; yellow, nearly invisible on white, comes last.
struct Palette {
    QColor background;
    QColor text;
    QColor axis;      ///< Axis lines and ticks.
    QColor grid;      ///< Grid lines: present, but quieter than any curve.
    QColor zeroLine;  ///< x = 0 and y = 0: darker than the grid, where a function's behaviour changes.
    QColor frame;     ///< Border of the legend and annotation boxes.
    std::array<QColor, 8> seriesColors;

    /// The colour of the index-th plotted function; wraps around after the last.
    QColor series(std::size_t index) const;

    /// White background, dark text: for screens and slides.
    static Palette light();
    /// Dark grey background, light text; the series colours lightened where blue on grey is too dim.
    static Palette dark();
    /// Black and greys only: every series colour is black (print tells series apart by dash pattern).
    static Palette print();
};

}  // namespace actlab
