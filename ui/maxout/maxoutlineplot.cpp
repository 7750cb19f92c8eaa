#include "ui/maxout/maxoutlineplot.h"

#include "core/sampling.h"
#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotinteraction.h"
#include "ui/common/plotstyle.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/maxout/maxoutstyle.h"

#include <QFontMetrics>
#include <QKeyEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actlab {

namespace {

/// A line within this many pixels of the pointer can be grabbed.
constexpr double kGrabDistance = 7.0;
/// Gap between an overlay and the edge of the plotting area, in pixels.
constexpr double kOverlayGap = 10.0;
/// The error panel shows k = 1 … this.
constexpr std::size_t kErrorPanelCounts = kMaxoutMaxUnits;
/// At most this many groups are listed in the probe box; more would cover the plot.
constexpr std::size_t kProbeLines = 6;

QCPAxis* xOf(const QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atBottom);
}
QCPAxis* yOf(const QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atLeft);
}

void placeIn(QCPItemPosition* position, const QCPAxisRect* rect)
{
    position->setAxes(xOf(rect), yOf(rect));
    position->setAxisRect(const_cast<QCPAxisRect*>(rect));
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF closest = a + t * ab;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

/// The part of the segment (x0, y0)–(x1, y1) with y inside [low, high], as an x interval; empty
/// (first > second) when the segment never enters the band. Presentation only: where a label can sit.
std::pair<double, double> visibleStretch(double x0, double y0, double x1, double y1, double low, double high)
{
    if (y0 == y1) return (y0 >= low && y0 <= high) ? std::pair{x0, x1} : std::pair{1.0, 0.0};
    const double atLow = x0 + (low - y0) * (x1 - x0) / (y1 - y0);
    const double atHigh = x0 + (high - y0) * (x1 - x0) / (y1 - y0);
    return {std::max(x0, std::min(atLow, atHigh)), std::min(x1, std::max(atLow, atHigh))};
}

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

}  // namespace

MaxoutLinePlot::MaxoutLinePlot(QWidget* parent) : BufferReleasingPlot(parent)
{
    setUpLayout();
    setMouseTracking(true);
    setAccessibleName(tr("Maxout with one input"));
    setToolTip(
        tr("Drag a line to move it up or down (its bias); Shift+drag to turn it about the grabbed "
           "point (its weight). Click or drag anywhere else to move the probe x; the Left and Right keys "
           "move it too (with Shift, ten steps). Right-click for a menu."));
    // Tab reaches the plot, and the arrow keys then move the probe.
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QCustomPlot::afterLayout, this, &MaxoutLinePlot::placeOverlays);
    new PlotContextMenu(*this, tr("Copy probe values"), [this](QPointF) { return probeValuesText(); });
}

MaxoutLinePlot::~MaxoutLinePlot()
{
    // Out of the layout, the error panel belongs to nobody else.
    if (m_errorRect != nullptr && m_errorRect->layout() == nullptr) delete m_errorRect;
}

void MaxoutLinePlot::setUpLayout()
{
    legend->setVisible(false);
    m_main = axisRect();
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString());
    plotLayout()->addElement(0, 0, m_title);
    m_bottom = new QCPLayoutGrid;
    plotLayout()->addElement(2, 0, m_bottom);
    m_derivative = new QCPAxisRect(this);
    m_bottom->addElement(0, 0, m_derivative);
    m_bottom->setColumnSpacing(24);
    m_errorRect = new QCPAxisRect(this);
    // New axis rects land on the current layer; on "background", like the default one, so the grid and
    // the items on the layers above are not painted over by their background.
    m_derivative->setLayer(QStringLiteral("background"));
    m_errorRect->setLayer(QStringLiteral("background"));
    m_bottom->addElement(0, 1, m_errorRect);
    m_bottom->take(m_errorRect);
    m_bottom->simplify();
    m_errorRect->setVisible(false);  // out of the layout it would still draw where it last was
    plotLayout()->setRowStretchFactor(1, 2.6);
    plotLayout()->setRowStretchFactor(2, 1.2);
    plotLayout()->setRowSpacing(4);

    m_leftMargins = new QCPMarginGroup(this);
    m_main->setMarginGroup(QCP::msLeft, m_leftMargins);
    m_derivative->setMarginGroup(QCP::msLeft, m_leftMargins);

    xOf(m_derivative)->setLabel(QStringLiteral("x"));
    yOf(m_derivative)->setLabel(tr("slope d out/dx"));
    yOf(m_main)->setLabel(tr("z\u2C7C and out"));
    for (QCPAxisRect* rect : {m_main, m_derivative}) {
        rect->setRangeDrag(Qt::Orientations());
        rect->setRangeZoom(Qt::Orientations());
    }

    QCPAxis* errorX = xOf(m_errorRect);
    QCPAxis* errorY = yOf(m_errorRect);
    errorX->setScaleType(QCPAxis::stLogarithmic);
    auto kTicker = QSharedPointer<QCPAxisTickerLog>::create();
    kTicker->setLogBase(2);
    kTicker->setSubTickCount(0);
    errorX->setTicker(kTicker);
    errorX->setRange(0.8, 20);
    errorX->setLabel(tr("k tangent lines"));
    errorY->setScaleType(QCPAxis::stLogarithmic);
    errorY->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    errorY->setNumberFormat(QStringLiteral("eb"));
    errorY->setNumberPrecision(0);
    errorY->setLabel(tr("max error"));
    m_errorRect->setRangeDrag(Qt::Orientations());
    m_errorRect->setRangeZoom(Qt::Orientations());
}

void MaxoutLinePlot::showErrorPanel(bool shown)
{
    const bool inLayout = m_errorRect->layout() != nullptr;
    if (shown == inLayout) return;
    m_errorRect->setVisible(shown);
    if (shown) {
        m_bottom->addElement(0, 1, m_errorRect);
        m_bottom->setColumnStretchFactor(0, 1.8);
        m_bottom->setColumnStretchFactor(1, 1.0);
    } else {
        m_bottom->take(m_errorRect);
        m_bottom->simplify();
    }
}

QCPGraph* MaxoutLinePlot::segment(QCPAxisRect* rect, QPointF from, QPointF to, const QPen& pen)
{
    QCPGraph* graph = addGraph(xOf(rect), yOf(rect));
    graph->setPen(pen);
    graph->setLineStyle(QCPGraph::lsLine);
    graph->setAdaptiveSampling(false);
    graph->data()->add(QCPGraphData(from.x(), from.y()));
    graph->data()->add(QCPGraphData(to.x(), to.y()));
    return graph;
}

std::vector<double> MaxoutLinePlot::unitValuesAt(double x) const
{
    return maxoutForward(m_state.layer, std::vector<double>{x}).unitValues;
}

void MaxoutLinePlot::render(const MaxoutOneInput& state, const Theme& theme)
{
    m_state = state;
    m_theme = theme;
    clearPlottables();
    clearItems();
    m_probeLabel = nullptr;
    m_errorLabel = nullptr;
    m_labels.clear();
    m_jumps.clear();
    m_pieces.clear();
    m_error.reset();
    m_errorByCount.clear();
    showErrorPanel(state.target.has_value());
    stylePlot(*this, theme);
    QFont titleFont = font();
    titleFont.setPointSizeF(theme.fontPointSize * 13.0 / 11.0);
    m_title->setFont(titleFont);
    m_title->setTextColor(theme.palette.text);

    const MaxoutLayer& layer = state.layer;
    const bool usable = maxoutLayerError(layer).empty() && layer.inputSize() == 1 &&
                        std::isfinite(state.xFrom) && std::isfinite(state.xTo) && state.xFrom < state.xTo;
    if (!usable) {
        m_title->setText(tr("Nothing to draw: the layer or the x range is not usable."));
        replot(rpQueuedReplot);
        return;
    }

    for (std::size_t g = 0; g < layer.groupCount(); ++g)
        m_pieces.push_back(maxoutPieces(layer, g, state.xFrom, state.xTo));
    if (state.target) {
        const std::size_t samples = std::max<std::size_t>(400, std::size_t(std::max(1, width())));
        m_targetX.resize(samples);
        m_targetF.resize(samples);
        for (std::size_t i = 0; i < samples; ++i)
            m_targetX[i] = evenlySpaced(state.xFrom, state.xTo, i, samples);
        convexTargetValues(*state.target, m_targetX, m_targetF);
        m_error = maxApproximationError(*state.target, layer, 0, state.xFrom, state.xTo);
    }

    // The value axis fits the outputs (and the curve being approximated) and shows y = 0; losing lines
    // may reach below, but only so far that the outputs keep most of the height. While a line is being
    // dragged the axis stays still, so the line stays under the pointer.
    if (m_drag != Drag::Unit) {
        double low = 0.0;
        double high = 0.0;
        for (const auto& pieces : m_pieces) {
            for (const MaxoutPiece& piece : pieces) {
                low = std::min({low, piece.valueFrom, piece.valueTo});
                high = std::max({high, piece.valueFrom, piece.valueTo});
            }
        }
        if (state.target) {
            for (double f : m_targetF) high = std::max(high, f);
        }
        const double span = std::max(high - low, 1e-9);
        double unitsLow = low;
        for (const double at : {state.xFrom, state.xTo}) {
            for (double z : unitValuesAt(at)) unitsLow = std::min(unitsLow, z);
        }
        low = std::max(unitsLow, low - 0.5 * span);
        const double padded = std::max(high - low, 1e-9);
        m_valueRange = QCPRange(low - 0.08 * padded, high + 0.1 * padded);
    }
    xOf(m_main)->setRange(state.xFrom, state.xTo);
    yOf(m_main)->setRange(m_valueRange);
    xOf(m_derivative)->setRange(state.xFrom, state.xTo);

    QString title = layerSummary(layer);
    if (state.target) {
        title = (*state.target == ConvexTarget::Square ? tr("x\u00b2 from below by k = %1 tangent lines")
                                                       : tr("softplus(x) from below by k = %1 tangent lines"))
                    .arg(layer.units.size()) +
                QStringLiteral(" \u2014 ") + title;
    }
    m_title->setText(title);

    if (state.target) drawTarget();
    drawUnits();
    drawOutputs();
    drawProbe();
    drawDerivative();
    if (state.target) drawErrorPanel();
    replot(rpQueuedReplot);
}

void MaxoutLinePlot::drawTarget()
{
    QCPGraph* graph = addGraph(xOf(m_main), yOf(m_main));
    // A wide pale band under everything: the curve to approximate reads as a backdrop, not as a unit.
    QPen pen(m_theme.palette.backdropBand, m_theme.curveWidth * 3.2);
    pen.setCapStyle(Qt::RoundCap);
    graph->setPen(pen);
    graph->setName(QStringLiteral("target"));
    graph->setAdaptiveSampling(false);
    auto samples = graph->data();
    samples->clear();
    for (std::size_t i = 0; i < m_targetX.size(); ++i) samples->add(QCPGraphData(m_targetX[i], m_targetF[i]));

    auto* label = new QCPItemText(this);
    label->setLayer(QStringLiteral("legend"));
    label->position->setType(QCPItemPosition::ptAbsolute);
    label->setText(*m_state.target == ConvexTarget::Square ? QStringLiteral("x\u00b2")
                                                           : QStringLiteral("softplus(x)"));
    label->setColor(m_theme.palette.text);
    QFont font = this->font();
    font.setPointSizeF(m_theme.fontPointSize * 1.05);
    font.setItalic(true);
    label->setFont(font);
    label->setPadding(QMargins(3, 1, 3, 1));
    m_labels.push_back({label, QPointF(m_state.xTo, std::min(m_targetF.back(), m_valueRange.upper)), false});
}

void MaxoutLinePlot::drawUnits()
{
    const std::vector<double> atFrom = unitValuesAt(m_state.xFrom);
    const std::vector<double> atTo = unitValuesAt(m_state.xTo);
    QFont font = this->font();
    font.setPointSizeF(m_theme.fontPointSize);
    for (std::size_t j = 0; j < atFrom.size(); ++j) {
        QCPGraph* graph =
            segment(m_main, {m_state.xFrom, atFrom[j]}, {m_state.xTo, atTo[j]}, unitPen(m_theme, j));
        graph->setName(unitName(j));
        const auto [a, b] = visibleStretch(m_state.xFrom, atFrom[j], m_state.xTo, atTo[j], m_valueRange.lower,
                                           m_valueRange.upper);
        if (!(a < b)) continue;
        auto* label = new QCPItemText(this);
        label->setLayer(QStringLiteral("legend"));
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setText(unitName(j));
        label->setColor(m_theme.monochrome ? m_theme.palette.text : unitColor(m_theme, j));
        label->setFont(font);
        label->setPadding(QMargins(3, 1, 3, 1));
        QColor backdrop = m_theme.palette.background;
        backdrop.setAlpha(210);
        label->setBrush(QBrush(backdrop));
        const double y =
            atFrom[j] + (b - m_state.xFrom) * (atTo[j] - atFrom[j]) / (m_state.xTo - m_state.xFrom);
        m_labels.push_back({label, QPointF(b, y), false});
    }
}

void MaxoutLinePlot::drawOutputs()
{
    // Halos first, in the background colour, so a bold piece stays whole where other lines cross it.
    QPen halo(m_theme.palette.background, outputPen(m_theme, 0).widthF() + 3.0);
    halo.setCapStyle(Qt::RoundCap);
    for (const auto& pieces : m_pieces) {
        for (const MaxoutPiece& piece : pieces)
            segment(m_main, {piece.from, piece.valueFrom}, {piece.to, piece.valueTo}, halo);
    }
    QFont bold = font();
    bold.setPointSizeF(m_theme.fontPointSize * 1.05);
    bold.setBold(true);
    for (std::size_t g = 0; g < m_pieces.size(); ++g) {
        for (const MaxoutPiece& piece : m_pieces[g]) {
            QCPGraph* graph = segment(m_main, {piece.from, piece.valueFrom}, {piece.to, piece.valueTo},
                                      outputPen(m_theme, piece.unit));
            graph->setName(outputName(g));
        }
        // The output's name at the left end of its first visible piece.
        for (const MaxoutPiece& piece : m_pieces[g]) {
            const auto [a, b] = visibleStretch(piece.from, piece.valueFrom, piece.to, piece.valueTo,
                                               m_valueRange.lower, m_valueRange.upper);
            if (!(a < b)) continue;
            auto* label = new QCPItemText(this);
            label->setLayer(QStringLiteral("legend"));
            label->position->setType(QCPItemPosition::ptAbsolute);
            label->setText(outputName(g));
            label->setColor(m_theme.palette.text);
            label->setFont(bold);
            label->setPadding(QMargins(3, 1, 3, 1));
            QColor backdrop = m_theme.palette.background;
            backdrop.setAlpha(210);
            label->setBrush(QBrush(backdrop));
            const double y = piece.valueFrom + (a - piece.from) * piece.slope;
            m_labels.push_back({label, QPointF(a, y), true});
            break;
        }
    }
}

void MaxoutLinePlot::drawProbe()
{
    const double x = m_state.probe;
    const MaxoutForward forward = maxoutForward(m_state.layer, std::vector<double>{x});
    QPen probePen(m_theme.palette.zeroLine, m_theme.probeLineWidth, Qt::DashLine);
    for (QCPAxisRect* rect : {m_main, m_derivative}) {
        auto* line = new QCPItemStraightLine(this);
        line->setLayer(QStringLiteral("grid"));
        placeIn(line->point1, rect);
        placeIn(line->point2, rect);
        line->point1->setCoords(x, 0.0);
        line->point2->setCoords(x, 1.0);
        line->setPen(probePen);
        line->setClipAxisRect(rect);
    }
    QStringList lines{QStringLiteral("x = ") + compactText(x)};
    for (std::size_t g = 0; g < forward.outputs.size(); ++g) {
        const std::size_t winner = forward.winners[g];
        auto* marker = new QCPItemTracer(this);
        marker->setLayer(QStringLiteral("legend"));
        placeIn(marker->position, m_main);
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(m_theme.markerSize);
        // Print: a white dot ringed in black, where the winner's grey would not stand out.
        marker->setPen(QPen(m_theme.monochrome ? m_theme.palette.text : m_theme.palette.background, 2));
        marker->setBrush(
            QBrush(m_theme.monochrome ? m_theme.palette.background : unitColor(m_theme, winner)));
        marker->position->setCoords(x, forward.outputs[g]);
        marker->setClipAxisRect(m_main);
        if (g < kProbeLines) {
            lines << outputName(g) + QStringLiteral(" = ") + unitName(winner) + QStringLiteral(" = ") +
                         compactText(forward.outputs[g]);
        } else if (g == kProbeLines) {
            lines << tr("\u2026 and %n more outputs", nullptr,
                        static_cast<int>(forward.outputs.size() - kProbeLines));
        }
    }
    m_probeLabel = new QCPItemText(this);
    m_probeLabel->setLayer(QStringLiteral("legend"));
    m_probeLabel->position->setType(QCPItemPosition::ptAbsolute);
    m_probeLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_probeLabel->setTextAlignment(Qt::AlignLeft);
    styleAnnotation(*m_probeLabel, m_theme);
    m_probeLabel->setText(lines.join(u'\n'));

    if (m_error) drawErrorBars();
}

void MaxoutLinePlot::drawErrorBars()
{
    // A bar at every point where the error peaks: for x² and its minimax tangents they all share the one
    // largest value, at both ends and at every breakpoint.
    m_errorBars.clear();
    for (const double peak : m_error->peaks) {
        std::array<double, 1> x{peak};
        std::array<double, 1> f{};
        convexTargetValues(*m_state.target, x, f);
        const double out = maxoutForward(m_state.layer, std::vector<double>{peak}).outputs.front();
        auto* bar = new QCPItemLine(this);
        bar->setLayer(QStringLiteral("legend"));
        placeIn(bar->start, m_main);
        placeIn(bar->end, m_main);
        bar->start->setCoords(peak, out);
        bar->end->setCoords(peak, f[0]);
        bar->setPen(QPen(m_theme.palette.text, m_theme.guideWidth));
        bar->setHead(QCPLineEnding(QCPLineEnding::esBar, 10));
        bar->setTail(QCPLineEnding(QCPLineEnding::esBar, 10));
        bar->setClipAxisRect(m_main);
        m_errorBars.push_back({peak, std::min(out, f[0]), std::max(out, f[0])});
    }
    // The label goes beside a bar near the middle, away from the plot's edges, if one has room.
    const double middle = 0.5 * (m_state.xFrom + m_state.xTo);
    std::stable_sort(m_errorBars.begin(), m_errorBars.end(), [middle](const ErrorBar& a, const ErrorBar& b) {
        return std::abs(a.x - middle) < std::abs(b.x - middle);
    });
    m_errorLabel = new QCPItemText(this);
    m_errorLabel->setLayer(QStringLiteral("legend"));
    m_errorLabel->position->setType(QCPItemPosition::ptAbsolute);  // placed after layout
    m_errorLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    styleAnnotation(*m_errorLabel, m_theme);
    QStringList where;
    for (const double peak : m_error->peaks) where << compactText(peak, 3);
    m_errorLabel->setText(
        tr("max error %1\nat x = %2").arg(compactText(m_error->value), where.join(QStringLiteral(", "))));
}

void MaxoutLinePlot::drawDerivative()
{
    double low = 0.0;
    double high = 0.0;
    const qreal width = m_theme.derivativeWidth * 1.3;
    QColor connector = m_theme.palette.text;
    connector.setAlpha(110);
    for (std::size_t g = 0; g < m_pieces.size(); ++g) {
        const std::vector<MaxoutPiece>& pieces = m_pieces[g];
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            const MaxoutPiece& piece = pieces[p];
            QPen pen(unitColor(m_theme, piece.unit), width);
            pen.setCapStyle(Qt::FlatCap);
            segment(m_derivative, {piece.from, piece.slope}, {piece.to, piece.slope}, pen);
            low = std::min(low, piece.slope);
            high = std::max(high, piece.slope);
            if (p == 0) continue;
            // A jump: the derivative at the breakpoint itself is the slope of the unit core's forward pass
            // picks there (ties → lowest index): a closed dot; the other side's slope gets an open one.
            const MaxoutPiece& before = pieces[p - 1];
            const double x = piece.from;
            const std::size_t winner = maxoutForward(m_state.layer, std::vector<double>{x}).winners[g];
            const double closed = m_state.layer.units[winner].weights[0];
            const double open = closed == before.slope ? piece.slope : before.slope;
            const std::size_t openUnit = closed == before.slope ? piece.unit : before.unit;
            m_jumps.push_back({g, x, closed, open});
            QPen dotted(connector, 1.0, Qt::DotLine);
            segment(m_derivative, {x, before.slope}, {x, piece.slope}, dotted);
            for (const bool isClosed : {false, true}) {
                auto* dot = new QCPItemTracer(this);
                dot->setLayer(QStringLiteral("legend"));
                placeIn(dot->position, m_derivative);
                dot->setStyle(QCPItemTracer::tsCircle);
                dot->setSize(m_theme.smallMarkerSize);
                const QColor color = unitColor(m_theme, isClosed ? winner : openUnit);
                dot->setPen(QPen(color, 1.6));
                dot->setBrush(isClosed ? QBrush(color) : QBrush(m_theme.palette.background));
                dot->position->setCoords(x, isClosed ? closed : open);
                dot->setClipAxisRect(m_derivative);
            }
        }
    }
    const double span = std::max(high - low, 0.5);
    yOf(m_derivative)->setRange(low - 0.18 * span, high + 0.18 * span);
    const double x = m_state.probe;
    const MaxoutForward forward = maxoutForward(m_state.layer, std::vector<double>{x});
    for (std::size_t g = 0; g < forward.winners.size(); ++g) {
        auto* marker = new QCPItemTracer(this);
        marker->setLayer(QStringLiteral("legend"));
        placeIn(marker->position, m_derivative);
        marker->setStyle(QCPItemTracer::tsSquare);
        marker->setSize(m_theme.smallMarkerSize);
        marker->setPen(QPen(m_theme.palette.text, 1.2));
        marker->setBrush(Qt::NoBrush);
        marker->position->setCoords(x, m_state.layer.units[forward.winners[g]].weights[0]);
        marker->setClipAxisRect(m_derivative);
    }
}

void MaxoutLinePlot::drawErrorPanel()
{
    const ConvexTarget target = *m_state.target;
    QCPGraph* graph = addGraph(xOf(m_errorRect), yOf(m_errorRect));
    QPen pen(m_theme.palette.text, std::max(1.2, m_theme.curveWidth * 0.6));
    graph->setPen(pen);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_theme.dataPointSize));
    double low = std::numeric_limits<double>::infinity();
    double high = 0.0;
    for (std::size_t k = 1; k <= kErrorPanelCounts; ++k) {
        const MaxoutLayer tangents = tangentLayer(target, k, m_state.xFrom, m_state.xTo);
        const double error = maxApproximationError(target, tangents, 0, m_state.xFrom, m_state.xTo).value;
        m_errorByCount.push_back(error);
        graph->data()->add(QCPGraphData(double(k), error));
        low = std::min(low, error);
        high = std::max(high, error);
    }
    const double current = m_error ? m_error->value : 0.0;
    if (current > 0) {
        low = std::min(low, current);
        high = std::max(high, current);
    }
    // Room above the curve for the note: the error falls to the right, so the top right stays empty.
    if (low > 0 && high > 0) yOf(m_errorRect)->setRange(low / 2.5, high * 60.0);

    const std::size_t k = m_state.layer.units.size();
    auto* ring = new QCPItemTracer(this);
    ring->setLayer(QStringLiteral("legend"));
    placeIn(ring->position, m_errorRect);
    ring->setStyle(QCPItemTracer::tsCircle);
    ring->setSize(m_theme.ringSize);
    ring->setPen(QPen(unitColor(m_theme, 1), m_theme.ringWidth));
    ring->setBrush(Qt::NoBrush);
    ring->position->setCoords(double(k), current > 0 ? current : low);
    ring->setClipAxisRect(m_errorRect);

    auto* note = new QCPItemText(this);
    note->setLayer(QStringLiteral("legend"));
    placeIn(note->position, m_errorRect);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.97, 0.04);
    note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    note->setTextAlignment(Qt::AlignLeft);
    note->setClipAxisRect(m_errorRect);
    styleAnnotation(*note, m_theme);
    QFont noteFont = note->font();
    noteFont.setPointSizeF(m_theme.fontPointSize * 0.9);
    note->setFont(noteFont);
    note->setPadding(QMargins(5, 3, 5, 3));
    const QString curve =
        target == ConvexTarget::Square ? QStringLiteral("x\u00b2") : QStringLiteral("softplus");
    QString text = tr("max |%1 \u2212 out\u2081|").arg(curve) + u'\n' +
                   tr("k = %1: %2").arg(k).arg(compactText(current));
    if (2 * k <= kErrorPanelCounts && m_errorByCount[2 * k - 1] > 0)
        text += u'\n' + tr("k = %1: %2\u00d7 smaller")
                            .arg(2 * k)
                            .arg(compactText(m_errorByCount[k - 1] / m_errorByCount[2 * k - 1], 3));
    note->setText(text);
}

namespace {

/// The box among `candidates` (top-left corners) that lies inside `inside` and hides the least: drawn
/// points weighted by how much they matter, and heavily, boxes already placed. Earlier candidates win ties.
QPointF leastHidden(const std::vector<QPointF>& candidates, QSizeF size, const QRectF& inside,
                    const std::vector<std::pair<QPointF, int>>& points, const std::vector<QRectF>& placed)
{
    QPointF best = candidates.empty() ? inside.topLeft() : candidates.front();
    long bestCost = std::numeric_limits<long>::max();
    for (const QPointF& topLeft : candidates) {
        const QRectF box(topLeft, size);
        long cost = inside.contains(box) ? 0 : 100000;
        for (const auto& [point, weight] : points) cost += box.contains(point) ? weight : 0;
        for (const QRectF& other : placed) cost += box.intersects(other) ? 2000 : 0;
        if (cost < bestCost) {
            bestCost = cost;
            best = topLeft;
        }
    }
    return best;
}

QSizeF boxSize(const QCPItemText& label)
{
    const QMarginsF padding(label.padding());
    return QFontMetricsF(label.font()).boundingRect(QRectF(), Qt::AlignLeft, label.text()).size() +
           QSizeF(padding.left() + padding.right(), padding.top() + padding.bottom());
}

}  // namespace

void MaxoutLinePlot::placeOverlays()
{
    if (m_probeLabel == nullptr || m_pieces.empty()) return;
    const QRect area = m_main->rect();
    const QRectF inside = QRectF(area).adjusted(kOverlayGap, kOverlayGap, -kOverlayGap, -kOverlayGap);
    const auto pixel = [this](double x, double y) {
        return QPointF(xOf(m_main)->coordToPixel(x), yOf(m_main)->coordToPixel(y));
    };

    // Unit names at the right end of each visible line, output names at the left end of each output;
    // pushed apart vertically so none covers another.
    std::vector<QRectF> placed;
    std::vector<std::size_t> order(m_labels.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<QPointF> anchors;
    for (const UnitLabel& label : m_labels) anchors.push_back(pixel(label.anchor.x(), label.anchor.y()));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return anchors[a].y() < anchors[b].y(); });
    for (std::size_t i : order) {
        const UnitLabel& label = m_labels[i];
        const QSizeF size = boxSize(*label.item);
        const QPointF anchor = anchors[i];
        double left = label.left ? anchor.x() + 4 : anchor.x() - size.width() - 4;
        left = std::clamp(left, inside.left(), std::max(inside.left(), inside.right() - size.width()));
        // Above the line's end, unless that leaves the plot.
        double top = anchor.y() - size.height() - 2;
        if (top < inside.top()) top = anchor.y() + 4;
        top = std::clamp(top, inside.top(), std::max(inside.top(), inside.bottom() - size.height()));
        QRectF box(QPointF(left, top), size);
        for (int attempt = 0; attempt < 24; ++attempt) {
            const auto clash = std::find_if(placed.begin(), placed.end(),
                                            [&](const QRectF& other) { return other.intersects(box); });
            if (clash == placed.end()) break;
            box.moveTop(clash->bottom() + 1);
            if (box.bottom() > inside.bottom())
                box.moveBottom(clash->top() - 1 - (attempt > 12 ? size.height() : 0));
        }
        placed.push_back(box);
        label.item->position->setCoords(box.topLeft());
        label.item->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    }

    // What the boxes should not hide: every drawn line in pixels, the outputs most of all.
    std::vector<std::pair<QPointF, int>> points;
    for (int g = 0; g < graphCount(); ++g) {
        const QCPGraph* graph = this->graph(g);
        if (graph->keyAxis() != xOf(m_main) || graph->name().isEmpty()) continue;  // halos repeat outputs
        const int weight = graph->name().startsWith(QStringLiteral("out")) ? 4 : 1;
        const auto samples = graph->data();
        if (samples->size() < 2) continue;
        for (auto it = samples->constBegin(); it + 1 != samples->constEnd(); ++it) {
            const QPointF a = graph->coordsToPixels(it->key, it->value);
            const QPointF b = graph->coordsToPixels((it + 1)->key, (it + 1)->value);
            const int steps = int(std::min(200.0, std::hypot(b.x() - a.x(), b.y() - a.y()) / 6.0)) + 1;
            for (int s = 0; s <= steps; ++s) points.emplace_back(a + (b - a) * (double(s) / steps), weight);
        }
    }
    const double probePixel = xOf(m_main)->coordToPixel(m_state.probe);
    for (double y = inside.top(); y < inside.bottom(); y += 8) points.emplace_back(QPointF(probePixel, y), 1);

    if (m_errorLabel != nullptr) {
        // Below, beside or above one of the error bars, the middle ones first.
        const QSizeF size = boxSize(*m_errorLabel);
        std::vector<QPointF> candidates;
        for (const ErrorBar& bar : m_errorBars) {
            const QPointF low = pixel(bar.x, bar.low);
            const QPointF high = pixel(bar.x, bar.high);
            const double middle = 0.5 * (low.y() + high.y());
            candidates.push_back({low.x() - size.width() / 2, low.y() + 12});
            candidates.push_back({low.x() + 14, middle - size.height() / 2});
            candidates.push_back({low.x() - 14 - size.width(), middle - size.height() / 2});
            candidates.push_back({low.x() + 14, low.y() + 12});
            candidates.push_back({low.x() - 14 - size.width(), low.y() + 12});
            candidates.push_back({high.x() - size.width() / 2, high.y() - 12 - size.height()});
        }
        const QPointF best = leastHidden(candidates, size, inside, points, placed);
        m_errorLabel->position->setCoords(best);
        placed.push_back(QRectF(best, size));
    }

    // The probe box where it hides least: top centre first, the empty space above a convex output's
    // minimum.
    const QSizeF size = boxSize(*m_probeLabel);
    const std::vector<QPointF> corners{
        {inside.center().x() - size.width() / 2, inside.top()},
        {inside.left(), inside.top()},
        {inside.right() - size.width(), inside.top()},
        {inside.right() - size.width(), inside.bottom() - size.height()},
        {inside.left(), inside.bottom() - size.height()},
        {inside.center().x() - size.width() / 2, inside.bottom() - size.height()},
        {inside.left() + inside.width() / 4 - size.width() / 2, inside.top()},
        {inside.left() + 3 * inside.width() / 4 - size.width() / 2, inside.top()}};
    m_probeLabel->position->setCoords(leastHidden(corners, size, inside, points, placed));
}

QString MaxoutLinePlot::probeText() const
{
    return m_probeLabel != nullptr ? m_probeLabel->text() : QString();
}

QString MaxoutLinePlot::titleText() const
{
    return m_title->text();
}

QString MaxoutLinePlot::errorText() const
{
    return m_errorLabel != nullptr ? m_errorLabel->text() : QString();
}

QString MaxoutLinePlot::probeValuesText() const
{
    if (m_pieces.empty()) return {};
    const double x = m_state.probe;
    const MaxoutForward forward = maxoutForward(m_state.layer, std::vector<double>{x});
    QString text = tr("output") + QStringLiteral("\tx\tout\t") + tr("winner") +
                   QStringLiteral("\t\u2202out/\u2202x\n");
    for (std::size_t g = 0; g < forward.outputs.size(); ++g) {
        const std::size_t winner = forward.winners[g];
        text += outputName(g) + u'\t' + roundTripText(x) + u'\t' + roundTripText(forward.outputs[g]) + u'\t' +
                unitName(winner) + u'\t' + roundTripText(m_state.layer.units[winner].weights[0]) + u'\n';
    }
    return text;
}

QPointF MaxoutLinePlot::pixelOf(std::size_t unit, double x) const
{
    return {xOf(m_main)->coordToPixel(x), yOf(m_main)->coordToPixel(unitValuesAt(x)[unit])};
}

int MaxoutLinePlot::unitNear(QPointF pixel) const
{
    if (m_pieces.empty()) return -1;
    const std::vector<double> atFrom = unitValuesAt(m_state.xFrom);
    const std::vector<double> atTo = unitValuesAt(m_state.xTo);
    int best = -1;
    double bestDistance = kGrabDistance;
    for (std::size_t j = 0; j < atFrom.size(); ++j) {
        const QPointF a(xOf(m_main)->coordToPixel(m_state.xFrom), yOf(m_main)->coordToPixel(atFrom[j]));
        const QPointF b(xOf(m_main)->coordToPixel(m_state.xTo), yOf(m_main)->coordToPixel(atTo[j]));
        const double distance = distanceToSegment(pixel, a, b);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(j);
        }
    }
    return best;
}

QCPAxisRect* MaxoutLinePlot::probePanelAt(QPointF pixel) const
{
    for (QCPAxisRect* rect : {m_main, m_derivative}) {
        if (rect->rect().contains(pixel.toPoint())) return rect;
    }
    return nullptr;
}

bool MaxoutLinePlot::overProbe(QPointF pixel) const
{
    const QCPAxisRect* rect = probePanelAt(pixel);
    return rect != nullptr &&
           std::abs(xOf(rect)->coordToPixel(m_state.probe) - pixel.x()) <= plotinteraction::kGrabPixels;
}

double MaxoutLinePlot::probeFromPixel(double pixelX) const
{
    const QCPAxisRect* rect = m_probePanel != nullptr ? m_probePanel : m_main;
    const double x = plotinteraction::snappedCoordinate(*xOf(rect), pixelX, devicePixelRatioF());
    return std::clamp(x, m_state.xFrom, m_state.xTo);
}

void MaxoutLinePlot::keyPressEvent(QKeyEvent* event)
{
    const int direction = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    if (direction == 0 || m_pieces.empty()) return QCustomPlot::keyPressEvent(event);
    // At least one pixel column a press, so every press is seen; Shift: ten steps.
    const int steps = direction * ((event->modifiers() & Qt::ShiftModifier) ? 10 : 1);
    const double pixel = plotinteraction::devicePixelSpan(*xOf(m_main), devicePixelRatioF());
    const double x = plotinteraction::steppedProbe(m_state.probe, steps, pixel);
    emit probeMoved(std::clamp(x, m_state.xFrom, m_state.xTo));
    event->accept();
}

void MaxoutLinePlot::mousePressEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (event->button() == Qt::LeftButton && !m_pieces.empty()) {
        const int unit = m_main->rect().contains(pos.toPoint()) ? unitNear(pos) : -1;
        if (unit >= 0) {
            m_drag = Drag::Unit;
            m_dragUnit = std::size_t(unit);
            m_pressedUnit = m_state.layer.units[m_dragUnit];
            m_pressData = QPointF(xOf(m_main)->pixelToCoord(pos.x()), yOf(m_main)->pixelToCoord(pos.y()));
            m_pressLine = unitValuesAt(m_pressData.x())[m_dragUnit];
            setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
        m_probePanel = probePanelAt(pos);
        if (overProbe(pos)) {
            // Grabbed: the line follows the pointer from here, without first jumping to it.
            m_drag = Drag::Probe;
            event->accept();
            return;
        }
        if (m_probePanel != nullptr) {
            m_drag = Drag::Probe;
            emit probeMoved(probeFromPixel(pos.x()));
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void MaxoutLinePlot::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Unit) {
        const double x = xOf(m_main)->pixelToCoord(pos.x());
        const double y = yOf(m_main)->pixelToCoord(pos.y());
        MaxoutUnit unit = m_pressedUnit;
        const double pressPixel = xOf(m_main)->coordToPixel(m_pressData.x());
        if ((event->modifiers() & Qt::ShiftModifier) && std::abs(pos.x() - pressPixel) > 4.0) {
            // Turn about the grabbed point of the line: it stays put, the pointer sets the slope.
            const double w = roundTo((y - m_pressLine) / (x - m_pressData.x()), 0.01);
            unit.weights[0] = w;
            unit.bias = roundTo(m_pressLine - w * m_pressData.x(), 0.01);
        } else {
            unit.bias = roundTo(m_pressedUnit.bias + (y - m_pressData.y()), 0.01);
        }
        emit unitDragged(m_dragUnit, unit);
        return;
    }
    if (m_drag == Drag::Probe) {
        const double x = probeFromPixel(pos.x());
        if (x != m_state.probe) emit probeMoved(x);
        return;
    }
    if (m_main->rect().contains(pos.toPoint()) && unitNear(pos) >= 0)
        setCursor(Qt::OpenHandCursor);
    else if (overProbe(pos))
        setCursor(Qt::SizeHorCursor);
    else if (m_main->rect().contains(pos.toPoint()) || m_derivative->rect().contains(pos.toPoint()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    QCustomPlot::mouseMoveEvent(event);
}

void MaxoutLinePlot::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag != Drag::None) {
        const bool unit = m_drag == Drag::Unit;
        m_drag = Drag::None;
        unsetCursor();
        if (unit) render(m_state, m_theme);  // the value axis may refit now
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

}  // namespace actlab
