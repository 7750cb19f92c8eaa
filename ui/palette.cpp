#include "ui/palette.h"

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

}  // namespace actlab
