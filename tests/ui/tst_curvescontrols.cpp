// The curves view driven through its real controls, as a user would: sliders generated from core's
// parameter descriptions, the function list, the probe and its readout, the mouse and the keyboard.

#include "core/activation.h"
#include "core/sampling.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvegraph.h"
#include "ui/curves/curvesview.h"
#include "ui/curves/formulapanel.h"
#include "ui/curves/functionlist.h"
#include "ui/curves/highlightpanel.h"
#include "ui/curves/parameterpanel.h"
#include "ui/curves/probereadout.h"
#include "ui/curves/seriesdrawing.h"

#include "tests/common/exactcompare.h"
#include "tests/ui/typenumber.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace actlab;
using actlab::testing::typeNumber;

namespace {

/// f of the series drawing `id`, compared point by point with core's samples at `p`.
void verifyDrawnFromCore(const CurvesView& view, const char* id, const ParameterValues& p)
{
    const Activation& activation = *findActivation(id);
    const CurvesPlot& plot = *view.plot();
    for (std::size_t i = 0; i < plot.seriesCount(); ++i) {
        if (plot.series(i).activation().id != activation.id) continue;
        const std::size_t points = view.sampleCount();
        std::vector<double> x(points + kMaxKinks), f(x.size()), df(x.size());
        const std::size_t n =
            sampleRange(activation, p, view.state().xFrom, view.state().xTo, points, true, x, f, df);
        const auto data = plot.series(i).functionGraph()->data();
        QCOMPARE(static_cast<std::size_t>(data->size()), n);
        for (std::size_t k = 0; k < n; ++k) {
            COMPARE_EXACT(data->at(static_cast<int>(k))->key, x[k]);
            COMPARE_EXACT(data->at(static_cast<int>(k))->value, f[k]);
        }
        return;
    }
    QFAIL("the function is not drawn");
}

CurvesState stateWith(std::vector<std::string> ids)
{
    CurvesState state;
    state.activationIds = std::move(ids);
    state.selectedId = state.activationIds.front();
    return state;
}

}  // namespace

class TestCurvesControls : public QObject {
    Q_OBJECT

private slots:
    void everyParameterHasASliderFromCore_data();
    void everyParameterHasASliderFromCore();
    void movingASliderRedrawsWithCoresValues_data();
    void movingASliderRedrawsWithCoresValues();
    void logScaleSlider();
    void typedParameterIsTakenExactly();
    void checkingAndUncheckingAddsAndRemovesGraphs();
    void functionListIsGrouped();
    void formulaPanelShowsTheSelectedFunction();
    void probeReadoutEqualsCore_data();
    void probeReadoutEqualsCore();
    void arrowKeysMoveTheProbe();
    void wheelZoomsAboutTheCursorAndDoubleClickResets();
    void dragPans();
    void resetShortcut();
    void hoverNamesTheNearestCurve();
    void highlightSwitchesAndEpsilon();
    void stackedToggle();
    void stateRoundTripsThroughTheView();
    void badStateIsRefusedAndChangesNothing();
};

void TestCurvesControls::everyParameterHasASliderFromCore_data()
{
    QTest::addColumn<QString>("id");
    for (const Activation& activation : activations()) {
        if (!activation.parameters.empty())
            QTest::newRow(std::string(activation.id).c_str()) << toQString(activation.id);
    }
}

// A number entry per ParameterSpec, with its range, its default and its label, all from core.
void TestCurvesControls::everyParameterHasASliderFromCore()
{
    QFETCH(QString, id);
    const Activation& activation = *findActivation(id.toStdString());
    CurvesView view;
    view.setState(stateWith({"sigmoid", id.toStdString()}));
    for (const ParameterSpec& spec : activation.parameters) {
        NumberEntry* row = view.parameterPanel()->entry(activation.id, spec.id);
        QVERIFY2(row != nullptr, spec.id.data());
        QCOMPARE(row->box()->minimum(), spec.minimum);
        QCOMPARE(row->box()->maximum(), spec.maximum);
        QCOMPARE(row->value(), spec.defaultValue);
        QCOMPARE(row->slider()->accessibleName(), toQString(activation.name) + u' ' + toQString(spec.label));
        QVERIFY(row->slider()->toolTip().contains(toQString(spec.id)));
        QCOMPARE(view.findChild<QSlider*>(id + u'.' + toQString(spec.id) + QStringLiteral(".slider")),
                 row->slider());
    }
    // No row for sigmoid: it has no parameters.
    QVERIFY(view.findChildren<QSlider*>(QRegularExpression(QStringLiteral("^sigmoid\\."))).isEmpty());
}

void TestCurvesControls::movingASliderRedrawsWithCoresValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("position");
    QTest::newRow("softplus β near 0.02") << QStringLiteral("softplus") << QStringLiteral("beta") << 70;
    QTest::newRow("softplus β near 40") << QStringLiteral("softplus") << QStringLiteral("beta") << 900;
    QTest::newRow("leaky_relu slope 0.3")
        << QStringLiteral("leaky_relu") << QStringLiteral("negative_slope") << 300;
    QTest::newRow("elu α 4") << QStringLiteral("elu") << QStringLiteral("alpha") << 800;
    QTest::newRow("swish β near 5") << QStringLiteral("swish") << QStringLiteral("beta") << 675;
    QTest::newRow("hardtanh min_val") << QStringLiteral("hardtanh") << QStringLiteral("min_val") << 100;
    QTest::newRow("hardtanh max_val") << QStringLiteral("hardtanh") << QStringLiteral("max_val") << 250;
}

// The slider's value lands in the state and reaches core: the curve on screen is core's, bit for bit.
void TestCurvesControls::movingASliderRedrawsWithCoresValues()
{
    QFETCH(QString, id);
    QFETCH(QString, parameter);
    QFETCH(int, position);
    const Activation& activation = *findActivation(id.toStdString());
    const int index = activation.parameterIndex(parameter.toStdString());
    CurvesView view;
    view.setState(stateWith({"tanh", id.toStdString()}));
    QSignalSpy changed(&view, &View::stateChanged);
    auto* slider = view.findChild<QSlider*>(id + u'.' + parameter + QStringLiteral(".slider"));
    QVERIFY(slider != nullptr);
    slider->setValue(position);
    QCOMPARE(changed.count(), 1);

    const ParameterValues p = view.state().parametersFor(activation);
    const double value = p[static_cast<std::size_t>(index)];
    const ParameterSpec& spec = activation.parameters[static_cast<std::size_t>(index)];
    QVERIFY(value != spec.defaultValue);
    QVERIFY(value >= spec.minimum && value <= spec.maximum);
    // A value a person can read back: the slider rounds to the digits its step resolves.
    const QString shortest = roundTripText(value);
    QVERIFY2(shortest.size() <= 5, qPrintable(shortest));
    COMPARE_EXACT(view.parameterPanel()->entry(activation.id, spec.id)->box()->value(), value);
    QCOMPARE(view.parameterPanel()->entry(activation.id, spec.id)->box()->text(), shortest);
    verifyDrawnFromCore(view, activation.id.data(), p);
    // The other function is untouched.
    verifyDrawnFromCore(view, "tanh", {});
}

void TestCurvesControls::logScaleSlider()
{
    CurvesView view;
    view.setState(stateWith({"softplus"}));
    NumberEntry* beta = view.parameterPanel()->entry("softplus", "beta");
    // 0.01 … 100 in log space: the middle is 1, a quarter is 0.1, the ends are the range's ends.
    const Activation& softplus = *findActivation("softplus");
    QCOMPARE(beta->slider()->value(), 500);  // the default, 1, sits in the middle
    beta->slider()->setValue(250);
    COMPARE_EXACT(view.state().parametersFor(softplus)[0], 0.1);
    beta->slider()->setValue(1000);
    COMPARE_EXACT(view.state().parametersFor(softplus)[0], 100.0);
    beta->slider()->setValue(0);
    COMPARE_EXACT(view.state().parametersFor(softplus)[0], 0.01);
    beta->slider()->setValue(500);
    COMPARE_EXACT(view.state().parametersFor(softplus)[0], 1.0);
    // 0.01 · 10^2.4 = 2.5118864315…, which the depth view once showed in full: 2.51 in every view.
    beta->slider()->setValue(600);
    COMPARE_EXACT(view.state().parametersFor(softplus)[0], 2.51);
    QCOMPARE(beta->box()->text(), QStringLiteral("2.51"));
}

void TestCurvesControls::typedParameterIsTakenExactly()
{
    CurvesView view;
    view.setState(stateWith({"softplus"}));
    typeNumber(view.parameterPanel()->entry("softplus", "beta")->box(), QStringLiteral("2.718281828"));
    COMPARE_EXACT(view.state().parameters.at("softplus")[0], 2.718281828);
    verifyDrawnFromCore(view, "softplus", {2.718281828, 0});
    QVERIFY(view.plot()->visibleLabels().contains(
        QStringLiteral("max gap ln 2 / β = %1 at x = 0")
            .arg(QString::number(std::log(2.0) / 2.718281828, 'g', 6))));
}

void TestCurvesControls::checkingAndUncheckingAddsAndRemovesGraphs()
{
    CurvesView view;  // sigmoid
    QTreeWidgetItem* relu = view.functionList()->itemOf(QStringLiteral("relu"));
    QTreeWidgetItem* gelu = view.functionList()->itemOf(QStringLiteral("gelu"));
    QTreeWidgetItem* sigmoid = view.functionList()->itemOf(QStringLiteral("sigmoid"));
    QCOMPARE(sigmoid->checkState(0), Qt::Checked);
    QCOMPARE(view.plot()->seriesCount(), std::size_t(1));

    relu->setCheckState(0, Qt::Checked);
    QCOMPARE(view.state().activationIds, (std::vector<std::string>{"sigmoid", "relu"}));
    QCOMPARE(view.plot()->seriesCount(), std::size_t(2));
    QCOMPARE(view.plot()->graphCount(), 4);
    QCOMPARE(view.plot()->legend->itemCount(), 4);
    QCOMPARE(view.state().selectedId, std::string("relu"));  // a newly checked function is explained
    gelu->setCheckState(0, Qt::Checked);
    QCOMPARE(view.plot()->graphCount(), 6);
    QCOMPARE(view.plot()->series(2).functionGraph()->name(), QStringLiteral("GELU"));

    sigmoid->setCheckState(0, Qt::Unchecked);
    QCOMPARE(view.state().activationIds, (std::vector<std::string>{"relu", "gelu"}));
    QCOMPARE(view.plot()->graphCount(), 4);
    QCOMPARE(view.plot()->series(0).functionGraph()->name(), QStringLiteral("ReLU"));
    QCOMPARE(view.probeReadout()->valueText(0), QStringLiteral("1.5"));  // relu(1.5), the readout follows

    relu->setCheckState(0, Qt::Unchecked);
    gelu->setCheckState(0, Qt::Unchecked);
    QCOMPARE(view.plot()->graphCount(), 0);  // nothing checked: an empty plot, no error
    QCOMPARE(view.plot()->legend->itemCount(), 0);
}

void TestCurvesControls::functionListIsGrouped()
{
    CurvesView view;
    QTreeWidget* tree = view.functionList()->tree();
    // The four families, then "Your functions", hidden while no formula has been typed.
    QCOMPARE(tree->topLevelItemCount(), 5);
    QVERIFY(tree->topLevelItem(4)->isHidden());
    QCOMPARE(tree->topLevelItem(4)->text(0), QStringLiteral("Your functions"));
    QStringList groups;
    int functions = 0;
    for (int g = 0; g < 4; ++g) {
        groups << tree->topLevelItem(g)->text(0);
        functions += tree->topLevelItem(g)->childCount();
    }
    QCOMPARE(groups, (QStringList{QStringLiteral("The classic four"), QStringLiteral("Rectifier family"),
                                  QStringLiteral("Smooth modern"), QStringLiteral("Hard variants")}));
    QCOMPARE(functions, static_cast<int>(activations().size()));
    QStringList classic;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        classic << tree->topLevelItem(0)->child(i)->text(0);
    QCOMPARE(classic, (QStringList{QStringLiteral("Sigmoid"), QStringLiteral("Tanh"), QStringLiteral("ReLU"),
                                   QStringLiteral("Softplus")}));
}

void TestCurvesControls::formulaPanelShowsTheSelectedFunction()
{
    CurvesView view;
    view.functionList()->tree()->setCurrentItem(view.functionList()->itemOf(QStringLiteral("mish")));
    QCOMPARE(view.state().selectedId, std::string("mish"));
    const Activation& mish = *findActivation("mish");
    QCOMPARE(view.formulaPanel()->title(), QStringLiteral("Mish"));
    QCOMPARE(view.formulaPanel()->formula(), toQString(mish.formula));
    QCOMPARE(view.formulaPanel()->derivativeFormula(), toQString(mish.derivativeFormula));
    QCOMPARE(view.formulaPanel()->note(), toQString(mish.note));
    // Selecting does not check: mish is explained, sigmoid is still the one drawn.
    QCOMPARE(view.state().activationIds, std::vector<std::string>{"sigmoid"});
}

void TestCurvesControls::probeReadoutEqualsCore_data()
{
    QTest::addColumn<double>("x");
    QTest::newRow("-2.5") << -2.5;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0 (relu's kink)") << 0.0;
    QTest::newRow("1e-3") << 1e-3;
    QTest::newRow("7.75") << 7.75;
    QTest::newRow("-40, beyond the view") << -40.0;
}

// The readout is core's value as the shortest text that reads back as the same double.
void TestCurvesControls::probeReadoutEqualsCore()
{
    QFETCH(double, x);
    CurvesView view;
    CurvesState state = stateWith({"sigmoid", "relu", "softplus", "gelu"});
    state.parameters["softplus"] = {2.5, 0};
    view.setState(state);
    typeNumber(view.findChild<NumberBox*>(QStringLiteral("probe.box")), roundTripText(x));
    COMPARE_EXACT(view.state().probeX, x);
    QCOMPARE(view.probeReadout()->xText(), roundTripText(x));
    const std::vector<std::pair<const char*, ParameterValues>> functions{
        {"sigmoid", {}}, {"relu", {}}, {"softplus", {2.5, 0}}, {"gelu", {}}};
    for (std::size_t i = 0; i < functions.size(); ++i) {
        const Activation& activation = *findActivation(functions[i].first);
        const double f = activation.value(x, functions[i].second);
        const double df = activation.derivative(x, functions[i].second);
        QCOMPARE(view.probeReadout()->valueText(i), roundTripText(f));
        QCOMPARE(view.probeReadout()->derivativeText(i), roundTripText(df));
        COMPARE_EXACT(view.probeReadout()->valueText(i).toDouble(), f);  // reads back as the same double
        COMPARE_EXACT(view.probeReadout()->derivativeText(i).toDouble(), df);
    }
}

void TestCurvesControls::arrowKeysMoveTheProbe()
{
    CurvesView view;
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->setFocus();
    // 1.5 over −8 … 8: the plot is between 800 and 1600 device pixels wide, so a pixel is 0.01 to
    // 0.02 and a step the round 0.02 (tst_plotinteraction checks the step at other sizes).
    QVERIFY(view.plot()->functionRect()->width() * view.plot()->devicePixelRatioF() >= 800);
    QVERIFY(view.plot()->functionRect()->width() * view.plot()->devicePixelRatioF() <= 1600);
    const double start = view.state().probeX;
    QTest::keyClick(view.plot(), Qt::Key_Right);
    COMPARE_EXACT(view.state().probeX, 1.52);
    QTest::keyClick(view.plot(), Qt::Key_Left);
    COMPARE_EXACT(view.state().probeX, start);
    QTest::keyClick(view.plot(), Qt::Key_Left, Qt::ShiftModifier);
    COMPARE_EXACT(view.state().probeX, 1.3);
    QCOMPARE(view.probeReadout()->xText(), QStringLiteral("1.3"));  // on the grid of round steps
}

void TestCurvesControls::wheelZoomsAboutTheCursorAndDoubleClickResets()
{
    CurvesView view;
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvesPlot* plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QRect area = plot->functionRect()->rect();
    const QPointF at(area.left() + area.width() * 0.75, area.center().y());
    const double x = plot->xAxis->pixelToCoord(at.x());
    QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    // One notch: 0.85 of the span, the point under the cursor where it was, both to within the pixel
    // the ends are snapped by.
    const double pixel = 16 * 0.85 / (plot->functionRect()->width() * plot->devicePixelRatioF());
    QVERIFY(std::abs((view.state().xTo - view.state().xFrom) - 16 * 0.85) <= pixel);
    QVERIFY(std::abs(plot->xAxis->pixelToCoord(at.x()) - x) <= pixel / 2);
    QVERIFY(view.state().yRange.has_value());  // the y axis was zoomed too: no longer fitted
    verifyDrawnFromCore(view, "sigmoid", {});  // resampled over the new range

    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, area.center());
    COMPARE_EXACT(view.state().xFrom, -8.0);
    COMPARE_EXACT(view.state().xTo, 8.0);
    QVERIFY(!view.state().yRange.has_value());
}

void TestCurvesControls::dragPans()
{
    CurvesView view;
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvesPlot* plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QRect area = plot->functionRect()->rect();
    const QPoint from = area.center();
    const QPoint to = from - QPoint(area.width() / 4, 0);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    // About a quarter of the width to the left: the view moves that share of the range (16) to the right,
    // to within the half pixel the ends are snapped by.
    const double shift = 16.0 * (area.width() / 4) / area.width();
    const double halfPixel = 16.0 / (area.width() * plot->devicePixelRatioF()) / 2;
    QVERIFY2(std::abs(view.state().xFrom - (-8.0 + shift)) <= halfPixel,
             qPrintable(QString::number(view.state().xFrom)));
    QVERIFY(std::abs(view.state().xTo - (8.0 + shift)) <= halfPixel);
    verifyDrawnFromCore(view, "sigmoid", {});
}

void TestCurvesControls::resetShortcut()
{
    CurvesView view;
    CurvesState state = view.state();
    state.xFrom = -1;
    state.xTo = 30;
    state.yRange = AxisRange{-2, 2};
    view.setState(state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->setFocus();
    QTest::keyClick(view.plot(), Qt::Key_0, Qt::ControlModifier);
    COMPARE_EXACT(view.state().xFrom, -8.0);
    COMPARE_EXACT(view.state().xTo, 8.0);
    QVERIFY(!view.state().yRange);
}

void TestCurvesControls::hoverNamesTheNearestCurve()
{
    CurvesView view;
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvesPlot* plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    // Over σ at x = 3: the tooltip names sigmoid and gives the sample's values.
    const QPointF on =
        plot->series(0).functionGraph()->coordsToPixels(3.0, findActivation("sigmoid")->value(3.0, {}));
    QMouseEvent move(QEvent::MouseMove, on, plot->mapToGlobal(on), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Sigmoid\nx = 2.99")) ||
                 QToolTip::text().startsWith(QStringLiteral("Sigmoid\nx = 3")),
             qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("y = 0.952")), qPrintable(QToolTip::text()));
}

void TestCurvesControls::highlightSwitchesAndEpsilon()
{
    CurvesView view;
    view.setState(stateWith({"sigmoid", "softplus"}));
    QCheckBox* gap = view.highlightPanel()->box(QStringLiteral("relu_gap"));
    QCheckBox* tanh = view.highlightPanel()->box(QStringLiteral("tanh_sigmoid"));
    QVERIFY(gap->isEnabled());
    QVERIFY(!tanh->isEnabled());  // tanh is not checked
    gap->setChecked(false);
    QVERIFY(!view.state().highlights.reluGap);
    QVERIFY(view.plot()->series(1).gapArrow() == nullptr);

    // ε from its slider reaches core's zones: 0.1 at the slider's position for it.
    typeNumber(view.highlightPanel()->epsilonEntry()->box(), QStringLiteral("0.1"));
    COMPARE_EXACT(view.state().highlights.epsilon, 0.1);
    const auto zones = saturationIntervals(*findActivation("sigmoid"), {}, 0.1);
    const QCPItemRect* left = view.plot()->series(0).shades().front();
    COMPARE_EXACT(left->bottomRight->coords().x(), zones.front().to);
}

void TestCurvesControls::stackedToggle()
{
    CurvesView view;
    auto* stacked = view.findChild<QCheckBox*>(QStringLiteral("layout.stacked"));
    QVERIFY(stacked != nullptr);
    stacked->setChecked(true);
    QVERIFY(view.state().layout == CurvesLayout::Stacked);
    QCOMPARE(view.plot()->axisRectCount(), 2);
    stacked->setChecked(false);
    QCOMPARE(view.plot()->axisRectCount(), 1);
}

// Everything a user sets is in saveState(), and a new view given it shows the same.
void TestCurvesControls::stateRoundTripsThroughTheView()
{
    CurvesView first;
    first.functionList()->itemOf(QStringLiteral("softplus"))->setCheckState(0, Qt::Checked);
    first.functionList()->itemOf(QStringLiteral("leaky_relu"))->setCheckState(0, Qt::Checked);
    first.parameterPanel()->entry("softplus", "beta")->slider()->setValue(700);
    typeNumber(first.parameterPanel()->entry("leaky_relu", "negative_slope")->box(), QStringLiteral("0.125"));
    typeNumber(first.findChild<NumberBox*>(QStringLiteral("probe.box")), QStringLiteral("-0.75"));
    first.findChild<QCheckBox*>(QStringLiteral("layout.stacked"))->setChecked(true);
    typeNumber(first.findChild<NumberBox*>(QStringLiteral("x_from.box")), QStringLiteral("-5"));
    first.highlightPanel()->box(QStringLiteral("minimum"))->setChecked(false);
    typeNumber(first.highlightPanel()->epsilonEntry()->box(), QStringLiteral("0.02"));
    first.functionList()->tree()->setCurrentItem(first.functionList()->itemOf(QStringLiteral("gelu")));

    const QJsonObject saved = first.saveState();
    CurvesView second;
    QSignalSpy changed(&second, &View::stateChanged);
    QCOMPARE(second.restoreState(saved), QString());
    QCOMPARE(changed.count(), 1);
    QVERIFY(second.state() == first.state());
    QCOMPARE(second.saveState(), saved);
    QCOMPARE(second.state().selectedId, std::string("gelu"));
    // The controls show the restored state.
    COMPARE_EXACT(second.parameterPanel()->entry("leaky_relu", "negative_slope")->value(), 0.125);
    QVERIFY(second.findChild<QCheckBox*>(QStringLiteral("layout.stacked"))->isChecked());
    QCOMPARE(second.functionList()->itemOf(QStringLiteral("softplus"))->checkState(0), Qt::Checked);
    QCOMPARE(second.probeReadout()->xText(), QStringLiteral("-0.75"));
    QCOMPARE(second.formulaPanel()->title(), QStringLiteral("GELU"));
    verifyDrawnFromCore(second, "softplus", first.state().parameters.at("softplus"));
}

void TestCurvesControls::badStateIsRefusedAndChangesNothing()
{
    CurvesView view;
    view.setState(stateWith({"tanh", "relu"}));
    const QJsonObject before = view.saveState();
    const QString error = view.restoreState(
        QJsonDocument::fromJson(R"({"functions": ["relu"], "parameters": {"softplus": {"beta": 1000}}})")
            .object());
    QCOMPARE(error, QStringLiteral("curves.parameters.softplus.beta: 1000 is outside [0.01, 100]"));
    QCOMPARE(view.saveState(), before);
    QCOMPARE(view.plot()->seriesCount(), std::size_t(2));
}

QTEST_MAIN(TestCurvesControls)
#include "tst_curvescontrols.moc"
