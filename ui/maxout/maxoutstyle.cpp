#include "ui/maxout/maxoutstyle.h"

#include "ui/common/qcustomplot_include.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>

namespace actlab {

namespace {

constexpr std::array<Qt::PenStyle, 4> kPrintPatterns{Qt::SolidLine, Qt::DashLine, Qt::DashDotLine,
                                                     Qt::DotLine};

}  // namespace

QColor unitColor(const Theme& theme, std::size_t unit)
{
    if (theme.monochrome)
        return (unit / kPrintPatterns.size()) % 2 == 0 ? QColor(0, 0, 0) : QColor(0x77, 0x77, 0x77);
    return theme.palette.series(unit);
}

QPen unitPen(const Theme& theme, std::size_t unit)
{
    QPen pen(unitColor(theme, unit));
    pen.setWidthF(std::max(1.0, theme.curveWidth * 0.5));
    pen.setCapStyle(Qt::FlatCap);
    if (theme.monochrome)
        pen.setStyle(kPrintPatterns[unit % kPrintPatterns.size()]);
    else if (unit >= theme.palette.seriesColors.size())
        pen.setStyle(Qt::DashLine);
    return pen;
}

QPen outputPen(const Theme& theme, std::size_t winner)
{
    QPen pen(theme.monochrome ? QColor(0, 0, 0) : unitColor(theme, winner));
    pen.setWidthF(theme.curveWidth * 1.8);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

namespace {

QIcon unitIcon(const Theme& theme, std::size_t unit)
{
    QPixmap pixmap(28, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen = unitPen(theme, unit);
    pen.setWidthF(3.0);
    painter.setPen(pen);
    painter.drawLine(QPointF(1, 7), QPointF(27, 7));
    return QIcon(pixmap);
}

}  // namespace

const QIcon& UnitIcons::icon(const Theme& theme, std::size_t unit)
{
    const QPen pen = unitPen(theme, unit);
    const std::pair<QRgb, int> look(pen.color().rgba(), int(pen.style()));
    auto it = m_icons.find(look);
    if (it == m_icons.end()) it = m_icons.emplace(look, unitIcon(theme, unit)).first;
    return it->second;
}

QCPColorGradient outputGradient(const Theme& theme)
{
    QCPColorGradient gradient;
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.clearColorStops();
    if (theme.monochrome) {
        // Not down to black: the region outlines and labels, drawn in black, must stay readable.
        gradient.setColorStopAt(0.0, QColor(0xf7, 0xf7, 0xf7));
        gradient.setColorStopAt(1.0, QColor(0x59, 0x59, 0x59));
    } else if (theme.palette.background.lightness() < 128) {
        // Dark theme: zero is near the background, so the bright region outlines stand out everywhere.
        gradient.setColorStopAt(0.0, QColor(0x4f, 0x9b, 0xd9));
        gradient.setColorStopAt(0.5, QColor(0x2c, 0x2d, 0x31));
        gradient.setColorStopAt(1.0, QColor(0xf0, 0x8a, 0x4b));
    } else {
        // ColorBrewer's RdBu, light in the middle: zero is white, like the figure's background.
        gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xac));
        gradient.setColorStopAt(0.25, QColor(0x92, 0xc5, 0xde));
        gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
        gradient.setColorStopAt(0.75, QColor(0xf4, 0xa5, 0x82));
        gradient.setColorStopAt(1.0, QColor(0xb2, 0x18, 0x2b));
    }
    return gradient;
}

bool outputGradientIsDiverging(const Theme& theme)
{
    return !theme.monochrome;
}

}  // namespace actlab
