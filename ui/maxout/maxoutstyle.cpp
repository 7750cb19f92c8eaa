#include "ui/maxout/maxoutstyle.h"

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
    // Print: black for the first four dash patterns, the quieter ink for the next four, and so on.
    if (theme.monochrome && (unit / kPrintPatterns.size()) % 2 == 1) return theme.palette.secondaryInk;
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
    QPen pen(theme.monochrome ? theme.palette.text : unitColor(theme, winner));
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

}  // namespace actlab
