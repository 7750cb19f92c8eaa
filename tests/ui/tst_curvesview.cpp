// The curves figure draws what core computes: f solid and f′ dashed from core's samples bit for bit,
// jumps of f′ as open and closed dots, and every highlight with core's numbers.

#include "core/activation.h"
#include "core/analysis.h"
#include "core/sampling.h"
#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvegraph.h"
#include "ui/curves/curvesview.h"
#include "ui/curves/highlighttext.h"
#include "ui/curves/seriesdrawing.h"

#include "tests/common/exactcompare.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace actlab;

namespace {

const QChar kPrime(0x2032);

CurvesState stateWith(std::vector<std::string> ids, double from = -8.0, double to = 8.0)
{
    CurvesState state;
    state.activationIds = std::move(ids);
    state.selectedId = state.activationIds.empty() ? "sigmoid" : state.activationIds.front();
    state.xFrom = from;
    state.xTo = to;
    return state;
}

struct Samples {
    std::vector<double> x, f, df;
};

Samples coreSamples(const Activation& activation, const ParameterValues& p, double from, double to,
                    std::size_t points)
{
    Samples s;
    s.x.resize(points + kMaxKinks);
    s.f.resize(s.x.size());
    s.df.resize(s.x.size());
    const std::size_t n = sampleRange(activation, p, from, to, points, true, s.x, s.f, s.df);
    s.x.resize(n);
    s.f.resize(n);
    s.df.resize(n);
    return s;
}

/// Curve points of every visible graph that fall inside `box` (pixels).
int pointsInside(const QCustomPlot& plot, const QRectF& box)
{
    int count = 0;
    for (int g = 0; g < plot.graphCount(); ++g) {
        const QCPGraph* graph = plot.graph(g);
        if (!graph->visible()) continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            if (!std::isnan(it->value))
                count += box.contains(graph->coordsToPixels(it->key, it->value)) ? 1 : 0;
        }
    }
    return count;
}

QStringList labelsOf(const CurvesView& view)
{
    return view.plot()->visibleLabels();
}

bool anyLabelContains(const CurvesView& view, const QString& text)
{
    for (const QString& label : labelsOf(view)) {
        if (label.contains(text)) return true;
    }
    return false;
}

}  // namespace

class TestCurvesView : public QObject {
    Q_OBJECT

private slots:
    void defaultShowsSigmoidAndItsDerivative();
    void curvesAreCoresSamples_data();
    void curvesAreCoresSamples();
    void eachFunctionGetsASolidAndADashedCurveInOneColour();
    void dashingAFarZoomedCurveIsQuick();
    void restoredRangesAreKeptExactly();
    void jumpsOfTheDerivative_data();
    void jumpsOfTheDerivative();
    void noVerticalStrokeAtAJump();
    void parametersReachCore();
    void xRangeIsDrawnEndToEnd();
    void plotGetsOneSamplePerPixel();
    void peakLabels_data();
    void peakLabels();
    void sigmoidHighlightShowsQuarterAtZero();
    void vanishingGradientZonesAreCores_data();
    void vanishingGradientZonesAreCores();
    void softplusGapLabelShowsLn2OverBeta_data();
    void softplusGapLabelShowsLn2OverBeta();
    void softplusDerivativeCoincidesWithSigmoid_data();
    void softplusDerivativeCoincidesWithSigmoid();
    void tanhIdentityOverlay();
    void negativeMinimumIsMarked_data();
    void negativeMinimumIsMarked();
    void highlightSwitchesRemoveTheirItems();
    void stackedLayoutPutsDerivativesBelow();
    void probeDrawsTheTangent_data();
    void probeDrawsTheTangent();
    void legendAndLabelsDoNotHideTheCurves_data();
    void legendAndLabelsDoNotHideTheCurves();
    void onlyWhatChangedIsRedrawn();
    void unknownActivationIsSkipped();
};

void TestCurvesView::defaultShowsSigmoidAndItsDerivative()
{
    CurvesView view;
    QCOMPARE(view.state(), CurvesState{});
    QCOMPARE(view.plot()->graphCount(), 2);
    QCOMPARE(view.plot()->graph(0)->name(), QStringLiteral("Sigmoid"));
    QCOMPARE(view.plot()->graph(1)->name(), QStringLiteral("Sigmoid") + kPrime);
    QCOMPARE(view.figure(), static_cast<QWidget*>(view.plot()));

    const Activation& sigmoid = *findActivation("sigmoid");
    const auto f = view.plot()->graph(0)->data();
    const auto df = view.plot()->graph(1)->data();
    QCOMPARE(f->size(), df->size());
    QVERIFY(f->size() >= 2000);
    for (int i = 0; i < f->size(); ++i) {
        const double x = f->at(i)->key;
        COMPARE_EXACT(df->at(i)->key, x);
        COMPARE_EXACT(f->at(i)->value, sigmoid.value(x, {}));
        COMPARE_EXACT(df->at(i)->value, sigmoid.derivative(x, {}));
    }
}

void TestCurvesView::curvesAreCoresSamples_data()
{
    QTest::addColumn<QString>("id");
    for (const Activation& activation : activations())
        QTest::newRow(std::string(activation.id).c_str()) << toQString(activation.id);
}

// Every point on screen is one of core's samples, bit for bit, f and f′ at the same x. Where f′ jumps
// the dashed line breaks after the kink's sample instead of drawing a vertical stroke f′ never takes.
void TestCurvesView::curvesAreCoresSamples()
{
    QFETCH(QString, id);
    const Activation& activation = *findActivation(id.toStdString());
    const ParameterValues p = activation.defaults();

    CurvesView view;
    view.setState(stateWith({id.toStdString()}, -7.0, 9.0));
    const curves::CurveGraph* fGraph = view.plot()->series(0).functionGraph();
    const curves::CurveGraph* dfGraph = view.plot()->series(0).derivativeGraph();
    QCOMPARE(fGraph->name(), toQString(activation.name));
    QCOMPARE(dfGraph->name(), toQString(activation.name) + kPrime);

    const Samples s = coreSamples(activation, p, -7.0, 9.0, view.sampleCount());
    const auto fData = fGraph->data();
    const auto dfData = dfGraph->data();
    QCOMPARE(static_cast<std::size_t>(fData->size()), s.x.size());
    QCOMPARE(static_cast<std::size_t>(dfData->size()), s.x.size());
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        const int at = static_cast<int>(i);
        COMPARE_EXACT(fData->at(at)->key, s.x[i]);
        COMPARE_EXACT(fData->at(at)->value, s.f[i]);
        COMPARE_EXACT(dfData->at(at)->key, s.x[i]);
        COMPARE_EXACT(dfData->at(at)->value, s.df[i]);
    }
    // Breaks at exactly the kinks where the two sides of f′ differ.
    std::vector<double> jumps;
    const Kinks kinks = activation.kinksOf(p);
    for (std::size_t k = 0; k < kinks.count; ++k) {
        const double x = kinks.at[k];
        if (activation.derivative(x, p) != activation.derivative(std::nextafter(x, 1e300), p)) jumps.push_back(x);
    }
    QCOMPARE(dfGraph->breaks(), jumps);
    QVERIFY(fGraph->breaks().empty());  // f itself is continuous
}

// Found by the GUI stress test (tst_guistress, seed 1): zoomed far into y, one step of the dashed f′
// spans billions of pixels, and the screen dasher drew every dash, off screen too: minutes per frame,
// the window frozen.
void TestCurvesView::dashingAFarZoomedCurveIsQuick()
{
    CurvesView view;
    view.resize(1200, 760);
    CurvesState state = stateWith({"sigmoid"}, -8.0, 8.0);
    state.yRange = AxisRange{0.2, 0.2 + 1e-9};
    view.setState(state);
    QElapsedTimer timer;
    timer.start();
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("one frame took %1 ms").arg(timer.elapsed())));
}

// Found by the GUI stress test (tst_guistress, seed 1): every restore recentred the x and y ranges, moving
// an end by a rounding (…743 became …747), so an opened scene differed from its file.
void TestCurvesView::restoredRangesAreKeptExactly()
{
    CurvesView view;
    const QJsonObject state = QJsonDocument::fromJson(R"({"x_range": [23.208325291274743, 42.89175851174349],
        "y_range": [23.316489703395913, 66.64300845339591], "derivative_y_range": [-1e-9, 3e-9]})").object();
    QCOMPARE(view.restoreState(state), QString());
    const QJsonObject shown = view.saveState();
    for (const QString& key : state.keys()) QCOMPARE(shown[key], state[key]);
}

void TestCurvesView::eachFunctionGetsASolidAndADashedCurveInOneColour()
{
    CurvesView view;
    view.setState(stateWith({"sigmoid", "tanh", "relu"}));
    QCustomPlot& plot = *view.plot();
    QCOMPARE(plot.graphCount(), 6);
    const QStringList names{QStringLiteral("Sigmoid"), QStringLiteral("Tanh"), QStringLiteral("ReLU")};
    for (std::size_t i = 0; i < 3; ++i) {
        const QCPGraph* f = view.plot()->series(i).functionGraph();
        const QCPGraph* df = view.plot()->series(i).derivativeGraph();
        QCOMPARE(f->name(), names[static_cast<int>(i)]);
        QCOMPARE(df->name(), names[static_cast<int>(i)] + kPrime);
        QCOMPARE(df->pen().color(), f->pen().color());
        QCOMPARE(f->pen().style(), Qt::SolidLine);
        QCOMPARE(df->pen().style(), Qt::CustomDashLine);
        if (i > 0)
            QVERIFY2(f->pen().color() != view.plot()->series(0).functionGraph()->pen().color(),
                     "functions share a colour");
    }
    // The legend reads f and f′ side by side, one function per row.
    QCOMPARE(plot.legend->itemCount(), 6);
    auto* second = qobject_cast<QCPPlottableLegendItem*>(plot.legend->element(0, 1));
    QVERIFY(second != nullptr);
    QCOMPARE(second->plottable()->name(), QStringLiteral("Sigmoid") + kPrime);

    // Going back to fewer functions leaves no stale curves behind.
    view.setState(stateWith({"tanh"}));
    QCOMPARE(plot.graphCount(), 2);
    QCOMPARE(plot.graph(0)->name(), QStringLiteral("Tanh"));
    QCOMPARE(plot.legend->itemCount(), 2);
}

void TestCurvesView::jumpsOfTheDerivative_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("kink");
    QTest::addColumn<double>("used");   // the left derivative: a closed dot
    QTest::addColumn<double>("other");  // the right-hand limit: an open dot
    // x = 0 is not on the evenly spaced grid of −8..8 (an odd number of steps), so it must be inserted.
    QTest::newRow("relu at 0") << QStringLiteral("relu") << 0.0 << 0.0 << 1.0;
    QTest::newRow("leaky_relu at 0") << QStringLiteral("leaky_relu") << 0.0 << 0.01 << 1.0;
    QTest::newRow("relu6 at 6") << QStringLiteral("relu6") << 6.0 << 1.0 << 0.0;
    QTest::newRow("hardtanh at -1") << QStringLiteral("hardtanh") << -1.0 << 0.0 << 1.0;
    QTest::newRow("hardtanh at 1") << QStringLiteral("hardtanh") << 1.0 << 1.0 << 0.0;
    QTest::newRow("hardsigmoid at 3") << QStringLiteral("hardsigmoid") << 3.0 << 1.0 / 6.0 << 0.0;
    QTest::newRow("hardswish at -3") << QStringLiteral("hardswish") << -3.0 << 0.0 << -0.5;
}

void TestCurvesView::jumpsOfTheDerivative()
{
    QFETCH(QString, id);
    QFETCH(double, kink);
    QFETCH(double, used);
    QFETCH(double, other);
    CurvesView view;
    // Among other curves, as in the lecture: the kink belongs to the third pair, not to the first graph.
    view.setState(stateWith({"sigmoid", "tanh", id.toStdString()}));
    const curves::SeriesDrawing& series = view.plot()->series(2);

    const auto derivative = series.derivativeGraph()->data();
    const auto at = derivative->findBegin(kink, false);
    QVERIFY(at != derivative->constEnd());
    COMPARE_EXACT(at->key, kink);
    COMPARE_EXACT(at->value, used);
    QVERIFY(std::abs(std::next(at)->value - other) < 0.01);  // the next sample is on the other side...
    const std::vector<double>& breaks = series.derivativeGraph()->breaks();
    QVERIFY(std::find(breaks.begin(), breaks.end(), kink) != breaks.end());  // ...and the line breaks between

    bool found = false;
    for (const auto& [closed, open] : series.jumpMarkers()) {
        if (!closed->visible() || closed->position->coords().x() != kink) continue;
        found = true;
        QVERIFY(open->visible());
        COMPARE_EXACT(closed->position->coords().y(), used);
        COMPARE_EXACT(open->position->coords().x(), kink);
        COMPARE_EXACT(
            open->position->coords().y(),
            findActivation(id.toStdString())
                ->derivative(std::nextafter(kink, 1e300), findActivation(id.toStdString())->defaults()));
        QVERIFY(std::abs(open->position->coords().y() - other) < 1e-12);
        // Closed: filled with the curve's colour; open: hollow, the background showing through.
        QCOMPARE(closed->brush().color(), series.functionGraph()->pen().color());
        QCOMPARE(open->brush().color(), view.theme().palette.background);
    }
    QVERIFY2(found, "no closed marker at the kink");
}

// On screen, f′ of relu6 stops at 1 and starts again at 0: nothing in its colour between them at x = 6.
void TestCurvesView::noVerticalStrokeAtAJump()
{
    CurvesView view;
    CurvesState state = stateWith({"relu6"}, 4.0, 8.0);
    state.probeVisible = false;
    state.highlights.kinks = false;  // no markers at the ends either: only the line could be there
    view.setState(state);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvesPlot& plot = *view.plot();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = plot.grab().toImage();
    const QColor colour = plot.series(0).derivativeGraph()->pen().color();
    const auto near = [&colour](QColor c) {
        return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                   std::abs(c.blue() - colour.blue()) < 90;
    };
    const QCPAxis* x = plot.xAxis;
    const QCPAxis* y = plot.yAxis;
    const int column = static_cast<int>(std::lround(x->coordToPixel(6.0)));
    int checked = 0;
    for (int row = static_cast<int>(y->coordToPixel(0.75)); row <= static_cast<int>(y->coordToPixel(0.25)); ++row) {
        for (int dx = -1; dx <= 1; ++dx) {
            QVERIFY2(!near(image.pixelColor(column + dx, row)), qPrintable(QStringLiteral("row %1").arg(row)));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
    // The dashes themselves are there, left and right of the jump, in that colour.
    int coloured = 0;
    const int one = static_cast<int>(std::lround(y->coordToPixel(1.0)));
    for (int px = static_cast<int>(x->coordToPixel(4.5)); px < static_cast<int>(x->coordToPixel(5.5)); ++px) {
        coloured += near(image.pixelColor(px, one)) ? 1 : 0;
    }
    QVERIFY(coloured > 20);
}

void TestCurvesView::parametersReachCore()
{
    CurvesView view;
    CurvesState state = stateWith({"leaky_relu"});
    state.parameters["leaky_relu"] = ParameterValues{0.25, 0.0};
    view.setState(state);
    const auto f = view.plot()->graph(0)->data();
    COMPARE_EXACT(f->constBegin()->key, -8.0);
    COMPARE_EXACT(f->constBegin()->value, -2.0);
    COMPARE_EXACT(view.plot()->graph(1)->data()->constBegin()->value, 0.25);
}

void TestCurvesView::xRangeIsDrawnEndToEnd()
{
    CurvesView view;
    view.setState(stateWith({"softplus"}, -3.0, 5.0));
    COMPARE_EXACT(view.plot()->xAxis->range().lower, -3.0);
    COMPARE_EXACT(view.plot()->xAxis->range().upper, 5.0);
    const auto f = view.plot()->series(0).functionGraph()->data();
    COMPARE_EXACT(f->constBegin()->key, -3.0);
    COMPARE_EXACT((f->constEnd() - 1)->key, 5.0);
    // Every sample is visible, and the y range shows y = 0.
    const QCPRange y = view.plot()->yAxis->range();
    QVERIFY(y.contains(0.0));
    for (auto it = f->constBegin(); it != f->constEnd(); ++it) QVERIFY(y.contains(it->value));

    // A fixed y range (from zooming) is kept as given.
    CurvesState fixed = view.state();
    fixed.yRange = AxisRange{-0.5, 0.75};
    view.setState(fixed);
    COMPARE_EXACT(view.plot()->yAxis->range().lower, -0.5);
    COMPARE_EXACT(view.plot()->yAxis->range().upper, 0.75);
}

void TestCurvesView::plotGetsOneSamplePerPixel()
{
    CurvesView view;
    view.resize(3600, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.plot()->width() > 2400);
    const double pixels = view.plot()->width() * view.plot()->devicePixelRatioF();
    QTRY_VERIFY(view.plot()->graph(0)->data()->size() >= pixels);

    view.resize(1000, 700);
    QTRY_VERIFY(view.plot()->width() < 900);
    QTRY_COMPARE(view.plot()->graph(0)->data()->size(), 2000);  // never fewer; sigmoid has no kinks
}

void TestCurvesView::peakLabels_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");  // empty: no peak label
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << QStringLiteral("max σ′ = 0.25 at x = 0");
    QTest::newRow("tanh") << QStringLiteral("tanh") << QStringLiteral("max tanh′ = 1 at x = 0");
    QTest::newRow("softsign") << QStringLiteral("softsign") << QStringLiteral("max softsign′ = 1 at x = 0");
    // A plateau that opens at a kink: relu′(0) = 0, the left derivative, so it holds for x > 0 only.
    QTest::newRow("relu") << QStringLiteral("relu")
                          << QStringLiteral("gradient 1 for every x > 0: no saturation");
    QTest::newRow("leaky_relu") << QStringLiteral("leaky_relu")
                                << QStringLiteral("gradient 1 for every x > 0: no saturation");
    QTest::newRow("hardtanh") << QStringLiteral("hardtanh")
                              << QStringLiteral("max Hard tanh′ = 1 for −1 < x ≤ 1");
    // silu′ peaks at 1.0998 and softplus′ only rounds to 1 far right: no lesson, no label.
    QTest::newRow("silu") << QStringLiteral("silu") << QString();
    QTest::newRow("softplus") << QStringLiteral("softplus") << QString();
}

void TestCurvesView::peakLabels()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    CurvesView view;
    view.setState(stateWith({id.toStdString()}));
    const QStringList labels = labelsOf(view);
    if (expected.isEmpty()) {
        for (const QString& label : labels) {
            const bool peak =
                label.startsWith(QStringLiteral("max ")) && label.contains(QStringLiteral("′ ="));
            QVERIFY2(!peak && !label.startsWith(QStringLiteral("gradient ")), qPrintable(label));
        }
        return;
    }
    QVERIFY2(labels.contains(expected), qPrintable(labels.join(u'|')));
    const Activation& activation = *findActivation(id.toStdString());
    const PeakGradient peak = peakGradient(activation, activation.defaults());
    const QCPItemTracer* marker = view.plot()->series(0).peakMarker();
    if (peak.plateau.from == peak.plateau.to) {
        QVERIFY(marker->visible());
        COMPARE_EXACT(marker->position->coords().x(), peak.x);
        COMPARE_EXACT(marker->position->coords().y(), peak.value);
    } else {
        QVERIFY(!marker->visible());  // a plateau has no single point to mark
    }
}

void TestCurvesView::sigmoidHighlightShowsQuarterAtZero()
{
    CurvesView view;  // the default state: sigmoid alone
    QVERIFY(labelsOf(view).contains(QStringLiteral("max σ′ = 0.25 at x = 0")));
    const QCPItemTracer* marker = view.plot()->series(0).peakMarker();
    QVERIFY(marker->visible());
    COMPARE_EXACT(marker->position->coords().x(), 0.0);
    COMPARE_EXACT(marker->position->coords().y(), 0.25);
    // Through n layers: at most 0.25ⁿ, with n = 10 spelt out.
    QVERIFY2(anyLabelContains(view, QStringLiteral("at most 0.25ⁿ")), qPrintable(labelsOf(view).join(u'|')));
    QVERIFY(anyLabelContains(view, QStringLiteral("n = 10: 9.54 × 10⁻⁷")));
    // The note is for functions whose gradient shrinks: not for tanh, whose peak is 1.
    view.setState(stateWith({"tanh"}));
    QVERIFY(!anyLabelContains(view, QStringLiteral("through n layers")));
}

void TestCurvesView::vanishingGradientZonesAreCores_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<QString>("text");
    QTest::newRow("sigmoid, 0.01") << QStringLiteral("sigmoid") << 0.01
                                   << QStringLiteral("vanishing gradient\n|σ′| < 0.01");
    QTest::newRow("sigmoid, 0.1") << QStringLiteral("sigmoid") << 0.1
                                  << QStringLiteral("vanishing gradient\n|σ′| < 0.1");
    QTest::newRow("tanh, 0.01") << QStringLiteral("tanh") << 0.01
                                << QStringLiteral("vanishing gradient\n|tanh′| < 0.01");
    QTest::newRow("tanh, 0.001") << QStringLiteral("tanh") << 0.001
                                 << QStringLiteral("vanishing gradient\n|tanh′| < 0.001");
}

void TestCurvesView::vanishingGradientZonesAreCores()
{
    QFETCH(QString, id);
    QFETCH(double, epsilon);
    QFETCH(QString, text);
    CurvesView view;
    view.resize(1600, 1000);
    CurvesState state = stateWith({id.toStdString()});
    state.highlights.epsilon = epsilon;
    view.setState(state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);

    const Activation& activation = *findActivation(id.toStdString());
    const std::vector<Interval> zones = saturationIntervals(activation, {}, epsilon);
    QCOMPARE(zones.size(), std::size_t(2));
    std::vector<std::pair<double, double>> shaded;
    for (const QCPItemRect* shade : view.plot()->series(0).shades()) {
        if (shade->visible())
            shaded.emplace_back(shade->topLeft->coords().x(), shade->bottomRight->coords().x());
    }
    QCOMPARE(shaded.size(), std::size_t(2));
    // Core's edges, and out to the edge of the view where f′ stays below ε towards infinity.
    COMPARE_EXACT(shaded[0].first, -8.0);
    COMPARE_EXACT(shaded[0].second, zones[0].to);
    COMPARE_EXACT(shaded[1].first, zones[1].from);
    COMPARE_EXACT(shaded[1].second, 8.0);
    QCOMPARE(labelsOf(view).count(text), 2);
}

void TestCurvesView::softplusGapLabelShowsLn2OverBeta_data()
{
    QTest::addColumn<double>("beta");
    QTest::newRow("β = 0.5") << 0.5;
    QTest::newRow("β = 1") << 1.0;
    QTest::newRow("β = 2") << 2.0;
    QTest::newRow("β = 7.5") << 7.5;
    QTest::newRow("β = 100") << 100.0;
}

void TestCurvesView::softplusGapLabelShowsLn2OverBeta()
{
    QFETCH(double, beta);
    CurvesView view;
    CurvesState state = stateWith({"softplus"}, -3, 3);
    state.parameters["softplus"] = {beta, 0};
    view.setState(state);
    // ln 2 / β, computed here independently, to the six digits the label shows.
    const QString expected =
        QStringLiteral("max gap ln 2 / β = %1 at x = 0").arg(QString::number(std::log(2.0) / beta, 'g', 6));
    QVERIFY2(labelsOf(view).contains(expected),
             qPrintable(labelsOf(view).join(u'|') + QStringLiteral(" vs ") + expected));

    // The dimension line spans the gap at x = 0, from relu(0) = 0 up to softplus(0).
    const QCPItemLine* arrow = view.plot()->series(0).gapArrow();
    QVERIFY(arrow->visible());
    COMPARE_EXACT(arrow->start->coords().x(), 0.0);
    COMPARE_EXACT(arrow->start->coords().y(), 0.0);
    COMPARE_EXACT(arrow->end->coords().y(), findActivation("softplus")->value(0.0, {beta, 0}));
    QVERIFY(std::abs(arrow->end->coords().y() - std::log(2.0) / beta) <= 1e-15 * std::log(2.0) / beta);

    // relu is drawn beside softplus from core's relu, at softplus's own sample points, and the shading
    // fills exactly the gap between the two.
    const QCPCurve* relu = view.plot()->series(0).reluCurve();
    const QCPGraph* softplus = view.plot()->series(0).functionGraph();
    const QCPGraph* base = view.plot()->series(0).gapBase();
    const QCPGraph* fill = view.plot()->series(0).gapFill();
    QCOMPARE(relu->name(), QStringLiteral("ReLU, for comparison"));
    QCOMPARE(relu->data()->size(), softplus->data()->size());
    QCOMPARE(fill->channelFillGraph(), base);
    for (int i = 0; i < softplus->data()->size(); i += 97) {
        const double x = softplus->data()->at(i)->key;
        COMPARE_EXACT(relu->data()->at(i)->key, x);
        COMPARE_EXACT(relu->data()->at(i)->value, findActivation("relu")->value(x, {}));
        COMPARE_EXACT(base->data()->at(i)->value, relu->data()->at(i)->value);
        COMPARE_EXACT(fill->data()->at(i)->value, softplus->data()->at(i)->value);
    }
}

void TestCurvesView::softplusDerivativeCoincidesWithSigmoid_data()
{
    QTest::addColumn<double>("beta");
    QTest::newRow("β = 1") << 1.0;
    QTest::newRow("β = 3") << 3.0;
    QTest::newRow("β = 0.25") << 0.25;
}

void TestCurvesView::softplusDerivativeCoincidesWithSigmoid()
{
    QFETCH(double, beta);
    CurvesView view;
    CurvesState state = stateWith({"relu", "softplus"}, -4, 4);
    state.parameters["softplus"] = {beta, 0};
    view.setState(state);
    QVERIFY(labelsOf(view).contains(QStringLiteral("softplus′ = sigmoid\n(dots: σ(βx))")));
    const QCPCurve* dots = view.plot()->series(1).dots();
    QVERIFY(dots != nullptr && dots->visible());
    QCOMPARE(dots->name(), QStringLiteral("σ(βx)"));
    QVERIFY(dots->data()->size() >= 12);
    const Activation& sigmoid = *findActivation("sigmoid");
    const Activation& softplus = *findActivation("softplus");
    for (auto it = dots->data()->constBegin(); it != dots->data()->constEnd(); ++it) {
        COMPARE_EXACT(it->value, sigmoid.value(beta * it->key, {}));
        // softplus′ and σ(βx) agree to the last bits: the dots sit on the dashed line.
        QVERIFY(std::abs(softplus.derivative(it->key, {beta, 0}) - it->value) <= 2e-16);
    }
    // relu is checked already: no second relu for comparison, the shading reaches down to the first.
    QVERIFY(view.plot()->series(1).reluCurve() == nullptr);
    QVERIFY(view.plot()->series(1).gapFill()->visible());
}

void TestCurvesView::tanhIdentityOverlay()
{
    CurvesView view;
    CurvesState state = stateWith({"tanh"});
    view.setState(state);
    QVERIFY(view.plot()->series(0).dots() == nullptr);  // optional, off by default
    state.highlights.tanhSigmoid = true;
    view.setState(state);
    const QCPCurve* dots = view.plot()->series(0).dots();
    QVERIFY(dots != nullptr && dots->visible());
    QVERIFY(labelsOf(view).contains(QStringLiteral("tanh(x) = 2σ(2x) − 1\n(dots: 2σ(2x) − 1)")));
    const Activation& sigmoid = *findActivation("sigmoid");
    const Activation& tanh = *findActivation("tanh");
    for (auto it = dots->data()->constBegin(); it != dots->data()->constEnd(); ++it) {
        COMPARE_EXACT(it->value, 2.0 * sigmoid.value(2.0 * it->key, {}) - 1.0);
        QVERIFY(std::abs(tanh.value(it->key, {}) - it->value) <= 4e-16);
    }
}

void TestCurvesView::negativeMinimumIsMarked_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("silu") << QStringLiteral("silu") << QStringLiteral("silu");
    QTest::newRow("swish") << QStringLiteral("swish") << QStringLiteral("swish");
    QTest::newRow("gelu") << QStringLiteral("gelu") << QStringLiteral("gelu");
    QTest::newRow("mish") << QStringLiteral("mish") << QStringLiteral("mish");
    QTest::newRow("gelu_tanh") << QStringLiteral("gelu_tanh") << QStringLiteral("GELU (tanh approx.)");
}

void TestCurvesView::negativeMinimumIsMarked()
{
    QFETCH(QString, id);
    QFETCH(QString, symbol);
    CurvesView view;
    view.setState(stateWith({id.toStdString()}, -5, 3));
    const Activation& activation = *findActivation(id.toStdString());
    const auto points = notablePoints(activation, activation.defaults());
    const auto minimum = std::find_if(points.begin(), points.end(), [](const NotablePoint& p) {
        return p.kind == NotablePoint::Kind::Minimum;
    });
    QVERIFY(minimum != points.end());
    const QString expected =
        QStringLiteral("min %1 = %2 at x = %3")
            .arg(symbol, compactText(minimum->value, curves::highlighttext::kLabelDigits),
                 compactText(minimum->x, curves::highlighttext::kLabelDigits));
    QVERIFY2(labelsOf(view).contains(expected),
             qPrintable(labelsOf(view).join(u'|') + QStringLiteral(" vs ") + expected));
    QVERIFY(expected.contains(QStringLiteral("= −0.")));  // a negative value, with a real minus sign
    const QCPItemTracer* marker = view.plot()->series(0).minimumMarker();
    QVERIFY(marker->visible());
    COMPARE_EXACT(marker->position->coords().x(), minimum->x);
    COMPARE_EXACT(marker->position->coords().y(), minimum->value);
}

void TestCurvesView::highlightSwitchesRemoveTheirItems()
{
    CurvesView view;
    CurvesState state = stateWith({"sigmoid", "softplus", "gelu"}, -4, 4);
    view.setState(state);
    const int graphsWithEverything = view.plot()->graphCount();
    QVERIFY(anyLabelContains(view, QStringLiteral("max gap")));
    QVERIFY(anyLabelContains(view, QStringLiteral("min gelu")));
    QVERIFY(anyLabelContains(view, QStringLiteral("max σ′")));

    state.highlights = {false, false, 0.01, false, false, false, false, false, false};
    view.setState(state);
    QCOMPARE(labelsOf(view), QStringList());
    // Only f and f′ of each function are left: no relu for comparison, no gap fill, no dots.
    QCOMPARE(view.plot()->graphCount(), 6);
    QCOMPARE(view.plot()->plottableCount(), 6);
    QVERIFY(graphsWithEverything > 6);
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY(view.plot()->series(i).shades().empty() ||
                !view.plot()->series(i).shades().front()->visible());
}

void TestCurvesView::stackedLayoutPutsDerivativesBelow()
{
    CurvesView view;
    CurvesState state = stateWith({"sigmoid", "relu"});
    state.layout = CurvesLayout::Stacked;
    view.setState(state);
    CurvesPlot& plot = *view.plot();
    QCOMPARE(plot.axisRectCount(), 2);
    QVERIFY(plot.functionRect() != plot.derivativeRect());
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(plot.series(i).functionGraph()->keyAxis()->axisRect(), plot.functionRect());
        QCOMPARE(plot.series(i).derivativeGraph()->keyAxis()->axisRect(), plot.derivativeRect());
    }
    // One x axis in effect: both panels show the same range; each y axis fits its own curves.
    QCOMPARE(plot.derivativeRect()->axis(QCPAxis::atBottom)->range(),
             plot.functionRect()->axis(QCPAxis::atBottom)->range());
    QVERIFY(plot.functionRect()->axis(QCPAxis::atLeft)->range().upper >= 8.0);
    QVERIFY(plot.derivativeRect()->axis(QCPAxis::atLeft)->range().upper < 1.2);
    // The peak of σ′ is marked in the f′ panel.
    QCOMPARE(plot.series(0).peakMarker()->position->keyAxis()->axisRect(), plot.derivativeRect());

    state.layout = CurvesLayout::Overlay;
    view.setState(state);
    QCOMPARE(plot.axisRectCount(), 1);
    QCOMPARE(plot.series(0).derivativeGraph()->keyAxis()->axisRect(), plot.functionRect());
}

void TestCurvesView::probeDrawsTheTangent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("x");
    QTest::newRow("sigmoid at -2") << QStringLiteral("sigmoid") << -2.0;
    QTest::newRow("tanh at 0.5") << QStringLiteral("tanh") << 0.5;
    QTest::newRow("relu at 0 (left derivative)") << QStringLiteral("relu") << 0.0;
    QTest::newRow("gelu at -0.75") << QStringLiteral("gelu") << -0.75;
}

void TestCurvesView::probeDrawsTheTangent()
{
    QFETCH(QString, id);
    QFETCH(double, x);
    CurvesView view;
    CurvesState state = stateWith({"softplus", id.toStdString()});
    state.selectedId = id.toStdString();
    state.probeX = x;
    view.setState(state);
    const Activation& activation = *findActivation(id.toStdString());
    const double f = activation.value(x, {});
    const double df = activation.derivative(x, {});
    const curves::ProbeDrawing& probe = *view.plot()->probe();
    // The tangent of the selected function: through (x, f(x)) with slope f′(x).
    QVERIFY(probe.tangent()->visible());
    const QPointF start = probe.tangent()->start->coords();
    const QPointF end = probe.tangent()->end->coords();
    // A segment centred on (x, f(x)), with slope f′(x).
    QVERIFY(std::abs((start.x() + end.x()) / 2 - x) <= 1e-12);
    QVERIFY(std::abs((start.y() + end.y()) / 2 - f) <= 1e-12);
    const QPointF direction = end - start;
    QVERIFY(std::abs(direction.y() / direction.x() - df) <= 1e-12 * std::max(1.0, std::abs(df)));
    // Dots on f and f′ of each function.
    COMPARE_EXACT(probe.functionDot(1)->position->coords().y(), f);
    COMPARE_EXACT(probe.derivativeDot(1)->position->coords().y(), df);
    COMPARE_EXACT(probe.functionDot(0)->position->coords().y(),
                  findActivation("softplus")->value(x, {1.0, 0}));

    state.probeVisible = false;
    view.setState(state);
    QVERIFY(!probe.tangent()->visible());
    QVERIFY(!probe.functionDot(0)->visible());
}

void TestCurvesView::legendAndLabelsDoNotHideTheCurves_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid");
    QTest::newRow("tanh") << QStringLiteral("tanh");
    QTest::newRow("relu") << QStringLiteral("relu");
    QTest::newRow("gelu") << QStringLiteral("gelu");
    QTest::newRow("softplus") << QStringLiteral("softplus");
}

void TestCurvesView::legendAndLabelsDoNotHideTheCurves()
{
    QFETCH(QString, id);
    CurvesView view;
    CurvesState state = stateWith({id.toStdString()});
    state.probeVisible = false;
    view.setState(state);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);

    const QCustomPlot& plot = *view.plot();
    QCOMPARE(pointsInside(plot, plot.legend->outerRect()), 0);
    int labels = 0;
    std::vector<QRectF> boxes;
    for (int i = 0; i < plot.itemCount(); ++i) {
        const auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        if (text == nullptr || !text->visible()) continue;
        const QRectF box(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
        QVERIFY(box.width() > 0 && box.height() > 0);
        QVERIFY2(pointsInside(plot, box) <= 3, qPrintable(text->text()));
        QVERIFY2(plot.axisRect()->rect().contains(box.toAlignedRect()), qPrintable(text->text()));
        QVERIFY(!box.intersects(plot.legend->outerRect()));
        for (const QRectF& other : boxes) QVERIFY2(!box.intersects(other), qPrintable(text->text()));
        boxes.push_back(box);
        ++labels;
    }
    QVERIFY(labels > 0);
}

// Moving the probe redraws the probe layer alone and asks core for no new analysis; a parameter
// redraws its function's layer and analyses that function only.
void TestCurvesView::onlyWhatChangedIsRedrawn()
{
    CurvesView view;
    CurvesState state = stateWith({"sigmoid", "tanh", "relu", "softplus"});
    view.setState(state);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvesPlot& plot = *view.plot();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();

    const std::size_t analyses = plot.analysisCache().computations();
    const int full = plot.fullReplots();
    const int layers = plot.layerReplots();
    state.probeX = -1.25;
    plot.render(state);
    QCoreApplication::processEvents();
    QCOMPARE(plot.fullReplots(), full);
    QCOMPARE(plot.layerReplots(), layers + 1);
    QCOMPARE(plot.analysisCache().computations(), analyses);

    // A softplus β step while dragging: the first moves softplus onto its own layer (one full replot),
    // every further step replots that layer (and the probe's) only.
    for (int step = 1; step <= 5; ++step) {
        state.parameters["softplus"] = {1.0 + 0.1 * step, 0};
        plot.render(state, CurvesPlot::Quality::Draft);
        QCoreApplication::processEvents();
    }
    QCOMPARE(plot.fullReplots(), full + 1);
    QCOMPARE(plot.layerReplots(), layers + 1 + 2 * 4);
    // softplus analysed once per new β (analysis and the zones it needs); the others not at all.
    QVERIFY(plot.analysisCache().computations() - analyses <= 5 * 2);
    // Dragging back to a β seen before finds its analysis cached.
    const std::size_t before = plot.analysisCache().computations();
    state.parameters["softplus"] = {1.2, 0};
    plot.render(state, CurvesPlot::Quality::Draft);
    QCOMPARE(plot.analysisCache().computations(), before);
    // The settled frame: everything, antialiased.
    plot.render(state, CurvesPlot::Quality::Final);
    QCoreApplication::processEvents();
    QCOMPARE(plot.fullReplots(), full + 2);
    QVERIFY(plot.antialiasedElements().testFlag(QCP::aePlottables));
}

void TestCurvesView::unknownActivationIsSkipped()
{
    CurvesView view;
    QTest::ignoreMessage(QtWarningMsg, "CurvesView: no activation \"nope\"; skipped");
    view.setState(stateWith({"nope", "relu"}));
    QCOMPARE(view.plot()->seriesCount(), std::size_t(1));
    QCOMPARE(view.plot()->series(0).functionGraph()->name(), QStringLiteral("ReLU"));
}

QTEST_MAIN(TestCurvesView)
#include "tst_curvesview.moc"
