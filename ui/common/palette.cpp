#include "ui/common/palette.h"

namespace actlab {

QColor Palette::series(std::size_t index) const
{
    return seriesColors[index % seriesColors.size()];
}

Palette Palette::light()
{
    return Palette{
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
    };
}

Palette Palette::dark()
{
    return Palette{
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
    };
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
    return palette;
}

}  // namespace actlab
