#include "ui/softmax/sliceplot.h"

#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotstyle.h"
#include "ui/softmax/paneltitle.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxnumbers.h"
#include "ui/softmax/softmaxstate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace actlab {

namespace {

constexpr QSize kMinimumPlotSize(280, 220);
/// Pixels a title keeps clear of the panel's edges.
constexpr int kTitleMargin = 16;

/// QCustomPlot holds axis ranges up to 1e250 only; beyond this the x axis counts in powers of ten.
constexpr double kLargestPlainKey = 1e200;

void setVertical(QCPItemStraightLine& line, double key)
{
    line.point1->setCoords(key, 0.0);
    line.point2->setCoords(key, 1.0);
}

void fill(QCPGraph& graph, const std::vector<double>& keys, const std::vector<double>& values,
          double keyScale)
{
    const auto data = graph.data();
    data->clear();
    for (std::size_t k = 0; k < keys.size(); ++k) data->add(QCPGraphData(keys[k] / keyScale, values[k]));
}

/// Pixels between a marker and its value label.
constexpr double kLabelGap = 9.0;
constexpr double kMinimumLabelPoints = 8.0;

/// Puts a marker's value label where it hides none of the curve (or, failing that, the least) and stays
/// inside the panel: beside the marker, `kLabelGap` pixels off, first in the quadrant the curve leaves
/// free locally (upper left and lower right of a rising curve, the other two of a falling one); else in
/// a corner of the panel, where with one marker per panel it still reads as that marker's value; at
/// `font`, or down to three quarters of it. Runs after layout, on final pixels.
void placeLabel(QCPItemText& label, const QCPItemTracer& marker, const QCPGraph& curve,
                const QCPAxisRect& rect, double slope, QFont font)
{
    const double smallest = std::max(kMinimumLabelPoints, 0.75 * font.pointSizeF());
    const QPointF at = marker.position->pixelPosition();
    const QRectF area = rect.rect();
    const QMargins padding = label.padding();

    struct Side {
        bool left;
        bool above;
    };
    std::array<Side, 4> order{{{false, true}, {true, true}, {false, false}, {true, false}}};
    if (slope > 0.0) order = {{{true, true}, {false, false}, {false, true}, {true, false}}};
    if (slope < 0.0) order = {{{false, true}, {true, false}, {true, true}, {false, false}}};
    const auto candidates = [&](QSizeF size) {
        std::vector<QRectF> boxes;
        for (const Side side : order) {
            const double x = side.left ? at.x() - kLabelGap - size.width() : at.x() + kLabelGap;
            const double y = side.above ? at.y() - kLabelGap - size.height() : at.y() + kLabelGap;
            boxes.emplace_back(QPointF(x, y), size);
        }
        const QRectF inner = area.adjusted(kLabelGap, kLabelGap, -kLabelGap, -kLabelGap);
        for (const QPointF corner : {inner.topLeft(), QPointF(inner.right() - size.width(), inner.top()),
                                     QPointF(inner.left(), inner.bottom() - size.height()),
                                     QPointF(inner.right() - size.width(), inner.bottom() - size.height())})
            boxes.emplace_back(corner, size);
        return boxes;
    };

    std::vector<QPointF> points;
    points.reserve(std::size_t(curve.data()->size()) + 1);
    for (auto it = curve.data()->constBegin(); it != curve.data()->constEnd(); ++it)
        points.push_back(curve.coordsToPixels(it->key, it->value));
    const auto hidden = [&](const QRectF& box) {
        // The marker counts as much as the whole curve: a label must never cover it.
        return std::count_if(points.begin(), points.end(),
                             [&box](const QPointF& p) { return box.contains(p); }) +
               (box.adjusted(-4, -4, 4, 4).contains(at) ? std::ptrdiff_t(points.size()) : 0);
    };
    const auto sizeAt = [&](const QFont& f) {
        return QSizeF(QFontMetricsF(f).size(0, label.text())) +
               QSizeF(padding.left() + padding.right() + 2, padding.top() + padding.bottom() + 2);
    };

    // Largest font first; the first place that hides nothing wins, else the place hiding least.
    QRectF chosen;
    QFont chosenFont = font;
    auto least = std::numeric_limits<std::ptrdiff_t>::max();
    for (QFont f = font;; f.setPointSizeF(std::max(smallest, f.pointSizeF() - 1.0))) {
        for (const QRectF& box : candidates(sizeAt(f))) {
            if (!area.contains(box)) continue;
            const auto cost = hidden(box);
            if (cost < least) {
                least = cost;
                chosen = box;
                chosenFont = f;
            }
            if (cost == 0) break;
        }
        if (least == 0 || f.pointSizeF() <= smallest) break;
    }
    if (chosen.isNull())
        chosen = candidates(sizeAt(chosenFont)).front();  // the panel is smaller than any label
    label.setFont(chosenFont);
    label.setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label.position->setCoords(chosen.topLeft() - at);  // pixels from the marker, its parent anchor
}

/// The direction a sampled curve takes at `key`: the sign of its change across the nearest samples.
double slopeAt(const std::vector<double>& keys, const std::vector<double>& values, double key)
{
    if (keys.size() < 2) return 0.0;
    const auto at = std::size_t(std::lower_bound(keys.begin(), keys.end(), key) - keys.begin());
    const std::size_t hi = std::min(at + 1, keys.size() - 1);
    const std::size_t lo = at >= 2 ? at - 2 : 0;
    return values[hi] - values[lo];
}

}  // namespace

SlicePlot::SlicePlot(QWidget* parent)
    : BufferReleasingPlot(parent), m_title(new QCPTextElement(this)), m_note(new QCPTextElement(this))
{
    setObjectName(QStringLiteral("slicePlot"));
    setAccessibleName(tr("Slice plot"));
    setAccessibleDescription(tr("sᵢ and ∂sᵢ/∂aⱼ as the chosen logit aⱼ moves, the other logits fixed."));
    setFocusPolicy(Qt::NoFocus);  // a picture: it takes no keys, so Tab passes it by
    new PlotContextMenu(*this, tr("Copy the marked values"), [this](QPointF) { return markerValuesText(); });
    // QCustomPlot asks for the width of its longest title; in the presentation font that would push the
    // window wider than the screen. Titles may clip in a very small window instead.
    setMinimumSize(kMinimumPlotSize);

    QCPLayoutGrid* grid = plotLayout();
    m_top = axisRect();
    m_bottom = new QCPAxisRect(this);
    grid->insertRow(0);
    grid->insertRow(1);
    grid->addElement(0, 0, m_title);
    grid->addElement(1, 0, m_note);
    grid->addElement(3, 0, m_bottom);
    grid->setRowSpacing(0);
    grid->setRowStretchFactors({0.01, 0.01, 1.0, 1.0});
    auto* margins = new QCPMarginGroup(this);
    m_top->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_bottom->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    // The two panels share x: the upper one's tick labels would only repeat the lower one's.
    m_top->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_top->setMargins(QMargins(0, 0, 0, 0));
    m_top->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_bottom->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_bottom->setMargins(QMargins(0, 8, 0, 0));

    QSharedPointer<QCPAxisTickerFixed> probabilityTicks(new QCPAxisTickerFixed);
    probabilityTicks->setTickStep(0.5);
    m_top->axis(QCPAxis::atLeft)->setTicker(probabilityTicks);
    m_top->axis(QCPAxis::atLeft)->setRange(-0.06, 1.06);
    m_bottom->axis(QCPAxis::atLeft)->ticker()->setTickCount(4);

    m_probability = addGraph(m_top->axis(QCPAxis::atBottom), m_top->axis(QCPAxis::atLeft));
    m_derivative = addGraph(m_bottom->axis(QCPAxis::atBottom), m_bottom->axis(QCPAxis::atLeft));
    m_probability->setObjectName(QStringLiteral("sliceProbability"));
    m_derivative->setObjectName(QStringLiteral("sliceDerivative"));

    const auto onAxes = [](QCPAbstractItem* item, QCPAxisRect* rect) {
        item->setClipAxisRect(rect);
        for (QCPItemPosition* position : item->positions())
            position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    };
    m_topMarkerLine = new QCPItemStraightLine(this);
    m_bottomMarkerLine = new QCPItemStraightLine(this);
    m_topMarker = new QCPItemTracer(this);
    m_bottomMarker = new QCPItemTracer(this);
    m_topLabel = new QCPItemText(this);
    m_bottomLabel = new QCPItemText(this);
    onAxes(m_topMarkerLine, m_top);
    onAxes(m_topMarker, m_top);
    m_topLabel->setClipAxisRect(m_top);
    onAxes(m_bottomMarkerLine, m_bottom);
    onAxes(m_bottomMarker, m_bottom);
    m_bottomLabel->setClipAxisRect(m_bottom);
    // Labels hang off their markers by a few pixels, whatever the axis scales.
    m_topLabel->position->setParentAnchor(m_topMarker->position);
    m_bottomLabel->position->setParentAnchor(m_bottomMarker->position);
    m_topLabel->position->setType(QCPItemPosition::ptAbsolute);
    m_bottomLabel->position->setType(QCPItemPosition::ptAbsolute);
    for (QCPItemTracer* marker : {m_topMarker, m_bottomMarker}) {
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(10);
    }
    connect(this, &QCustomPlot::afterLayout, this, &SlicePlot::fitToLayout);
    applyTheme(m_theme);
}

void SlicePlot::applyTheme(const Theme& theme)
{
    m_theme = theme;
    stylePlot(*this, theme);
    styleItems();
    replot(QCustomPlot::rpQueuedReplot);
}

void SlicePlot::styleItems()
{
    const Palette& p = m_theme.palette;
    QPen probabilityPen = m_theme.seriesPen(0, false);
    QPen derivativePen = m_theme.seriesPen(0, true);
    if (derivativePen.style() == Qt::DashLine) derivativePen.setDashPattern({4.0, 2.5});
    m_probability->setPen(probabilityPen);
    m_derivative->setPen(derivativePen);

    QPen markerLine(p.zeroLine, 1.0);
    markerLine.setStyle(Qt::DotLine);
    for (QCPItemStraightLine* line : {m_topMarkerLine, m_bottomMarkerLine}) line->setPen(markerLine);
    const QColor markerFill = p.series(0);
    for (QCPItemTracer* marker : {m_topMarker, m_bottomMarker}) {
        marker->setPen(QPen(p.background, 2));
        marker->setBrush(markerFill);
        marker->setSize(m_theme.markerSize);
    }
    for (QCPItemText* label : {m_topLabel, m_bottomLabel}) {
        styleAnnotation(*label, m_theme);
        label->setPadding(QMargins(6, 3, 6, 3));
    }
}

void SlicePlot::placeLabels()
{
    QFont font = this->font();
    font.setPointSizeF(m_theme.fontPointSize * 12.0 / 11.0);  // styleAnnotation's size
    placeLabel(*m_topLabel, *m_topMarker, *m_probability, *m_top, m_topSlope, font);
    placeLabel(*m_bottomLabel, *m_bottomMarker, *m_derivative, *m_bottom, m_bottomSlope, font);
}

void SlicePlot::fitToLayout()
{
    if (fitTitles()) relayOut(*this);
    placeLabels();
}

bool SlicePlot::fitTitles()
{
    const double width = viewport().width() - kTitleMargin;
    const bool title = styleTitle(*m_title, m_theme, width);
    return styleNote(*m_note, m_theme, width) || title;
}

QString SlicePlot::note() const
{
    return m_note->text();
}

QString SlicePlot::markerValuesText() const
{
    return m_markerText;
}

void SlicePlot::display(const SoftmaxState& state, const SoftmaxNumbers& numbers)
{
    const std::size_t i = state.sliceOutput;
    const std::size_t j = state.sliceLogit;
    const QString si = probabilityName(i);
    const QString aj = logitName(j);
    const QString derivativeName = QStringLiteral("∂%1/∂%2").arg(si, aj);

    m_title->setText(tr("Slice   %1 as %2 moves, the other logits fixed").arg(si, aj));
    if (numbers.classCount() == 2) {
        const std::size_t other = 1 - i;
        m_note->setText(
            tr("n = 2:  %1 = σ((%2 − %3) / T) exactly, a sigmoid of the difference,\nand %4 = %5σ′ / T")
                .arg(si, logitName(i), logitName(other), derivativeName,
                     i == j ? QString() : QStringLiteral("−")));
    } else {
        m_note->setText(tr("%1 turns over near %2 = %3, where %4 = ½")
                            .arg(si, aj, compactText(numbers.crossover), probabilityName(j)));
    }

    const double reach = std::max(std::fabs(numbers.sweepFrom), std::fabs(numbers.sweepTo));
    int exponent = 0;
    m_keyScale = 1.0;
    if (reach > kLargestPlainKey) {
        exponent = int(std::floor(std::log10(reach)));
        m_keyScale = std::pow(10.0, exponent);
    }
    fill(*m_probability, numbers.sweep, numbers.sliceProbability, m_keyScale);
    fill(*m_derivative, numbers.sweep, numbers.sliceDerivative, m_keyScale);

    const QCPRange keys(numbers.sweepFrom / m_keyScale, numbers.sweepTo / m_keyScale);
    m_top->axis(QCPAxis::atBottom)->setRange(keys);
    m_bottom->axis(QCPAxis::atBottom)->setRange(keys);
    m_bottom->axis(QCPAxis::atBottom)
        ->setLabel(exponent == 0 ? aj : tr("%1  (× 10%2)").arg(aj, superscriptDigits(exponent)));
    m_top->axis(QCPAxis::atLeft)->setLabel(si);
    m_bottom->axis(QCPAxis::atLeft)->setLabel(derivativeName);

    // The derivative panel always shows 0 and the whole curve, with a little headroom.
    const double current = state.logits[j];
    const double si0 = numbers.probabilities[i];
    const double dsi0 = numbers.jacobianAt(i, j);
    double low = std::min(0.0, dsi0);
    double high = std::max(0.0, dsi0);
    for (const double d : numbers.sliceDerivative) {
        low = std::min(low, d);
        high = std::max(high, d);
    }
    if (!(high > low)) {
        // A flat 0 (far from the turn): show the largest slope there can be, 1/(4T), for scale.
        low = -0.25 / state.temperature;
        high = 0.25 / state.temperature;
    }
    const double pad = 0.12 * (high - low);
    m_bottom->axis(QCPAxis::atLeft)->setRange(low - pad, high + pad);

    const double key = current / m_keyScale;
    setVertical(*m_topMarkerLine, key);
    setVertical(*m_bottomMarkerLine, key);
    m_topMarker->position->setCoords(key, si0);
    m_bottomMarker->position->setCoords(key, dsi0);
    m_markerText = aj + u'\t' + si + u'\t' + derivativeName + u'\n' + roundTripText(current) + u'\t' +
                   roundTripText(si0) + u'\t' + roundTripText(dsi0) + u'\n';
    m_topLabel->setText(QStringLiteral("%1 = %2").arg(si, compactText(si0)));
    m_bottomLabel->setText(QStringLiteral("%1 = %2").arg(derivativeName, compactText(dsi0)));
    m_topSlope = slopeAt(numbers.sweep, numbers.sliceProbability, current);
    m_bottomSlope = slopeAt(numbers.sweep, numbers.sliceDerivative, current);
    replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace actlab
