// The softmax view draws what core computes: bars are core's probabilities, heat-map cells are core's
// Jacobian entries, the slice is core's slice, and no control, label or curve ever shows NaN or inf,
// however extreme the logits or the temperature.

#include "core/activation.h"
#include "core/softmax.h"
#include "core/softmax_analysis.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/softmax/jacobianheatmap.h"
#include "ui/softmax/probabilitychart.h"
#include "ui/softmax/sliceplot.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxformulapanel.h"
#include "ui/softmax/softmaxview.h"

#include "tests/common/exactcompare.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <cfloat>
#include <cmath>
#include <memory>
#include <vector>

using namespace actlab;
using Vector = std::vector<double>;

Q_DECLARE_METATYPE(actlab::SoftmaxState)

namespace {

struct CoreValues {
    Vector s;
    Vector jacobian;
};

CoreValues coreValues(const SoftmaxState& state)
{
    const std::size_t n = state.classCount();
    CoreValues values{Vector(n), Vector(n * n)};
    softmax(state.logits, state.temperature, values.s);
    softmaxJacobian(state.logits, state.temperature, values.jacobian);
    return values;
}

/// A view at slide size, shown (offscreen) and laid out, so pixel geometry and tick labels are real.
std::unique_ptr<SoftmaxView> shownView(const SoftmaxState& state = {}, const Theme& theme = Theme::light())
{
    auto view = std::make_unique<SoftmaxView>();
    view->resize(1600, 1000);
    view->applyTheme(theme);
    view->setState(state);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) qWarning("view not exposed");
    for (QCustomPlot* plot : view->figure()->findChildren<QCustomPlot*>()) plot->replot();
    return view;
}

/// Checks what the bars and the heat map show against core, value by value and label by label.
void compareWithCore(const SoftmaxView& view, const SoftmaxState& state)
{
    const CoreValues core = coreValues(state);
    const std::size_t n = state.classCount();
    const auto bars = view.probabilityChart()->bars()->data();
    QCOMPARE(std::size_t(bars->size()), n);
    QCOMPARE(view.heatMap()->classCount(), n);
    for (std::size_t i = 0; i < n; ++i) {
        COMPARE_EXACT(bars->at(int(i))->key, double(i + 1));
        COMPARE_EXACT(bars->at(int(i))->value, core.s[i]);
        QCOMPARE(view.probabilityChart()->valueLabel(i), narrowText(core.s[i]));
        for (std::size_t j = 0; j < n; ++j) {
            COMPARE_EXACT(view.heatMap()->cellValue(i, j), core.jacobian[i * n + j]);
            QCOMPARE(view.heatMap()->cellText(i, j),
                     narrowText(core.jacobian[i * n + j], view.heatMap()->cellDigits()));
        }
    }
}

/// Every text and number on the figure and the controls that is NaN or infinite, with where it is.
QStringList nonFiniteOnScreen(SoftmaxView& view)
{
    static const QRegularExpression bad(QStringLiteral(R"((\bnan\b|\binf\b|∞))"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    const auto checkText = [&found](const QString& where, const QString& text) {
        if (bad.match(text).hasMatch()) found << where + QStringLiteral(": ") + text;
    };
    const auto checkNumber = [&found](const QString& where, double v) {
        if (!std::isfinite(v)) found << where + QStringLiteral(" = ") + QString::number(v);
    };
    for (QCustomPlot* plot : view.figure()->findChildren<QCustomPlot*>()) {
        plot->replot();
        const QString name = plot->objectName();
        for (int p = 0; p < plot->plottableCount(); ++p) {
            if (auto* graph = qobject_cast<QCPGraph*>(plot->plottable(p))) {
                for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                    checkNumber(name + QStringLiteral(" graph key"), it->key);
                    checkNumber(name + QStringLiteral(" graph value"), it->value);
                }
            }
            if (auto* bars = qobject_cast<QCPBars*>(plot->plottable(p))) {
                for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                    checkNumber(name + QStringLiteral(" bar"), it->value);
            }
        }
        for (int i = 0; i < plot->itemCount(); ++i) {
            QCPAbstractItem* item = plot->item(i);
            if (!item->visible()) continue;
            if (auto* text = qobject_cast<QCPItemText*>(item))
                checkText(name + QStringLiteral(" label"), text->text());
            for (QCPItemPosition* position : item->positions()) {
                checkNumber(name + QStringLiteral(" item x"), position->pixelPosition().x());
                checkNumber(name + QStringLiteral(" item y"), position->pixelPosition().y());
            }
        }
        for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
            if (auto* text = qobject_cast<QCPTextElement*>(element))
                checkText(name + QStringLiteral(" title"), text->text());
            if (auto* scale = qobject_cast<QCPColorScale*>(element)) {
                checkNumber(name + QStringLiteral(" scale"), scale->dataRange().lower);
                checkNumber(name + QStringLiteral(" scale"), scale->dataRange().upper);
            }
        }
        for (QCPAxisRect* rect : plot->axisRects()) {
            for (QCPAxis* axis : rect->axes()) {
                if (!axis->visible()) continue;
                checkNumber(name + QStringLiteral(" axis"), axis->range().lower);
                checkNumber(name + QStringLiteral(" axis"), axis->range().upper);
                for (const QString& tick : axis->tickVectorLabels())
                    checkText(name + QStringLiteral(" tick"), tick);
                checkText(name + QStringLiteral(" axis label"), axis->label());
            }
        }
    }
    checkText(QStringLiteral("formula"), view.formulaPanel()->plainText());
    for (const QLineEdit* edit : view.findChildren<QLineEdit*>())
        checkText(QStringLiteral("box"), edit->text());
    for (const QLabel* label : view.findChildren<QLabel*>())
        checkText(QStringLiteral("control label"), label->text());
    return found;
}

/// The number after the last "= " of a tooltip, read back as a double.
double lastNumberIn(const QString& toolTip)
{
    const QString last = toolTip.split(u'\n').last();
    return QLocale::c().toDouble(last.mid(last.lastIndexOf(QStringLiteral("= ")) + 2));
}

}  // namespace

class TestSoftmaxView : public QObject {
    Q_OBJECT

private slots:
    void defaultShowsFourClassesAtTemperatureOne();
    void barsAndCellsAreCoresValues_data();
    void barsAndCellsAreCoresValues();
    void logitSliderUpdatesBarsAndHeatMap();
    void temperatureSliderUpdatesBarsAndHeatMap();
    void typedLogitsReachCoreExactly_data();
    void typedLogitsReachCoreExactly();
    void arrowKeysStepTheSecondDigit();
    void refusedTextKeepsTheValue_data();
    void refusedTextKeepsTheValue();
    void classCountResizesEverything();
    void displayedRowsSumToZero_data();
    void displayedRowsSumToZero();
    void twoClassSliceIsASigmoidOfTheDifference_data();
    void twoClassSliceIsASigmoidOfTheDifference();
    void sliceIsCoresSliceWithTheCurrentLogitMarked();
    void extremeValuesShowNothingNonFinite_data();
    void extremeValuesShowNothingNonFinite();
    void nonFiniteResultFromCoreIsRefusedNotShown();
    void logProbabilityBelowTheLargestDoubleIsSaidInWords();
    void lowTemperatureLooksOneHotHighLooksUniform();
    void diagonalIsOutlinedAndColoursDivergeAroundZero_data();
    void diagonalIsOutlinedAndColoursDivergeAroundZero();
    void cellValuesFitTheirCells_data();
    void cellValuesFitTheirCells();
    void toolTipsCarryFullPrecision();
    void clickingACellSelectsTheSlice();
    void formulaShowsTheKroneckerAndTheMatrixForm();
    void badStateIsRefusedAndChangesNothing();
};

void TestSoftmaxView::defaultShowsFourClassesAtTemperatureOne()
{
    SoftmaxView view;
    QVERIFY(view.state() == SoftmaxState{});
    QCOMPARE(view.viewId(), QStringLiteral("softmax"));
    compareWithCore(view, SoftmaxState{});
    // Four significant digits, a true minus sign: what a student copies off the slide.
    QCOMPARE(view.probabilityChart()->valueLabel(0), QStringLiteral("0.6381"));
    QCOMPARE(view.heatMap()->cellText(0, 0), QStringLiteral("0.2309"));
    QCOMPARE(view.heatMap()->cellText(0, 1), QStringLiteral("\u22120.1498"));
    QCOMPARE(view.heatMap()->cellText(3, 2), QStringLiteral("\u22120.003032"));
    QVERIFY(view.figure() != &view);  // the figure is the plots only, without the controls
    QVERIFY(view.figure()->findChild<QSlider*>() == nullptr);
}

void TestSoftmaxView::barsAndCellsAreCoresValues_data()
{
    QTest::addColumn<SoftmaxState>("state");
    QTest::newRow("default") << SoftmaxState{};
    QTest::newRow("two classes") << SoftmaxState{{0.3, -1.2}, 1.0, 0, 1};
    QTest::newRow("ten classes, T = 0.7") << SoftmaxState{{-5, 2, 0.5, 9, 9, -1e3, 3, 3, 0, 1}, 0.7, 3, 4};
    QTest::newRow("T = 0.05") << SoftmaxState{{0.3, 0.1, -0.2}, 0.05, 1, 1};
    QTest::newRow("T = 20") << SoftmaxState{{1.5, -2.25, 0.125, 7}, 20.0, 0, 3};
    QTest::newRow("tiny probabilities") << SoftmaxState{{0, -700, -30.5, 3}, 1.0, 1, 0};
    QTest::newRow("±1000") << SoftmaxState{{1000, -1000, 0}, 1.0, 0, 0};
    QTest::newRow("±1e308") << SoftmaxState{{1e308, -1e308, 5}, 0.05, 2, 0};
    QTest::newRow("ties at 1e308") << SoftmaxState{{1e308, 1e308, -1e308}, 20.0, 1, 0};
}

void TestSoftmaxView::barsAndCellsAreCoresValues()
{
    QFETCH(SoftmaxState, state);
    SoftmaxView view;
    view.setState(state);
    QVERIFY(view.state() == state);
    compareWithCore(view, state);
    // Σ and H are core's, printed at four digits.
    QVERIFY2(view.probabilityChart()->summary().contains(
                 QStringLiteral("Σ sᵢ = %1").arg(compactText(compensatedSum(coreValues(state).s)))),
             qPrintable(view.probabilityChart()->summary()));
    QVERIFY(view.probabilityChart()->summary().contains(
        QStringLiteral("H = %1 nats").arg(compactText(softmaxEntropy(state.logits, state.temperature)))));
    QVERIFY(view.probabilityChart()->summary().contains(QStringLiteral("Σ sᵢ = 1 ")));
}

void TestSoftmaxView::logitSliderUpdatesBarsAndHeatMap()
{
    SoftmaxView view;
    QSignalSpy changed(&view, &View::stateChanged);
    auto* slider = view.findChild<QSlider*>(QStringLiteral("logit1.slider"));
    QVERIFY(slider != nullptr);
    slider->setValue(1350);  // 3.5: steps of 0.01 from −10
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.state().logits[1], 3.5);
    compareWithCore(view, view.state());
    // The new largest logit now holds the largest probability, on screen.
    QVERIFY(view.probabilityChart()->bars()->data()->at(1)->value >
            view.probabilityChart()->bars()->data()->at(0)->value);
    QCOMPARE(view.findChild<QAbstractSpinBox*>(QStringLiteral("logit1.box"))->text(), QStringLiteral("3.5"));

    slider->setValue(0);
    COMPARE_EXACT(view.state().logits[1], -10.0);
    compareWithCore(view, view.state());
}

void TestSoftmaxView::temperatureSliderUpdatesBarsAndHeatMap()
{
    SoftmaxView view;
    auto* slider = view.findChild<QSlider*>(QStringLiteral("temperature.slider"));
    QVERIFY(slider != nullptr);
    QCOMPARE(slider->value(), 500);  // T = 1 sits in the middle of the log scale
    slider->setValue(0);
    QCOMPARE(view.state().temperature, 0.05);
    compareWithCore(view, view.state());
    slider->setValue(1000);
    QCOMPARE(view.state().temperature, 20.0);
    compareWithCore(view, view.state());
    slider->setValue(250);
    QCOMPARE(view.state().temperature, 0.224);  // 0.05 · 400^¼ = 0.2236…, to the digits a step needs
    compareWithCore(view, view.state());
}

void TestSoftmaxView::typedLogitsReachCoreExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("sliderPosition");
    QTest::newRow("1000") << QStringLiteral("1000") << 1000.0 << 2000;
    QTest::newRow("1e308") << QStringLiteral("1e308") << 1e308 << 2000;
    QTest::newRow("-1e308") << QStringLiteral("-1e308") << -1e308 << 0;
    QTest::newRow("largest double") << QStringLiteral("1.7976931348623157e308") << DBL_MAX << 2000;
    QTest::newRow("-2.5e-7") << QStringLiteral("-2.5e-7") << -2.5e-7 << 1000;
    QTest::newRow("0.1") << QStringLiteral("0.1") << 0.1 << 1010;
    QTest::newRow("spaces around") << QStringLiteral(" 7.25 ") << 7.25 << 1725;
}

void TestSoftmaxView::typedLogitsReachCoreExactly()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(int, sliderPosition);
    auto view = shownView();
    auto* box = view->findChild<NumberBox*>(QStringLiteral("logit2.box"));
    QVERIFY(box != nullptr);
    auto* edit = box->findChild<QLineEdit*>();
    box->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    COMPARE_EXACT(view->state().logits[2], value);
    QCOMPARE(view->findChild<QSlider*>(QStringLiteral("logit2.slider"))->value(), sliderPosition);
    compareWithCore(*view, view->state());
    QVERIFY2(nonFiniteOnScreen(*view).isEmpty(), qPrintable(nonFiniteOnScreen(*view).join(u'\n')));
}

// The arrows step the second significant digit (Page Up/Down ten of those), as in every number box.
void TestSoftmaxView::arrowKeysStepTheSecondDigit()
{
    auto view = shownView();
    auto* box = view->findChild<NumberBox*>(QStringLiteral("logit2.box"));  // a₃ = 0.1
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up);
    COMPARE_EXACT(view->state().logits[2], 0.11);
    QTest::keyClick(box, Qt::Key_Down);
    COMPARE_EXACT(view->state().logits[2], 0.1);
    for (int k = 0; k < 2; ++k) QTest::keyClick(box, Qt::Key_PageUp);
    // 0.1 + 0.1 + 0.1 would be 0.30000000000000004; the box lands on 0.3 itself.
    COMPARE_EXACT(view->state().logits[2], 0.3);
    QCOMPARE(box->findChild<QLineEdit*>()->text(), QStringLiteral("0.3"));
    QTest::keyClick(box, Qt::Key_Down);
    COMPARE_EXACT(view->state().logits[2], 0.29);
    compareWithCore(*view, view->state());
}

void TestSoftmaxView::refusedTextKeepsTheValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("beyond the largest double") << QStringLiteral("1e309");
    QTest::newRow("empty") << QString();
    QTest::newRow("a sign only") << QStringLiteral("-");
    QTest::newRow("an exponent without digits") << QStringLiteral("2e");
    QTest::newRow("letters are not even typed") << QStringLiteral("abc");
}

void TestSoftmaxView::refusedTextKeepsTheValue()
{
    QFETCH(QString, text);
    auto view = shownView();
    const SoftmaxState before = view->state();
    QSignalSpy changed(view.get(), &View::stateChanged);
    auto* box = view->findChild<NumberBox*>(QStringLiteral("logit0.box"));
    auto* edit = box->findChild<QLineEdit*>();
    box->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(changed.count(), 0);
    QVERIFY(view->state() == before);
    QCOMPARE(edit->text(), QStringLiteral("2"));  // the value in force comes back
}

void TestSoftmaxView::classCountResizesEverything()
{
    SoftmaxView view;
    view.setState(SoftmaxState{{2, 1, 0.1, -1}, 1.0, 3, 2});
    auto* count = view.findChild<QSlider*>(QStringLiteral("classCount.slider"));
    QVERIFY(count != nullptr);
    QCOMPARE(count->value(), 4);
    QCOMPARE(view.findChild<NumberBox*>(QStringLiteral("classCount.box"))->text(), QStringLiteral("4"));
    count->setValue(10);
    QCOMPARE(view.state().classCount(), std::size_t(10));
    QCOMPARE(view.state().logits[9], 0.0);  // new classes start at 0
    QCOMPARE(view.findChildren<QSlider*>(QRegularExpression(QStringLiteral(R"(^logit\d+\.slider$)"))).size(),
             10);
    compareWithCore(view, view.state());
    count->setValue(2);
    QCOMPARE(view.state().classCount(), std::size_t(2));
    QCOMPARE(view.state().sliceOutput, std::size_t(1));  // the slice moved inside the smaller matrix
    QCOMPARE(view.state().sliceLogit, std::size_t(1));
    QCOMPARE(view.findChildren<QSlider*>(QRegularExpression(QStringLiteral(R"(^logit\d+\.slider$)"))).size(),
             2);
    QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("sliceOutput"))->count(), 2);
    compareWithCore(view, view.state());
}

void TestSoftmaxView::displayedRowsSumToZero_data()
{
    QTest::addColumn<SoftmaxState>("state");
    QTest::newRow("default") << SoftmaxState{};
    QTest::newRow("ten mixed") << SoftmaxState{{-5, 2, 0.5, 9, 9, -1e3, 3, 3, 0, 1}, 1.0, 0, 0};
    QTest::newRow("near uniform, T = 20") << SoftmaxState{{1.5, -2.25, 0.125, 7, 0.3, -0.4}, 20.0, 0, 0};
    QTest::newRow("near one-hot") << SoftmaxState{{50, 0, 4}, 1.0, 0, 0};
    QTest::newRow("±1e308") << SoftmaxState{{1e308, -1e308, 0.5, 0}, 1.0, 0, 0};
    // At T = 0.05 a tie makes the entries 20 times larger (up to 5), and with them their rounding.
    QTest::newRow("T = 0.05, ties") << SoftmaxState{{0.3, 0.3, 0.25, 0.1}, 0.05, 0, 0};
    QTest::newRow("T = 0.05, ten close")
        << SoftmaxState{{0.11, 0.1, 0.12, 0.09, 0.1, 0.105, 0.115, 0.095, 0.1, 0.12}, 0.05, 0, 0};
}

void TestSoftmaxView::displayedRowsSumToZero()
{
    QFETCH(SoftmaxState, state);
    SoftmaxView view;
    view.setState(state);
    const std::size_t n = state.classCount();
    for (std::size_t i = 0; i < n; ++i) {
        long double sum = 0;  // the entries as displayed, summed with more precision than they carry
        for (std::size_t j = 0; j < n; ++j) sum += view.heatMap()->cellValue(i, j);
        QVERIFY2(std::fabs(double(sum)) <= 1e-15,
                 qPrintable(QStringLiteral("row %1 sums to %2").arg(i).arg(double(sum), 0, 'g', 17)));
        QCOMPARE(view.heatMap()->rowSumText(i), QStringLiteral("0"));
    }
}

void TestSoftmaxView::twoClassSliceIsASigmoidOfTheDifference_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("output");
    QTest::addColumn<int>("logit");
    for (const double t : {0.05, 0.3, 1.0, 7.5, 20.0}) {
        for (const int output : {0, 1}) {
            for (const int logit : {0, 1}) {
                QTest::newRow(qPrintable(
                    QStringLiteral("T = %1, s%2 against a%3").arg(t).arg(output + 1).arg(logit + 1)))
                    << t << output << logit;
            }
        }
    }
}

void TestSoftmaxView::twoClassSliceIsASigmoidOfTheDifference()
{
    QFETCH(double, temperature);
    QFETCH(int, output);
    QFETCH(int, logit);
    // The fixed logit is 0, so the difference a_out − a_other is exactly ±(the swept value).
    SoftmaxState state{{0.0, 0.0}, temperature, std::size_t(output), std::size_t(logit)};
    state.logits[std::size_t(logit)] = 1.25;
    SoftmaxView view;
    view.setState(state);

    const Activation& sigmoid = *findActivation("sigmoid");
    const ParameterValues none = sigmoid.defaults();
    const SlicePlot& slice = *view.slicePlot();
    QCOMPARE(slice.keyScale(), 1.0);
    const auto s = slice.probabilityGraph()->data();
    const auto ds = slice.derivativeGraph()->data();
    QCOMPARE(std::size_t(s->size()), SoftmaxView::kSlicePoints);
    for (int k = 0; k < s->size(); ++k) {
        const double swept = s->at(k)->key;
        const double difference = output == logit ? swept : -swept;
        const double x = difference / temperature;
        const double sigma = sigmoid.value(x, none);
        const double slope = (output == logit ? 1.0 : -1.0) * sigmoid.derivative(x, none) / temperature;
        // A few ulp each way, plus what rounding x = d/T to a double does to σ (softmax keeps it exact).
        const double tolerance = 1e-15 + std::fabs(x) * DBL_EPSILON;
        QVERIFY2(std::fabs(s->at(k)->value - sigma) <= tolerance * sigma,
                 qPrintable(QStringLiteral("x = %1: %2 vs σ = %3")
                                .arg(x)
                                .arg(s->at(k)->value, 0, 'g', 17)
                                .arg(sigma, 0, 'g', 17)));
        QVERIFY2(std::fabs(ds->at(k)->value - slope) <= tolerance * std::fabs(slope),
                 qPrintable(QStringLiteral("x = %1: %2 vs σ′/T = %3")
                                .arg(x)
                                .arg(ds->at(k)->value, 0, 'g', 17)
                                .arg(slope, 0, 'g', 17)));
    }
    // And the view says so.
    const QString other = logitName(1 - std::size_t(output));
    QVERIFY2(slice.note().contains(
                 QStringLiteral("%1 = σ((%2 − %3) / T) exactly")
                     .arg(probabilityName(std::size_t(output)), logitName(std::size_t(output)), other)),
             qPrintable(slice.note()));
    QVERIFY(slice.note().contains(QStringLiteral("sigmoid of the difference")));
    QVERIFY(view.formulaPanel()->plainText().contains(QStringLiteral("sigmoid of the difference")));
}

void TestSoftmaxView::sliceIsCoresSliceWithTheCurrentLogitMarked()
{
    const SoftmaxState state{{0.5, -1.25, 2, 0.75, -3}, 0.7, 3, 1};
    SoftmaxView view;
    view.setState(state);
    const SlicePlot& slice = *view.slicePlot();
    const SoftmaxNumbers& numbers = view.numbers();
    const auto s = slice.probabilityGraph()->data();
    const auto ds = slice.derivativeGraph()->data();
    Vector probability(numbers.sweep.size());
    Vector derivative(numbers.sweep.size());
    softmaxSlice(state.logits, state.temperature, 3, 1, numbers.sweep, probability, derivative);
    QCOMPARE(std::size_t(s->size()), numbers.sweep.size());
    for (int k = 0; k < s->size(); ++k) {
        COMPARE_EXACT(s->at(k)->key, numbers.sweep[std::size_t(k)]);
        COMPARE_EXACT(s->at(k)->value, probability[std::size_t(k)]);
        COMPARE_EXACT(ds->at(k)->value, derivative[std::size_t(k)]);
    }
    // The sweep covers the sliders' ±10 and the current logit, and the note names where s turns over.
    QVERIFY(numbers.sweepFrom <= -10 && numbers.sweepTo >= 10);
    QVERIFY(slice.note().contains(compactText(softmaxCrossover(state.logits, state.temperature, 1))));
    // The markers sit at the current logit, on core's sᵢ and ∂sᵢ/∂aⱼ (the bar and the heat-map cell).
    int tracers = 0;
    for (int i = 0; i < slice.itemCount(); ++i) {
        if (auto* tracer = qobject_cast<QCPItemTracer*>(slice.item(i))) {
            ++tracers;
            COMPARE_EXACT(tracer->position->coords().x(), -1.25);
            const double y = tracer->position->coords().y();
            QVERIFY(y == view.heatMap()->cellValue(3, 1) ||
                    y == view.probabilityChart()->bars()->data()->at(3)->value);
        }
    }
    QCOMPARE(tracers, 2);
}

void TestSoftmaxView::extremeValuesShowNothingNonFinite_data()
{
    QTest::addColumn<SoftmaxState>("state");
    QTest::addColumn<QString>("theme");
    QTest::newRow("±1000") << SoftmaxState{{1000, -1000}, 1.0, 0, 0} << QStringLiteral("light");
    QTest::newRow("±1000, T = 0.05") << SoftmaxState{{1000, -1000, 0}, 0.05, 1, 0} << QStringLiteral("dark");
    QTest::newRow("1e308 against 0") << SoftmaxState{{1e308, 0, 0}, 1.0, 0, 0} << QStringLiteral("print");
    QTest::newRow("±1e308, T = 20") << SoftmaxState{{1e308, -1e308}, 20.0, 1, 0}
                                    << QStringLiteral("presentation");
    QTest::newRow("largest doubles") << SoftmaxState{{DBL_MAX, -DBL_MAX, DBL_MAX}, 0.05, 1, 2}
                                     << QStringLiteral("light");
    QTest::newRow("all 1e308") << SoftmaxState(SoftmaxState{Vector(10, 1e308), 0.05, 9, 0})
                               << QStringLiteral("dark");
    QTest::newRow("all equal, T = 0.05")
        << SoftmaxState{Vector(7, -3.5), 0.05, 2, 2} << QStringLiteral("light");
    QTest::newRow("subnormal logits")
        << SoftmaxState{{4.9e-324, -4.9e-324}, 0.05, 0, 1} << QStringLiteral("light");
    QTest::newRow("one-hot at T = 0.05")
        << SoftmaxState{{10, -10, 0, 3}, 0.05, 0, 0} << QStringLiteral("print");
    QTest::newRow("uniform at T = 20")
        << SoftmaxState{{0.1, -0.2, 0.05}, 20.0, 0, 2} << QStringLiteral("presentation");
}

void TestSoftmaxView::extremeValuesShowNothingNonFinite()
{
    QFETCH(SoftmaxState, state);
    QFETCH(QString, theme);
    auto view = shownView(state, Theme::byId(theme));
    QVERIFY(view->state() == state);
    compareWithCore(*view, state);
    const QStringList found = nonFiniteOnScreen(*view);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    for (std::size_t i = 0; i < state.classCount(); ++i)
        QCOMPARE(view->heatMap()->rowSumText(i), QStringLiteral("0"));
    QVERIFY(!view->figure()->grab().isNull());
}

// Core's softmax of {2.876309015779688e305, DBL_MAX} was once NaN (an overflow inside an error-free
// sum). Whatever core returns, the screen shows finite numbers: the state is applied, or refused with a
// note and the box going back to the value in force.
void TestSoftmaxView::nonFiniteResultFromCoreIsRefusedNotShown()
{
    auto view = shownView(SoftmaxState{{2.876309015779688e305, 0.0, 1.0}, 1.0, 0, 0});
    const SoftmaxState before = view->state();
    auto* box = view->findChild<NumberBox*>(QStringLiteral("logit1.box"));
    auto* edit = box->findChild<QLineEdit*>();
    box->setFocus();
    edit->selectAll();
    Vector s(3);
    softmax(Vector{2.876309015779688e305, DBL_MAX, 1.0}, 1.0, s);
    const bool coreIsFinite = std::isfinite(s[0]) && std::isfinite(s[1]) && std::isfinite(s[2]);
    if (!coreIsFinite) QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("non-finite")));
    QTest::keyClicks(edit, QStringLiteral("1.7976931348623157e308"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto* refusal = view->findChild<QLabel*>(QStringLiteral("refusal"));
    if (view->state() == before) {
        QVERIFY2(!coreIsFinite, "a state core evaluates finitely was refused");
        QVERIFY(!refusal->isHidden());
        QVERIFY(refusal->text().contains(QStringLiteral("non-finite")));
        QCOMPARE(edit->text(), QStringLiteral("0"));
    } else {
        COMPARE_EXACT(view->state().logits[1], DBL_MAX);
        QVERIFY(refusal->isHidden());
        compareWithCore(*view, view->state());
    }
    const QStringList found = nonFiniteOnScreen(*view);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSoftmaxView::logProbabilityBelowTheLargestDoubleIsSaidInWords()
{
    SoftmaxView view;
    QVERIFY(view.setState(SoftmaxState{{1e308, -1e308}, 0.05, 0, 0}));
    QVERIFY(std::isinf(view.numbers().logProbabilities[1]));
    const QString tip = view.probabilityChart()->toolTipFor(1);
    QVERIFY2(tip.contains(QStringLiteral("log s₂ = below -1.7976931348623157e308")), qPrintable(tip));
    QCOMPARE(view.probabilityChart()->valueLabel(1), QStringLiteral("0"));
}

void TestSoftmaxView::lowTemperatureLooksOneHotHighLooksUniform()
{
    const Vector logits{2, 1, 0.1, -1};
    SoftmaxView view;
    view.setState(SoftmaxState{logits, 0.05, 0, 0});
    const auto bars = view.probabilityChart()->bars()->data();
    QVERIFY(bars->at(0)->value > 0.9999999);
    for (int i = 1; i < 4; ++i) QVERIFY(bars->at(i)->value < 1e-8);
    QCOMPARE(view.probabilityChart()->valueLabel(0), QStringLiteral("1"));

    view.setState(SoftmaxState{logits, 20.0, 0, 0});
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::fabs(bars->at(i)->value - 0.25) < 0.02,
                 qPrintable(QString::number(bars->at(i)->value)));
    // The entropy approaches ln 4 = 1.386 (printed beside it as the uniform value).
    QVERIFY(view.probabilityChart()->summary().contains(QStringLiteral("H = 1.385 nats")));
    QVERIFY(view.probabilityChart()->summary().contains(QStringLiteral("ln 4 = 1.386")));
}

void TestSoftmaxView::diagonalIsOutlinedAndColoursDivergeAroundZero_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString& theme : Theme::ids()) QTest::newRow(qPrintable(theme)) << theme;
}

void TestSoftmaxView::diagonalIsOutlinedAndColoursDivergeAroundZero()
{
    QFETCH(QString, theme);
    const Theme t = Theme::byId(theme);
    SoftmaxView view;
    view.applyTheme(t);
    view.setState(SoftmaxState{{0.5, 0.2, -0.3, 1.5, 0.1}, 1.6, 0, 0});
    const JacobianHeatMap& map = *view.heatMap();
    double limit = 0;
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = 0; j < 5; ++j) limit = std::max(limit, std::fabs(map.cellValue(i, j)));
    QCOMPARE(map.scaleLimit(), limit);  // symmetric about 0: ± the largest |entry|

    for (std::size_t i = 0; i < 5; ++i) {
        for (std::size_t j = 0; j < 5; ++j) {
            QCOMPARE(map.cellOutlined(i, j), i == j);
            const QColor c = map.cellColor(i, j);
            const double v = map.cellValue(i, j);
            QVERIFY(i == j ? v > 0 : v < 0);
            if (t.monochrome) {
                QVERIFY2(c.red() == c.green() && c.green() == c.blue(), "print uses greys only");
                // Dark grey negative, light positive.
                QVERIFY(i == j ? c.lightness() > 180 : c.lightness() < 180);
            } else {
                QVERIFY2(i == j ? c.red() > c.blue() : c.blue() > c.red(), qPrintable(c.name()));
            }
        }
    }
    // The stronger an entry, the further from the centre colour: the largest diagonal entry (s₄, 1.5 is
    // the largest logit) is more saturated, or in print lighter, than the smallest one (s₃).
    const QColor strong = map.cellColor(3, 3);
    const QColor weak = map.cellColor(2, 2);
    if (t.monochrome)
        QVERIFY(strong.lightness() > weak.lightness());
    else
        QVERIFY(strong.red() - strong.blue() > weak.red() - weak.blue());
}

void TestSoftmaxView::cellValuesFitTheirCells_data()
{
    QTest::addColumn<SoftmaxState>("state");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("digits");
    QTest::newRow("4 classes: 4 digits") << SoftmaxState{} << QStringLiteral("light") << 4;
    QTest::newRow("4 classes, presentation: 4 digits")
        << SoftmaxState{} << QStringLiteral("presentation") << 4;
    const Vector ten{1.2, -0.4, 2.5, 0.3, -1.7, 0.9, 3.1, -2.2, 0.0, 1.6};
    QTest::newRow("10 classes: fewer digits, still readable")
        << SoftmaxState{ten, 0.8, 6, 2} << QStringLiteral("light") << 0;
    QTest::newRow("10 classes, presentation")
        << SoftmaxState{ten, 0.8, 6, 2} << QStringLiteral("presentation") << 0;
}

// Every printed value sits inside its cell at a readable size; where four digits would not, fewer are
// printed (the tooltip still has all of them), and a value too wide even so ("−4.3 × 10⁻⁴" in a 10 × 10
// matrix) is left to its tooltip.
void TestSoftmaxView::cellValuesFitTheirCells()
{
    QFETCH(SoftmaxState, state);
    QFETCH(QString, theme);
    QFETCH(int, digits);
    auto view = shownView(state, Theme::byId(theme));
    JacobianHeatMap& map = *view->heatMap();
    if (digits != 0) QCOMPARE(map.cellDigits(), digits);
    QVERIFY(map.cellDigits() >= 2 && map.cellDigits() <= 4);
    const double cellWidth = std::fabs(map.xAxis->coordToPixel(2.0) - map.xAxis->coordToPixel(1.0));
    const std::size_t n = state.classCount();
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            auto* label = map.findChild<QCPItemText*>(QStringLiteral("cellLabel_%1_%2").arg(i).arg(j));
            QVERIFY(label != nullptr);
            QCOMPARE(label->text(), narrowText(map.cellValue(i, j), map.cellDigits()));
            QVERIFY2(label->font().pointSizeF() >= 6.5,
                     qPrintable(QString::number(label->font().pointSizeF())));
            const bool fits =
                QFontMetricsF(label->font()).horizontalAdvance(label->text()) <= 0.93 * cellWidth;
            QCOMPARE(map.cellTextShown(i, j), fits);
            // The diagonal, the entries that matter most, is always printed; a hidden one is under 1% of the
            // scale, its colour that of 0.
            if (i == j) QVERIFY2(fits, qPrintable(label->text()));
            if (!fits)
                QVERIFY2(std::fabs(map.cellValue(i, j)) < 0.01 * map.scaleLimit(), qPrintable(label->text()));
            QVERIFY(map.cellToolTip(i, j).contains(roundTripText(map.cellValue(i, j))));
        }
    }
}

void TestSoftmaxView::toolTipsCarryFullPrecision()
{
    const SoftmaxState state{{0.5, -700, 0.1}, 0.3, 0, 0};
    SoftmaxView view;
    view.setState(state);
    const CoreValues core = coreValues(state);
    for (std::size_t i = 0; i < 3; ++i) {
        const QString bar = view.probabilityChart()->toolTipFor(i);
        QVERIFY2(bar.contains(probabilityName(i) + QStringLiteral(" = ") + roundTripText(core.s[i])),
                 qPrintable(bar));
        COMPARE_EXACT(QLocale::c().toDouble(roundTripText(core.s[i])), core.s[i]);
        for (std::size_t j = 0; j < 3; ++j) {
            const QString cell = view.heatMap()->cellToolTip(i, j);
            COMPARE_EXACT(lastNumberIn(cell), core.jacobian[i * 3 + j]);
            QVERIFY(cell.contains(i == j ? QStringLiteral("(diagonal)") : QStringLiteral("(off-diagonal)")));
        }
        QVERIFY(view.heatMap()->rowSumToolTip(i).contains(QStringLiteral("= 0 exactly")));
    }
    // 4 significant digits in the cell, all 17 in the tooltip.
    QCOMPARE(view.heatMap()->cellText(0, 2), narrowText(core.jacobian[2]));
    QVERIFY(narrowText(core.jacobian[2]).size() < roundTripText(core.jacobian[2]).size());
}

void TestSoftmaxView::clickingACellSelectsTheSlice()
{
    auto view = shownView();
    QSignalSpy changed(view.get(), &View::stateChanged);
    QCustomPlot* plot = view->heatMap();
    const QPoint cell(int(plot->xAxis->coordToPixel(3.0)),
                      int(plot->yAxis->coordToPixel(2.0)));  // row 2, column 3
    QTest::mouseClick(plot, Qt::LeftButton, {}, cell);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view->state().sliceOutput, std::size_t(1));
    QCOMPARE(view->state().sliceLogit, std::size_t(2));
    QCOMPARE(view->findChild<QComboBox*>(QStringLiteral("sliceOutput"))->currentIndex(), 1);
    QCOMPARE(view->findChild<QComboBox*>(QStringLiteral("sliceLogit"))->currentIndex(), 2);
    QVERIFY(view->formulaPanel()->plainText().contains(QStringLiteral("∂s₂/∂a₃ = s₂(δ − s₃)/T")));

    // The row-sum column is not a cell of the Jacobian.
    const QPoint rowSum(int(plot->xAxis->coordToPixel(4.9)), int(plot->yAxis->coordToPixel(1.0)));
    QTest::mouseClick(plot, Qt::LeftButton, {}, rowSum);
    QCOMPARE(changed.count(), 1);
}

void TestSoftmaxView::formulaShowsTheKroneckerAndTheMatrixForm()
{
    SoftmaxView view;
    view.setState(SoftmaxState{{2, 1, 0.1, -1}, 1.0, 0, 1});
    const QString text = view.formulaPanel()->plainText();
    QVERIFY2(text.contains(QStringLiteral("∂sᵢ/∂aⱼ = sᵢ (δᵢⱼ − sⱼ) / T")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("δᵢⱼ = 1 if i = j, else 0")));
    QVERIFY(text.contains(QStringLiteral("J = (diag(s) − s sᵀ) / T")));
    // The selected cell worked through with core's numbers.
    QVERIFY(text.contains(compactText(view.heatMap()->cellValue(0, 1))));
    QVERIFY(!text.contains(QStringLiteral("n = 2")));
}

void TestSoftmaxView::badStateIsRefusedAndChangesNothing()
{
    SoftmaxView view;
    const QJsonObject before = view.saveState();
    QSignalSpy changed(&view, &View::stateChanged);
    QJsonObject bad = before;
    bad.insert(QStringLiteral("logits"), QJsonArray{1, QStringLiteral("x")});
    QCOMPARE(view.restoreState(bad), QStringLiteral("softmax.logits[1]: expected a finite number"));
    QCOMPARE(view.saveState(), before);
    QCOMPARE(changed.count(), 0);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("temperature")));
    QVERIFY(!view.setState(SoftmaxState{{1, 2}, 0.0, 0, 0}));
    QCOMPARE(view.saveState(), before);
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TestSoftmaxView)
#include "tst_softmaxview.moc"
