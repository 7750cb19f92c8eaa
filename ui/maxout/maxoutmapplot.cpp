#include "ui/maxout/maxoutmapplot.h"

#include "core/sampling.h"
#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotinteraction.h"
#include "ui/common/plotsizehints.h"
#include "ui/common/plotstyle.h"
#include "ui/common/scratchbuffer.h"
#include "ui/maxout/maxoutdiagram.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/maxout/maxoutstyle.h"

#include <QFontMetricsF>
#include <QKeyEvent>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// Cells per side of a colour map: one per device pixel of the map, within these bounds (400 × 400
/// is what the benchmark measures; more is not visible at the sizes a window gives a map).
constexpr std::size_t kMinCells = 64;
constexpr std::size_t kMaxCells = 400;
constexpr int kMinSide = 60;  ///< the smallest map square, in pixels
/// A region smaller than this share of the view gets an outline but no name: a label would cover it.
constexpr double kLabelledShare = 0.025;
/// At most this many outputs are named in the info row.
constexpr std::size_t kInfoOutputs = 4;

QCPAxis* xOf(const QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atBottom);
}
QCPAxis* yOf(const QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atLeft);
}

void placeIn(QCPItemPosition* position, QCPAxisRect* rect)
{
    position->setAxes(xOf(rect), yOf(rect));
    position->setAxisRect(rect);
}

}  // namespace

MaxoutMapPlot::MaxoutMapPlot(QWidget* parent) : BufferReleasingPlot(parent)
{
    legend->setVisible(false);
    // The default axis rect leaves the layout (this figure makes one per output) but stays alive: it
    // holds the legend, which the shared plot styling expects.
    m_spareRect = axisRect();
    plotLayout()->take(m_spareRect);
    plotLayout()->simplify();
    m_spareRect->setVisible(false);
    // Maps stay square, so the layout has room to spare: empty elements around the figure take it and
    // keep title, maps, colour scale and info row together in the middle.
    QCPLayoutGrid* layout = plotLayout();
    m_title = new QCPTextElement(this, QString());
    m_grid = new QCPLayoutGrid;
    m_scale = new QCPColorScale(this);
    m_info = new QCPTextElement(this, QString());
    m_diagram = new QCPAxisRect(this);
    m_diagram->setLayer(QStringLiteral("background"));
    m_diagram->setAutoMargins(QCP::msNone);
    m_diagram->setMargins(QMargins());
    // Not an axis rect's default 50 × 50: the figure without maps (one input, at start-up) asks for no
    // room for a diagram it does not draw; fitSquares() gives it its height when there are maps.
    m_diagram->setMinimumSize(0, 0);
    m_diagram->setRangeDrag(Qt::Orientations());
    m_diagram->setRangeZoom(Qt::Orientations());
    layout->addElement(0, 1, new QCPLayoutElement(this));
    layout->addElement(1, 1, m_title);
    layout->addElement(2, 1, m_diagram);
    // The maps between two empty elements: when the title or the info row is wider than the maps, these
    // take the difference and keep the maps in the middle.
    // (In the plot's layout first: elements added to a layout outside any plot make QCustomPlot complain.)
    auto* mapRow = new QCPLayoutGrid;
    layout->addElement(3, 1, mapRow);
    mapRow->addElement(0, 0, new QCPLayoutElement(this));
    mapRow->addElement(0, 1, m_grid);
    mapRow->addElement(0, 2, new QCPLayoutElement(this));
    mapRow->setColumnSpacing(0);
    layout->addElement(3, 2, m_scale);
    layout->addElement(4, 1, m_info);
    layout->addElement(5, 1, new QCPLayoutElement(this));
    layout->addElement(3, 0, new QCPLayoutElement(this));
    layout->addElement(3, 3, new QCPLayoutElement(this));
    layout->setRowSpacing(4);
    // The maps' column no wider than the widest of maps, title and info row, so the colour scale sits
    // beside them: the room to spare goes to the empty columns on either side. (Capping the title and info
    // row at the maps' width instead left the column no width at all when the maps were the narrower:
    // QCustomPlot then printed that it gave up laying out.)
    layout->setColumnStretchFactor(1, 0.001);
    m_grid->setColumnSpacing(18);
    m_grid->setRowSpacing(6);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(QStringLiteral("out"));
    m_scale->setRangeDrag(false);
    m_scale->setRangeZoom(false);
    // The info row changes with every pointer move: on the buffered overlay layer it redraws alone.
    m_info->setLayer(QStringLiteral("overlay"));
    setMouseTracking(true);
    connect(this, &QCustomPlot::afterLayout, this, &MaxoutMapPlot::keepLabelsInside);
    setAccessibleName(tr("Maxout with two inputs"));
    // Tab reaches the maps, and the arrow keys then move the probe.
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(
        tr("Each map is one output over (x\u2081, x\u2082); the outlines enclose where each unit wins "
           "its group. Point at a map to name the winners there; click or drag to move the probe, or use "
           "the arrow keys (Left/Right: x\u2081, Up/Down: x\u2082; with Shift, ten steps). Right-click for "
           "a menu."));
    new PlotContextMenu(*this, tr("Copy probe values"), [this](QPointF) { return probeValuesText(); });
}

MaxoutMapPlot::~MaxoutMapPlot()
{
    clearPlottables();
    delete m_spareRect;
}

void MaxoutMapPlot::rebuild(std::size_t outputs)
{
    clearPlottables();
    clearItems();
    m_regionLabels.clear();
    m_outlines.clear();
    m_grid->clear();
    m_grid->simplify();
    m_rects.clear();
    m_mapTitles.clear();
    m_maps.clear();
    m_columns = outputs <= 3 ? outputs : std::size_t(std::ceil(std::sqrt(double(outputs))));
    m_rows = outputs == 0 ? 0 : (outputs + m_columns - 1) / m_columns;
    // The minimum size depends on the number of maps; release() rebuilds on a hidden page, without a replot.
    announceSizeHintChange(*this);
    for (std::size_t g = 0; g < outputs; ++g) {
        auto* cell = new QCPLayoutGrid;
        m_grid->addElement(int(g / m_columns), int(g % m_columns), cell);
        auto* title = new QCPTextElement(this, QString());
        auto* rect = new QCPAxisRect(this);
        rect->setLayer(QStringLiteral("background"));  // as the default rect: under the maps and outlines
        cell->addElement(0, 0, title);
        cell->addElement(1, 0, rect);
        cell->setRowSpacing(2);
        rect->setSizeConstraintRect(QCPLayoutElement::scrInnerRect);
        rect->setRangeDrag(Qt::Orientations());
        rect->setRangeZoom(Qt::Orientations());
        xOf(rect)->setLabel(QStringLiteral("x\u2081"));
        yOf(rect)->setLabel(QStringLiteral("x\u2082"));
        m_rects.push_back(rect);
        m_mapTitles.push_back(title);
    }
}

void MaxoutMapPlot::fitSquares()
{
    if (m_rects.empty()) return;
    QFont font = this->font();
    font.setPointSizeF(m_theme.fontPointSize);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    // Generous estimates of what surrounds each map: tick labels and axis label on the left and below,
    // the map's title above; the colour scale with its labels on the right.
    const double marginLeft = metrics.horizontalAdvance(QStringLiteral("\u22120.5")) + 1.6 * line + 16;
    const double marginBottom = 2.6 * line + 14;
    const double titleHeight = 1.5 * line + 8;
    const double scaleWidth = metrics.horizontalAdvance(QStringLiteral("\u22120.00")) + 1.6 * line + 44;
    const double columns = double(m_columns);
    const double rows = double(m_rows);
    QFont noteFont = font;
    noteFont.setPointSizeF(m_theme.fontPointSize * 0.9);
    const double noteWidth =
        QFontMetricsF(noteFont).boundingRect(QRectF(), Qt::AlignLeft, maxoutDiagramNote()).width();
    // The figure's title, the network diagram and the info row (and, when the diagram is too narrow for
    // its note, the note's two lines under the info row).
    const std::size_t outputs = m_rects.size();
    const double infoLines = outputs <= 2 ? 1.0 : 1.0 + double((std::min(outputs, kInfoOutputs) + 1) / 2);
    const auto sideFor = [&](double extraLines) {
        const double figureChrome =
            (2.0 + infoLines + extraLines) * (1.3 * line) + 30 + maxoutDiagramHeight(m_theme);
        const double widthEach = (width() - scaleWidth - 18 * (columns - 1) - 12) / columns - marginLeft - 12;
        const double heightEach =
            (height() - figureChrome - 6 * (rows - 1)) / rows - titleHeight - marginBottom;
        return int(std::max(double(kMinSide), std::floor(std::min(widthEach, heightEach))));
    };
    const auto widthFor = [&](int side) {
        return int(columns * (side + marginLeft + 12) + 18 * (columns - 1));
    };
    int side = sideFor(0.0);
    // The note needs the room right of the inputs; otherwise it moves under the info row.
    m_noteInDiagram = 0.41 * widthFor(side) >= noteWidth + 3.0 * line;
    if (!m_noteInDiagram) side = sideFor(2.0);
    for (QCPAxisRect* rect : m_rects) {
        rect->setMinimumSize(side, side);
        rect->setMaximumSize(side, side);
    }
    const int diagram = maxoutDiagramHeight(m_theme);
    m_diagram->setMinimumSize(0, diagram);
    m_diagram->setMaximumSize(QWIDGETSIZE_MAX, diagram);
}

std::size_t MaxoutMapPlot::wantedCells() const
{
    if (m_rects.empty()) return kMinCells;
    const double pixels = m_rects.front()->maximumSize().width() * devicePixelRatioF();
    return std::clamp<std::size_t>(std::size_t(std::max(0.0, std::ceil(pixels))), kMinCells, kMaxCells);
}

void MaxoutMapPlot::fillMaps()
{
    const MaxoutLayer& layer = m_state.layer;
    m_cells = wantedCells();
    m_x1.resize(m_cells);
    m_x2.resize(m_cells);
    for (std::size_t i = 0; i < m_cells; ++i) {
        m_x1[i] = evenlySpaced(m_state.from, m_state.to, i, m_cells);
        m_x2[i] = m_x1[i];
    }
    const std::size_t plane = m_cells * m_cells;
    m_values.resize(layer.groupCount() * plane);
    shrinkIfOversized(m_values);
    maxoutGrid(layer, m_x1, m_x2, m_values);

    double low = 0.0;
    double high = 0.0;
    for (double v : m_values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    for (std::size_t g = 0; g < m_maps.size(); ++g) {
        QCPColorMapData* cells = m_maps[g]->data();
        cells->setSize(int(m_cells), int(m_cells));
        cells->setRange(QCPRange(m_state.from, m_state.to), QCPRange(m_state.from, m_state.to));
        const double* values = m_values.data() + g * plane;
        for (std::size_t j = 0; j < m_cells; ++j) {
            for (std::size_t i = 0; i < m_cells; ++i) cells->setCell(int(i), int(j), values[j * m_cells + i]);
        }
    }
    // One scale for every map, so equal colours mean equal outputs across maps; symmetric about 0, so
    // the sign of out reads at a glance (the diverging scale's neutral colour is 0).
    const double reach = std::max(std::abs(low), std::abs(high));
    QCPRange range(-reach, reach);
    if (!(range.upper > range.lower)) range = QCPRange(range.lower - 1, range.upper + 1);
    m_scale->setDataRange(range);
}

void MaxoutMapPlot::release()
{
    if (m_rects.empty() && m_values.capacity() == 0) return;
    // The title, info row and diagram of maps no longer shown must not hold the view at their width.
    m_title->setText(QString());
    m_info->setText(QString());
    m_diagram->setMinimumSize(0, 0);
    m_diagram->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    rebuild(0);
    m_drawn = false;
    m_cells = 0;
    std::vector<double>().swap(m_values);
    std::vector<double>().swap(m_x1);
    std::vector<double>().swap(m_x2);
    std::vector<MaxoutRegion>().swap(m_regions);
    // Hidden, as it is while one input is shown, it is laid out and drawn when shown again
    // (BufferReleasingPlot::showEvent): no work for a figure nobody sees.
    if (isVisible()) replot(rpQueuedReplot);
}

void MaxoutMapPlot::render(const MaxoutTwoInput& state, const Theme& theme)
{
    m_state = state;
    m_theme = theme;
    m_scale->setBarWidth(theme.colourScaleBarWidth);
    const MaxoutLayer& layer = state.layer;
    const bool usable = maxoutLayerError(layer).empty() && layer.inputSize() == 2 &&
                        std::isfinite(state.from) && std::isfinite(state.to) && state.from < state.to;
    if (!usable) {
        rebuild(0);
        m_title->setText(tr("Nothing to draw: the layer or the range is not usable."));
        m_drawn = false;
        replot(rpQueuedReplot);
        return;
    }
    const std::size_t outputs = layer.groupCount();
    if (outputs != m_rects.size()) {
        rebuild(outputs);
    } else {
        // Same maps: keep them (and their data buffers); only the outlines and labels are redrawn.
        for (QCPCurve* curve : m_outlines) removePlottable(curve);
        clearItems();
        m_regionLabels.clear();
    }
    m_outlines.clear();
    fitSquares();
    stylePlot(*this, theme);

    QFont titleFont = font();
    titleFont.setPointSizeF(theme.fontPointSize * 13.0 / 11.0);
    m_title->setFont(titleFont);
    m_title->setTextColor(theme.palette.text);
    // The note on a smaller last group on a line of its own, so the title is no wider than the maps.
    m_title->setText(QStringLiteral("x\u2081, x\u2082 \u2192 ") +
                     layerSummary(layer).replace(QStringLiteral(" ("), QStringLiteral("\n(")));
    QFont infoFont = font();
    infoFont.setPointSizeF(theme.fontPointSize * 12.0 / 11.0);
    m_info->setFont(infoFont);
    m_info->setTextColor(theme.palette.text);

    const QCPColorGradient gradient = divergingGradient(theme);
    m_scale->setGradient(gradient);
    QCPAxis* scaleAxis = m_scale->axis();
    scaleAxis->setBasePen(QPen(theme.palette.axis));
    scaleAxis->setTickPen(QPen(theme.palette.axis));
    scaleAxis->setSubTickPen(QPen(theme.palette.axis));
    scaleAxis->setTickLabelColor(theme.palette.text);
    scaleAxis->setLabelColor(theme.palette.text);
    QFont tickFont = font();
    tickFont.setPointSizeF(theme.fontPointSize);
    scaleAxis->setTickLabelFont(tickFont);
    QFont labelFont = tickFont;
    labelFont.setPointSizeF(theme.fontPointSize * 13.0 / 11.0);
    labelFont.setItalic(true);
    scaleAxis->setLabelFont(labelFont);

    const bool outerLabelsOnly = outputs > 3;
    QFont mapTitleFont = font();
    mapTitleFont.setPointSizeF(theme.fontPointSize * 12.0 / 11.0);
    mapTitleFont.setBold(true);
    for (std::size_t g = 0; g < outputs; ++g) {
        QCPAxisRect* rect = m_rects[g];
        const bool bottomRow = g / m_columns == m_rows - 1 || g + m_columns >= outputs;
        const bool leftColumn = g % m_columns == 0;
        xOf(rect)->setRange(state.from, state.to);
        yOf(rect)->setRange(state.from, state.to);
        xOf(rect)->setTickLabels(!outerLabelsOnly || bottomRow);
        yOf(rect)->setTickLabels(!outerLabelsOnly || leftColumn);
        xOf(rect)->setLabel(!outerLabelsOnly || bottomRow ? QStringLiteral("x\u2081") : QString());
        yOf(rect)->setLabel(!outerLabelsOnly || leftColumn ? QStringLiteral("x\u2082") : QString());
        for (QCPAxis* axis : {xOf(rect), yOf(rect)})
            axis->grid()->setVisible(false);  // the map is the ground
        m_mapTitles[g]->setText(groupFormula(layer, g));
        m_mapTitles[g]->setFont(mapTitleFont);
        m_mapTitles[g]->setTextColor(theme.palette.text);

        if (m_maps.size() <= g) {
            auto* map = new QCPColorMap(xOf(rect), yOf(rect));
            // A cell is about a pixel: nearest-neighbour drawing is as sharp and much cheaper than smoothing.
            map->setInterpolate(false);
            map->setTightBoundary(true);
            map->setColorScale(m_scale);
            m_maps.push_back(map);
        }
        m_maps[g]->setGradient(gradient);
    }
    fillMaps();

    // The regions, exact polygons from core, outlined; each named at its centroid when large enough.
    m_regions.clear();
    const PlaneBox box = state.box();
    const double boxArea = (box.x1To - box.x1From) * (box.x2To - box.x2From);
    QPen outline(theme.palette.text, theme.guideWidth);
    outline.setJoinStyle(Qt::MiterJoin);
    QFont labelFontBold = font();
    labelFontBold.setPointSizeF(theme.fontPointSize * 1.05);
    labelFontBold.setBold(true);
    for (std::size_t j = 0; j < layer.units.size(); ++j) {
        m_regions.push_back(maxoutRegion(layer, j, box));
        const MaxoutRegion& region = m_regions.back();
        if (region.vertices.empty()) continue;
        QCPAxisRect* rect = m_rects[j / layer.groupSize];
        auto* curve = new QCPCurve(xOf(rect), yOf(rect));
        m_outlines.push_back(curve);
        curve->setPen(outline);
        curve->setBrush(Qt::NoBrush);
        // Only the edges between regions: an edge along the border of the view would draw a frame on one
        // side of a map and not on the others. A NaN breaks the curve between edges that do not meet.
        QVector<double> keys;
        QVector<double> values;
        const auto onBorder = [&box](const PlanePoint& a, const PlanePoint& b) {
            return (a[0] == b[0] && (a[0] == box.x1From || a[0] == box.x1To)) ||
                   (a[1] == b[1] && (a[1] == box.x2From || a[1] == box.x2To));
        };
        const std::size_t n = region.vertices.size();
        for (std::size_t v = 0; v < n; ++v) {
            const PlanePoint& a = region.vertices[v];
            const PlanePoint& b = region.vertices[(v + 1) % n];
            if (onBorder(a, b)) continue;
            if (keys.isEmpty() || keys.back() != a[0] || values.back() != a[1]) {
                if (!keys.isEmpty()) {
                    keys << qQNaN();
                    values << qQNaN();
                }
                keys << a[0];
                values << a[1];
            }
            keys << b[0];
            values << b[1];
        }
        curve->setData(keys, values);
        if (region.area < kLabelledShare * boxArea) continue;
        auto* label = new QCPItemText(this);
        label->setLayer(QStringLiteral("legend"));
        placeIn(label->position, rect);
        label->position->setCoords(region.centroid[0], region.centroid[1]);
        label->setClipAxisRect(rect);
        label->setText(tr("%1 wins").arg(unitName(j)));
        label->setFont(labelFontBold);
        label->setColor(theme.palette.text);
        QColor backdrop = theme.palette.background;
        backdrop.setAlpha(225);
        label->setBrush(QBrush(backdrop));
        label->setPen(QPen(unitColor(theme, j), theme.monochrome ? 1.0 : 2.5));
        label->setPadding(QMargins(6, 3, 6, 3));
        m_regionLabels.push_back({label, rect, QPointF(region.centroid[0], region.centroid[1])});
    }

    // The probe: a ring with a centre dot on every map (the same point feeds every output).
    for (QCPAxisRect* rect : m_rects) {
        for (const bool ring : {true, false}) {
            auto* marker = new QCPItemTracer(this);
            marker->setLayer(QStringLiteral("legend"));
            placeIn(marker->position, rect);
            marker->position->setCoords(state.probe[0], state.probe[1]);
            marker->setStyle(QCPItemTracer::tsCircle);
            marker->setSize(ring ? theme.ringSize : 5);
            marker->setPen(QPen(theme.palette.text, ring ? theme.ringWidth : 1.0));
            marker->setBrush(ring ? QBrush(Qt::NoBrush) : QBrush(theme.palette.text));
            marker->setClipAxisRect(rect);
        }
    }
    drawMaxoutDiagram(*m_diagram, layer,
                      maxoutForward(layer, std::vector<double>{state.probe[0], state.probe[1]}).winners,
                      theme, m_noteInDiagram);
    m_info->setText(withNote(describe(state.probe, false)));
    m_drawn = true;
    replot(rpQueuedReplot);
}

QString MaxoutMapPlot::describe(PlanePoint point, bool pointer) const
{
    if (maxoutLayerError(m_state.layer).size() > 0 || m_state.layer.inputSize() != 2) return {};
    const MaxoutForward forward = maxoutForward(m_state.layer, std::vector<double>{point[0], point[1]});
    QString text = (pointer ? tr("pointer") : tr("probe")) + QStringLiteral(" (x\u2081, x\u2082) = (") +
                   compactText(point[0], 3) + QStringLiteral(", ") + compactText(point[1], 3) +
                   QStringLiteral("):");
    // One line for up to two outputs; beyond that two outputs a line, so the row stays as narrow as the maps.
    const bool oneLine = forward.outputs.size() <= 2;
    for (std::size_t g = 0; g < forward.outputs.size() && g < kInfoOutputs; ++g) {
        const QString separator =
            oneLine ? QStringLiteral("    ") : (g % 2 == 0 ? QStringLiteral("\n") : QStringLiteral("    "));
        text += separator + outputName(g) + QStringLiteral(" = ") + unitName(forward.winners[g]) +
                QStringLiteral(" = ") + compactText(forward.outputs[g], 3);
    }
    if (forward.outputs.size() > kInfoOutputs) text += QStringLiteral("   \u2026");
    return text;
}

QString MaxoutMapPlot::probeValuesText() const
{
    if (!m_drawn || maxoutLayerError(m_state.layer).size() > 0 || m_state.layer.inputSize() != 2) return {};
    const PlanePoint p = m_state.probe;
    const MaxoutForward forward = maxoutForward(m_state.layer, std::vector<double>{p[0], p[1]});
    QString text = tr("output") + QStringLiteral("\tx\u2081\tx\u2082\tout\t") + tr("winner") + u'\n';
    for (std::size_t g = 0; g < forward.outputs.size(); ++g) {
        text += outputName(g) + u'\t' + roundTripText(p[0]) + u'\t' + roundTripText(p[1]) + u'\t' +
                roundTripText(forward.outputs[g]) + u'\t' + unitName(forward.winners[g]) + u'\n';
    }
    return text;
}

QString MaxoutMapPlot::infoText() const
{
    return m_info->text();
}

QString MaxoutMapPlot::titleText() const
{
    return m_title->text();
}

void MaxoutMapPlot::keepLabelsInside()
{
    // A label sits on its region's centroid; near the border of the view it would be cut off, so it
    // slides inwards (the region reaches the border there, so the label stays on it).
    for (const RegionLabel& region : m_regionLabels) {
        QCPItemText* label = region.label;
        const QMarginsF padding(label->padding());
        const QSizeF size = QFontMetricsF(label->font()).size(0, label->text()) +
                            QSizeF(padding.left() + padding.right(), padding.top() + padding.bottom());
        const QRectF inside = QRectF(region.rect->rect()).adjusted(4, 4, -4, -4);
        // From the centroid each time: the geometry of an earlier layout must not stick.
        const QPointF centre(xOf(region.rect)->coordToPixel(region.centroid.x()),
                             yOf(region.rect)->coordToPixel(region.centroid.y()));
        const double x =
            std::clamp(centre.x(), inside.left() + size.width() / 2,
                       std::max(inside.left() + size.width() / 2, inside.right() - size.width() / 2));
        const double y =
            std::clamp(centre.y(), inside.top() + size.height() / 2,
                       std::max(inside.top() + size.height() / 2, inside.bottom() - size.height() / 2));
        label->position->setPixelPosition(QPointF(x, y));
    }
}

QString MaxoutMapPlot::withNote(const QString& line) const
{
    return m_noteInDiagram ? line : line + u'\n' + maxoutDiagramNote();
}

void MaxoutMapPlot::showInfo(const QString& line)
{
    const QString text = withNote(line);
    if (m_info->text() == text) return;
    m_info->setText(text);
    layer(QStringLiteral("overlay"))->replot();
}

std::optional<PlanePoint> MaxoutMapPlot::pointAt(QPointF pixel) const
{
    for (QCPAxisRect* rect : m_rects) {
        if (!rect->rect().contains(pixel.toPoint())) continue;
        const double ratio = devicePixelRatioF();
        const auto snap = [&](const QCPAxis& axis, double at) {
            return std::clamp(plotinteraction::snappedCoordinate(axis, at, ratio), m_state.from, m_state.to);
        };
        return PlanePoint{snap(*xOf(rect), pixel.x()), snap(*yOf(rect), pixel.y())};
    }
    return std::nullopt;
}

void MaxoutMapPlot::keyPressEvent(QKeyEvent* event)
{
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
        case Qt::Key_Left: dx = -1; break;
        case Qt::Key_Right: dx = 1; break;
        case Qt::Key_Down: dy = -1; break;
        case Qt::Key_Up: dy = 1; break;
        default: return QCustomPlot::keyPressEvent(event);
    }
    if (!m_drawn || m_rects.empty()) return QCustomPlot::keyPressEvent(event);
    // At least one pixel of the maps a press, so every press is seen; Shift: ten steps.
    const int steps = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    const double ratio = devicePixelRatioF();
    const auto move = [&](double v, int direction, const QCPAxis& axis) {
        const double pixel = plotinteraction::devicePixelSpan(axis, ratio);
        return std::clamp(plotinteraction::steppedProbe(v, direction * steps, pixel), m_state.from, m_state.to);
    };
    const QCPAxisRect* rect = m_rects.front();
    emit probeMoved(
        PlanePoint{move(m_state.probe[0], dx, *xOf(rect)), move(m_state.probe[1], dy, *yOf(rect))});
    event->accept();
}

QSize MaxoutMapPlot::minimumSizeHint() const
{
    return withSmallestSquares(BufferReleasingPlot::minimumSizeHint());
}

QSize MaxoutMapPlot::sizeHint() const
{
    return withSmallestSquares(BufferReleasingPlot::sizeHint());
}

QSize MaxoutMapPlot::withSmallestSquares(QSize layoutHint) const
{
    if (m_rects.empty()) return layoutHint;
    const int spare = std::max(0, m_rects.front()->minimumSize().width() - kMinSide);
    return {std::max(0, layoutHint.width() - spare * int(m_columns)),
            std::max(0, layoutHint.height() - spare * int(m_rows))};
}

void MaxoutMapPlot::resizeEvent(QResizeEvent* event)
{
    BufferReleasingPlot::resizeEvent(event);
    // The map size decides the cells, and the width whether the diagram has room for its note: draw anew.
    if (m_drawn) render(m_state, m_theme);
}

void MaxoutMapPlot::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_drawn) {
        if (const std::optional<PlanePoint> point = pointAt(event->position())) {
            m_dragging = true;
            emit probeMoved(*point);
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void MaxoutMapPlot::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drawn) {
        const std::optional<PlanePoint> point = pointAt(event->position());
        if (m_dragging && point) emit probeMoved(*point);
        showInfo(point ? describe(*point, true) : describe(m_state.probe, false));
        setCursor(point ? Qt::CrossCursor : Qt::ArrowCursor);
    }
    QCustomPlot::mouseMoveEvent(event);
}

void MaxoutMapPlot::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    QCustomPlot::mouseReleaseEvent(event);
}

void MaxoutMapPlot::leaveEvent(QEvent* event)
{
    if (m_drawn) showInfo(describe(m_state.probe, false));
    QCustomPlot::leaveEvent(event);
}

}  // namespace actlab
