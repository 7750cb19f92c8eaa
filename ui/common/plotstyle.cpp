#include "ui/common/plotstyle.h"

#include "ui/common/qcustomplot_include.h"

namespace actlab {

namespace {

QFont scaledFont(const QCustomPlot& plot, const Theme& theme, qreal factor, bool italic = false)
{
    QFont font = plot.font();
    font.setPointSizeF(theme.fontPointSize * factor);
    font.setItalic(italic);
    return font;
}

}  // namespace

void stylePlot(QCustomPlot& plot, const Theme& theme)
{
    const Palette& palette = theme.palette;
    plot.setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems | QCP::aeScatters);
    plot.setNotAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeZeroLine | QCP::aeLegend);
    plot.setBackground(QBrush(palette.background));

    const qreal axisWidth = theme.axisWidth;
    for (QCPAxisRect* rect : plot.axisRects()) {
        rect->setBackground(QBrush(palette.background));
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(palette.axis, axisWidth));
            axis->setTickPen(QPen(palette.axis, axisWidth));
            axis->setSubTickPen(QPen(palette.axis, axisWidth));
            axis->setTickLabelColor(palette.text);
            axis->setLabelColor(palette.text);
            axis->setTickLabelFont(scaledFont(plot, theme, 1.0));
            axis->setLabelFont(scaledFont(plot, theme, 13.0 / 11.0, true));  // x and y are variables
            axis->setTickLengthOut(4);
            axis->setTickLengthIn(0);
            axis->setSubTicks(false);  // the grid already marks the steps; sub-ticks only add noise on a slide
            axis->grid()->setPen(QPen(palette.grid, 1));
            axis->grid()->setZeroLinePen(QPen(palette.zeroLine, 1.5 * axisWidth));
            axis->grid()->setSubGridVisible(false);
        }
    }
    plot.legend->setFont(scaledFont(plot, theme, 12.0 / 11.0));
    plot.legend->setTextColor(palette.text);
    plot.legend->setBrush(QBrush(palette.background));
    plot.legend->setBorderPen(QPen(palette.frame, 1));
    plot.legend->setIconSize(theme.legendIconSize);
}

QCPColorGradient divergingGradient(const Theme& theme)
{
    QCPColorGradient gradient;
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setLevelCount(512);
    gradient.setColorStops(theme.palette.divergingStops());
    return gradient;
}

void styleAnnotation(QCPItemText& label, const Theme& theme)
{
    QFont font = label.parentPlot()->font();
    font.setPointSizeF(theme.fontPointSize * 12.0 / 11.0);
    label.setFont(font);
    label.setColor(theme.palette.text);
    label.setBrush(QBrush(theme.palette.background));
    label.setPen(QPen(theme.palette.frame, 1));
    label.setPadding(QMargins(8, 5, 8, 5));
}

}  // namespace actlab
