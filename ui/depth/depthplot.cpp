#include "ui/depth/depthplot.h"

#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotstyle.h"
#include "ui/common/wrappedlayout.h"
#include "ui/depth/decadeticker.h"
#include "ui/depth/labelplacement.h"

#include <QFontMetrics>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

namespace actlab {

namespace {

/// Fractions of a panel's span: headroom around the data, and the band that holds the "0" row.
constexpr double kHeadroom = 0.06;
constexpr double kBreakGap = 0.03;
constexpr double kZeroBand = 0.11;
/// Print tells series apart by marker shape as well as dash pattern.
constexpr std::array kShapes{QCPScatterStyle::ssDisc,
                             QCPScatterStyle::ssSquare,
                             QCPScatterStyle::ssTriangle,
                             QCPScatterStyle::ssDiamond,
                             QCPScatterStyle::ssCircle,
                             QCPScatterStyle::ssCross,
                             QCPScatterStyle::ssTriangleInverted,
                             QCPScatterStyle::ssStar};

const char* const kRoleProperty = "depthRole";
const char* const kIdProperty = "activationId";

/// Significant digits of the numbers in the title (w, b, x) and of the gradients in the labels.
constexpr int kTitleDigits = 4;
constexpr int kGradientDigits = 3;

/// Whole layers only: 1, 2, 5, 10, 20 … apart.
class LayerTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override
    {
        const double step = QCPAxisTicker::getTickStep(range);
        if (step <= 1.0) return 1.0;
        return step == 2.5 ? 2.0 : std::round(step);
    }
};

/// Low and high of the finite values fed to it.
struct Extent {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    bool hasZeros = false;

    void add(double v)
    {
        if (!std::isfinite(v)) return;
        low = std::min(low, v);
        high = std::max(high, v);
    }
};

}  // namespace

DepthPlot::DepthPlot(QWidget* parent) : BufferReleasingPlot(parent)
{
    setObjectName(QStringLiteral("depthFigure"));
    setAccessibleName(tr("Gradient through the layers"));
    setAccessibleDescription(
        tr("Above: |∂hₗ/∂x| against the layer l on a log scale, one curve per ticked activation. Below: the "
           "factor |wₗ·act′(zₗ)| each layer multiplies the gradient by."));
    setFocusPolicy(Qt::NoFocus);  // a picture: it takes no keys, so Tab passes it by
    new PlotContextMenu(*this, tr("Copy values at this layer"), [this](QPointF at) { return valuesAt(at); });
    // The default axis rect becomes the gradient panel; the legend leaves it for a row of its own above,
    // where it can never hide a curve.
    m_gradient.rect = axisRect();
    m_gradient.rect->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->insertRow(0);
    m_title = new WrappedText(this);
    m_title->setTextFlags(Qt::AlignCenter | Qt::TextWordWrap);
    plotLayout()->addElement(0, 0, m_title);
    // The key, centred: spacers either side take the width the legend does not need.
    auto* keyRow = new KeyRow([this] { fitLegend(); });
    plotLayout()->addElement(1, 0, keyRow);
    keyRow->addElement(0, 0, new QCPLayoutElement(this));
    keyRow->addElement(0, 1, legend);
    keyRow->addElement(0, 2, new QCPLayoutElement(this));
    keyRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    m_factorTitle = new WrappedText(this);
    m_factorTitle->setTextFlags(Qt::AlignCenter | Qt::TextWordWrap);
    plotLayout()->addElement(3, 0, m_factorTitle);
    m_factor.rect = new QCPAxisRect(this);
    plotLayout()->addElement(4, 0, m_factor.rect);
    plotLayout()->setRowStretchFactors({0.001, 0.001, 3.0, 0.001, 2.0});
    plotLayout()->setRowSpacing(4);

    // Lines drawn as separate segments: a factor curve zig-zagging across decades at every layer (w < 0)
    // costs Qt's stroker half a second as one polyline and 40 ms as segments. Round caps close the joins.
    setPlottingHint(QCP::phFastPolylines, true);
    legend->setVisible(true);

    auto* margins = new QCPMarginGroup(this);
    m_gradient.rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_factor.rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    setUpPanel(m_gradient, tr("|∂hₗ/∂x|"));
    setUpPanel(m_factor, tr("|wₗ·act′(zₗ)|"));

    connect(this, &QCustomPlot::afterLayout, this, &DepthPlot::placeLabels);
    applyTheme(m_theme);
}

void DepthPlot::setUpPanel(Panel& panel, const QString& yLabel)
{
    panel.ticker = QSharedPointer<DecadeTicker>::create();
    QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    y->setTicker(panel.ticker);
    y->setLabel(yLabel);
    QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
    x->setTicker(QSharedPointer<LayerTicker>::create());
    // Both panels share the layer axis; only the lower one names it.
    if (&panel == &m_factor) x->setLabel(tr("layer l"));
}

void DepthPlot::applyTheme(const Theme& theme)
{
    m_theme = theme;
    stylePlot(*this, m_theme);
    // The key is a row of its own: no frame needed around it.
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    for (QCPTextElement* title : {m_title, m_factorTitle}) {
        QFont font = this->font();
        font.setPointSizeF(m_theme.fontPointSize * (title == m_title ? 13.0 : 12.0) / 11.0);
        font.setBold(title == m_title);
        title->setFont(font);
        title->setTextColor(m_theme.palette.text);
    }
}

QColor DepthPlot::seriesColor(std::size_t index) const
{
    return m_theme.seriesPen(index, false).color();
}

QCPGraph* DepthPlot::addPanelGraph(Panel& panel, Role role, const QString& activationId)
{
    QCPGraph* graph =
        QCustomPlot::addGraph(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
    // Nameless unless the caller names it: QCustomPlot's default "Graph 3" would leak into exported data.
    graph->setName(QString());
    graph->setProperty(kRoleProperty, QVariant::fromValue(role));
    graph->setProperty(kIdProperty, activationId);
    return graph;
}

QCPGraph* DepthPlot::findGraph(Role role, const QString& activationId) const
{
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = QCustomPlot::graph(i);
        if (g->property(kRoleProperty).value<Role>() == role &&
            g->property(kIdProperty).toString() == activationId)
            return g;
    }
    return nullptr;
}

std::optional<double> DepthPlot::gradientZeroRow() const
{
    return m_gradient.zeroRow;
}
std::optional<double> DepthPlot::factorZeroRow() const
{
    return m_factor.zeroRow;
}
QString DepthPlot::gradientTickLabel(double tick) const
{
    return m_gradient.ticker->labelFor(tick);
}

QStringList DepthPlot::annotations() const
{
    QStringList texts;
    for (int i = 0; i < itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(item(i)); text != nullptr && text->visible())
            texts << text->text();
    }
    return texts;
}

void DepthPlot::fitRange(Panel& panel, double low, double high, bool hasZeros)
{
    // 1 (log₁₀ = 0) is always in view: it is the line every factor and gradient is read against.
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    const double span = std::max(high - low, 1.0);
    const double bottom = low - kHeadroom * span;
    const double top = high + kHeadroom * span;
    QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    if (hasZeros) {
        const double breakAt = bottom - kBreakGap * span;
        panel.zeroRow = breakAt - kZeroBand * span;
        panel.ticker->setZeroRow(*panel.zeroRow, breakAt);
        y->setRange(*panel.zeroRow - 0.05 * span, top);
        panel.axisBreak = new QCPItemStraightLine(this);
        panel.axisBreak->setClipAxisRect(panel.rect);
        for (QCPItemPosition* p : {panel.axisBreak->point1, panel.axisBreak->point2}) {
            p->setAxes(panel.rect->axis(QCPAxis::atBottom), y);
        }
        panel.axisBreak->point1->setCoords(0, breakAt);
        panel.axisBreak->point2->setCoords(1, breakAt);
        panel.axisBreak->setPen(QPen(m_theme.palette.axis, 1, Qt::DashLine));
    } else {
        panel.zeroRow.reset();
        panel.ticker->clearZeroRow();
        panel.axisBreak = nullptr;
        y->setRange(bottom, top);
    }
}

void DepthPlot::addThresholdLine(double log10Value, const QString& caption)
{
    QCPAxis* x = m_gradient.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_gradient.rect->axis(QCPAxis::atLeft);
    // Over hundreds of decades the line would sit on top of the "1" line and say nothing; the labels on
    // the curves still name where they cross.
    if (!y->range().contains(log10Value) || std::fabs(log10Value) < 0.04 * y->range().size()) return;
    auto* line = new QCPItemStraightLine(this);
    line->setClipAxisRect(m_gradient.rect);
    for (QCPItemPosition* p : {line->point1, line->point2}) p->setAxes(x, y);
    line->point1->setCoords(0, log10Value);
    line->point2->setCoords(1, log10Value);
    line->setPen(QPen(m_theme.palette.axis, 1, Qt::DotLine));

    auto* text = new QCPItemText(this);
    text->setClipAxisRect(m_gradient.rect);
    text->position->setAxes(x, y);
    text->position->setAxisRect(m_gradient.rect);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setTypeY(QCPItemPosition::ptPlotCoords);
    text->position->setCoords(0.995, log10Value);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    text->setText(caption);
    QFont font = this->font();
    font.setPointSizeF(m_theme.fontPointSize * 0.95);
    text->setFont(font);
    text->setColor(m_theme.palette.text);
    m_captions.push_back(text);
}

void DepthPlot::addLabel(const QString& text, double layer, double value, const QColor& color)
{
    QCPAxis* x = m_gradient.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_gradient.rect->axis(QCPAxis::atLeft);
    auto* marker = new QCPItemTracer(this);
    marker->setClipAxisRect(m_gradient.rect);
    marker->position->setAxes(x, y);
    marker->position->setCoords(layer, value);
    marker->setStyle(QCPItemTracer::tsCircle);
    marker->setSize(m_theme.ringSize);
    marker->setPen(QPen(color, m_theme.ringWidth));
    marker->setBrush(Qt::NoBrush);

    auto* label = new QCPItemText(this);
    label->setClipToAxisRect(false);
    label->setLayer(QStringLiteral("legend"));
    label->position->setType(QCPItemPosition::ptAbsolute);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    styleAnnotation(*label, m_theme);
    label->setColor(m_theme.monochrome ? m_theme.palette.text : color);
    label->setPen(QPen(m_theme.monochrome ? m_theme.palette.frame : color, 1));
    label->setText(text);
    m_labels.push_back({label, marker});
}

void DepthPlot::addZeroLabel(Panel& panel, const QString& text)
{
    panel.zeroLabel = nullptr;
    if (!panel.zeroRow || text.isEmpty()) return;
    auto* label = new QCPItemText(this);
    label->setClipAxisRect(panel.rect);
    label->position->setAxes(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
    label->position->setAxisRect(panel.rect);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    // Along the "0" row, at its right end: the dead layers' markers start at the left.
    label->position->setCoords(0.995, *panel.zeroRow);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
    styleAnnotation(*label, m_theme);
    label->setText(text);
    panel.zeroLabel = label;
}

QString DepthPlot::valuesAt(QPointF pixel) const
{
    if (m_series.empty() || m_series.front().layers.empty()) return {};
    const double at = m_gradient.rect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    const auto layers = static_cast<double>(m_series.front().layers.size());
    const auto l = static_cast<std::size_t>(std::clamp(std::round(at), 1.0, layers));
    QString text = tr("function") + QStringLiteral("\tl\t\u2202h\u2097/\u2202x\tlog\u2081\u2080|\u2202h\u2097/"
                                                   "\u2202x|\tw\u2097\u00b7act\u2032(z\u2097)\n");
    for (const DepthSeries& series : m_series) {
        if (l > series.layers.size()) continue;
        const DepthLayer& layer = series.layers[l - 1];
        text += toQString(series.activation->id) + u'\t' + QString::number(l) + u'\t' +
                roundTripText(layer.gradient) + u'\t' + roundTripText(layer.log10AbsGradient()) + u'\t' +
                roundTripText(layer.factor) + u'\n';
    }
    return text;
}

void DepthPlot::render(const DepthState& state, const DepthNumbers& numbers)
{
    m_series = numbers.series;
    clearGraphs();
    clearItems();
    m_gradient.zeroLabel = nullptr;
    m_factor.zeroLabel = nullptr;
    m_labels.clear();
    m_captions.clear();
    const double layers = static_cast<double>(state.layers);
    for (Panel* panel : {&m_gradient, &m_factor}) {
        // Half a layer of room either side, so the first and last points are not on the frame.
        panel->rect->axis(QCPAxis::atBottom)->setRange(0.5, layers + 0.5);
    }

    // The sigmoid bound is drawn when sigmoid is: it is a statement about sigmoid chains.
    const bool showBound = std::any_of(numbers.series.begin(), numbers.series.end(),
                                       [](const DepthSeries& s) { return s.activation->id == "sigmoid"; });

    Extent gradientExtent;
    Extent factorExtent;
    for (const DepthSeries& series : numbers.series) {
        for (const DepthLayer& layer : series.layers) {
            if (layer.isExactZero())
                gradientExtent.hasZeros = true;
            else
                gradientExtent.add(layer.log10AbsGradient());
            if (layer.factorIsExactZero())
                factorExtent.hasZeros = true;
            else
                factorExtent.add(layer.log10AbsFactor());
        }
    }
    if (showBound) {
        for (const SigmoidBound& bound : numbers.sigmoidBound) {
            gradientExtent.add(bound.log10Bound());
            factorExtent.add(bound.log10MaxFactor());
            if (!std::isfinite(bound.logBound)) gradientExtent.hasZeros = true;
            if (!std::isfinite(bound.logMaxFactor)) factorExtent.hasZeros = true;
        }
    }
    const auto finiteOr = [](double v, double fallback) { return std::isfinite(v) ? v : fallback; };
    fitRange(m_gradient, finiteOr(gradientExtent.low, 0.0), finiteOr(gradientExtent.high, 0.0),
             gradientExtent.hasZeros);
    fitRange(m_factor, finiteOr(factorExtent.low, 0.0), finiteOr(factorExtent.high, 0.0),
             factorExtent.hasZeros);

    QVector<double> keys;
    QVector<double> values;
    QVector<double> zeroKeys;
    QVector<double> zeroValues;
    QVector<double> pathKeys;
    QVector<double> pathValues;
    // One panel's worth of one series. `line` (named: the key, exported data) holds the log₁₀ values
    // only; exact zeros go to `zeros`, markers on the panel's "0" row; `path` joins both, so the curve is
    // seen to drop to 0 rather than stop.
    const auto fill = [&](QCPGraph* line, QCPGraph* zeros, QCPGraph* path, const Panel& panel, auto&& logOf,
                          auto&& isZero, std::size_t count) {
        keys.clear();
        values.clear();
        zeroKeys.clear();
        zeroValues.clear();
        pathKeys.clear();
        pathValues.clear();
        for (std::size_t i = 0; i < count; ++i) {
            const double l = static_cast<double>(i + 1);
            if (isZero(i)) {
                if (!panel.zeroRow) continue;
                zeroKeys << l;
                zeroValues << *panel.zeroRow;
                pathKeys << l;
                pathValues << *panel.zeroRow;
            } else if (const double v = logOf(i); std::isfinite(v)) {
                keys << l;
                values << v;
                pathKeys << l;
                pathValues << v;
            }
        }
        line->setData(keys, values, true);
        if (zeros) zeros->setData(zeroKeys, zeroValues, true);
        if (path) path->setData(pathKeys, pathValues, true);
    };

    QStringList gradientZeroText;
    QStringList factorZeroText;
    for (std::size_t s = 0; s < numbers.series.size(); ++s) {
        const DepthSeries& series = numbers.series[s];
        const QString id = toQString(series.activation->id);
        const QString name = coreText(series.activation->name);
        const QColor color = seriesColor(s);
        QPen pen = m_theme.seriesPen(s, false);
        pen.setCapStyle(Qt::RoundCap);
        const QCPScatterStyle points(kShapes[s % kShapes.size()], color, m_theme.palette.background,
                                     m_theme.dataPointSize);
        const QCPScatterStyle zeroPoints(QCPScatterStyle::ssCross, QPen(color, 2.0), Qt::NoBrush,
                                         m_theme.markerSize);

        for (Panel* panel : {&m_gradient, &m_factor}) {
            const bool gradient = panel == &m_gradient;
            const bool hasZeros =
                std::any_of(series.layers.begin(), series.layers.end(), [&](const DepthLayer& layer) {
                    return gradient ? layer.isExactZero() : layer.factorIsExactZero();
                });
            QCPGraph* path = nullptr;
            if (hasZeros) {
                path = addPanelGraph(*panel, gradient ? Role::GradientPath : Role::FactorPath, id);
                path->setPen(pen);
                path->removeFromLegend();
            }
            QCPGraph* line = addPanelGraph(*panel, gradient ? Role::Gradient : Role::Factor, id);
            // The factor curves are not in the key (the gradient curves name the colours), but exported
            // data tells the two panels apart by name.
            line->setName(gradient ? name : tr("%1 factor").arg(name));
            line->setPen(pen);
            // A gradient that reaches 0 stays 0, so its nonzero points are a run from l = 1 and the line
            // through them never bridges a zero. Factors can be 0 at scattered layers: there only the
            // path, which dips to the "0" row, may draw the line.
            line->setLineStyle(gradient || !hasZeros ? QCPGraph::lsLine : QCPGraph::lsNone);
            line->setScatterStyle(points);
            if (!gradient) line->removeFromLegend();
            QCPGraph* zeros = nullptr;
            if (hasZeros) {
                zeros = addPanelGraph(*panel, gradient ? Role::GradientZeros : Role::FactorZeros, id);
                zeros->setLineStyle(QCPGraph::lsNone);
                zeros->setScatterStyle(zeroPoints);
                zeros->removeFromLegend();
            }
            if (gradient) {
                fill(
                    line, zeros, path, *panel,
                    [&](std::size_t i) { return series.layers[i].log10AbsGradient(); },
                    [&](std::size_t i) { return series.layers[i].isExactZero(); }, series.layers.size());
            } else {
                fill(
                    line, zeros, path, *panel,
                    [&](std::size_t i) { return series.layers[i].log10AbsFactor(); },
                    [&](std::size_t i) { return series.layers[i].factorIsExactZero(); },
                    series.layers.size());
            }
        }

        // Name the first layer where the gradient has vanished, exploded or died; a gradient that did none
        // of these is named at the last layer with its value, so "relu holds" reads off the figure.
        bool crossed = false;
        for (std::size_t i = 0; i < series.layers.size() && !crossed; ++i) {
            const DepthLayer& layer = series.layers[i];
            const double l = static_cast<double>(i + 1);
            if (layer.isExactZero()) {
                const bool cutByWeight = layer.weight == 0.0;
                gradientZeroText << (cutByWeight ? tr("%1: 0 from l = %2 (w = 0)")
                                                 : tr("%1: 0 (dead) from l = %2"))
                                        .arg(name)
                                        .arg(i + 1);
                crossed = true;
            } else if (layer.log10AbsGradient() < kVanishedLog10) {
                addLabel(tr("%1 vanished (< 10⁻⁸) at l = %2").arg(name).arg(i + 1), l,
                         layer.log10AbsGradient(), color);
                crossed = true;
            } else if (layer.log10AbsGradient() > kExplodedLog10) {
                addLabel(tr("%1 exploded (> 10⁸) at l = %2").arg(name).arg(i + 1), l,
                         layer.log10AbsGradient(), color);
                crossed = true;
            }
        }
        if (!crossed && !series.layers.empty()) {
            const DepthLayer& last = series.layers.back();
            const bool exactlyOne =
                std::all_of(series.layers.begin(), series.layers.end(),
                            [](const DepthLayer& layer) { return layer.gradient == 1.0; });
            addLabel(exactlyOne ? tr("%1: exactly 1 at every layer").arg(name)
                                : tr("%1: %2 at l = %3")
                                      .arg(name, compactText(last.gradient, kGradientDigits))
                                      .arg(series.layers.size()),
                     layers, last.log10AbsGradient(), color);
        }
        const auto deadFactor =
            std::find_if(series.layers.begin(), series.layers.end(),
                         [](const DepthLayer& layer) { return layer.factorIsExactZero(); });
        if (deadFactor != series.layers.end()) {
            const auto count =
                std::count_if(series.layers.begin(), series.layers.end(),
                              [](const DepthLayer& layer) { return layer.factorIsExactZero(); });
            factorZeroText << tr("%1: 0 (dead) at %2 of %n layers", nullptr,
                                 static_cast<int>(series.layers.size()))
                                  .arg(name)
                                  .arg(count);
        }
    }

    if (showBound) {
        QCPGraph* bound = addPanelGraph(m_gradient, Role::Bound, {});
        // Short, so that a key wrapped into rows keeps columns of like width.
        bound->setName(state.randomized ? tr("σ bound ∏ 0.25·|wₖ|") : tr("σ bound 0.25ˡ·|w|ˡ"));
        // Long dashes, and grey in print, where the series themselves are black and dashed.
        QPen pen(m_theme.palette.referenceLine, m_theme.guideWidth);
        pen.setDashPattern({6.0, 3.0});
        bound->setPen(pen);
        // A single layer is a single point, which a line alone would not show.
        const QCPScatterStyle lonePoint(state.layers == 1 ? QCPScatterStyle::ssPlus : QCPScatterStyle::ssNone,
                                        pen.color(), m_theme.markerSize);
        bound->setScatterStyle(lonePoint);
        QCPGraph* maxFactor = addPanelGraph(m_factor, Role::MaxFactor, {});
        maxFactor->setName(tr("sigmoid's largest factor 0.25·|wₗ|"));
        maxFactor->setPen(pen);
        maxFactor->setScatterStyle(lonePoint);
        maxFactor->removeFromLegend();
        const std::size_t count = numbers.sigmoidBound.size();
        fill(
            bound, nullptr, nullptr, m_gradient,
            [&](std::size_t i) { return numbers.sigmoidBound[i].log10Bound(); },
            [&](std::size_t i) { return !std::isfinite(numbers.sigmoidBound[i].logBound); }, count);
        fill(
            maxFactor, nullptr, nullptr, m_factor,
            [&](std::size_t i) { return numbers.sigmoidBound[i].log10MaxFactor(); },
            [&](std::size_t i) { return !std::isfinite(numbers.sigmoidBound[i].logMaxFactor); }, count);
    }

    addThresholdLine(kVanishedLog10, tr("10⁻⁸: vanished"));
    addThresholdLine(kExplodedLog10, tr("10⁸: exploded"));
    addZeroLabel(m_gradient, gradientZeroText.join(QStringLiteral("   ")));
    addZeroLabel(m_factor, factorZeroText.join(QStringLiteral("   ")));

    QString weights = state.randomized ? tr("wₗ ∈ [%1, %2),  bₗ ∈ [%3, %4),  seed %5")
                                             .arg(compactText(state.weight - state.spread, kTitleDigits),
                                                  compactText(state.weight + state.spread, kTitleDigits),
                                                  compactText(state.bias - state.spread, kTitleDigits),
                                                  compactText(state.bias + state.spread, kTitleDigits))
                                             .arg(state.seed)
                                       : tr("w = %1,  b = %2")
                                             .arg(compactText(state.weight, kTitleDigits),
                                                  compactText(state.bias, kTitleDigits));
    m_title->setText(tr("Gradient through L = %n layers:  x = %1,  %2", nullptr, state.layers)
                         .arg(compactText(state.x, kTitleDigits), weights));
    m_factorTitle->setText(showBound
                               ? tr("Factor per layer |wₗ·act′(zₗ)|, zₗ = wₗ·hₗ₋₁ + bₗ: below 1 the gradient "
                                    "shrinks.  Dashed: sigmoid's largest factor, 0.25·|wₗ|")
                               : tr("Factor per layer |wₗ·act′(zₗ)|, zₗ = wₗ·hₗ₋₁ + bₗ: below 1 the gradient "
                                    "shrinks, above 1 it grows"));
    if (numbers.series.empty()) {
        auto* hint = new QCPItemText(this);
        hint->setClipAxisRect(m_gradient.rect);
        hint->position->setAxisRect(m_gradient.rect);
        hint->position->setType(QCPItemPosition::ptAxisRectRatio);
        hint->position->setCoords(0.5, 0.5);
        hint->setText(tr("Tick an activation to see its gradient through the layers."));
        styleAnnotation(*hint, m_theme);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void DepthPlot::fitLegend()
{
    // As many entries per row as fit the width (the figure must never grow to fit its key), and the key
    // no wider than its entries, so the spacers either side can centre it.
    const int available = std::max(viewport().width() - 40, 100);
    const int entries = std::max(legend->itemCount(), 1);
    for (int perRow = entries; perRow >= 1; --perRow) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        if (legend->minimumOuterSizeHint().width() <= available) break;
    }
    legend->setMaximumSize(legend->minimumOuterSizeHint().width(), QWIDGETSIZE_MAX);
}

QSize DepthPlot::minimumSizeHint() const
{
    return {420, 360};
}

QSize DepthPlot::sizeHint() const
{
    return {1000, 720};
}

void DepthPlot::placeLabels()
{
    const auto sizeOf = [](const QCPItemText& text) {
        const QMargins padding = text.padding();
        return QSizeF(QFontMetrics(text.font()).boundingRect(text.text()).size())
                   .grownBy(QMarginsF(padding)) +
               QSizeF(2, 2);
    };
    // What the labels must not cover: the "0" row's own label and the threshold captions (both drawn
    // left of their right-edge anchor).
    std::vector<QRectF> taken;
    if (m_gradient.zeroLabel) {
        const QPointF at = m_gradient.zeroLabel->position->pixelPosition();
        const QSizeF size = sizeOf(*m_gradient.zeroLabel);
        taken.emplace_back(QPointF(at.x() - size.width(), at.y() - size.height() / 2), size);
    }
    for (const QCPItemText* caption : m_captions) {
        const QPointF at = caption->position->pixelPosition();
        const QSizeF size = sizeOf(*caption);
        taken.emplace_back(QPointF(at.x() - size.width(), at.y() - size.height()), size);
    }
    // Every point drawn in the panel, and every labelled marker.
    std::vector<QPointF> points;
    for (int g = 0; g < graphCount(); ++g) {
        const QCPGraph* graph = QCustomPlot::graph(g);
        if (graph->keyAxis()->axisRect() != m_gradient.rect) continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            points.push_back(graph->coordsToPixels(it->key, it->value));
    }
    std::vector<QPointF> markers;
    std::vector<LabelRequest> requests;
    for (const Label& label : m_labels) {
        markers.push_back(label.marker->position->pixelPosition());
        requests.push_back({markers.back(), sizeOf(*label.text)});
    }
    const QRectF area = QRectF(m_gradient.rect->rect()).adjusted(4, 4, -4, -4);
    const std::vector<QPointF> placed =
        actlab::placeLabels(area, std::move(taken), points, markers, requests);
    for (std::size_t i = 0; i < m_labels.size(); ++i) m_labels[i].text->position->setCoords(placed[i]);
}

}  // namespace actlab
