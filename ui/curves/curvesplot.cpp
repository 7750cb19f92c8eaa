#include "ui/curves/curvesplot.h"

#include "core/expression/typedactivation.h"

#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotinteraction.h"
#include "ui/common/plotstyle.h"
#include "ui/common/scratchbuffer.h"
#include "ui/curves/curvegraph.h"
#include "ui/curves/highlighttext.h"
#include "ui/curves/labelplacer.h"
#include "ui/curves/plotlayers.h"
#include "ui/curves/seriesdrawing.h"

#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace actlab {

using namespace curves;

namespace {

constexpr std::size_t kMinimumSamples = 2000;
/// Pixels between the legend and the edge of the plotting area.
constexpr int kLegendGap = 12;
/// A wheel notch zooms by this factor.
constexpr double kZoomPerNotch = 0.85;
/// Hovering farther than this from every curve shows nothing.
constexpr double kHoverDistance = 24.0;
/// Fitted y ranges leave this fraction of headroom, so plateaus do not merge into the frame.
constexpr double kHeadroom = 0.06;
const QChar kPrime(0x2032);

/// The fitted y range: the extent with some headroom, rounded outwards to a tenth of its order of
/// magnitude. Rounded, a slider moving one curve a little leaves the axis (and every other curve) as it
/// was; and the range is still a function of the state alone, so screen and export agree.
QCPRange padded(Extent extent)
{
    extent.include(0.0);  // y = 0, the line every activation is read against, is always in view
    // A typed formula can reach 1e308, where rounding the range outwards would overflow: the fitted range
    // stays within the bound a zoom has.
    extent.low = std::max(extent.low, -kCurvesMaxAbsY);
    extent.high = std::min(extent.high, kCurvesMaxAbsY);
    const double span = extent.high > extent.low ? extent.high - extent.low : 1.0;
    const double low = extent.low - kHeadroom * span;
    const double high = extent.high + kHeadroom * span;
    const double step = std::pow(10.0, std::floor(std::log10(high - low)) - 1);
    return {std::floor(low / step) * step, std::ceil(high / step) * step};
}

bool sameRange(const QCPRange& a, const QCPRange& b)
{
    return a.lower == b.lower && a.upper == b.upper;
}

/// The switches that decide which plot objects exist (ε and the parameters only move them).
std::array<bool, 8> switches(const CurvesHighlights& h)
{
    return {h.peak,    h.saturation, h.depthNote,       h.kinks,
            h.minimum, h.reluGap,    h.softplusSigmoid, h.tanhSigmoid};
}

bool sameParameters(const ParameterValues& a, const ParameterValues& b)
{
    return std::equal(a.begin(), a.end(), b.begin());
}

}  // namespace

CurvesPlot::CurvesPlot(QWidget* parent) : BufferReleasingPlot(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    // paintEvent fills every pixel (the background brush, then the layer buffers): nothing behind the
    // plot needs painting first, which would otherwise repaint the whole view under it on every frame.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setToolTip(QString());
    setAccessibleName(tr("Curves plot"));
    setAccessibleDescription(
        tr("Click to set the probe, drag its line to move it, drag elsewhere to pan, wheel to zoom, "
           "double-click to reset; arrow keys move the probe; right-click for a menu."));
    auto* menu = new PlotContextMenu(*this, tr("Copy probe values"),
                                     [this](QPointF) { return probeValuesText(); });
    menu->setResetView([this] { emit resetRequested(); });

    addLayer(plotlayers::shade(), layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    addLayer(plotlayers::marks(), layer(plotlayers::curves()), QCustomPlot::limAbove);
    // QCustomPlot's "overlay" is buffered by default; logical, it joins the one buffer below it, and
    // only "active" and "probe" keep buffers of their own.
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    addLayer(plotlayers::active(), layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    layer(plotlayers::active())->setMode(QCPLayer::lmBuffered);
    addLayer(plotlayers::probe(), layer(plotlayers::active()), QCustomPlot::limAbove);
    layer(plotlayers::probe())->setMode(QCPLayer::lmBuffered);
    setCurrentLayer(plotlayers::curves());

    xAxis->ticker()->setTickCount(8);  // −8..8 in whole steps of 2 rather than 2.5
    legend->setVisible(true);
    // Two columns: each row reads "f  f′" of one function. rebuild() fills the legend in that order.
    setAutoAddPlottableToLegend(false);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(2);
    axisRect()->insetLayout()->setMargins(QMargins(kLegendGap, kLegendGap, kLegendGap, kLegendGap));
    connect(this, &QCustomPlot::afterLayout, this, &CurvesPlot::placeOverlays);
    connect(this, &QCustomPlot::beforeReplot, this, [this] { applyQuality(m_pendingQuality); });
    connect(this, &QCustomPlot::afterReplot, this, [this] { ++m_fullReplots; });
}

CurvesPlot::~CurvesPlot()
{
    m_probe.reset();
    m_series.clear();
}

void CurvesPlot::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_needsRebuild = true;
}

std::size_t CurvesPlot::sampleCount() const
{
    const double pixels = std::ceil(width() * devicePixelRatioF());
    return std::max(kMinimumSamples, static_cast<std::size_t>(std::max(pixels, 0.0)));
}

void CurvesPlot::setUpLayout(CurvesLayout layout)
{
    const bool stacked = layout == CurvesLayout::Stacked;
    if (stacked && m_derivativeRect == nullptr) {
        m_derivativeRect = new QCPAxisRect(this);
        plotLayout()->addElement(1, 0, m_derivativeRect);
        m_marginGroup = new QCPMarginGroup(this);
        axisRect(0)->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
        m_derivativeRect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
        m_derivativeRect->axis(QCPAxis::atBottom)->ticker()->setTickCount(8);
        for (QCPAxis* axis : m_derivativeRect->axes()) axis->setLayer(QStringLiteral("axes"));
        for (QCPAxis* axis : m_derivativeRect->axes()) axis->grid()->setLayer(QStringLiteral("grid"));
    } else if (!stacked && m_derivativeRect != nullptr) {
        plotLayout()->remove(m_derivativeRect);  // deletes it, its axes and grids
        plotLayout()->simplify();
        m_derivativeRect = nullptr;
        delete m_marginGroup;
        m_marginGroup = nullptr;
    }
    xAxis->setTickLabels(!stacked);  // stacked: the x axis is read off the panel below
    xAxis->setLabel(stacked ? QString() : QStringLiteral("x"));
    yAxis->setLabel(stacked ? QStringLiteral("f(x)") : QStringLiteral("y"));
    if (m_derivativeRect != nullptr) {
        m_derivativeRect->axis(QCPAxis::atBottom)->setLabel(QStringLiteral("x"));
        m_derivativeRect->axis(QCPAxis::atLeft)
            ->setLabel(QStringLiteral("f") + kPrime + QStringLiteral("(x)"));
    }
}

void CurvesPlot::rebuild(const CurvesState& state)
{
    m_probe.reset();
    m_series.clear();
    m_seriesDrawn.clear();
    m_activeSeries = -1;
    legend->clearItems();
    setUpLayout(state.layout);
    stylePlot(*this, m_theme);
    m_antialiased = antialiasedElements() | QCP::aeFills;
    m_notAntialiased = notAntialiasedElements();

    const bool reluChecked = std::find(state.activationIds.begin(), state.activationIds.end(), "relu") !=
                             state.activationIds.end();
    std::vector<std::size_t> colours;
    for (const std::string& id : state.activationIds) {
        const Activation* activation = findAnyActivation(id);
        if (activation == nullptr) {
            qWarning("CurvesView: no activation \"%s\"; skipped", id.c_str());
            continue;
        }
        colours.push_back(m_series.size());
        m_series.push_back(std::make_unique<SeriesDrawing>(*this, *activation, m_series.size(), m_theme,
                                                           state.highlights, reluChecked, functionRect(),
                                                           derivativeRect()));
        m_seriesDrawn.push_back(false);
    }
    for (const auto& series : m_series) {
        legend->addItem(new QCPPlottableLegendItem(legend, series->functionGraph()));
        legend->addItem(new QCPPlottableLegendItem(legend, series->derivativeGraph()));
    }
    for (const auto& series : m_series) {
        for (QCPAbstractPlottable* extra : series->legendExtras())
            legend->addItem(new QCPPlottableLegendItem(legend, extra));
    }
    m_probe = std::make_unique<ProbeDrawing>(*this, m_theme, functionRect(), derivativeRect(), colours);
    m_needsRebuild = false;
}

void CurvesPlot::updateSeries(std::size_t i, const CurvesState& state)
{
    SeriesDrawing& series = *m_series[i];
    const Activation& activation = series.activation();
    const ParameterValues p = state.parametersFor(activation);
    if (const std::string error = parameterError(activation, p); !error.empty()) {
        qWarning("CurvesView: %s: %s; not drawn", std::string(activation.id).c_str(), error.c_str());
        series.hide();
        m_seriesDrawn[i] = false;
        return;
    }
    const CurveAnalysis& analysis = m_analysis.analysisOf(activation, p);
    SeriesFrame frame;
    frame.parameters = p;
    frame.analysis = &analysis;
    frame.epsilon = state.highlights.epsilon;
    frame.xFrom = state.xFrom;
    frame.xTo = state.xTo;
    frame.points = sampleCount();
    frame.pixelsPerUnit =
        std::max(1.0, static_cast<double>(functionRect()->width())) / (state.xTo - state.xFrom);
    // Shading belongs to functions whose gradient vanishes in both tails (sigmoid, tanh, the hard ones).
    const bool saturates =
        analysis.limits.derivativeAtMinusInfinity == 0.0 && analysis.limits.derivativeAtPlusInfinity == 0.0;
    if (state.highlights.saturation && saturates)
        frame.saturation = &m_analysis.saturationOf(activation, p, state.highlights.epsilon);
    series.update(frame, m_sampler);
    m_seriesDrawn[i] = true;
}

void CurvesPlot::updateProbe(const CurvesState& state)
{
    m_probeValues.clear();
    int tangentOf = -1;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const Activation& activation = m_series[i]->activation();
        ProbeValue value{0.0, 0.0, m_seriesDrawn[i]};
        if (value.drawn) {
            activation.evaluateBatch(&state.probeX, &value.f, &value.df, 1, state.parametersFor(activation));
        }
        m_probeValues.push_back(value);
        if (activation.id == state.selectedId) tangentOf = static_cast<int>(i);
    }
    // The tangent of the function being read about, or of the first one drawn.
    if (tangentOf < 0 && !m_series.empty()) tangentOf = 0;
    const bool visible = state.probeVisible && state.xFrom <= state.probeX && state.probeX <= state.xTo;
    const QString tangentName =
        tangentOf >= 0 ? highlighttext::nameToPrime(m_series[static_cast<std::size_t>(tangentOf)]->activation())
                       : QString();
    m_probe->update(state.probeX, visible, m_probeValues, tangentOf, tangentName);
    m_probe->placeSlopeLabel(m_labelBoxes);
}

bool CurvesPlot::applyRanges(const CurvesState& state, bool holdFittedY)
{
    bool changed = false;
    const auto set = [&changed](QCPAxis* axis, const QCPRange& range) {
        if (!sameRange(axis->range(), range)) {
            axis->setRange(range);
            changed = true;
        }
    };
    const QCPRange x(state.xFrom, state.xTo);
    set(functionRect()->axis(QCPAxis::atBottom), x);
    if (m_derivativeRect != nullptr) set(m_derivativeRect->axis(QCPAxis::atBottom), x);

    Extent f;
    Extent df;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        if (!m_seriesDrawn[i]) continue;
        f.include(m_series[i]->functionExtent());
        df.include(m_series[i]->derivativeExtent());
    }
    const bool stacked = m_derivativeRect != nullptr;
    if (!stacked) f.include(df);
    const auto fixed = [](const std::optional<AxisRange>& r) { return QCPRange(r->from, r->to); };
    if (state.yRange)
        set(functionRect()->axis(QCPAxis::atLeft), fixed(state.yRange));
    else if (!holdFittedY)
        set(functionRect()->axis(QCPAxis::atLeft), padded(f));
    if (stacked) {
        if (state.derivativeYRange)
            set(m_derivativeRect->axis(QCPAxis::atLeft), fixed(state.derivativeYRange));
        else if (!holdFittedY)
            set(m_derivativeRect->axis(QCPAxis::atLeft), padded(df));
    }
    return changed;
}

void CurvesPlot::render(const CurvesState& state, Quality quality)
{
    const std::size_t points = sampleCount();
    const bool structural =
        m_needsRebuild || !m_hasRendered || state.activationIds != m_rendered.activationIds ||
        state.layout != m_rendered.layout || switches(state.highlights) != switches(m_rendered.highlights);
    if (structural) rebuild(state);

    // Everything that moves every curve.
    const bool everything = structural || points != m_renderedPoints || state.xFrom != m_rendered.xFrom ||
                            state.xTo != m_rendered.xTo ||
                            state.highlights.epsilon != m_rendered.highlights.epsilon;
    int changedSeries = 0;
    int changedIndex = -1;
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const Activation& activation = m_series[i]->activation();
        if (everything ||
            !sameParameters(state.parametersFor(activation), m_rendered.parametersFor(activation))) {
            updateSeries(i, state);
            ++changedSeries;
            changedIndex = static_cast<int>(i);
        }
    }
    const bool settling = quality == Quality::Final && m_renderedQuality == Quality::Draft;
    const bool oneSeries = !everything && changedSeries == 1;
    // While a slider drags one function the fitted y axis holds still: refitting would move every
    // other curve, and the settled frame fits it anyway.
    const bool rangesChanged = applyRanges(state, oneSeries && quality == Quality::Draft);
    updateProbe(state);

    const bool probeChanged = state.probeX != m_rendered.probeX ||
                              state.probeVisible != m_rendered.probeVisible ||
                              state.selectedId != m_rendered.selectedId;
    m_rendered = state;
    m_renderedPoints = points;
    m_renderedQuality = quality;
    m_hasRendered = true;

    if (everything || rangesChanged || settling || changedSeries > 1) {
        // The active function stays on its layer: the next step of its slider is then a layer replot.
        m_pendingQuality = quality;
        replot(rpQueuedReplot);
    } else if (oneSeries) {
        if (m_activeSeries != changedIndex) {
            // Moving a function onto the active layer invalidates the buffer it left: one full replot,
            // then every further step of the same slider redraws that layer alone.
            setActiveSeries(changedIndex);
            m_pendingQuality = quality;
            replot(rpQueuedReplot);
        } else {
            replotLayer(plotlayers::active(), quality);
            replotLayer(plotlayers::probe(), quality);
        }
    } else if (probeChanged) {
        replotLayer(plotlayers::probe(), quality);
    }
}

void CurvesPlot::setActiveSeries(int index)
{
    if (index == m_activeSeries) return;
    if (m_activeSeries >= 0 && static_cast<std::size_t>(m_activeSeries) < m_series.size())
        m_series[static_cast<std::size_t>(m_activeSeries)]->setActive(false);
    m_activeSeries = index;
    if (index >= 0) m_series[static_cast<std::size_t>(index)]->setActive(true);
}

void CurvesPlot::applyQuality(Quality quality)
{
    if (quality == Quality::Draft) {
        setAntialiasedElements(QCP::aeNone);
        setNotAntialiasedElements(QCP::aeAll);
    } else {
        setNotAntialiasedElements(m_notAntialiased);
        setAntialiasedElements(m_antialiased);
    }
}

void CurvesPlot::replotLayer(const QString& name, Quality quality)
{
    if (hasInvalidatedPaintBuffers()) {
        // A layer changed since the last full replot: only a full one draws it right.
        m_pendingQuality = quality;
        replot(rpQueuedReplot);
        return;
    }
    applyQuality(quality);
    layer(name)->replot();
    applyQuality(Quality::Final);
    ++m_layerReplots;
}

QStringList CurvesPlot::visibleLabels() const
{
    QStringList labels;
    for (const auto& series : m_series) labels << series->visibleLabels();
    return labels;
}

QString CurvesPlot::probeValuesText() const
{
    QString text;
    const QString x = roundTripText(m_rendered.probeX);
    for (std::size_t i = 0; i < m_series.size() && i < m_probeValues.size(); ++i) {
        const ProbeValue& value = m_probeValues[i];
        if (!value.drawn) continue;
        text += toQString(m_series[i]->activation().id) + u'\t' + x + u'\t' + roundTripText(value.f) +
                u'\t' + roundTripText(value.df) + u'\n';
    }
    if (text.isEmpty()) return text;
    return tr("function") + QStringLiteral("\tx\tf(x)\tf") + kPrime + QStringLiteral("(x)\n") + text;
}

void CurvesPlot::placeOverlays()
{
    // Every drawn point of every line and dot in the panel, in pixels (fills and hidden lines excluded).
    const auto collect = [this](QCPAxisRect* rect, std::vector<QPointF>& pixels) {
        pixels.clear();
        for (int p = 0; p < plottableCount(); ++p) {
            const QCPAbstractPlottable* plottable = this->plottable(p);
            if (!plottable->visible() || plottable->keyAxis()->axisRect() != rect) continue;
            if (const auto* graph = qobject_cast<const QCPGraph*>(plottable); graph && graph->pen() != Qt::NoPen) {
                for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                    pixels.push_back(graph->coordsToPixels(it->key, it->value));
            } else if (const auto* curve = qobject_cast<const QCPCurve*>(plottable)) {
                for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
                    pixels.push_back(curve->coordsToPixels(it->key, it->value));
            }
        }
    };
    const bool stacked = m_derivativeRect != nullptr;
    collect(functionRect(), m_functionPixels);
    if (stacked) collect(m_derivativeRect, m_derivativePixels);
    LabelPlacer functionPlacer(functionRect()->rect(), m_functionPixels, m_functionCounts);
    LabelPlacer derivativePlacer(stacked ? m_derivativeRect->rect() : QRect(), m_derivativePixels,
                                 m_derivativeCounts);
    LabelPlacer& derivative = stacked ? derivativePlacer : functionPlacer;

    for (const auto& series : m_series) series->addObstacles(functionPlacer, derivative);

    // The legend in the corner that hides the least; earlier corners win ties (top left reads first).
    if (legend->visible() && legend->itemCount() > 0) {
        const QSizeF size = legend->minimumOuterSizeHint();
        const QRectF area =
            QRectF(functionRect()->rect()).adjusted(kLegendGap, kLegendGap, -kLegendGap, -kLegendGap);
        constexpr std::array corners{Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight,
                                     Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft};
        Qt::Alignment best = corners.front();
        QRectF bestBox;
        int bestCost = std::numeric_limits<int>::max();
        for (const Qt::Alignment corner : corners) {
            const QPointF topLeft((corner & Qt::AlignLeft) ? area.left() : area.right() - size.width(),
                                  (corner & Qt::AlignTop) ? area.top() : area.bottom() - size.height());
            const QRectF box(topLeft, size);
            const int cost = functionPlacer.cost(box);
            if (cost < bestCost) {
                best = corner;
                bestBox = box;
                bestCost = cost;
            }
        }
        axisRect()->insetLayout()->setInsetAlignment(0, best);
        axisRect()->insetLayout()->update(QCPLayoutElement::upLayout);
        functionPlacer.addObstacle(bestBox);
    }

    for (const auto& series : m_series) series->placeShadeLabels(derivative);
    for (const auto& series : m_series) series->placeLabels(functionPlacer, derivative);
    m_labelBoxes.assign(functionPlacer.placed().begin(), functionPlacer.placed().end());
    if (stacked)
        m_labelBoxes.insert(m_labelBoxes.end(), derivativePlacer.placed().begin(),
                            derivativePlacer.placed().end());
    if (m_probe) {
        m_probe->fitTangent();  // pixel length for the scales of this layout
        m_probe->placeSlopeLabel(m_labelBoxes);
    }
    // Reused between layouts, but not kept at the size of the largest window or the most curves ever drawn.
    if (!stacked) m_derivativePixels.clear();
    shrinkIfOversized(m_functionPixels);
    shrinkIfOversized(m_derivativePixels);
    shrinkIfOversized(m_functionCounts);
    shrinkIfOversized(m_derivativeCounts);
}

QCPAxisRect* CurvesPlot::rectAt(QPointF pixel) const
{
    for (QCPAxisRect* rect : axisRects()) {
        if (rect->rect().contains(pixel.toPoint())) return rect;
    }
    return nullptr;
}

bool CurvesPlot::overProbe(QPointF pixel) const
{
    const QCPAxisRect* rect = rectAt(pixel);
    if (rect == nullptr || !m_rendered.probeVisible) return false;
    const double x = rect->axis(QCPAxis::atBottom)->coordToPixel(m_rendered.probeX);
    return std::abs(x - pixel.x()) <= plotinteraction::kGrabPixels;
}

double CurvesPlot::probeAt(double pixelX) const
{
    const QCPAxis& axis = *m_dragRect->axis(QCPAxis::atBottom);
    const double x = plotinteraction::snappedCoordinate(axis, pixelX, devicePixelRatioF());
    return std::clamp(x, axis.range().lower, axis.range().upper);
}

void CurvesPlot::mousePressEvent(QMouseEvent* event)
{
    QCustomPlot::mousePressEvent(event);
    if (event->button() != Qt::LeftButton) return;
    m_dragRect = rectAt(event->position());
    if (m_dragRect == nullptr) return;
    m_press.press(event->position());
    m_probePressed = overProbe(event->position());
    m_probeMoved = false;
    m_dragX = m_dragRect->axis(QCPAxis::atBottom)->range();
    m_dragY = m_dragRect->axis(QCPAxis::atLeft)->range();
    QToolTip::hideText();
}

void CurvesPlot::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (!m_press.pressed()) {
        if (overProbe(event->position()))
            setCursor(Qt::SizeHorCursor);
        else
            unsetCursor();
        showHover(event->position());
        return;
    }
    const bool dragging = m_press.moveTo(event->position());
    if (m_probePressed) {
        // The line follows the pointer at once: a press on it has nothing else it could mean.
        const double x = probeAt(event->position().x());
        if (x != m_rendered.probeX) {
            m_probeMoved = true;
            emit probeRequested(x, true);
        }
        return;
    }
    // Anywhere else the press is a click until the pointer has gone the drag distance: then a pan.
    if (!dragging) return;
    const QRect area = m_dragRect->rect();
    if (area.width() <= 0 || area.height() <= 0) return;
    const QPointF moved = event->position() - m_press.start();
    // The point under the cursor stays under it: ranges shift by the distance dragged, in units.
    const double dx = -moved.x() / area.width() * m_dragX.size();
    const double dy = moved.y() / area.height() * m_dragY.size();
    const double ratio = devicePixelRatioF();
    const QCPRange x = plotinteraction::snappedRange(m_dragX + dx, area.width() * ratio);
    const QCPRange y = plotinteraction::snappedRange(m_dragY + dy, area.height() * ratio);
    emit panZoomRequested({x.lower, x.upper}, {y.lower, y.upper}, m_dragRect == m_derivativeRect);
}

void CurvesPlot::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (!m_press.pressed() || event->button() != Qt::LeftButton) return;
    const bool dragged = m_press.dragging();
    m_press.release();
    if (m_probePressed && m_probeMoved) {
        // The last position is still part of the drag: one undo step and one settled frame for all.
        emit probeRequested(probeAt(event->position().x()), true);
        emit probeDragFinished();
    } else if (m_probePressed) {
        emit probeRequested(probeAt(event->position().x()), false);  // a click on the line
    } else if (dragged) {
        emit panZoomFinished();
    } else {
        emit probeRequested(probeAt(m_press.start().x()), false);  // a click: the probe goes there
    }
}

void CurvesPlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    m_press.release();
    emit resetRequested();
}

void CurvesPlot::wheelEvent(QWheelEvent* event)
{
    QCustomPlot::wheelEvent(event);
    QCPAxisRect* rect = rectAt(event->position());
    if (rect == nullptr || event->angleDelta().y() == 0) return;
    const double factor = std::pow(kZoomPerNotch, event->angleDelta().y() / 120.0);
    const QCPAxis* x = rect->axis(QCPAxis::atBottom);
    const QCPAxis* y = rect->axis(QCPAxis::atLeft);
    // Zoom about the point under the cursor, which stays where it is (to within half a pixel: the
    // ends are snapped to short decimals, which is what the range boxes then show).
    const double cx = x->pixelToCoord(event->position().x());
    const double cy = y->pixelToCoord(event->position().y());
    const double ratio = devicePixelRatioF();
    const QCPRange xRange = plotinteraction::snappedRange(
        {cx + (x->range().lower - cx) * factor, cx + (x->range().upper - cx) * factor}, rect->width() * ratio);
    const QCPRange yRange = plotinteraction::snappedRange(
        {cy + (y->range().lower - cy) * factor, cy + (y->range().upper - cy) * factor}, rect->height() * ratio);
    emit panZoomRequested({xRange.lower, xRange.upper}, {yRange.lower, yRange.upper}, rect == m_derivativeRect);
    event->accept();
}

void CurvesPlot::keyPressEvent(QKeyEvent* event)
{
    const int direction = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    if (direction == 0) return QCustomPlot::keyPressEvent(event);
    // At least one pixel column a press, so every press is seen; Shift: ten steps.
    const int steps = direction * ((event->modifiers() & Qt::ShiftModifier) ? 10 : 1);
    const double pixel =
        plotinteraction::devicePixelSpan(*functionRect()->axis(QCPAxis::atBottom), devicePixelRatioF());
    emit probeRequested(plotinteraction::steppedProbe(m_rendered.probeX, steps, pixel), false);
    event->accept();
}

void CurvesPlot::resizeEvent(QResizeEvent* event)
{
    BufferReleasingPlot::resizeEvent(event);
    // A finer pixel grid needs new samples; the layout has the new geometry by the next replot.
    if (m_hasRendered && sampleCount() != m_renderedPoints) render(m_rendered, Quality::Final);
}

void CurvesPlot::showHover(QPointF pixel)
{
    QCPAxisRect* rect = rectAt(pixel);
    const QCPGraph* nearest = nullptr;
    double nearestDistance = kHoverDistance;
    QVariant nearestDetails;
    for (int g = 0; rect != nullptr && g < graphCount(); ++g) {
        const QCPGraph* candidate = graph(g);
        if (!candidate->visible() || candidate->keyAxis()->axisRect() != rect ||
            !candidate->realVisibility() || candidate->name().isEmpty() ||
            candidate->pen().style() == Qt::NoPen) {
            continue;
        }
        QVariant details;
        const double distance = const_cast<QCPGraph*>(candidate)->selectTest(pixel, false, &details);
        if (distance >= 0 && distance < nearestDistance) {
            nearest = candidate;
            nearestDistance = distance;
            nearestDetails = details;
        }
    }
    if (nearest == nullptr) {
        if (m_hoverGraph != nullptr) QToolTip::hideText();
        m_hoverGraph = nullptr;
        return;
    }
    const QCPDataSelection selection = nearestDetails.value<QCPDataSelection>();
    if (selection.isEmpty()) return;
    const int index = selection.dataRange().begin();
    if (nearest == m_hoverGraph && index == m_hoverIndex) return;
    m_hoverGraph = nearest;
    m_hoverIndex = index;
    const auto point = nearest->data()->at(index);
    QToolTip::showText(mapToGlobal(pixel.toPoint()),
                       tr("%1\nx = %2\ny = %3")
                           .arg(nearest->name(), compactText(point->key, highlighttext::kLabelDigits),
                                compactText(point->value, highlighttext::kLabelDigits)),
                       this);
}

}  // namespace actlab
