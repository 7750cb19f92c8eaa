#include "ui/common/palette.h"

namespace actlab {

namespace {

QColor withAlphaF(QColor color, float alpha)
{
    color.setAlphaF(alpha);
    return color;
}

/// Halfway between two colours, in RGB: the stop a three-colour scale has at ±½.
QColor midway(const QColor& a, const QColor& b)
{
    return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
}

DivergingScale threeColourScale(const QColor& negative, const QColor& neutral, const QColor& positive)
{
    return {negative, midway(negative, neutral), neutral, midway(neutral, positive), positive};
}

}  // namespace

QColor Palette::series(std::size_t index) const
{
    return seriesColors[index % seriesColors.size()];
}

QMap<double, QColor> Palette::divergingStops() const
{
    return {{0.0, diverging.negative},
            {0.25, diverging.negativeHalf},
            {0.5, diverging.neutral},
            {0.75, diverging.positiveHalf},
            {1.0, diverging.positive}};
}

QColor Palette::textOn(const QColor& fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.5 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xff, 0xff, 0xff);
}

Palette Palette::light()
{
    Palette palette{
        .background = QColor(0xff, 0xff, 0xff),
        .text = QColor(0x22, 0x22, 0x22),
        .axis = QColor(0x44, 0x44, 0x44),
        .grid = QColor(0xe3, 0xe3, 0xe3),
        .zeroLine = QColor(0x80, 0x80, 0x80),
        .frame = QColor(0xc8, 0xc8, 0xc8),
        .seriesColors = {{
            QColor(0x00, 0x72, 0xb2),  // blue
            QColor(0xd5, 0x5e, 0x00),  // vermillion
            QColor(0x00, 0x9e, 0x73),  // bluish green
            QColor(0xcc, 0x79, 0xa7),  // reddish purple
            QColor(0xe6, 0x9f, 0x00),  // orange
            QColor(0x56, 0xb4, 0xe9),  // sky blue
            QColor(0x00, 0x00, 0x00),  // black
            QColor(0xf0, 0xe4, 0x42),  // yellow
        }},
        .secondaryInk = QColor(0x70, 0x70, 0x70),
        .referenceLine = QColor(0x55, 0x55, 0x55),
        .cellBorder = QColor(0xc8, 0xc8, 0xc8),
        .backdropBand = QColor(0x22, 0x22, 0x22, 60),
        .barFill = {},
        .barEdge = {},
        .hatch = QColor(0x90, 0x90, 0x90),
        .winnerFill = QColor(0xdd, 0xdd, 0xdd),
        // ColorBrewer's RdBu, light in the middle: zero is white, like the figure's background.
        .diverging = {QColor(0x21, 0x66, 0xac), QColor(0x92, 0xc5, 0xde), QColor(0xf7, 0xf7, 0xf7),
                      QColor(0xf4, 0xa5, 0x82), QColor(0xb2, 0x18, 0x2b)},
    };
    palette.barFill = withAlphaF(palette.seriesColors[0], 0.85f);
    palette.barEdge = palette.seriesColors[0].darker(125);
    return palette;
}

Palette Palette::dark()
{
    Palette palette{
        .background = QColor(0x1e, 0x1f, 0x22),
        .text = QColor(0xe8, 0xe8, 0xe8),
        .axis = QColor(0xb8, 0xb8, 0xb8),
        .grid = QColor(0x3a, 0x3c, 0x40),
        .zeroLine = QColor(0x8a, 0x8a, 0x8a),
        .frame = QColor(0x55, 0x57, 0x5c),
        .seriesColors = {{
            QColor(0x56, 0xb4, 0xe9),  // sky blue
            QColor(0xe6, 0x9f, 0x00),  // orange
            QColor(0x00, 0x9e, 0x73),  // bluish green
            QColor(0xcc, 0x79, 0xa7),  // reddish purple
            QColor(0xf0, 0xe4, 0x42),  // yellow: visible on a dark background
            QColor(0xd5, 0x5e, 0x00),  // vermillion
            QColor(0xff, 0xff, 0xff),  // white
            QColor(0x00, 0x72, 0xb2),  // blue, dimmest on dark: last
        }},
        .secondaryInk = QColor(0xa0, 0xa0, 0xa0),
        .referenceLine = QColor(0xa8, 0xa8, 0xa8),
        .cellBorder = QColor(0x55, 0x57, 0x5c),
        .backdropBand = QColor(0xe8, 0xe8, 0xe8, 60),
        .barFill = {},
        .barEdge = {},
        .hatch = QColor(0x80, 0x80, 0x80),
        .winnerFill = QColor(0x4a, 0x4c, 0x50),
        // The same blue and red ends around a zero near the background, so bright outlines and labels
        // stand out everywhere on the scale.
        .diverging =
            threeColourScale(QColor(0x4f, 0x9b, 0xd9), QColor(0x2c, 0x2d, 0x31), QColor(0xe9, 0x6a, 0x4f)),
    };
    palette.barFill = withAlphaF(palette.seriesColors[0], 0.85f);
    palette.barEdge = palette.seriesColors[0].darker(125);
    return palette;
}

Palette Palette::print()
{
    Palette palette = light();
    palette.text = QColor(0, 0, 0);
    palette.axis = QColor(0, 0, 0);
    palette.grid = QColor(0xdd, 0xdd, 0xdd);
    palette.zeroLine = QColor(0x88, 0x88, 0x88);
    palette.frame = QColor(0xaa, 0xaa, 0xaa);
    palette.seriesColors.fill(QColor(0, 0, 0));
    palette.secondaryInk = QColor(0x70, 0x70, 0x70);
    palette.referenceLine = QColor(0x55, 0x55, 0x55);
    palette.cellBorder = QColor(0x70, 0x70, 0x70);
    palette.backdropBand = QColor(0xbb, 0xbb, 0xbb);
    palette.barFill = QColor(0xc4, 0xc4, 0xc4);
    palette.barEdge = QColor(0, 0, 0);
    palette.hatch = QColor(0x90, 0x90, 0x90);
    palette.winnerFill = QColor(0xdd, 0xdd, 0xdd);
    // Dark grey negative, mid grey zero, near-white positive (the paper's white stays the background). Not
    // down to black: maxout's region outlines and labels, drawn in black, stay readable on every grey.
    palette.diverging =
        threeColourScale(QColor(0x59, 0x59, 0x59), QColor(0xb4, 0xb4, 0xb4), QColor(0xf7, 0xf7, 0xf7));
    return palette;
}

}  // namespace actlab
