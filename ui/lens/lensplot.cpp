#include "ui/lens/lensplot.h"

#include "core/activation.h"
#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotstyle.h"
#include "ui/common/wrappedlayout.h"
#include "ui/lens/ulpticker.h"

#include <QFontMetrics>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <tuple>
#include <utility>

namespace actlab {

namespace {

using expression::Failure;
using expression::LensError;
using expression::Precision;

/// Lines through at most about this many points per curve: each point drawn is the largest error of
/// a run of neighbouring samples, so a curve stays a line rather than a band of noise.
constexpr std::size_t kMostDrawnPoints = 600;
/// Height of one format's lane in the failure strip, in device-independent pixels at 11 pt.
constexpr double kLaneHeight = 13.0;
/// The least height of an error panel, in device-independent pixels at 11 pt.
constexpr double kLeastPanelHeight = 120.0;
/// The gap between lanes, as a fraction of one, so that neighbouring formats' bands read apart.
constexpr double kLaneGap = 0.12;
/// Room above and below the data in log₁₀ units, and where the breaks of the axis sit.
constexpr double kHeadroom = 0.45;
constexpr double kZeroBreak = -0.5;
constexpr double kInfinityGap = 1.3;
/// How many threshold sentences, and parts of one, are written out before "and n more".
constexpr int kMostSentences = 6;
constexpr int kMostParts = 3;

/// The overlays' dash patterns, in order; the examined form is solid.
constexpr std::array<Qt::PenStyle, 3> kOverlayStyles{Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

const std::vector<LensError>& errorsOf(const expression::Lens& lens, bool derivative, Precision precision)
{
    return derivative ? lens.df[std::size_t(precision)] : lens.f[std::size_t(precision)];
}

bool determined(const expression::Lens& lens, std::size_t i, bool derivative)
{
    return derivative ? lens.truth[i].df.determined : lens.truth[i].f.determined;
}

/// The largest error over the points whose truth is known, ∞ included.
double worstError(const expression::Lens& lens, bool derivative, Precision precision)
{
    const std::vector<LensError>& errors = errorsOf(lens, derivative, precision);
    double worst = 0;
    for (std::size_t i = 0; i < errors.size(); ++i) {
        if (determined(lens, i, derivative) && !std::isnan(errors[i].ulps))
            worst = std::max(worst, errors[i].ulps);
    }
    return worst;
}

QString worstText(double ulps)
{
    return std::isinf(ulps) ? QStringLiteral("∞") : compactText(ulps, 2);
}

QString precisionText(Precision precision)
{
    return toQString(expression::precisionName(precision));
}

std::optional<LensPlot::Band::Kind> bandKind(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return std::nullopt;
    case Failure::Overflow:
        return LensPlot::Band::Kind::Overflow;
    case Failure::Underflow:
        return LensPlot::Band::Kind::Underflow;
    case Failure::NotANumber:
        return LensPlot::Band::Kind::NotANumber;
    }
    return std::nullopt;
}

std::vector<Precision> shownPrecisions(const LensState& state)
{
    std::vector<Precision> shown;
    for (const Precision precision : expression::kPrecisions) {
        if (state.precisions[std::size_t(precision)]) shown.push_back(precision);
    }
    return shown;
}

/// Where `lens` fails in each of the `shown` formats, in f or f′, and where its truth is undetermined.
/// A span begins and ends at the threshold core found between two points where there is one, else
/// halfway between them, and at the range's ends.
std::vector<LensPlot::Band> failureBands(const expression::Lens& lens, bool derivative,
                                         const std::vector<Precision>& shown)
{
    using Band = LensPlot::Band;
    std::vector<Band> bands;
    const std::vector<double>& x = lens.x;
    const std::size_t points = x.size();
    const auto edges = [&](std::size_t first, std::size_t last,
                           const std::function<bool(const expression::LensThreshold&, bool)>& matches) {
        double from = x.front();
        double to = x.back();
        if (first > 0) {
            from = (x[first - 1] + x[first]) / 2;
            for (const expression::LensThreshold& t : lens.thresholds) {
                if (matches(t, true) && t.x > x[first - 1] && t.x <= x[first]) from = t.x;
            }
        }
        if (last + 1 < points) {
            to = (x[last] + x[last + 1]) / 2;
            for (const expression::LensThreshold& t : lens.thresholds) {
                if (matches(t, false) && t.x > x[last] && t.x <= x[last + 1]) to = t.x;
            }
        }
        return std::pair{from, to};
    };
    for (const Precision precision : shown) {
        const std::vector<LensError>& errors = errorsOf(lens, derivative, precision);
        for (std::size_t i = 0; i < points;) {
            std::size_t j = i;
            while (j + 1 < points && errors[j + 1].failure == errors[i].failure) ++j;
            if (const std::optional<Band::Kind> kind = bandKind(errors[i].failure)) {
                const Failure failure = errors[i].failure;
                const auto [from, to] = edges(i, j, [&](const expression::LensThreshold& t, bool entering) {
                    return t.precision == precision && t.derivative == derivative && t.failure == failure &&
                           t.entering == entering;
                });
                bands.push_back({derivative, precision, *kind, from, to});
            }
            i = j + 1;
        }
    }
    for (std::size_t i = 0; i < points;) {
        if (determined(lens, i, derivative)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < points && !determined(lens, j + 1, derivative)) ++j;
        const double from = i > 0 ? (x[i - 1] + x[i]) / 2 : x.front();
        const double to = j + 1 < points ? (x[j] + x[j + 1]) / 2 : x.back();
        bands.push_back({derivative, Precision::Float64, Band::Kind::Undetermined, from, to});
        i = j + 1;
    }
    return bands;
}

}  // namespace

LensPlot::LensPlot(QWidget* parent) : BufferReleasingPlot(parent)
{
    setObjectName(QStringLiteral("lensFigure"));
    setAccessibleName(tr("Numerics lens"));
    setAccessibleDescription(
        tr("The error in ulps of f or f′ evaluated as written in float64, float32 and bfloat16 against a "
           "rigorous reference, on a log scale, with the spans where each format overflows, underflows "
           "to 0 or gives NaN shaded in a strip below"));
    setFocusPolicy(Qt::NoFocus);  // a picture: it takes no keys, so Tab passes it by
    new PlotContextMenu(*this, tr("Copy values at this x"), [this](QPointF at) { return valuesAt(at); });

    // The panels are made by render(); the default axis rect gives up the legend, which gets a row of
    // its own above the panels, where it can never hide a curve.
    QCPAxisRect* initial = axisRect();
    initial->insetLayout()->take(legend);
    plotLayout()->remove(initial);
    plotLayout()->simplify();
    m_title = new WrappedText(this);
    m_title->setTextFlags(Qt::AlignCenter | Qt::TextWordWrap);
    m_subtitle = new WrappedText(this);
    m_subtitle->setTextFlags(Qt::AlignCenter | Qt::TextWordWrap);
    m_thresholds = new WrappedText(this);
    m_thresholds->setTextFlags(Qt::AlignCenter | Qt::TextWordWrap);
    plotLayout()->addElement(0, 0, m_title);
    plotLayout()->addElement(1, 0, m_subtitle);
    plotLayout()->addElement(2, 0, m_thresholds);
    auto* keyRow = new KeyRow([this] { fitLegend(); });
    plotLayout()->addElement(3, 0, keyRow);
    keyRow->addElement(0, 0, new QCPLayoutElement(this));
    keyRow->addElement(0, 1, legend);
    keyRow->addElement(0, 2, new QCPLayoutElement(this));
    keyRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legend->setVisible(true);
    plotLayout()->setRowSpacing(2);
    applyTheme(m_theme);
}

void LensPlot::applyTheme(const Theme& theme)
{
    m_theme = theme;
    stylePlot(*this, m_theme);
    // The key is a row of its own: no frame needed around it.
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    for (QCPTextElement* text : {m_title, m_subtitle, m_thresholds}) {
        QFont font = this->font();
        font.setPointSizeF(m_theme.fontPointSize * (text == m_title ? 13.0 / 11.0 : 1.0));
        font.setBold(text == m_title);
        text->setFont(font);
        text->setTextColor(m_theme.palette.text);
    }
}

QColor LensPlot::precisionColor(Precision precision) const
{
    if (m_theme.monochrome) {
        // Print has one ink: the formats are black, dark grey and light grey.
        switch (precision) {
        case Precision::Float64:
            return m_theme.palette.text;
        case Precision::Float32:
            return m_theme.palette.secondaryInk;
        case Precision::BFloat16:
            return m_theme.palette.hatch;
        }
    }
    return m_theme.palette.series(std::size_t(precision));
}

QColor LensPlot::bandColor(Band::Kind kind) const
{
    const DivergingScale& scale = m_theme.palette.diverging;
    switch (kind) {
    case Band::Kind::Overflow:
        return scale.positiveHalf;
    case Band::Kind::Underflow:
        return scale.negativeHalf;
    case Band::Kind::NotANumber:
        return m_theme.palette.secondaryInk;
    case Band::Kind::Undetermined:
        return m_theme.palette.hatch;
    }
    return m_theme.palette.hatch;
}

QBrush LensPlot::bandBrush(Band::Kind kind) const
{
    // Undetermined is hatched in every theme: it is not a failure of a format but a gap in the truth.
    if (kind == Band::Kind::Undetermined) return QBrush(bandColor(kind), Qt::BDiagPattern);
    if (m_theme.monochrome && kind == Band::Kind::Overflow) return QBrush(bandColor(kind), Qt::Dense3Pattern);
    return QBrush(bandColor(kind));
}

void LensPlot::buildPanels(LensPanels panels)
{
    if (m_builtFor == panels) return;
    for (Panel& panel : m_panels) {
        plotLayout()->remove(panel.rect);
        plotLayout()->remove(panel.strip);
    }
    m_panels.clear();
    plotLayout()->simplify();
    delete m_margins;
    m_margins = new QCPMarginGroup(this);

    std::vector<bool> quantities;
    if (panels != LensPanels::Derivative) quantities.push_back(false);
    if (panels != LensPanels::Value) quantities.push_back(true);
    QList<double> stretch{0.001, 0.001, 0.001, 0.001};
    for (const bool derivative : quantities) {
        Panel panel;
        panel.derivative = derivative;
        panel.rect = new QCPAxisRect(this);
        panel.strip = new QCPAxisRect(this);
        const int row = plotLayout()->rowCount();
        plotLayout()->addElement(row, 0, panel.rect);
        plotLayout()->addElement(row + 1, 0, panel.strip);
        stretch << 1.0 << 0.001;
        for (QCPAxisRect* rect : {panel.rect, panel.strip}) {
            rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
            // A rect made now lands on the current layer, "main"; its background goes under everything
            // (the overlays' layer included), its grid and axes where the first rect's are.
            rect->setLayer(QStringLiteral("background"));
            for (QCPAxis* axis : rect->axes()) {
                axis->setLayer(QStringLiteral("axes"));
                axis->grid()->setLayer(QStringLiteral("grid"));
            }
            rect->setupFullAxesBox(false);
            rect->axis(QCPAxis::atTop)->setVisible(false);
            rect->axis(QCPAxis::atRight)->setVisible(false);
        }
        panel.rect->setMinimumSize(0, int(std::lround(kLeastPanelHeight * m_theme.fontPointSize / 11.0)));
        panel.ticker = QSharedPointer<UlpTicker>::create();
        QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
        y->setTicker(panel.ticker);
        y->setLabel(derivative ? tr("f′ error (ulps)") : tr("f error (ulps)"));
        // The strip below names the x axis; the panel keeps its ticks and grid.
        panel.rect->axis(QCPAxis::atBottom)->setTickLabels(false);
        panel.strip->axis(QCPAxis::atBottom)->setLabel(QStringLiteral("x"));
        panel.strip->axis(QCPAxis::atLeft)->grid()->setVisible(false);
        panel.strip->setRangeDrag(Qt::Orientations());
        panel.strip->setRangeZoom(Qt::Orientations());
        m_panels.push_back(std::move(panel));
    }
    plotLayout()->setRowStretchFactors(stretch);
    m_builtFor = panels;
    applyTheme(m_theme);  // the new axes
}

void LensPlot::render(const LensState& state, const LensNumbers& numbers, bool busy)
{
    m_state = state;
    m_numbers = numbers;
    clearPlottables();
    clearItems();
    m_bands.clear();
    buildPanels(state.panels);

    for (Panel& panel : m_panels) {
        fillPanel(panel, state, numbers);
        drawStrip(panel, state, numbers);
    }
    addBandKeys(state);

    // The title says what is measured; the subtitle how each form computes it and on what range.
    const QString quantity = state.panels == LensPanels::Both    ? tr("f and f′")
                             : state.panels == LensPanels::Value ? QStringLiteral("f")
                                                                 : QStringLiteral("f′");
    const Activation* activation = findActivation(state.activationId);
    m_title->setText(
        state.typed ? tr("Numerics lens: %1 of %2, evaluated as written")
                          .arg(quantity, withTypographicMinus(QString::fromStdString(state.formula)))
        : activation != nullptr ? tr("Numerics lens: %1 of %2 as the %3 form computes it")
                                      .arg(quantity, coreText(activation->name), formName(state.form))
                                : QString());
    QStringList lines;
    for (std::size_t s = 0; s < numbers.series.size(); ++s) {
        const LensSeries& series = numbers.series[s];
        const QString formulas =
            tr("f = %1;  f′ = %2")
                .arg(readableFormula(series.text, false), readableFormula(series.text, true));
        if (state.typed) {
            lines << formulas;
            continue;
        }
        static const std::array<const char*, 3> dashNames{QT_TR_NOOP("dashed"), QT_TR_NOOP("dotted"),
                                                          QT_TR_NOOP("dash-dotted")};
        const QString line = s == 0 ? tr("solid") : tr(dashNames[(s - 1) % dashNames.size()]);
        lines << tr("%1 (%2): %3").arg(formName(series.form), line, formulas);
    }
    QString sampling = tr("Error in ulps against Arb's correctly rounded value (log scale; 0 drawn at 0.1), "
                          "x in [%1, %2], %n points",
                          nullptr, state.points)
                           .arg(compactText(state.from, 6), compactText(state.to, 6));
    QStringList parameters;
    for (std::size_t i = 0; i < numbers.parameterNames.size() && i < numbers.parameters.size(); ++i)
        parameters << QStringLiteral("%1 = %2").arg(QString::fromStdString(numbers.parameterNames[i]),
                                                    compactText(numbers.parameters[i], 6));
    if (!parameters.isEmpty()) sampling += QStringLiteral(";  ") + parameters.join(QStringLiteral(", "));
    lines << sampling;
    if (busy || numbers.empty()) lines << tr("Computing…");
    m_subtitle->setText(lines.join(u'\n'));
    m_thresholds->setText(thresholdSentences(state, numbers));
    replot(QCustomPlot::rpQueuedReplot);
}

void LensPlot::fillPanel(Panel& panel, const LensState& state, const LensNumbers& numbers)
{
    const bool derivative = panel.derivative;
    const std::vector<Precision> shown = shownPrecisions(state);
    for (QCPAxisRect* rect : {panel.rect, panel.strip})
        rect->axis(QCPAxis::atBottom)->setRange(state.from, state.to);

    // The rows: decades up to the largest finite error, and "∞" above a break if any is infinite.
    double highest = 1.0;
    bool infinite = false;
    for (const LensSeries& series : numbers.series) {
        for (const Precision precision : shown) {
            for (const LensError& e : errorsOf(*series.lens, derivative, precision)) {
                if (std::isinf(e.ulps))
                    infinite = true;
                else if (e.ulps > 0)
                    highest = std::max(highest, std::log10(e.ulps));
            }
        }
    }
    const double topDecade = std::ceil(highest - 1e-9);
    panel.infinityRow = infinite ? std::optional<double>(topDecade + kInfinityGap) : std::nullopt;
    panel.ticker->setRows(kZeroRow, topDecade, panel.infinityRow);
    QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    y->setRange(kZeroRow - kHeadroom, (infinite ? *panel.infinityRow : std::max(highest, 1.0)) + kHeadroom);
    addBreak(panel, kZeroBreak);
    if (infinite) addBreak(panel, topDecade + kInfinityGap / 2);

    const auto rowOf = [&](double ulps) {
        if (std::isinf(ulps)) return *panel.infinityRow;
        return ulps <= 0 ? kZeroRow : std::max(std::log10(ulps), kZeroRow);
    };

    panel.graphs.assign(numbers.series.size(), {nullptr, nullptr, nullptr});
    const bool inKey = &panel == &m_panels.front();
    QVector<double> keys;
    QVector<double> values;
    // The examined form first in the key; the overlays are drawn on a layer under it.
    for (std::size_t s = 0; s < numbers.series.size(); ++s) {
        const LensSeries& series = numbers.series[s];
        const expression::Lens& lens = *series.lens;
        const std::size_t points = lens.x.size();
        const std::size_t run = std::max<std::size_t>(1, (points + kMostDrawnPoints - 1) / kMostDrawnPoints);
        for (const Precision precision : shown) {
            const std::vector<LensError>& errors = errorsOf(lens, derivative, precision);
            keys.clear();
            values.clear();
            for (std::size_t first = 0; first < points; first += run) {
                const std::size_t last = std::min(points, first + run);
                std::optional<std::size_t> worst;
                for (std::size_t i = first; i < last; ++i) {
                    if (std::isnan(errors[i].ulps)) continue;
                    if (!worst || errors[i].ulps > errors[*worst].ulps) worst = i;
                }
                // A run where the truth is unknown has no error to draw (the strip marks it).
                if (!worst) continue;
                keys << lens.x[*worst];
                values << rowOf(errors[*worst].ulps);
            }
            QCPGraph* graph = addGraph(panel.rect->axis(QCPAxis::atBottom), y);
            if (s > 0) graph->setLayer(overlayLayer());
            panel.graphs[s][std::size_t(precision)] = graph;
            QPen pen(precisionColor(precision),
                     s == 0 ? m_theme.curveWidth * 0.8 : m_theme.derivativeWidth * 0.8);
            pen.setStyle(s == 0 ? Qt::SolidLine : kOverlayStyles[(s - 1) % kOverlayStyles.size()]);
            pen.setJoinStyle(Qt::RoundJoin);
            graph->setPen(pen);
            graph->setData(keys, values, true);
            const QString who = state.typed
                                    ? precisionText(precision)
                                    : tr("%1, %2").arg(formName(series.form), precisionText(precision));
            const double worst = worstError(lens, derivative, precision);
            if (state.panels == LensPanels::Both) {
                const double other = worstError(lens, !derivative, precision);
                graph->setName(tr("%1: worst %2 ulps in f, %3 in f′")
                                   .arg(who, worstText(derivative ? other : worst),
                                        worstText(derivative ? worst : other)));
            } else {
                graph->setName(tr("%1: worst %2 ulps").arg(who, worstText(worst)));
            }
            if (!inKey) {
                graph->removeFromLegend();
                // Exported data tells the panels apart by name.
                graph->setName(tr("%1 (f′ panel)").arg(graph->name()));
            }
        }
    }
    if (shown.empty()) addHint(panel, tr("Tick a format to see its error."));
}

QCPLayer* LensPlot::overlayLayer()
{
    const QString name = QStringLiteral("lensOverlays");
    if (QCPLayer* existing = layer(name)) return existing;
    addLayer(name, layer(QStringLiteral("main")), QCustomPlot::limBelow);
    return layer(name);
}

void LensPlot::addBreak(const Panel& panel, double y)
{
    auto* line = new QCPItemStraightLine(this);
    line->setClipAxisRect(panel.rect);
    for (QCPItemPosition* p : {line->point1, line->point2})
        p->setAxes(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(m_state.from, y);
    line->point2->setCoords(m_state.to, y);
    // Quieter than any series, dashed or not: it marks a jump in the axis, not data.
    QPen pen(m_theme.palette.frame, 1);
    pen.setDashPattern({2.0, 5.0});
    line->setPen(pen);
}

void LensPlot::addHint(const Panel& panel, const QString& text)
{
    auto* hint = new QCPItemText(this);
    hint->setClipAxisRect(panel.rect);
    hint->position->setAxisRect(panel.rect);
    hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint->position->setCoords(0.5, 0.5);
    hint->setText(text);
    styleAnnotation(*hint, m_theme);
}

void LensPlot::addThresholdLine(const Panel& panel, double x, const QColor& color)
{
    for (QCPAxisRect* rect : {panel.rect, panel.strip}) {
        auto* line = new QCPItemStraightLine(this);
        line->setClipAxisRect(rect);
        for (QCPItemPosition* p : {line->point1, line->point2})
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(color, m_theme.guideWidth, Qt::DotLine));
    }
}

void LensPlot::drawStrip(Panel& panel, const LensState& state, const LensNumbers& numbers)
{
    const std::vector<Precision> shown = shownPrecisions(state);
    const auto lanes = static_cast<double>(std::max<std::size_t>(shown.size(), 1));
    const int height = int(std::lround(kLaneHeight * lanes * m_theme.fontPointSize / 11.0));
    panel.strip->setMinimumSize(0, height);
    panel.strip->setMaximumSize(QWIDGETSIZE_MAX, height);
    QCPAxis* y = panel.strip->axis(QCPAxis::atLeft);
    y->setRange(0, lanes);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < shown.size(); ++i)
        ticker->addTick(lanes - double(i) - 0.5, precisionText(shown[i]));
    y->setTicker(ticker);
    y->setTickLength(0, 0);
    QFont small = y->tickLabelFont();
    small.setPointSizeF(m_theme.fontPointSize * 0.85);
    y->setTickLabelFont(small);
    if (numbers.empty()) return;

    const expression::Lens& lens = *numbers.series.front().lens;
    for (const Band& band : failureBands(lens, panel.derivative, shown)) {
        auto* rect = new QCPItemRect(this);
        rect->setClipAxisRect(panel.strip);
        for (QCPItemPosition* p : {rect->topLeft, rect->bottomRight})
            p->setAxes(panel.strip->axis(QCPAxis::atBottom), y);
        // A format's failure in its lane; an unknown truth across every lane, as no format's error is
        // known there.
        const auto lane =
            static_cast<double>(std::find(shown.begin(), shown.end(), band.precision) - shown.begin());
        const bool everyLane = band.kind == Band::Kind::Undetermined;
        rect->topLeft->setCoords(band.from, everyLane ? lanes : lanes - lane - kLaneGap);
        rect->bottomRight->setCoords(band.to, everyLane ? 0.0 : lanes - lane - 1.0 + kLaneGap);
        rect->setPen(Qt::NoPen);
        rect->setBrush(bandBrush(band.kind));
        m_bands.push_back(band);
    }
    // Every form's thresholds, which the sentences above name, once each.
    std::vector<std::pair<Precision, double>> drawn;
    for (const LensSeries& series : numbers.series) {
        for (const expression::LensThreshold& t : series.lens->thresholds) {
            if (t.derivative != panel.derivative || !state.precisions[std::size_t(t.precision)]) continue;
            if (std::find(drawn.begin(), drawn.end(), std::pair{t.precision, t.x}) != drawn.end()) continue;
            drawn.emplace_back(t.precision, t.x);
            addThresholdLine(panel, t.x, precisionColor(t.precision));
        }
    }
    const bool anyBand = std::any_of(m_bands.begin(), m_bands.end(),
                                     [&](const Band& band) { return band.derivative == panel.derivative; });
    if (!anyBand && !shown.empty()) {
        auto* note = new QCPItemText(this);
        note->setClipAxisRect(panel.strip);
        note->position->setAxisRect(panel.strip);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(tr("%1: no overflow, underflow to 0 or NaN on this range")
                          .arg(state.typed ? tr("The typed formula") : formName(state.form)));
        note->setFont(small);
        note->setColor(m_theme.palette.text);
        // On the figure's background, so a threshold line through the strip does not cross the words.
        note->setBrush(QBrush(m_theme.palette.background));
        note->setPadding(QMargins(6, 0, 6, 0));
        note->setLayer(QStringLiteral("legend"));
    }
}

void LensPlot::addBandKeys(const LensState& state)
{
    if (m_panels.empty()) return;
    const Panel& panel = m_panels.front();
    for (const Band::Kind kind :
         {Band::Kind::Overflow, Band::Kind::Underflow, Band::Kind::NotANumber, Band::Kind::Undetermined}) {
        if (std::none_of(m_bands.begin(), m_bands.end(), [&](const Band& band) { return band.kind == kind; }))
            continue;
        // An empty bar chart draws the key's swatch: a filled square, as the strip is filled.
        auto* swatch = new QCPBars(panel.strip->axis(QCPAxis::atBottom), panel.strip->axis(QCPAxis::atLeft));
        swatch->setPen(QPen(m_theme.palette.frame, 1));
        swatch->setBrush(bandBrush(kind));
        // A built-in's bands are its examined form's, which the key says.
        const QString form = formName(state.form);
        switch (kind) {
        case Band::Kind::Overflow:
            swatch->setName(state.typed ? tr("overflow to ±∞") : tr("%1: overflow to ±∞").arg(form));
            break;
        case Band::Kind::Underflow:
            swatch->setName(state.typed ? tr("underflow to 0") : tr("%1: underflow to 0").arg(form));
            break;
        case Band::Kind::NotANumber:
            swatch->setName(state.typed ? tr("NaN") : tr("%1: NaN").arg(form));
            break;
        case Band::Kind::Undetermined:
            swatch->setName(tr("truth undetermined"));
            break;
        }
    }
}

QString LensPlot::thresholdSentences(const LensState& state, const LensNumbers& numbers)
{
    m_thresholdTexts.clear();
    if (numbers.empty()) return {};
    const double start = numbers.series.front().lens->x.front();
    const double end = numbers.series.front().lens->x.back();
    const std::vector<Precision> shown = shownPrecisions(state);
    QStringList sentences;
    // The examined form's failures (those shaded in the strips) first, then each overlay's: one sentence
    // per form, quantity and failure, its parts naming where, format by format.
    for (std::size_t s = 0; s < numbers.series.size(); ++s) {
        const LensSeries& series = numbers.series[s];
        const QString formPrefix = state.typed ? QString() : formName(series.form) + u' ';
        for (const Panel& panel : m_panels) {
            std::map<Band::Kind, QStringList> parts;
            std::vector<Band::Kind> order;
            for (const Band& band : failureBands(*series.lens, panel.derivative, shown)) {
                if (band.kind == Band::Kind::Undetermined) continue;
                if (!parts.count(band.kind)) order.push_back(band.kind);
                const QString format = precisionText(band.precision);
                const QString from = compactText(band.from, 4);
                const QString to = compactText(band.to, 4);
                const bool fromStart = band.from == start;
                const bool toEnd = band.to == end;
                parts[band.kind] << (fromStart && toEnd ? tr("on the whole range in %1").arg(format)
                                     : fromStart        ? tr("below x = %1 in %2").arg(to, format)
                                     : toEnd            ? tr("from x = %1 in %2").arg(from, format)
                                             : tr("from x = %1 to %2 in %3").arg(from, to, format));
            }
            for (const Band::Kind kind : order) {
                QStringList list = parts[kind];
                const auto more = static_cast<int>(list.size()) - kMostParts;
                if (more > 0) {
                    list = list.mid(0, kMostParts);
                    list << tr("and %n more", nullptr, more);
                }
                const QString who =
                    formPrefix + (panel.derivative ? QStringLiteral("f′") : QStringLiteral("f"));
                //: Between the places of one threshold sentence: "from x = 36.74 in float64, from x = 16.64
                //: in …"
                const QString where = list.join(tr(", "));
                switch (kind) {
                case Band::Kind::Overflow:
                    sentences << tr("%1 overflows to ±∞ %2.").arg(who, where);
                    break;
                case Band::Kind::Underflow:
                    sentences << tr("%1 is 0 %2.").arg(who, where);
                    break;
                case Band::Kind::NotANumber:
                    sentences << tr("%1 is NaN %2.").arg(who, where);
                    break;
                case Band::Kind::Undetermined:
                    break;
                }
            }
        }
    }
    m_thresholdTexts = sentences;
    if (sentences.size() > kMostSentences) {
        const auto more = static_cast<int>(sentences.size()) - kMostSentences;
        sentences = sentences.mid(0, kMostSentences);
        sentences << tr("… and %n more", nullptr, more);
    }
    return sentences.join(u'\n');
}

QCPGraph* LensPlot::errorGraph(bool derivative, std::size_t series, Precision precision) const
{
    for (const Panel& panel : m_panels) {
        if (panel.derivative == derivative && series < panel.graphs.size())
            return panel.graphs[series][std::size_t(precision)];
    }
    return nullptr;
}

QCPAxisRect* LensPlot::errorRect(bool derivative) const
{
    for (const Panel& panel : m_panels) {
        if (panel.derivative == derivative) return panel.rect;
    }
    return nullptr;
}

std::optional<double> LensPlot::infinityRow(bool derivative) const
{
    for (const Panel& panel : m_panels) {
        if (panel.derivative == derivative) return panel.infinityRow;
    }
    return std::nullopt;
}

QString LensPlot::titleText() const
{
    return m_title->text();
}

QString LensPlot::subtitleText() const
{
    return m_subtitle->text();
}

QStringList LensPlot::legendTexts() const
{
    QStringList texts;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            texts << item->plottable()->name();
    }
    return texts;
}

QString LensPlot::tickLabel(bool derivative, double tick) const
{
    for (const Panel& panel : m_panels) {
        if (panel.derivative == derivative) return panel.ticker->labelFor(tick);
    }
    return {};
}

QString LensPlot::valuesAt(QPointF pixel) const
{
    if (m_numbers.empty() || m_panels.empty()) return {};
    const expression::Lens& first = *m_numbers.series.front().lens;
    const double at = m_panels.front().rect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    const auto last = static_cast<double>(first.x.size() - 1);
    const double fraction = (at - first.x.front()) / (first.x.back() - first.x.front());
    const auto i = static_cast<std::size_t>(std::clamp(std::round(fraction * last), 0.0, last));
    QString text = tr("form") + u'\t' + tr("format") + QStringLiteral("\tx\t") + tr("quantity") + u'\t' +
                   tr("truth") + u'\t' + tr("computed") + u'\t' + tr("ulps") + u'\t' + tr("failure") + u'\n';
    const auto failureText = [](Failure failure) {
        switch (failure) {
        case Failure::None:
            return QString();
        case Failure::Overflow:
            return QStringLiteral("overflow");
        case Failure::Underflow:
            return QStringLiteral("underflow");
        case Failure::NotANumber:
            return QStringLiteral("nan");
        }
        return QString();
    };
    for (const LensSeries& series : m_numbers.series) {
        const expression::Lens& lens = *series.lens;
        if (i >= lens.x.size()) continue;
        for (const Panel& panel : m_panels) {
            const expression::ReferenceNumber& truth = panel.derivative ? lens.truth[i].df : lens.truth[i].f;
            for (const Precision precision : shownPrecisions(m_state)) {
                const LensError& e = errorsOf(lens, panel.derivative, precision)[i];
                text += (m_state.typed ? QString() : formId(series.form)) + u'\t' + precisionText(precision) +
                        u'\t' + roundTripText(lens.x[i]) + u'\t' +
                        (panel.derivative ? QStringLiteral("df") : QStringLiteral("f")) + u'\t' +
                        (truth.determined ? roundTripText(truth.value) : QStringLiteral("undetermined")) +
                        u'\t' + roundTripText(e.computed) + u'\t' + roundTripText(e.ulps) + u'\t' +
                        failureText(e.failure) + u'\n';
            }
        }
    }
    return text;
}

void LensPlot::fitLegend()
{
    // As many entries per row as fit the width (the figure must never grow to fit its key), and the key
    // no wider than its entries, so the spacers either side can centre it.
    const int available = std::max(viewport().width() - 40, 100);
    // A row per form, a column per format, where the width allows: the key reads as a table.
    const auto formats = static_cast<int>(shownPrecisions(m_state).size());
    const int entries =
        std::max(formats > 0 ? std::min(formats, legend->itemCount()) : legend->itemCount(), 1);
    for (int perRow = entries; perRow >= 1; --perRow) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        if (legend->minimumOuterSizeHint().width() <= available) break;
    }
    legend->setMaximumSize(legend->minimumOuterSizeHint().width(), QWIDGETSIZE_MAX);
}

QSize LensPlot::minimumSizeHint() const
{
    // As tall as the text (wrapped to the width shown) and the panels at their least need: a narrow
    // figure in the presentation font scrolls rather than squeeze its panels flat.
    return {420, std::max(360, plotLayout()->minimumOuterSizeHint().height())};
}

QSize LensPlot::sizeHint() const
{
    return {1000, 720};
}

}  // namespace actlab
