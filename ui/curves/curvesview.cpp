#include "ui/curves/curvesview.h"

#include "core/analysis.h"
#include "ui/common/plotstyle.h"
#include "ui/curves/curvesstatejson.h"
#include "ui/common/qcustomplot_include.h"

#include <QFontMetrics>
#include <QVBoxLayout>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>

namespace actlab {

namespace {

constexpr std::size_t kMinimumSamples = 2000;
/// Pixels between the legend or the peak label and the edge of the plotting area.
constexpr int kOverlayGap = 12;
/// Pixels between a peak marker and a label placed beside it.
constexpr double kMarkerGap = 10.0;
/// Hiding a peak marker is worse than hiding this many curve samples.
constexpr int kMarkerWeight = 1000;
const QChar kPrime(0x2032);

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// Six significant digits, and never "-0": a label reads "at x = 0" even if core's root lands on −0.
QString formatNumber(double value)
{
    return QString::number(value == 0.0 ? 0.0 : value, 'g', 6);
}

/// The derivative's symbol as core's formula writes it ("σ′" from "σ′(x) = …"), or the display name
/// and a prime where the formula uses the generic "f′".
QString derivativeSymbol(const Activation& activation)
{
    const QString formula = toQString(activation.derivativeFormula);
    const qsizetype argument = formula.indexOf(QStringLiteral("(x)"));
    const QString symbol = argument > 0 ? formula.left(argument) : QString();
    if (symbol.endsWith(kPrime) && symbol != QStringLiteral("f\u2032") &&
        !symbol.contains(QLatin1Char(' '))) {
        return symbol;
    }
    return toQString(activation.name) + kPrime;
}

/// "max σ′ = 0.25 at x = 0". A plateau (relu: f′ = 1 for every x > 0) is named by its extent, with
/// < or ≤ as core says whether f′ at each end belongs to it (left derivatives at kinks).
QString peakText(const Activation& activation, const PeakGradient& peak)
{
    const QString what = (peak.value < 0 ? QStringLiteral("min ") : QStringLiteral("max ")) +
                         derivativeSymbol(activation) + QStringLiteral(" = ") + formatNumber(peak.value);
    if (!(peak.plateau.from < peak.plateau.to)) {
        return what + QStringLiteral(" at x = ") + formatNumber(peak.x);
    }
    const QString from = formatNumber(peak.plateau.from);
    if (peak.plateau.to >= kDefaultAnalysisWindow.to) {
        return what + QStringLiteral(" for x ") + (peak.includesFrom ? u'\u2265' : u'>') + u' ' + from;
    }
    return what + QStringLiteral(" for ") + from + u' ' + (peak.includesFrom ? u'\u2264' : u'<') +
           QStringLiteral(" x ") + (peak.includesTo ? u'\u2264' : u'<') + u' ' +
           formatNumber(peak.plateau.to);
}

void fillGraph(QCPGraph& graph, std::span<const double> x, std::span<const double> y)
{
    // clear() keeps the container's capacity and the keys arrive ascending, so every add() is an
    // append into memory the previous frame already allocated.
    const auto data = graph.data();
    data->clear();
    for (std::size_t i = 0; i < x.size(); ++i) {
        data->add(QCPGraphData(x[i], y[i]));
    }
}

void styleGraph(QCPGraph& graph, QPen pen, bool derivative, const QString& name)
{
    if (derivative && pen.style() == Qt::DashLine) {
        pen.setDashPattern({4.0, 2.5});  // in pen widths: 8 px dashes, 5 px gaps
    }
    graph.setPen(pen);
    graph.setLineStyle(QCPGraph::lsLine);
    graph.setName(name);
}

void includeInRange(std::span<const double> values, double& low, double& high)
{
    for (const double v : values) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
}

/// A box of `size` pixels placed inside `area` at `alignment`, kOverlayGap from the edges it touches.
QRectF boxAt(const QRect& area, QSizeF size, Qt::Alignment alignment)
{
    double left = area.center().x() - size.width() / 2;
    if (alignment & Qt::AlignLeft) {
        left = area.left() + kOverlayGap;
    } else if (alignment & Qt::AlignRight) {
        left = area.right() - kOverlayGap - size.width();
    }
    double top = area.center().y() - size.height() / 2;
    if (alignment & Qt::AlignTop) {
        top = area.top() + kOverlayGap;
    } else if (alignment & Qt::AlignBottom) {
        top = area.bottom() - kOverlayGap - size.height();
    }
    return {QPointF(left, top), size};
}

/// How much of the plot `box` would hide: curve points inside it, and heavily, peak markers (pixels).
int hiddenCost(const QRectF& box, std::span<const QPointF> curvePoints, std::span<const QPointF> markers)
{
    const auto inside = [&box](const QPointF& point) { return box.contains(point); };
    return static_cast<int>(std::count_if(curvePoints.begin(), curvePoints.end(), inside)) +
           kMarkerWeight * static_cast<int>(std::count_if(markers.begin(), markers.end(), inside));
}

}  // namespace

CurvesView::CurvesView(QWidget* parent) : View(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setUpPlot();
    connect(m_plot, &QCustomPlot::afterLayout, this, &CurvesView::placeOverlays);
    render();
}

void CurvesView::setUpPlot()
{
    // Eight x steps make the default −8..8 read in whole steps of 2 rather than 2.5.
    m_plot->xAxis->ticker()->setTickCount(8);
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("y"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setMargins(QMargins(kOverlayGap, kOverlayGap, kOverlayGap, kOverlayGap));

    m_peakLabel = new QCPItemText(m_plot);
    m_peakLabel->setLayer(QStringLiteral("legend"));
    m_peakLabel->position->setType(QCPItemPosition::ptAbsolute);
    m_peakLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_peakLabel->setTextAlignment(Qt::AlignLeft);
    applyTheme(m_theme);
}

void CurvesView::applyTheme(const Theme& theme)
{
    m_theme = theme;
    stylePlot(*m_plot, m_theme);
    styleAnnotation(*m_peakLabel, m_theme);
    render();
}

std::size_t CurvesView::sampleCount() const
{
    const double pixels = std::ceil(m_plot->width() * m_plot->devicePixelRatioF());
    return std::max(kMinimumSamples, static_cast<std::size_t>(std::max(pixels, 0.0)));
}

void CurvesView::setState(const CurvesState& state)
{
    m_state = state;
    render();
    emit stateChanged();
}

QJsonObject CurvesView::saveState() const { return curvesStateToJson(m_state); }

QString CurvesView::restoreState(const QJsonObject& json)
{
    CurvesState state = m_state;
    if (QString error = curvesStateFromJson(json, state); !error.isEmpty()) return error;
    setState(state);
    return {};
}

void CurvesView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The layout has already resized the plot; only a finer pixel grid needs new samples. Overlays
    // follow the new geometry by themselves, after the plot's next layout.
    if (sampleCount() != m_renderedSampleCount) {
        render();
    }
}

QCPItemTracer* CurvesView::peakMarkerAt(std::size_t index)
{
    while (m_peakMarkers.size() <= index) {
        auto* marker = new QCPItemTracer(m_plot);
        marker->setLayer(QStringLiteral("legend"));
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(11);
        m_peakMarkers.push_back(marker);
    }
    return m_peakMarkers[index];
}

void CurvesView::render()
{
    const std::size_t points = sampleCount();
    m_renderedSampleCount = points;
    const double from = m_state.xFrom;
    const double to = m_state.xTo;
    const bool rangeValid = std::isfinite(from) && std::isfinite(to) && from < to;
    if (!rangeValid) {
        qWarning("CurvesView: x range [%g, %g] is empty or not finite; nothing drawn", from, to);
    }

    int graphs = 0;
    std::size_t series = 0;
    double low = 0.0;  // the y range always shows y = 0, the line every activation is read against
    double high = 0.0;
    QString peakLines;
    for (const std::string& id : m_state.activationIds) {
        if (!rangeValid) {
            break;
        }
        const Activation* activation = findActivation(id);
        if (activation == nullptr) {
            qWarning("CurvesView: no activation \"%s\"; skipped", id.c_str());
            continue;
        }
        const ParameterValues p = m_state.parametersFor(*activation);
        if (const std::string error = parameterError(*activation, p); !error.empty()) {
            qWarning("CurvesView: %s: %s; skipped", id.c_str(), error.c_str());
            continue;
        }

        m_sampler.sample(*activation, p, from, to, points);
        const QColor color = m_theme.seriesPen(series, false).color();
        const QString name = toQString(activation->name);
        for (const bool derivative : {false, true}) {
            QCPGraph* graph = graphs < m_plot->graphCount() ? m_plot->graph(graphs) : m_plot->addGraph();
            ++graphs;
            styleGraph(*graph, m_theme.seriesPen(series, derivative), derivative,
                       derivative ? name + kPrime : name);
            fillGraph(*graph, m_sampler.x(), derivative ? m_sampler.df() : m_sampler.f());
        }
        includeInRange(m_sampler.f(), low, high);
        includeInRange(m_sampler.df(), low, high);

        const PeakGradient peak = peakGradient(*activation, p);
        QCPItemTracer* marker = peakMarkerAt(series);
        marker->setPen(QPen(m_theme.palette.background, 2));
        marker->setBrush(QBrush(color));
        marker->position->setCoords(peak.x, peak.value);
        marker->setVisible(from <= peak.x && peak.x <= to);
        if (!peakLines.isEmpty()) {
            peakLines += QLatin1Char('\n');
        }
        peakLines += peakText(*activation, peak);
        ++series;
    }
    while (m_plot->graphCount() > graphs) {
        m_plot->removeGraph(m_plot->graphCount() - 1);
    }
    m_peakMarkersInUse = series;
    for (std::size_t i = series; i < m_peakMarkers.size(); ++i) {
        m_peakMarkers[i]->setVisible(false);
    }
    m_peakLabel->setText(peakLines);
    m_peakLabel->setVisible(!peakLines.isEmpty());

    if (rangeValid) {
        m_plot->xAxis->setRange(from, to);
    }
    // 6 % headroom, so saturation plateaus at the top or bottom do not merge into the frame.
    const double span = high > low ? high - low : 1.0;
    m_plot->yAxis->setRange(low - 0.06 * span, high + 0.06 * span);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesView::placeOverlays()
{
    QCPAxisRect* axisRect = m_plot->axisRect();
    const QRect area = axisRect->rect();
    // Every drawn point and marker in pixels, once per layout, into buffers kept between layouts.
    m_curvePixels.clear();
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        const QCPGraph* graph = m_plot->graph(g);
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            m_curvePixels.push_back(graph->coordsToPixels(it->key, it->value));
        }
    }
    m_markerPixels.clear();
    for (std::size_t i = 0; i < m_peakMarkersInUse; ++i) {
        if (m_peakMarkers[i]->visible()) {
            m_markerPixels.push_back(m_peakMarkers[i]->position->pixelPosition());
        }
    }

    // The legend sits in a corner; the label may also sit mid-side. Earlier candidates win ties, so
    // with nothing to avoid the legend reads first, top left.
    constexpr std::array legendCorners{Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight,
                                       Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft};
    constexpr std::array labelPlaces{Qt::AlignTop | Qt::AlignLeft,      Qt::AlignTop | Qt::AlignRight,
                                     Qt::AlignBottom | Qt::AlignRight,  Qt::AlignBottom | Qt::AlignLeft,
                                     Qt::AlignVCenter | Qt::AlignRight, Qt::AlignVCenter | Qt::AlignLeft,
                                     Qt::AlignTop | Qt::AlignHCenter,   Qt::AlignBottom | Qt::AlignHCenter};

    QRectF legendBox;
    if (m_plot->legend->visible() && m_plot->legend->itemCount() > 0) {
        const QSizeF legendSize = m_plot->legend->minimumOuterSizeHint();
        Qt::Alignment best = legendCorners.front();
        int bestCost = std::numeric_limits<int>::max();
        for (const Qt::Alignment corner : legendCorners) {
            const int cost = hiddenCost(boxAt(area, legendSize, corner), m_curvePixels, m_markerPixels);
            if (cost < bestCost) {
                best = corner;
                bestCost = cost;
            }
        }
        axisRect->insetLayout()->setInsetAlignment(0, best);
        axisRect->insetLayout()->update(QCPLayoutElement::upLayout);
        legendBox = boxAt(area, legendSize, best);
    }

    if (m_peakLabel->visible()) {
        const QMargins padding = m_peakLabel->padding();
        const QSizeF labelSize = QSizeF(QFontMetrics(m_peakLabel->font())
                                            .boundingRect(QRect(), Qt::AlignLeft, m_peakLabel->text())
                                            .size())
                                     .grownBy(QMarginsF(padding));
        const QRectF inside =
            QRectF(area).marginsRemoved(QMarginsF(kOverlayGap, kOverlayGap, kOverlayGap, kOverlayGap));
        QRectF best = boxAt(area, labelSize, labelPlaces.back());
        int bestCost = std::numeric_limits<int>::max();
        const auto consider = [&](const QRectF& box) {
            if (!inside.contains(box) || box.intersects(legendBox)) {
                return;
            }
            const int cost = hiddenCost(box, m_curvePixels, m_markerPixels);
            if (cost < bestCost) {
                best = box;
                bestCost = cost;
            }
        };
        // One function: the label reads best right beside its marker, if that hides nothing.
        if (m_peakMarkersInUse == 1 && m_markerPixels.size() == 1) {
            const QPointF at = m_markerPixels.front();
            const double w = labelSize.width();
            const double h = labelSize.height();
            const double g = kMarkerGap;
            for (const QPointF topLeft :
                 {QPointF(at.x() + g, at.y() - g - h), QPointF(at.x() - g - w, at.y() - g - h),
                  QPointF(at.x() + g, at.y() + g), QPointF(at.x() - g - w, at.y() + g),
                  QPointF(at.x() + g, at.y() - h / 2), QPointF(at.x() - g - w, at.y() - h / 2)}) {
                consider(QRectF(topLeft, labelSize));
            }
        }
        if (bestCost > 0) {
            for (const Qt::Alignment place : labelPlaces) {
                consider(boxAt(area, labelSize, place));
            }
        }
        m_peakLabel->position->setCoords(best.topLeft());
    }
}

}  // namespace actlab
