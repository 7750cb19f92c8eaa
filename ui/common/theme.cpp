#include "ui/common/theme.h"

#include <QCoreApplication>

#include <array>

namespace actlab {

namespace {

// Print tells series apart by dash pattern, f in black and f′ in grey with a dotted pattern of its own.
constexpr std::array<Qt::PenStyle, 4> kPrintPatterns{Qt::SolidLine, Qt::DashLine, Qt::DashDotLine,
                                                    Qt::DashDotDotLine};
constexpr std::array<Qt::PenStyle, 4> kPrintDerivativePatterns{Qt::DotLine, Qt::DashDotDotLine, Qt::DashLine,
                                                              Qt::DashDotLine};

}  // namespace

QPen Theme::seriesPen(std::size_t index, bool derivative) const
{
    QPen pen;
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (monochrome) {
        pen.setColor(derivative ? palette.secondaryInk : palette.series(index));
        pen.setWidthF(derivative ? derivativeWidth : curveWidth);
        pen.setStyle(derivative ? kPrintDerivativePatterns[index % kPrintDerivativePatterns.size()]
                                : kPrintPatterns[index % kPrintPatterns.size()]);
        return pen;
    }
    pen.setColor(palette.series(index));
    pen.setWidthF(derivative ? derivativeWidth : curveWidth);
    pen.setStyle(derivative ? Qt::DashLine : Qt::SolidLine);
    return pen;
}

Theme Theme::light()
{
    Theme theme;
    theme.id = QStringLiteral("light");
    theme.palette = Palette::light();
    return theme;
}

Theme Theme::dark()
{
    Theme theme;
    theme.id = QStringLiteral("dark");
    theme.palette = Palette::dark();
    return theme;
}

Theme Theme::print()
{
    Theme theme;
    theme.id = QStringLiteral("print");
    theme.palette = Palette::print();
    theme.curveWidth = 1.6;
    theme.derivativeWidth = 1.4;
    theme.monochrome = true;
    return theme;
}

Theme Theme::presentation()
{
    Theme theme;
    theme.id = QStringLiteral("presentation");
    theme.palette = Palette::light();
    theme.curveWidth = 4.0;
    theme.derivativeWidth = 3.5;
    theme.fontPointSize = 18;
    theme.axisWidth = 2.0;
    theme.legendIconSize = QSize(56, 22);
    theme.markerSize = 15;
    theme.smallMarkerSize = 13;
    theme.dataPointSize = 10;
    theme.ringSize = 22;
    theme.ringWidth = 3.0;
    theme.probeLineWidth = 2.0;
    theme.guideWidth = 2.5;
    theme.emphasisWidth = 4.0;
    theme.colourScaleBarWidth = 22;
    return theme;
}

Theme Theme::byId(const QString& id, bool* ok)
{
    if (ok) *ok = true;
    if (id == u"light") return light();
    if (id == u"dark") return dark();
    if (id == u"print") return print();
    if (id == u"presentation") return presentation();
    if (ok) *ok = false;
    return light();
}

QStringList Theme::ids()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print"),
            QStringLiteral("presentation")};
}

QString Theme::displayName(const QString& id)
{
    if (id == u"light") return QCoreApplication::translate("actlab::Theme", "Light");
    if (id == u"dark") return QCoreApplication::translate("actlab::Theme", "Dark");
    if (id == u"print") return QCoreApplication::translate("actlab::Theme", "Print (black and white)");
    if (id == u"presentation") return QCoreApplication::translate("actlab::Theme", "Presentation");
    return id;
}

}  // namespace actlab
