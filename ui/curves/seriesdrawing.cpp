#include "ui/curves/seriesdrawing.h"

#include "core/expression/typedactivation.h"

#include "ui/common/coretext.h"

#include "core/sampling.h"
#include "ui/common/plotstyle.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvegraph.h"
#include "ui/curves/highlighttext.h"
#include "ui/curves/labelplacer.h"
#include "ui/curves/plotlayers.h"
#include "ui/curves/plotsampler.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace actlab::curves {

namespace {

const QChar kPrime(0x2032);
/// Pixels between the dots that show an identity (σ(βx) on softplus′): close enough to read as the same
/// curve, far enough apart to see both.
constexpr double kDotSpacing = 26.0;

QCPAxis* xAxisOf(QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atBottom);
}
QCPAxis* yAxisOf(QCPAxisRect* rect)
{
    return rect->axis(QCPAxis::atLeft);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

/// The middle of [from, to] ∩ [xFrom, xTo], or NaN when they do not meet.
double middleOfVisible(double from, double to, double xFrom, double xTo)
{
    const double a = std::max(from, xFrom);
    const double b = std::min(to, xTo);
    return a <= b ? a + (b - a) / 2 : std::nan("");
}

}  // namespace

SeriesDrawing::SeriesDrawing(QCustomPlot& plot, const Activation& activation, std::size_t colourIndex,
                             const Theme& theme, const CurvesHighlights& highlights, bool reluChecked,
                             QCPAxisRect* functionRect, QCPAxisRect* derivativeRect)
    : m_plot(plot),
      m_activation(activation),
      m_colourIndex(colourIndex),
      m_theme(theme),
      m_highlights(highlights),
      m_functionRect(functionRect),
      m_derivativeRect(derivativeRect)
{
    QPen fPen = theme.seriesPen(colourIndex, false);
    QPen dfPen = theme.seriesPen(colourIndex, true);
    // Miter joins: on a curve of a sample per pixel no join is visible, and round ones cost the stroker
    // an arc per sample (a third of a frame). Sharp corners (relu's kink) fall back to bevels.
    fPen.setJoinStyle(Qt::MiterJoin);
    dfPen.setJoinStyle(Qt::MiterJoin);
    if (dfPen.style() == Qt::DashLine)
        dfPen.setDashPattern({4.0, 2.5});  // in pen widths: 8 px dashes, 5 px gaps
    const QColor colour = fPen.color();
    const bool isSoftplus = activation.id == std::string_view("softplus");
    const bool isTanh = activation.id == std::string_view("tanh");
    const bool hasKinks = activation.kinksOf(activation.defaults()).count > 0;

    // Drawing order: shading under everything (made on first use, in update), then the curves, then
    // markers and labels.
    if (isSoftplus && highlights.reluGap) {
        m_relu = findAnyActivation("relu");
        // softplus again, filled down to relu: two graphs with no name, so that the figure's data (export)
        // hold f and f′ only.
        m_gapFill = addGraph(functionRect, plotlayers::shade());
        m_gapFill->setPen(Qt::NoPen);
        m_gapFill->setBrush(theme.monochrome ? QBrush(theme.palette.hatch, Qt::BDiagPattern)
                                             : QBrush(withAlpha(colour, 70)));
        m_gapFill->setSelectable(QCP::stNone);
        m_gapBase = addGraph(functionRect, plotlayers::shade());
        m_gapBase->setPen(Qt::NoPen);
        m_gapBase->setSelectable(QCP::stNone);
        m_gapFill->setChannelFillGraph(m_gapBase);
        if (!reluChecked) {
            // relu for comparison, when it is not drawn anyway: a curve, not a graph, for the same reason.
            m_reluCurve = new QCPCurve(xAxisOf(functionRect), yAxisOf(functionRect));
            m_reluCurve->setPen(QPen(theme.palette.axis, theme.derivativeWidth * 0.8, Qt::DashDotLine));
            m_reluCurve->setName(QCoreApplication::translate("actlab::SeriesDrawing", "ReLU, for comparison"));
            m_reluCurve->setSelectable(QCP::stNone);
            track(m_reluCurve, plotlayers::curves());
        }
    }

    m_f = addGraph(functionRect, plotlayers::curves());
    m_f->setPen(fPen);
    m_f->setName(coreText(activation.name));
    m_df = addGraph(derivativeRect, plotlayers::curves());
    m_df->setPen(dfPen);
    m_df->setName(highlighttext::nameToPrime(activation) + kPrime);
    // Adaptive sampling merges a pixel column's samples into one vertical stroke and would join the two
    // sides of a jump that the break keeps apart.
    m_df->setAdaptiveSampling(!hasKinks);

    if ((isSoftplus && highlights.softplusSigmoid) || (isTanh && highlights.tanhSigmoid)) {
        m_sigmoid = findAnyActivation("sigmoid");
        QCPAxisRect* rect = isSoftplus ? derivativeRect : functionRect;
        m_dots = new QCPCurve(xAxisOf(rect), yAxisOf(rect));
        m_dots->setLineStyle(QCPCurve::lsNone);
        m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.6),
                                                QBrush(theme.palette.background), theme.dataPointSize));
        m_dots->setPen(QPen(colour, 1.6));
        m_dots->setName(isSoftplus ? QStringLiteral("σ(βx)") : QStringLiteral("2σ(2x) − 1"));
        m_dots->setSelectable(QCP::stNone);
        track(m_dots, plotlayers::curves());
        m_dotsLabel = addAnchoredLabel(isSoftplus);
        m_dotsLabel.text->setText(isSoftplus ? highlighttext::softplusIsSigmoid()
                                             : highlighttext::tanhIsSigmoid());
    }

    if (highlights.kinks && hasKinks) {
        for (std::size_t k = 0; k < kMaxKinks; ++k) {
            QCPItemTracer* closed = addMarker(derivativeRect, false);
            QCPItemTracer* open = addMarker(derivativeRect, true);
            closed->setSize(theme.smallMarkerSize);
            open->setSize(theme.smallMarkerSize);
            m_jumpMarkers.emplace_back(closed, open);
        }
    }
    if (highlights.peak) {
        m_peakMarker = addMarker(derivativeRect, false);
        m_peak = addAnchoredLabel(true);
    }
    if (highlights.depthNote) m_depthNote = addAnchoredLabel(true, true);
    if (highlights.minimum) m_minimum = addAnchoredLabel(false);
    if (m_relu != nullptr) {
        m_gapArrow = new QCPItemLine(&plot);
        m_gapArrow->setClipAxisRect(functionRect);
        m_gapArrow->start->setAxes(xAxisOf(functionRect), yAxisOf(functionRect));
        m_gapArrow->end->setAxes(xAxisOf(functionRect), yAxisOf(functionRect));
        // A dimension line: it sits on the y axis at x = 0, so it is drawn darker and thicker than the axis.
        m_gapArrow->setPen(QPen(theme.palette.text, theme.emphasisWidth));
        m_gapArrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 10));
        m_gapArrow->setTail(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 10));
        track(m_gapArrow, plotlayers::marks());
        m_gap = addAnchoredLabel(false);
    }
    if (isTypedId(activation.id)) m_undefined = addAnchoredLabel(false, true);
    // Labels last, so that they sit on top of every marker.
    for (AnchoredLabel* label : {&m_dotsLabel, &m_peak, &m_depthNote, &m_minimum, &m_gap, &m_undefined}) {
        if (label->text != nullptr) track(label->text, plotlayers::marks());
    }
    setActive(false);
}

SeriesDrawing::~SeriesDrawing()
{
    for (auto it = m_layered.rbegin(); it != m_layered.rend(); ++it) {
        if (auto* plottable = qobject_cast<QCPAbstractPlottable*>(it->first))
            m_plot.removePlottable(plottable);
        else if (auto* item = qobject_cast<QCPAbstractItem*>(it->first))
            m_plot.removeItem(item);
    }
}

void SeriesDrawing::track(QCPLayerable* layerable, const QString& home)
{
    m_layered.emplace_back(layerable, home);
}

CurveGraph* SeriesDrawing::addGraph(QCPAxisRect* rect, const QString& layer)
{
    // Constructed directly (as addGraph would), so that it is a CurveGraph; the plot owns it.
    auto* graph = new CurveGraph(xAxisOf(rect), yAxisOf(rect));
    graph->setLineStyle(QCPGraph::lsLine);
    track(graph, layer);
    return graph;
}

QCPItemTracer* SeriesDrawing::addMarker(QCPAxisRect* rect, bool open)
{
    const QColor colour = m_theme.seriesPen(m_colourIndex, false).color();
    auto* marker = new QCPItemTracer(&m_plot);
    marker->setClipAxisRect(rect);
    marker->position->setAxes(xAxisOf(rect), yAxisOf(rect));
    marker->setStyle(QCPItemTracer::tsCircle);
    marker->setSize(m_theme.markerSize);
    // A closed dot is the value used; an open one, the value approached but not taken.
    marker->setPen(open ? QPen(colour, 2) : QPen(m_theme.palette.background, 2));
    marker->setBrush(open ? QBrush(m_theme.palette.background) : QBrush(colour));
    marker->setVisible(false);
    track(marker, plotlayers::marks());
    return marker;
}

QCPItemTracer* SeriesDrawing::addAnchor(QCPAxisRect* rect)
{
    auto* anchor = new QCPItemTracer(&m_plot);
    anchor->setClipAxisRect(rect);
    anchor->position->setAxes(xAxisOf(rect), yAxisOf(rect));
    anchor->setStyle(QCPItemTracer::tsNone);
    anchor->setVisible(false);
    track(anchor, plotlayers::marks());
    return anchor;
}

QCPItemText* SeriesDrawing::addLabel(QCPAxisRect* rect)
{
    auto* label = new QCPItemText(&m_plot);
    label->setClipAxisRect(rect);
    label->position->setAxes(xAxisOf(rect), yAxisOf(rect));
    label->position->setAxisRect(rect);
    styleAnnotation(*label, m_theme);
    label->setPen(QPen(
        m_theme.monochrome ? m_theme.palette.frame : m_theme.seriesPen(m_colourIndex, false).color(), 1));
    label->setTextAlignment(Qt::AlignLeft);
    label->setVisible(false);
    return label;
}

SeriesDrawing::AnchoredLabel SeriesDrawing::addAnchoredLabel(bool inDerivativeRect, bool floating)
{
    QCPAxisRect* rect = inDerivativeRect ? m_derivativeRect : m_functionRect;
    AnchoredLabel label;
    label.anchor = floating ? nullptr : addAnchor(rect);
    if (!floating) {
        label.leader = new QCPItemLine(&m_plot);
        label.leader->setClipAxisRect(rect);
        label.leader->setPen(
            QPen(m_theme.monochrome ? m_theme.palette.axis : m_theme.seriesPen(m_colourIndex, false).color(),
                 1.0));
        label.leader->setVisible(false);
        track(label.leader, plotlayers::marks());
    }
    label.text = addLabel(rect);
    label.inDerivativeRect = inDerivativeRect;
    label.floating = floating;
    return label;
}

QCPItemRect* SeriesDrawing::addShade(QCPAxisRect* rect)
{
    auto* shade = new QCPItemRect(&m_plot);
    shade->setClipAxisRect(rect);
    for (QCPItemPosition* corner : {shade->topLeft, shade->bottomRight}) {
        corner->setAxes(xAxisOf(rect), yAxisOf(rect));
        corner->setAxisRect(rect);
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    shade->setPen(Qt::NoPen);
    const QColor colour = m_theme.palette.series(m_colourIndex);
    shade->setBrush(QBrush(withAlpha(colour, m_theme.monochrome ? 22 : 30)));
    shade->setSelectable(false);
    // Under everything else of the function: shading is background.
    shade->setLayer(plotlayers::shade());
    m_layered.insert(m_layered.begin(), {shade, plotlayers::shade()});
    if (m_active) shade->setLayer(plotlayers::active());
    return shade;
}

void SeriesDrawing::setActive(bool active)
{
    m_active = active;
    for (const auto& [layerable, home] : m_layered) layerable->setLayer(active ? plotlayers::active() : home);
}

void SeriesDrawing::show(const AnchoredLabel& label, bool visible)
{
    if (label.text != nullptr) label.text->setVisible(visible);
    // Shown again by the next placement, if the label still sits away from its anchor.
    if (label.leader != nullptr && !visible) label.leader->setVisible(false);
}

void SeriesDrawing::hide()
{
    for (const auto& [layerable, home] : m_layered) layerable->setVisible(false);
    m_functionExtent = {};
    m_derivativeExtent = {};
}

void SeriesDrawing::update(const SeriesFrame& frame, PlotSampler& sampler)
{
    sampler.sample(m_activation, frame.parameters, frame.xFrom, frame.xTo, frame.points);
    fillCurves(frame, sampler);
    updateSaturation(frame);
    updatePeak(frame);
    updateMinimum(frame);
    updateJumps(frame);
    updateReluGap(frame, sampler);
    updateDots(frame);
}

void SeriesDrawing::fitAroundPoles(Extent& extent, std::vector<double>& finite)
{
    // The middle 90 % of the samples, widened five times its span each way: a polynomial or an
    // exponential on the range keeps its whole extent, a pole (1/x, log x at 0) is cut to the curve's
    // scale and runs off the frame.
    constexpr double kTail = 0.05;
    constexpr double kWiden = 5.0;
    finite.erase(std::remove_if(finite.begin(), finite.end(), [](double v) { return !std::isfinite(v); }),
                 finite.end());
    if (finite.size() < 20) return;
    const auto at = [&](double fraction) {
        const auto k = static_cast<std::ptrdiff_t>(fraction * static_cast<double>(finite.size() - 1));
        std::nth_element(finite.begin(), finite.begin() + k, finite.end());
        return finite[static_cast<std::size_t>(k)];
    };
    const double low = at(kTail);
    const double high = at(1 - kTail);
    const double margin = high > low ? kWiden * (high - low) : std::max(1.0, std::fabs(low));
    extent.low = std::max(extent.low, low - margin);
    extent.high = std::min(extent.high, high + margin);
}

void SeriesDrawing::addPoleBreaks(std::span<const double> x, std::span<const double> y, const Extent& extent,
                                  std::vector<double>& breaks)
{
    if (!(extent.low <= extent.high)) return;
    for (std::size_t i = 0; i + 1 < y.size(); ++i) {
        const bool downThrough = y[i] > extent.high && y[i + 1] < extent.low;
        const bool upThrough = y[i] < extent.low && y[i + 1] > extent.high;
        if (downThrough || upThrough) breaks.push_back(x[i]);
    }
}

void SeriesDrawing::fillCurves(const SeriesFrame& frame, const PlotSampler& sampler)
{
    const auto x = sampler.x();
    const auto f = sampler.f();
    const auto df = sampler.df();
    // clear() keeps each container's capacity and the keys arrive ascending, so every add() is an
    // append into memory an earlier frame already allocated.
    const auto fData = m_f->data();
    const auto dfData = m_df->data();
    fData->clear();
    dfData->clear();
    m_functionExtent = {};
    m_derivativeExtent = {};
    const bool typed = m_undefined.text != nullptr;
    m_functionBreaks.clear();
    m_derivativeGaps.clear();
    if (!typed) {
        for (std::size_t i = 0; i < x.size(); ++i) {
            fData->add(QCPGraphData(x[i], f[i]));
            dfData->add(QCPGraphData(x[i], df[i]));
            m_functionExtent.include(f[i]);
            m_derivativeExtent.include(df[i]);
        }
    } else {
        // A typed formula's samples that are undefined, infinite or beyond ±kCurvesMaxAbsY (where no
        // axis reaches) are left out, and the line breaks after the last sample before each such gap.
        const auto add = [](QCPGraphDataContainer& data, std::vector<double>& breaks, double key, double v) {
            if (std::fabs(v) <= kCurvesMaxAbsY) {
                data.add(QCPGraphData(key, v));
            } else if (!data.isEmpty() && (breaks.empty() || breaks.back() != (data.constEnd() - 1)->key)) {
                breaks.push_back((data.constEnd() - 1)->key);
            }
        };
        for (std::size_t i = 0; i < x.size(); ++i) {
            add(*fData, m_functionBreaks, x[i], f[i]);
            add(*dfData, m_derivativeGaps, x[i], df[i]);
            m_functionExtent.include(f[i]);
            m_derivativeExtent.include(df[i]);
        }
        m_finite.assign(f.begin(), f.end());
        fitAroundPoles(m_functionExtent, m_finite);
        m_finite.assign(df.begin(), df.end());
        fitAroundPoles(m_derivativeExtent, m_finite);
        const QString note =
            highlighttext::undefinedNote(m_activation, x, f, m_functionExtent.low, m_functionExtent.high);
        m_undefined.text->setText(note);
        show(m_undefined, !note.isEmpty());
    }
    // Where f′ jumps, its line breaks after the sample at the kink (the left derivative).
    const CurveAnalysis& analysis = *frame.analysis;
    m_breaks.clear();
    for (std::size_t k = 0; k < analysis.jumpCount; ++k) m_breaks.push_back(analysis.jumps[k].x);
    if (typed) {
        // Through a pole the samples jump from far below the frame to far above it: not a line to draw.
        m_breaks.insert(m_breaks.end(), m_derivativeGaps.begin(), m_derivativeGaps.end());
        addPoleBreaks(x, df, m_derivativeExtent, m_breaks);
        addPoleBreaks(x, f, m_functionExtent, m_functionBreaks);
        std::sort(m_breaks.begin(), m_breaks.end());
        std::sort(m_functionBreaks.begin(), m_functionBreaks.end());
        m_f->setBreaks(m_functionBreaks);
    }
    m_df->setBreaks(m_breaks);
    m_f->setVisible(true);
    m_df->setVisible(true);
}

void SeriesDrawing::updateSaturation(const SeriesFrame& frame)
{
    const bool show = m_highlights.saturation && frame.saturation != nullptr;
    std::size_t used = 0;
    if (show) {
        const Limits& limits = frame.analysis->limits;
        for (const Interval& interval : *frame.saturation) {
            double from = interval.from;
            double to = interval.to;
            // Core analyses a finite window; where f′ is below ε at the window's edge and tends to a
            // limit below ε, the zone goes on to infinity.
            if (from <= kDefaultAnalysisWindow.from &&
                std::fabs(limits.derivativeAtMinusInfinity) < frame.epsilon)
                from = -HUGE_VAL;
            if (to >= kDefaultAnalysisWindow.to && std::fabs(limits.derivativeAtPlusInfinity) < frame.epsilon)
                to = HUGE_VAL;
            from = std::max(from, frame.xFrom);
            to = std::min(to, frame.xTo);
            if (!(from < to)) continue;
            if (used == m_shades.size()) {
                m_shades.push_back(addShade(m_functionRect));
                if (m_derivativeRect != m_functionRect)
                    m_derivativeShades.push_back(addShade(m_derivativeRect));
                QCPItemText* label = addLabel(m_derivativeRect);
                label->position->setTypeX(QCPItemPosition::ptPlotCoords);
                label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
                label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
                label->setLayer(m_active ? plotlayers::active() : plotlayers::marks());
                track(label, plotlayers::marks());
                m_shadeLabels.push_back(label);
            }
            for (QCPItemRect* shade :
                 {m_shades[used], used < m_derivativeShades.size() ? m_derivativeShades[used] : nullptr}) {
                if (shade == nullptr) continue;
                shade->topLeft->setCoords(from, 0.0);
                shade->bottomRight->setCoords(to, 1.0);
                shade->setVisible(true);
            }
            QCPItemText* label = m_shadeLabels[used];
            label->setText(highlighttext::saturation(m_activation, frame.epsilon));
            label->position->setCoords(from + (to - from) / 2,
                                       0.02);  // the height follows in placeShadeLabels
            m_shadeZones.resize(std::max(m_shadeZones.size(), used + 1));
            m_shadeZones[used] = {from, to};
            ++used;
        }
    }
    m_shadeZones.resize(used);
    for (std::size_t i = used; i < m_shades.size(); ++i) {
        m_shades[i]->setVisible(false);
        if (i < m_derivativeShades.size()) m_derivativeShades[i]->setVisible(false);
        m_shadeLabels[i]->setVisible(false);
    }
}

void SeriesDrawing::placeShadeLabels(LabelPlacer& derivativePlacer)
{
    const QCPAxis* x = xAxisOf(m_derivativeRect);
    for (std::size_t i = 0; i < m_shadeZones.size(); ++i) {
        QCPItemText* label = m_shadeLabels[i];
        const double left = x->coordToPixel(m_shadeZones[i].from);
        const double right = x->coordToPixel(m_shadeZones[i].to);
        // A label wider than its zone would hang over curves that do not vanish at all.
        label->setVisible(right - left > labelSize(*label).width() + 8);
        if (label->visible()) derivativePlacer.placeInColumn(*label, left, right);
    }
}

void SeriesDrawing::updatePeak(const SeriesFrame& frame)
{
    if (m_peak.text == nullptr) return;
    const CurveAnalysis& analysis = *frame.analysis;
    const PeakGradient& peak = analysis.peak;
    // (a typed formula's peak can lie beyond every axis: then it is not marked)
    const bool notable = highlighttext::peakIsNotable(peak, analysis.kinks, analysis.limits) &&
                         std::fabs(peak.value) <= kCurvesMaxAbsY;
    const bool isolated = !(peak.plateau.from < peak.plateau.to);
    bool labelled = false;
    m_peakMarker->setVisible(false);
    if (notable && isolated && frame.xFrom <= peak.x && peak.x <= frame.xTo) {
        m_peakMarker->position->setCoords(peak.x, peak.value);
        m_peakMarker->setVisible(true);
        m_peak.anchor->position->setCoords(peak.x, peak.value);
        m_peak.text->setText(highlighttext::peak(m_activation, peak));
        labelled = true;
    } else if (notable && !isolated) {
        const bool open = highlighttext::peakIsOpenPlateau(peak);
        const double at =
            middleOfVisible(peak.plateau.from, open ? HUGE_VAL : peak.plateau.to, frame.xFrom, frame.xTo);
        if (!std::isnan(at)) {
            m_peak.anchor->position->setCoords(at, peak.value);
            m_peak.text->setText(open ? highlighttext::openPlateau(peak)
                                      : highlighttext::peak(m_activation, peak));
            labelled = true;
        }
    }
    show(m_peak, labelled);

    if (m_depthNote.text != nullptr) {
        // Through n layers the chain rule multiplies n derivatives, each at most max|f′| < 1.
        const bool shrinks = notable && std::fabs(peak.value) < 1.0 && std::fabs(peak.value) > 0.0;
        if (shrinks) m_depthNote.text->setText(highlighttext::depthNote(peak));
        show(m_depthNote, shrinks);
    }
}

void SeriesDrawing::updateMinimum(const SeriesFrame& frame)
{
    if (m_minimum.text == nullptr) return;
    const auto& minima = frame.analysis->negativeMinima;
    const auto visible = std::find_if(minima.begin(), minima.end(), [&](const NotablePoint& point) {
        return frame.xFrom <= point.x && point.x <= frame.xTo && std::fabs(point.value) <= kCurvesMaxAbsY;
    });
    if (visible == minima.end()) {
        show(m_minimum, false);
        m_minimum.anchor->setVisible(false);
        return;
    }
    // The anchor doubles as the marker: a dot on f at the minimum.
    QCPItemTracer* marker = m_minimum.anchor;
    const QColor colour = m_theme.seriesPen(m_colourIndex, false).color();
    marker->setStyle(QCPItemTracer::tsCircle);
    marker->setSize(m_theme.markerSize);
    marker->setPen(QPen(m_theme.palette.background, 2));
    marker->setBrush(QBrush(colour));
    marker->position->setCoords(visible->x, visible->value);
    marker->setVisible(true);
    m_minimum.text->setText(highlighttext::minimum(m_activation, *visible));
    show(m_minimum, true);
}

void SeriesDrawing::updateJumps(const SeriesFrame& frame)
{
    const CurveAnalysis& analysis = *frame.analysis;
    for (std::size_t k = 0; k < m_jumpMarkers.size(); ++k) {
        auto [closed, open] = m_jumpMarkers[k];
        const bool shown =
            k < analysis.jumpCount && frame.xFrom <= analysis.jumps[k].x && analysis.jumps[k].x <= frame.xTo;
        closed->setVisible(shown);
        open->setVisible(shown);
        if (!shown) continue;
        const DerivativeJump& jump = analysis.jumps[k];
        closed->position->setCoords(jump.x, jump.left);
        open->position->setCoords(jump.x, jump.rightLimit);
    }
}

void SeriesDrawing::updateReluGap(const SeriesFrame& frame, const PlotSampler& sampler)
{
    if (m_relu == nullptr) return;
    const std::optional<Gap>& gap = frame.analysis->reluGap;
    const auto x = sampler.x();
    const auto f = sampler.f();
    if (m_reluValues.size() < static_cast<qsizetype>(x.size())) {
        m_reluValues.resize(static_cast<qsizetype>(x.size()));
        m_reluDerivatives.resize(static_cast<qsizetype>(x.size()));
    }
    // relu at softplus's own sample points, from core: the two share every x, so the fill between them
    // is exact point by point.
    m_relu->evaluateBatch(x.data(), m_reluValues.data(), m_reluDerivatives.data(), x.size(),
                          m_relu->defaults());
    const auto baseData = m_gapBase->data();
    const auto fillData = m_gapFill->data();
    baseData->clear();
    fillData->clear();
    for (std::size_t i = 0; i < x.size(); ++i) {
        baseData->add(QCPGraphData(x[i], m_reluValues[static_cast<qsizetype>(i)]));
        fillData->add(QCPGraphData(x[i], f[i]));
    }
    m_gapBase->setVisible(true);
    m_gapFill->setVisible(true);
    if (m_reluCurve != nullptr) {
        const auto curveData = m_reluCurve->data();
        curveData->clear();
        for (std::size_t i = 0; i < x.size(); ++i)
            curveData->add(QCPCurveData(static_cast<double>(i), x[i], m_reluValues[static_cast<qsizetype>(i)]));
        m_reluCurve->setVisible(true);
    }

    const bool shown = gap && frame.xFrom <= gap->x && gap->x <= frame.xTo;
    m_gapArrow->setVisible(shown);
    show(m_gap, shown);
    if (!shown) return;
    const double top = m_activation.value(gap->x, frame.parameters);
    const double bottom = m_relu->value(gap->x, m_relu->defaults());
    m_gapArrow->start->setCoords(gap->x, bottom);
    m_gapArrow->end->setCoords(gap->x, top);
    m_gap.anchor->position->setCoords(gap->x, top);
    m_gap.text->setText(highlighttext::reluGap(*gap));
}

void SeriesDrawing::updateDots(const SeriesFrame& frame)
{
    if (m_dots == nullptr) return;
    const bool softplus = m_activation.id == std::string_view("softplus");
    // softplus′(x) = σ(βx); tanh(x) = 2σ(2x) − 1.
    const double scale = softplus ? frame.parameters[0] : 2.0;
    const double widthPixels = (frame.xTo - frame.xFrom) * frame.pixelsPerUnit;
    const auto count = static_cast<std::size_t>(std::clamp(widthPixels / kDotSpacing, 12.0, 120.0));
    if (m_dotX.size() < static_cast<qsizetype>(count + 1)) {
        for (QVector<double>* buffer : {&m_dotX, &m_dotArgument, &m_dotValue, &m_dotDerivative})
            buffer->resize(static_cast<qsizetype>(count + 1));
    }
    // The label's anchor is evaluated along with the dots, as entry `count`.
    const double anchorX = std::clamp(softplus ? 1.1 / scale : -1.5, frame.xFrom, frame.xTo);
    for (std::size_t i = 0; i <= count; ++i) {
        const auto at = static_cast<qsizetype>(i);
        m_dotX[at] = i < count ? evenlySpaced(frame.xFrom, frame.xTo, i, count) : anchorX;
        m_dotArgument[at] = scale * m_dotX[at];
    }
    m_sigmoid->evaluateBatch(m_dotArgument.constData(), m_dotValue.data(), m_dotDerivative.data(), count + 1,
                             m_sigmoid->defaults());
    const auto data = m_dots->data();
    data->clear();
    for (std::size_t i = 0; i <= count; ++i) {
        const auto at = static_cast<qsizetype>(i);
        const double y = softplus ? m_dotValue[at] : 2.0 * m_dotValue[at] - 1.0;
        if (i < count)
            data->add(QCPCurveData(static_cast<double>(i), m_dotX[at], y));
        else
            m_dotsLabel.anchor->position->setCoords(anchorX, y);
    }
    m_dots->setVisible(true);
    show(m_dotsLabel, true);
}

void SeriesDrawing::addObstacles(LabelPlacer& functionPlacer, LabelPlacer& derivativePlacer) const
{
    const auto addMarker = [&](QCPItemTracer* marker, bool derivative) {
        if (marker != nullptr && marker->visible() && marker->style() != QCPItemTracer::tsNone)
            (derivative ? derivativePlacer : functionPlacer).addMarker(marker->position->pixelPosition());
    };
    addMarker(m_peakMarker, true);
    addMarker(m_minimum.anchor, false);
    for (const auto& [closed, open] : m_jumpMarkers) {
        addMarker(closed, true);
        addMarker(open, true);
    }
}

void SeriesDrawing::placeLabels(LabelPlacer& functionPlacer, LabelPlacer& derivativePlacer) const
{
    for (const AnchoredLabel* label : {&m_peak, &m_minimum, &m_gap, &m_dotsLabel, &m_depthNote, &m_undefined}) {
        if (label->text == nullptr || !label->text->visible()) continue;
        LabelPlacer& placer = label->inDerivativeRect ? derivativePlacer : functionPlacer;
        if (label->floating)
            placer.placeInArea(*label->text);
        else
            placer.placeBeside(*label->text, *label->anchor, label->leader);
    }
}

std::vector<QCPAbstractPlottable*> SeriesDrawing::legendExtras() const
{
    std::vector<QCPAbstractPlottable*> extras;
    if (m_reluCurve != nullptr) extras.push_back(m_reluCurve);
    if (m_dots != nullptr) extras.push_back(m_dots);
    return extras;
}

QStringList SeriesDrawing::visibleLabels() const
{
    QStringList texts;
    for (const AnchoredLabel* label : {&m_peak, &m_minimum, &m_gap, &m_dotsLabel, &m_depthNote, &m_undefined}) {
        if (label->text != nullptr && label->text->visible()) texts << label->text->text();
    }
    for (QCPItemText* label : m_shadeLabels) {
        if (label->visible()) texts << label->text();
    }
    return texts;
}

}  // namespace actlab::curves
