// CurvesView draws what core computes: f solid, f′ dashed, kinks exact, the peak of |f′| labelled.

#include "core/activation.h"
#include "core/analysis.h"
#include "core/sampling.h"
#include "ui/curves/curvesview.h"
#include "ui/common/qcustomplot_include.h"

#include "tests/common/exactcompare.h"

#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace actlab;

namespace {

const QChar kPrime(0x2032);

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

CurvesState stateWith(std::vector<std::string> ids, double from = -8.0, double to = 8.0)
{
    CurvesState state;
    state.activationIds = std::move(ids);
    state.xFrom = from;
    state.xTo = to;
    return state;
}

QCPItemText* peakLabel(const QCustomPlot& plot)
{
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text != nullptr && text->visible()) {
            return text;
        }
    }
    return nullptr;
}

std::vector<QPointF> visiblePeakMarkers(const QCustomPlot& plot)
{
    std::vector<QPointF> markers;
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* tracer = qobject_cast<QCPItemTracer*>(plot.item(i));
            tracer != nullptr && tracer->visible()) {
            markers.push_back(tracer->position->coords());
        }
    }
    return markers;
}

/// Curve points of every graph that fall inside `box` (pixels).
int pointsInside(const QCustomPlot& plot, const QRectF& box)
{
    int count = 0;
    for (int g = 0; g < plot.graphCount(); ++g) {
        const QCPGraph* graph = plot.graph(g);
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            count += box.contains(graph->coordsToPixels(it->key, it->value)) ? 1 : 0;
        }
    }
    return count;
}

}  // namespace

class TestCurvesView : public QObject {
    Q_OBJECT

private slots:
    void defaultShowsSigmoidAndItsDerivative();
    void curvesAreCoresSamples_data();
    void curvesAreCoresSamples();
    void eachFunctionGetsASolidAndADashedCurveInOneColour();
    void kinksAreSampledExactly_data();
    void kinksAreSampledExactly();
    void parametersReachCore();
    void xRangeIsDrawnEndToEnd();
    void wideWindowGetsOneSamplePerPixel();
    void peakOfDerivativeIsLabelledAndMarked_data();
    void peakOfDerivativeIsLabelledAndMarked();
    void legendAndLabelDoNotHideTheCurves_data();
    void legendAndLabelDoNotHideTheCurves();
    void unknownActivationIsSkipped();
};

void TestCurvesView::defaultShowsSigmoidAndItsDerivative()
{
    CurvesView view;
    QCOMPARE(view.state(), CurvesState{});
    QCOMPARE(view.plot()->graphCount(), 2);
    QCOMPARE(view.plot()->graph(0)->name(), QStringLiteral("Sigmoid"));
    QCOMPARE(view.plot()->graph(1)->name(), QStringLiteral("Sigmoid") + kPrime);

    const Activation& sigmoid = *findActivation("sigmoid");
    const ParameterValues p = sigmoid.defaults();
    const auto f = view.plot()->graph(0)->data();
    const auto df = view.plot()->graph(1)->data();
    QCOMPARE(f->size(), df->size());
    QVERIFY(f->size() >= 2000);
    for (int i = 0; i < f->size(); ++i) {
        const double x = f->at(i)->key;
        COMPARE_EXACT(df->at(i)->key, x);
        COMPARE_EXACT(f->at(i)->value, sigmoid.value(x, p));
        COMPARE_EXACT(df->at(i)->value, sigmoid.derivative(x, p));
    }
}

void TestCurvesView::curvesAreCoresSamples_data()
{
    QTest::addColumn<QString>("id");
    for (const Activation& activation : activations()) {
        QTest::newRow(std::string(activation.id).c_str()) << toQString(activation.id);
    }
}

// Every point on screen is one of core's samples, bit for bit, and the legend uses core's names.
void TestCurvesView::curvesAreCoresSamples()
{
    QFETCH(QString, id);
    const Activation& activation = *findActivation(id.toStdString());
    const ParameterValues p = activation.defaults();

    CurvesView view;
    view.setState(stateWith({id.toStdString()}, -7.0, 9.0));
    QCOMPARE(view.plot()->graphCount(), 2);
    QCOMPARE(view.plot()->graph(0)->name(), toQString(activation.name));
    QCOMPARE(view.plot()->graph(1)->name(), toQString(activation.name) + kPrime);

    const std::size_t points = view.sampleCount();
    std::vector<double> x(points + kMaxKinks), f(x.size()), df(x.size());
    const std::size_t n = sampleRange(activation, p, -7.0, 9.0, points, true, x, f, df);
    const auto fData = view.plot()->graph(0)->data();
    const auto dfData = view.plot()->graph(1)->data();
    QCOMPARE(static_cast<std::size_t>(fData->size()), n);
    QCOMPARE(static_cast<std::size_t>(dfData->size()), n);
    for (std::size_t i = 0; i < n; ++i) {
        const int at = static_cast<int>(i);
        COMPARE_EXACT(fData->at(at)->key, x[i]);
        COMPARE_EXACT(fData->at(at)->value, f[i]);
        COMPARE_EXACT(dfData->at(at)->key, x[i]);
        COMPARE_EXACT(dfData->at(at)->value, df[i]);
    }
}

void TestCurvesView::eachFunctionGetsASolidAndADashedCurveInOneColour()
{
    CurvesView view;
    view.setState(stateWith({"sigmoid", "tanh", "relu"}));
    QCustomPlot& plot = *view.plot();
    QCOMPARE(plot.graphCount(), 6);
    const QStringList names{QStringLiteral("Sigmoid"), QStringLiteral("Tanh"), QStringLiteral("ReLU")};
    for (int i = 0; i < 3; ++i) {
        const QCPGraph* f = plot.graph(2 * i);
        const QCPGraph* df = plot.graph(2 * i + 1);
        QCOMPARE(f->name(), names[i]);
        QCOMPARE(df->name(), names[i] + kPrime);
        QCOMPARE(df->pen().color(), f->pen().color());
        QCOMPARE(f->pen().style(), Qt::SolidLine);
        QCOMPARE(df->pen().style(), Qt::CustomDashLine);
        if (i > 0) {
            QVERIFY2(f->pen().color() != plot.graph(0)->pen().color(), "functions share a colour");
        }
    }

    // Going back to fewer functions leaves no stale curves behind.
    view.setState(stateWith({"tanh"}));
    QCOMPARE(plot.graphCount(), 2);
    QCOMPARE(plot.graph(0)->name(), QStringLiteral("Tanh"));
    QCOMPARE(plot.legend->itemCount(), 2);
}

void TestCurvesView::kinksAreSampledExactly_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("kink");
    QTest::addColumn<double>("leftDerivative");
    // x = 0 is not on the evenly spaced grid of -8..8 (an odd number of steps), so it must be inserted.
    QTest::newRow("relu at 0") << QStringLiteral("relu") << 0.0 << 0.0;
    QTest::newRow("leaky_relu at 0") << QStringLiteral("leaky_relu") << 0.0 << 0.01;
    QTest::newRow("relu6 at 6") << QStringLiteral("relu6") << 6.0 << 1.0;
    QTest::newRow("hardtanh at -1") << QStringLiteral("hardtanh") << -1.0 << 0.0;
    QTest::newRow("hardtanh at 1") << QStringLiteral("hardtanh") << 1.0 << 1.0;
    QTest::newRow("hardsigmoid at 3") << QStringLiteral("hardsigmoid") << 3.0 << 1.0 / 6.0;
}

void TestCurvesView::kinksAreSampledExactly()
{
    QFETCH(QString, id);
    QFETCH(double, kink);
    QFETCH(double, leftDerivative);
    CurvesView view;
    // Among other curves, as in the lecture: the kink belongs to the relu pair, not to the first graph.
    view.setState(stateWith({"sigmoid", "tanh", id.toStdString()}));
    QCOMPARE(view.plot()->graphCount(), 6);
    const auto derivative = view.plot()->graph(5)->data();
    const auto at = derivative->findBegin(kink, false);
    QVERIFY(at != derivative->constEnd());
    COMPARE_EXACT(at->key, kink);
    COMPARE_EXACT(at->value, leftDerivative);
    // The right-hand neighbour shows the other side of the jump.
    QVERIFY(std::next(at) != derivative->constEnd());
    QVERIFY(std::next(at)->value != leftDerivative);
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
    const auto f = view.plot()->graph(0)->data();
    COMPARE_EXACT(f->constBegin()->key, -3.0);
    COMPARE_EXACT((f->constEnd() - 1)->key, 5.0);
    // Every sample is visible, and the y range shows y = 0.
    const QCPRange y = view.plot()->yAxis->range();
    QVERIFY(y.contains(0.0));
    for (auto it = f->constBegin(); it != f->constEnd(); ++it) {
        QVERIFY(y.contains(it->value));
    }
}

void TestCurvesView::wideWindowGetsOneSamplePerPixel()
{
    CurvesView view;
    view.resize(2600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double pixels = view.plot()->width() * view.plot()->devicePixelRatioF();
    QVERIFY2(pixels >= 2600, "the plot did not take the view's width");
    QVERIFY(view.plot()->graph(0)->data()->size() >= pixels);

    view.resize(900, 500);
    QTRY_COMPARE(view.plot()->width(), 900);
    QCOMPARE(view.plot()->graph(0)->data()->size(), 2000);  // never fewer, sigmoid has no kinks
}

void TestCurvesView::peakOfDerivativeIsLabelledAndMarked_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << QStringLiteral("max σ′ = 0.25 at x = 0");
    QTest::newRow("tanh") << QStringLiteral("tanh") << QStringLiteral("max tanh′ = 1 at x = 0");
    // A plateau that opens at a kink: relu′(0) = 0, the left derivative, so the maximum holds for x > 0.
    QTest::newRow("relu") << QStringLiteral("relu") << QStringLiteral("max relu′ = 1 for x > 0");
    // Formulas written with the generic f′ give way to the display name.
    QTest::newRow("hardtanh") << QStringLiteral("hardtanh")
                              << QStringLiteral("max Hard tanh′ = 1 for -1 < x ≤ 1");
}

void TestCurvesView::peakOfDerivativeIsLabelledAndMarked()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    CurvesView view;
    view.setState(stateWith({id.toStdString()}));
    const QCPItemText* label = peakLabel(*view.plot());
    QVERIFY(label != nullptr);
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));

    const Activation& activation = *findActivation(id.toStdString());
    const PeakGradient peak = peakGradient(activation, activation.defaults());
    const std::vector<QPointF> markers = visiblePeakMarkers(*view.plot());
    QCOMPARE(markers.size(), std::size_t{1});
    COMPARE_EXACT(markers.front().x(), peak.x);
    COMPARE_EXACT(markers.front().y(), peak.value);
}

void TestCurvesView::legendAndLabelDoNotHideTheCurves_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("sigmoid") << QStringList{QStringLiteral("sigmoid")};
    QTest::newRow("tanh") << QStringList{QStringLiteral("tanh")};
    QTest::newRow("relu") << QStringList{QStringLiteral("relu")};
    QTest::newRow("gelu") << QStringList{QStringLiteral("gelu")};
}

void TestCurvesView::legendAndLabelDoNotHideTheCurves()
{
    QFETCH(QStringList, ids);
    CurvesView view;
    CurvesState state;
    state.activationIds.clear();
    for (const QString& id : ids) {
        state.activationIds.push_back(id.toStdString());
    }
    view.setState(state);
    view.resize(1200, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);

    const QCustomPlot& plot = *view.plot();
    QCOMPARE(pointsInside(plot, plot.legend->outerRect()), 0);
    const QCPItemText* label = peakLabel(plot);
    QVERIFY(label != nullptr);
    const QRectF labelBox(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition());
    QVERIFY(labelBox.width() > 0 && labelBox.height() > 0);
    QCOMPARE(pointsInside(plot, labelBox), 0);
    QVERIFY(!labelBox.intersects(plot.legend->outerRect()));
    QVERIFY(plot.axisRect()->rect().contains(labelBox.toAlignedRect()));
}

void TestCurvesView::unknownActivationIsSkipped()
{
    CurvesView view;
    QTest::ignoreMessage(QtWarningMsg, "CurvesView: no activation \"nope\"; skipped");
    view.setState(stateWith({"nope", "relu"}));
    QCOMPARE(view.plot()->graphCount(), 2);
    QCOMPARE(view.plot()->graph(0)->name(), QStringLiteral("ReLU"));
}

QTEST_MAIN(TestCurvesView)
#include "tst_curvesview.moc"
