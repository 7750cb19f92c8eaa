#include "ui/curves/probedrawing.h"

#include "ui/common/numberformat.h"
#include "ui/common/plotstyle.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/highlighttext.h"
#include "ui/curves/curvesstate.h"
#include "ui/curves/labelplacer.h"
#include "ui/curves/plotlayers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace actlab::curves {

namespace {

/// Length of the tangent segment on screen.
constexpr double kTangentPixels = 300.0;

QCPAxis* xAxisOf(QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atBottom);
}
QCPAxis* yAxisOf(QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atLeft);
}

QCPItemTracer* makeDot(QCustomPlot& plot, QCPAxisRect* rect, const Theme& theme, QColor colour)
{
    auto* dot = new QCPItemTracer(&plot);
    dot->setLayer(plotlayers::probe());
    dot->setClipAxisRect(rect);
    dot->position->setAxes(xAxisOf(rect), yAxisOf(rect));
    dot->setStyle(QCPItemTracer::tsCircle);
    dot->setSize(theme.smallMarkerSize);
    dot->setPen(QPen(theme.palette.background, 1.5));
    dot->setBrush(QBrush(colour));
    return dot;
}

}  // namespace

ProbeDrawing::ProbeDrawing(QCustomPlot& plot, const Theme& theme, QCPAxisRect* functionRect,
                           QCPAxisRect* derivativeRect, const std::vector<std::size_t>& colourIndices)
    : m_plot(plot)
{
    QColor lineColour = theme.palette.text;
    lineColour.setAlpha(150);
    for (QCPAxisRect* rect : {functionRect, derivativeRect}) {
        if (!m_lines.empty() && rect == functionRect) break;  // one panel: one line
        auto* line = new QCPItemStraightLine(&plot);
        line->setLayer(plotlayers::probe());
        line->setClipAxisRect(rect);
        line->point1->setAxes(xAxisOf(rect), yAxisOf(rect));
        line->point2->setAxes(xAxisOf(rect), yAxisOf(rect));
        line->setPen(QPen(lineColour, theme.probeLineWidth, Qt::DashLine));
        m_lines.push_back(line);
    }

    m_tangent = new QCPItemLine(&plot);
    m_tangent->setLayer(plotlayers::probe());
    m_tangent->setClipAxisRect(functionRect);
    m_tangent->start->setAxes(xAxisOf(functionRect), yAxisOf(functionRect));
    m_tangent->end->setAxes(xAxisOf(functionRect), yAxisOf(functionRect));
    QColor tangentColour = theme.palette.text;
    tangentColour.setAlpha(210);
    m_tangent->setPen(QPen(tangentColour, theme.guideWidth));

    for (const std::size_t index : colourIndices) {
        const QColor colour = theme.seriesPen(index, false).color();
        m_functionDots.push_back(makeDot(plot, functionRect, theme, colour));
        m_derivativeDots.push_back(makeDot(plot, derivativeRect, theme, colour));
    }

    m_slopeLabel = new QCPItemText(&plot);
    m_slopeLabel->setLayer(plotlayers::probe());
    m_slopeLabel->setClipAxisRect(functionRect);
    styleAnnotation(*m_slopeLabel, theme);
    m_slopeLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_slopeLabel->position->setType(QCPItemPosition::ptAbsolute);
}

ProbeDrawing::~ProbeDrawing()
{
    m_plot.removeItem(m_slopeLabel);
    for (QCPItemTracer* dot : m_derivativeDots) m_plot.removeItem(dot);
    for (QCPItemTracer* dot : m_functionDots) m_plot.removeItem(dot);
    m_plot.removeItem(m_tangent);
    for (QCPItemStraightLine* line : m_lines) m_plot.removeItem(line);
}

bool ProbeValue::onScreen() const
{
    return drawn && std::fabs(f) <= kCurvesMaxAbsY && std::fabs(df) <= kCurvesMaxAbsY;
}

void ProbeDrawing::update(double x, bool visible, std::span<const ProbeValue> values, int tangentOf,
                          const QString& tangentName)
{
    for (QCPItemStraightLine* line : m_lines) {
        line->point1->setCoords(x, 0.0);
        line->point2->setCoords(x, 1.0);
        line->setVisible(visible);
    }
    for (std::size_t i = 0; i < m_functionDots.size(); ++i) {
        const bool shown = visible && i < values.size() && values[i].onScreen();
        m_functionDots[i]->setVisible(shown);
        m_derivativeDots[i]->setVisible(shown);
        if (!shown) continue;
        m_functionDots[i]->position->setCoords(x, values[i].f);
        m_derivativeDots[i]->position->setCoords(x, values[i].df);
    }
    const bool tangent = visible && tangentOf >= 0 && static_cast<std::size_t>(tangentOf) < values.size() &&
                         values[static_cast<std::size_t>(tangentOf)].onScreen();
    m_tangent->setVisible(tangent);
    m_slopeLabel->setVisible(tangent);
    if (!tangent) return;
    const ProbeValue& at = values[static_cast<std::size_t>(tangentOf)];
    m_x = x;
    m_f = at.f;
    m_df = at.df;
    fitTangent();
    m_tangentOf = tangentOf;
    m_slopeLabel->position->setParentAnchor(m_functionDots[static_cast<std::size_t>(tangentOf)]->position);
    // The slope of the tangent is the derivative there: named, so that with several functions drawn
    // it is clear whose tangent this is.
    m_slopeLabel->setText(QCoreApplication::translate("actlab::ProbeDrawing", "%1′(%2) = %3")
                              .arg(tangentName, compactText(x, 6), compactText(at.df, highlighttext::kLabelDigits)));
}

QString ProbeDrawing::slopeText() const
{
    return m_slopeLabel->visible() ? m_slopeLabel->text() : QString();
}

void ProbeDrawing::fitTangent()
{
    // Through (x, f(x)) with slope f′(x), kTangentPixels long on screen whatever the scales.
    const QCPAxis* xAxis = m_tangent->start->keyAxis();
    const QCPAxis* yAxis = m_tangent->start->valueAxis();
    const double xScale = std::abs(xAxis->coordToPixel(1.0) - xAxis->coordToPixel(0.0));  // pixels per unit
    const double yScale = std::abs(yAxis->coordToPixel(1.0) - yAxis->coordToPixel(0.0));
    const double pixelsPerStep = std::hypot(xScale, m_df * yScale);
    const double half =
        pixelsPerStep > 0 && std::isfinite(pixelsPerStep) ? kTangentPixels / 2 / pixelsPerStep : 1.0;
    m_tangent->start->setCoords(m_x - half, m_f - m_df * half);
    m_tangent->end->setCoords(m_x + half, m_f + m_df * half);
}

void ProbeDrawing::placeSlopeLabel(const std::vector<QRectF>& avoid)
{
    if (!m_slopeLabel->visible() || m_tangentOf < 0) return;
    const QPointF dot = m_functionDots[static_cast<std::size_t>(m_tangentOf)]->position->pixelPosition();
    const QSizeF size = labelSize(*m_slopeLabel);
    const QRectF area = m_slopeLabel->clipAxisRect()->rect();
    struct Side {
        Qt::Alignment alignment;
        double dx;
        double dy;
    };
    // Below right first: the tangent through the dot leaves that side free more often than not.
    constexpr Side sides[] = {{Qt::AlignLeft | Qt::AlignTop, 12, 10},
                              {Qt::AlignRight | Qt::AlignBottom, -12, -10},
                              {Qt::AlignLeft | Qt::AlignBottom, 12, -10},
                              {Qt::AlignRight | Qt::AlignTop, -12, 10}};
    const Side* chosen = &sides[0];
    for (const Side& side : sides) {
        const double left =
            (side.alignment & Qt::AlignLeft) ? dot.x() + side.dx : dot.x() + side.dx - size.width();
        const double top =
            (side.alignment & Qt::AlignTop) ? dot.y() + side.dy : dot.y() + side.dy - size.height();
        const QRectF box(QPointF(left, top), size);
        const bool free =
            area.contains(box) &&
            std::none_of(avoid.begin(), avoid.end(), [&box](const QRectF& r) { return r.intersects(box); });
        if (free) {
            chosen = &side;
            break;
        }
    }
    m_slopeLabel->setPositionAlignment(chosen->alignment);
    m_slopeLabel->position->setCoords(chosen->dx, chosen->dy);
}

}  // namespace actlab::curves
