#pragma once

#include <QColor>
#include <QMap>

#include <array>
#include <cstddef>

namespace actlab {

/// A colour scale for values whose sign matters (the softmax Jacobian, a maxout output): its colours at
/// −1, −½, 0, ½ and 1 of a range symmetric about 0.
struct DivergingScale {
    QColor negative;
    QColor negativeHalf;
    QColor neutral;
    QColor positiveHalf;
    QColor positive;
};

/// The colours of one plot theme, each named after what it is for.
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

    /// A second, quieter ink where colour cannot tell two marks apart (print): f′ beside f, maxout's units
    /// past the fourth dash pattern.
    QColor secondaryInk;
    /// Dashed lines drawn for comparison, not data: depth's sigmoid bound, softmax's uniform level 1/n.
    QColor referenceLine;
    /// The borders between the cells of the Jacobian heat map.
    QColor cellBorder;
    /// A wide pale band under the data: the convex target a maxout layer approximates.
    QColor backdropBand;
    /// The bars of the softmax probabilities, and their edges.
    QColor barFill;
    QColor barEdge;
    /// The hatching of an area in print, where a tint of the series colour cannot mark it: softplus's gap
    /// above relu.
    QColor hatch;
    /// The fill that marks a winning maxout unit where its colour cannot (print); the colour themes tint
    /// the unit's own colour instead.
    QColor winnerFill;
    /// Negative blue, zero neutral, positive red (ColorBrewer's RdBu: readable with the common
    /// colour-vision deficiencies); greys in print.
    DivergingScale diverging;

    /// The colour of the index-th plotted function; wraps around after the last.
    QColor series(std::size_t index) const;
    /// The diverging scale's colours at 0, ¼, ½, ¾ and 1 of a colour bar from −max to max, as
    /// QCPColorGradient::setColorStops takes them.
    QMap<double, QColor> divergingStops() const;
    /// Text that reads on `fill`, whatever the theme: near-black on light fills, white on dark ones (the
    /// numbers in the Jacobian's cells).
    static QColor textOn(const QColor& fill);

    /// White background, dark text: for screens and slides.
    static Palette light();
    /// Dark grey background, light text; the series colours lightened where blue on grey is too dim.
    static Palette dark();
    /// Black and greys only: every series colour is black (print tells series apart by dash pattern).
    static Palette print();
};

}  // namespace actlab
