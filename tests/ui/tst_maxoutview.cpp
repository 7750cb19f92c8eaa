// The maxout explorer as a user meets it: sliders that change the number of outputs, presets that are the
// functions they claim to be, winners and gradients that agree with core, maps that show core's values.

#include "core/activation.h"
#include "core/maxout_presets.h"
#include "tests/common/exactcompare.h"
#include "tests/ui/maxoutstates.h"
#include "tests/ui/typenumber.h"
#include "ui/common/language.h"
#include "ui/common/numberbox.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/maxout/maxoutgradienttable.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutpresets.h"
#include "ui/maxout/maxoutunittable.h"
#include "ui/maxout/maxoutview.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <cmath>

using namespace actlab;

Q_DECLARE_METATYPE(MaxoutMode)
Q_DECLARE_METATYPE(MaxoutPreset)

namespace {

MaxoutForward forwardAt(const MaxoutLayer& layer, std::vector<double> x)
{
    return maxoutForward(layer, x);
}

bool isGrey(QRgb pixel)
{
    return qRed(pixel) == qGreen(pixel) && qGreen(pixel) == qBlue(pixel);
}

}  // namespace

class TestMaxoutView : public QObject {
    Q_OBJECT
private slots:
    // As the window starts: English, with its plural forms ("→ 1 output").
    void initTestCase() { language::install(QStringLiteral("en")); }
    void slidersSetOutputsToCeilMOverK_data();
    void slidersSetOutputsToCeilMOverK();
    void presetsEqualCoreActivations_data();
    void presetsEqualCoreActivations();
    void twoInputReluPresetActsOnEachInput();
    void winnerAtProbeMatchesCore_data();
    void winnerAtProbeMatchesCore();
    void gradientReachesOnlyWinners_data();
    void gradientReachesOnlyWinners();
    void tiesGoToTheLowestIndex();
    void mapValuesEqualCore_data();
    void mapValuesEqualCore();
    void mapRegionsNameTheWinners();
    void approximationErrorShrinksAsKGrows_data();
    void approximationErrorShrinksAsKGrows();
    void randomizeIsReproducibleFromTheSeed();
    void tableEditsAUnit();
    void typingInACellKeepsTheNumberExactly_data();
    void typingInACellKeepsTheNumberExactly();
    void draggingALineChangesItsBiasOrWeight();
    void pointerNamesTheWinnersUnderIt();
    void printThemeUsesGreysOnly_data();
    void printThemeUsesGreysOnly();
    void extremeWeightsDrawFiniteThings();
};

void TestMaxoutView::slidersSetOutputsToCeilMOverK_data()
{
    QTest::addColumn<MaxoutMode>("mode");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("k");
    for (const MaxoutMode mode : {MaxoutMode::OneInput, MaxoutMode::TwoInput}) {
        const QString name =
            mode == MaxoutMode::OneInput ? QStringLiteral("one input") : QStringLiteral("two inputs");
        for (const auto& [m, k] : std::vector<std::pair<int, int>>{
                 {4, 2}, {4, 1}, {4, 4}, {7, 3}, {16, 5}, {16, 16}, {1, 1}, {9, 2}})
            QTest::newRow(qPrintable(name + QStringLiteral(", m = %1, k = %2").arg(m).arg(k)))
                << mode << m << k;
    }
}

void TestMaxoutView::slidersSetOutputsToCeilMOverK()
{
    QFETCH(MaxoutMode, mode);
    QFETCH(int, m);
    QFETCH(int, k);
    MaxoutView view;
    MaxoutState state;
    state.mode = mode;
    view.setState(state);
    view.unitCountSlider()->setValue(m);
    view.groupSizeSlider()->setValue(k);
    QCOMPARE(view.groupSizeSlider()->maximum(), m);  // k ≤ m

    const std::size_t outputs = std::size_t((m + k - 1) / k);
    QCOMPARE(view.state().layer().groupCount(), outputs);
    QCOMPARE(view.gradientTable()->winners().size(), outputs);
    QCOMPARE(view.unitTable()->rowCount(), m);
    if (mode == MaxoutMode::OneInput)
        QCOMPARE(view.linePlot()->outputCount(), outputs);
    else
        QCOMPARE(view.mapPlot()->outputCount(), outputs);
    const QString said =
        outputs == 1 ? QStringLiteral("\u2192 1 output") : QStringLiteral("\u2192 %1 outputs").arg(outputs);
    QVERIFY2(view.groupsText().contains(said), qPrintable(view.groupsText()));
    // When k does not divide m the view says the last group is smaller, and how small.
    const bool uneven = m % k != 0 && outputs > 1;
    QCOMPARE(view.groupsText().contains(QStringLiteral("last group has only")), uneven);
    if (uneven) QVERIFY(view.groupsText().contains(QStringLiteral("only %1 unit").arg(m % k)));
}

void TestMaxoutView::presetsEqualCoreActivations_data()
{
    QTest::addColumn<MaxoutPreset>("preset");
    QTest::addColumn<QString>("activation");
    QTest::addColumn<double>("negativeSlope");
    QTest::newRow("ReLU = max(0, x)") << MaxoutPreset::Relu << QStringLiteral("relu") << 0.0;
    QTest::newRow("leaky ReLU = max(0.1x, x)")
        << MaxoutPreset::LeakyRelu << QStringLiteral("leaky_relu") << kLeakyPresetSlope;
}

void TestMaxoutView::presetsEqualCoreActivations()
{
    QFETCH(MaxoutPreset, preset);
    QFETCH(QString, activation);
    QFETCH(double, negativeSlope);
    const Activation* f = findActivation(activation.toStdString());
    QVERIFY(f != nullptr);
    ParameterValues p = f->defaults();
    if (f->parameterIndex("negative_slope") >= 0)
        p[std::size_t(f->parameterIndex("negative_slope"))] = negativeSlope;

    MaxoutView view;
    view.presetButton(preset)->click();
    const MaxoutLayer& layer = view.state().oneInput.layer;
    QCOMPARE(layer.groupCount(), std::size_t(1));
    // Value and derivative on a grid through the kink, x = 0 included: the derivative there is the left
    // one (relu′(0) = 0), because the flatter unit comes first and wins the tie.
    for (int i = -40; i <= 40; ++i) {
        const double x = i / 8.0;
        const MaxoutForward out = forwardAt(layer, {x});
        COMPARE_EXACT(out.outputs[0], f->value(x, p));
        COMPARE_EXACT(layer.units[out.winners[0]].weights[0], f->derivative(x, p));
    }
    for (const double x : {-1e300, -1e-300, 1e-300, 1e300}) {
        const MaxoutForward out = forwardAt(layer, {x});
        COMPARE_EXACT(out.outputs[0], f->value(x, p));
    }
    // What is drawn: one bend exactly at 0, and the closed dot of the derivative's jump at f′(0).
    const auto& pieces = view.linePlot()->pieces(0);
    QCOMPARE(pieces.size(), std::size_t(2));
    COMPARE_EXACT(pieces[0].to, 0.0);
    COMPARE_EXACT(pieces[0].slope, f->derivative(-1.0, p));
    COMPARE_EXACT(pieces[1].slope, f->derivative(1.0, p));
    QCOMPARE(view.linePlot()->jumps().size(), std::size_t(1));
    COMPARE_EXACT(view.linePlot()->jumps()[0].x, 0.0);
    COMPARE_EXACT(view.linePlot()->jumps()[0].closed, f->derivative(0.0, p));
    COMPARE_EXACT(view.linePlot()->jumps()[0].open, 1.0);
}

void TestMaxoutView::twoInputReluPresetActsOnEachInput()
{
    MaxoutView view;
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    view.presetButton(MaxoutPreset::Relu)->click();
    const Activation* relu = findActivation("relu");
    const MaxoutLayer& layer = view.state().twoInput.layer;
    QCOMPARE(layer.groupCount(), std::size_t(2));
    for (const double x1 : {-2.0, -0.5, 0.0, 0.75, 3.0}) {
        for (const double x2 : {-1.0, 0.0, 2.5}) {
            const MaxoutForward out = forwardAt(layer, {x1, x2});
            COMPARE_EXACT(out.outputs[0], relu->value(x1, relu->defaults()));
            COMPARE_EXACT(out.outputs[1], relu->value(x2, relu->defaults()));
        }
    }
}

void TestMaxoutView::winnerAtProbeMatchesCore_data()
{
    QTest::addColumn<MaxoutMode>("mode");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("x1");
    QTest::addColumn<double>("x2");
    QTest::newRow("one input, defaults, x = 0.5") << MaxoutMode::OneInput << quint64(0) << 0.5 << 0.0;
    QTest::newRow("one input, defaults, x = -3") << MaxoutMode::OneInput << quint64(0) << -3.0 << 0.0;
    QTest::newRow("one input, seed 17") << MaxoutMode::OneInput << quint64(17) << 1.3 << 0.0;
    QTest::newRow("lecture example at (1, -0.5)") << MaxoutMode::TwoInput << quint64(0) << 1.0 << -0.5;
    QTest::newRow("lecture example at (-2, 2)") << MaxoutMode::TwoInput << quint64(0) << -2.0 << 2.0;
    QTest::newRow("two inputs, seed 99") << MaxoutMode::TwoInput << quint64(99) << 0.4 << -2.2;
}

void TestMaxoutView::winnerAtProbeMatchesCore()
{
    QFETCH(MaxoutMode, mode);
    QFETCH(quint64, seed);
    QFETCH(double, x1);
    QFETCH(double, x2);
    MaxoutState state = stateWith(mode, seed, 8, 3);
    state.oneInput.probe = x1;
    state.twoInput.probe = {x1, x2};
    MaxoutView view;
    view.setState(state);
    const MaxoutForward forward = forwardAt(state.layer(), state.probePoint());
    QCOMPARE(view.gradientTable()->winners(), forward.winners);
    // The figure names the same winners.
    const QString text =
        mode == MaxoutMode::OneInput ? view.linePlot()->probeText() : view.mapPlot()->infoText();
    for (std::size_t g = 0; g < std::min<std::size_t>(forward.winners.size(), 4); ++g) {
        const QString claim = QStringLiteral("out") + QChar(char16_t(0x2081 + g)) + QStringLiteral(" = z") +
                              QChar(char16_t(0x2081 + forward.winners[g]));
        QVERIFY2(text.contains(claim), qPrintable(text + QStringLiteral(" lacks ") + claim));
    }
}

void TestMaxoutView::gradientReachesOnlyWinners_data()
{
    QTest::addColumn<MaxoutMode>("mode");
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {0, 3, 8, 21}) {
        QTest::newRow(qPrintable(QStringLiteral("one input, seed %1").arg(seed)))
            << MaxoutMode::OneInput << seed;
        QTest::newRow(qPrintable(QStringLiteral("two inputs, seed %1").arg(seed)))
            << MaxoutMode::TwoInput << seed;
    }
}

void TestMaxoutView::gradientReachesOnlyWinners()
{
    QFETCH(MaxoutMode, mode);
    QFETCH(quint64, seed);
    MaxoutState state = stateWith(mode, seed, 9, 4);
    state.oneInput.probe = -1.5;
    state.twoInput.probe = {-1.5, 0.75};
    MaxoutView view;
    view.setState(state);
    const MaxoutGradientTable& table = *view.gradientTable();
    const std::vector<double> x = state.probePoint();
    const auto& winners = table.winners();
    for (std::size_t j = 0; j < state.layer().units.size(); ++j) {
        const bool wins = std::find(winners.begin(), winners.end(), j) != winners.end();
        for (std::size_t i = 0; i < x.size(); ++i)
            COMPARE_EXACT(table.weightGradients()[j][i], wins ? x[i] : 0.0);
        COMPARE_EXACT(table.biasGradients()[j], wins ? 1.0 : 0.0);
        // On screen: the losers' gradients read 0, the winners' rows are marked.
        QCOMPARE(table.item(int(j), 3)->text().isEmpty(), !wins);
        if (!wins) QCOMPARE(table.item(int(j), table.columnCount() - 1)->text(), QStringLiteral("0"));
        QCOMPARE(table.item(int(j), 0)->font().bold(), wins);
    }
}

void TestMaxoutView::tiesGoToTheLowestIndex()
{
    MaxoutView view;
    MaxoutState state;
    // Units 0 and 1 identical; units 2 and 3 cross at x = 1, where the probe sits.
    state.oneInput.layer = MaxoutLayer{{{{0.5}, 1.0}, {{0.5}, 1.0}, {{1.0}, 0.0}, {{-1.0}, 2.0}}, 2};
    state.oneInput.probe = 1.0;
    view.setState(state);
    QCOMPARE(view.gradientTable()->winners(), (std::vector<std::size_t>{0, 2}));
    QCOMPARE(view.gradientTable()->biasGradients(), (std::vector<double>{1, 0, 1, 0}));
    // The identical pair draws as one piece of the lower index.
    QCOMPARE(view.linePlot()->pieces(0).size(), std::size_t(1));
    QCOMPARE(view.linePlot()->pieces(0).front().unit, std::size_t(0));
    // At the crossing, the derivative's closed dot is unit 2's slope (the lower index wins the tie).
    QCOMPARE(view.linePlot()->jumps().size(), std::size_t(1));
    QCOMPARE(view.linePlot()->jumps().front().x, 1.0);
    QCOMPARE(view.linePlot()->jumps().front().closed, 1.0);

    // The same in two inputs.
    state.mode = MaxoutMode::TwoInput;
    state.twoInput.layer = MaxoutLayer{{{{1.0, 1.0}, 0.0}, {{1.0, 1.0}, 0.0}}, 2};
    view.setState(state);
    QCOMPARE(view.gradientTable()->winners(), (std::vector<std::size_t>{0}));
    QVERIFY(view.mapPlot()->regions()[1].vertices.empty());
    QCOMPARE(view.mapPlot()->regions()[0].area, 36.0);
}

void TestMaxoutView::mapValuesEqualCore_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("k");
    QTest::newRow("lecture example") << quint64(0) << 4 << 2;
    QTest::newRow("seed 5, m = 7, k = 3") << quint64(5) << 7 << 3;
    QTest::newRow("seed 6, m = 16, k = 1") << quint64(6) << 16 << 1;
}

void TestMaxoutView::mapValuesEqualCore()
{
    QFETCH(quint64, seed);
    QFETCH(int, m);
    QFETCH(int, k);
    MaxoutView view;
    view.resize(1400, 900);
    view.setState(stateWith(MaxoutMode::TwoInput, seed, m, k));
    const MaxoutMapPlot& plot = *view.mapPlot();
    const MaxoutLayer& layer = view.state().twoInput.layer;
    QCOMPARE(plot.outputCount(), layer.groupCount());
    const std::size_t cells = plot.gridX1().size();
    QVERIFY(cells >= 64);
    QCOMPARE(plot.gridX1().front(), view.state().twoInput.from);
    QCOMPARE(plot.gridX1().back(), view.state().twoInput.to);
    for (std::size_t g = 0; g < plot.outputCount(); ++g) {
        QCPColorMapData* data = plot.colorMap(g)->data();
        QCOMPARE(std::size_t(data->keySize()), cells);
        for (std::size_t i = 0; i < cells; i += cells / 9) {
            for (std::size_t j = 0; j < cells; j += cells / 7) {
                const double expected = forwardAt(layer, {plot.gridX1()[i], plot.gridX2()[j]}).outputs[g];
                COMPARE_EXACT(data->cell(int(i), int(j)), expected);
            }
        }
        // Cell coordinates as the map places them are the points core was asked about.
        double key = 0;
        double value = 0;
        data->cellToCoord(int(cells - 1), 0, &key, &value);
        QCOMPARE(key, plot.gridX1().back());
        QCOMPARE(value, plot.gridX2().front());
    }
}

void TestMaxoutView::mapRegionsNameTheWinners()
{
    MaxoutView view;
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    const auto& regions = view.mapPlot()->regions();
    QCOMPARE(regions.size(), std::size_t(4));
    for (std::size_t j = 0; j < regions.size(); ++j) {
        QVERIFY2(!regions[j].vertices.empty(), "every unit of the lecture example wins somewhere");
        const MaxoutForward out =
            forwardAt(state.twoInput.layer, {regions[j].centroid[0], regions[j].centroid[1]});
        QCOMPARE(out.winners[j / 2], j);
    }
    // The info row names the winners at a point the way the pointer would.
    const QString text = view.mapPlot()->describe({2.0, 0.0}, true);
    QVERIFY2(text.contains(QStringLiteral("out\u2081 = z\u2081")), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("pointer")), qPrintable(text));
}

void TestMaxoutView::approximationErrorShrinksAsKGrows_data()
{
    QTest::addColumn<MaxoutPreset>("preset");
    QTest::newRow("x² by tangents") << MaxoutPreset::SquareTangents;
    QTest::newRow("softplus by tangents") << MaxoutPreset::SoftplusTangents;
}

void TestMaxoutView::approximationErrorShrinksAsKGrows()
{
    QFETCH(MaxoutPreset, preset);
    MaxoutView view;
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    view.presetButton(preset)->click();
    QCOMPARE(view.state().mode, MaxoutMode::OneInput);  // the approximation is a one-input picture
    QCOMPARE(view.state().oneInput.layer.units.size(), kTangentPresetCount);
    QCOMPARE(view.groupSizeSlider()->maximum(), int(kMaxoutMaxUnits));
    double previous = HUGE_VAL;
    for (int k = 1; k <= int(kMaxoutMaxUnits); ++k) {
        view.groupSizeSlider()->setValue(k);
        QCOMPARE(view.state().oneInput.layer.units.size(), std::size_t(k));  // m follows k: one group
        QCOMPARE(view.linePlot()->outputCount(), std::size_t(1));
        QVERIFY(view.linePlot()->shownError().has_value());
        const double error = view.linePlot()->shownError()->value;
        QVERIFY2(error < previous,
                 qPrintable(QStringLiteral("k = %1: %2 after %3").arg(k).arg(error).arg(previous)));
        COMPARE_EXACT(view.linePlot()->errorByCount()[std::size_t(k - 1)], error);
        previous = error;
    }
    // The m slider moves the same count.
    view.unitCountSlider()->setValue(3);
    QCOMPARE(view.state().oneInput.layer.groupSize, std::size_t(3));
    // Another preset leaves the approximation.
    view.presetButton(MaxoutPreset::Relu)->click();
    QVERIFY(!view.linePlot()->shownError().has_value());
    QVERIFY(!view.state().oneInput.target.has_value());
}

void TestMaxoutView::randomizeIsReproducibleFromTheSeed()
{
    MaxoutView view;
    view.unitCountSlider()->setValue(6);
    view.groupSizeSlider()->setValue(3);
    view.randomizeButton()->click();
    const std::uint64_t drawn = view.state().seed;
    QCOMPARE(std::uint64_t(view.seedBox()->value()), drawn);  // the seed is visible
    const QJsonObject first = view.saveState();

    view.seedBox()->setValue(12345);
    emit view.seedBox()->editingFinished();
    QCOMPARE(view.state().seed, std::uint64_t(12345));
    QVERIFY(view.saveState() != first);

    view.seedBox()->setValue(int(drawn));
    emit view.seedBox()->editingFinished();
    QCOMPARE(view.saveState(), first);  // typing the seed back recreates the layer
    QCOMPARE(view.state().layer().units.size(), std::size_t(6));
    QCOMPARE(view.state().layer().groupSize, std::size_t(3));
}

void TestMaxoutView::tableEditsAUnit()
{
    MaxoutView view;
    MaxoutUnitTable& table = *view.unitTable();
    QSignalSpy changed(&view, &View::stateChanged);
    table.item(2, MaxoutUnitTable::weightColumn(0))->setData(Qt::EditRole, 1.75);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.state().oneInput.layer.units[2].weights[0], 1.75);
    table.item(2, table.biasColumn())->setData(Qt::EditRole, -0.5);
    QCOMPARE(view.state().oneInput.layer.units[2].bias, -0.5);
    // The figure follows: unit 2 now wins its group at the probe x = 0.5 (1.75·0.5 − 0.5 > 1.5·0.5 − 3).
    QCOMPARE(view.gradientTable()->winners()[1], std::size_t(2));
}

void TestMaxoutView::typingInACellKeepsTheNumberExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("weight");  ///< what the state holds afterwards; 0.25 is z₃'s weight before
    QTest::newRow("more digits than four decimals") << QStringLiteral("0.123456") << 0.123456;
    QTest::newRow("small") << QStringLiteral("-2.5e-7") << -2.5e-7;
    QTest::newRow("the limit") << QStringLiteral("-1000") << -1000.0;
    QTest::newRow("past the limit: refused") << QStringLiteral("1000.5") << 0.25;
    QTest::newRow("letters: refused") << QStringLiteral("abc") << 0.25;
}

// The cell's editor is the number box of every view: what is typed is kept, not rounded to 4 decimals.
void TestMaxoutView::typingInACellKeepsTheNumberExactly()
{
    QFETCH(QString, text);
    QFETCH(double, weight);
    MaxoutView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    MaxoutUnitTable& table = *view.unitTable();
    QTableWidgetItem* cell = table.item(2, MaxoutUnitTable::weightColumn(0));
    table.setCurrentItem(cell);
    table.editItem(cell);
    auto* editor = table.findChild<NumberBox*>();
    QVERIFY(editor != nullptr);
    QCOMPARE(editor->text(), QStringLiteral("0.25"));
    actlab::testing::typeNumber(editor, text);
    QTRY_VERIFY(table.findChild<NumberBox*>() == nullptr);  // the editor closed
    COMPARE_EXACT(view.state().oneInput.layer.units[2].weights[0], weight);
}

void TestMaxoutView::draggingALineChangesItsBiasOrWeight()
{
    MaxoutView view;
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    MaxoutLinePlot& plot = *view.linePlot();
    plot.replot();
    // Grab z₄ (1.5x − 3) at x = 3, away from the other lines, and pull it up by 40 pixels.
    const MaxoutUnit before = view.state().oneInput.layer.units[3];
    const QPoint grab = plot.pixelOf(3, 3.0).toPoint();
    QTest::mousePress(&plot, Qt::LeftButton, {}, grab);
    QTest::mouseMove(&plot, grab + QPoint(0, -40));
    QTest::mouseRelease(&plot, Qt::LeftButton, {}, grab + QPoint(0, -40));
    const MaxoutUnit moved = view.state().oneInput.layer.units[3];
    QCOMPARE(moved.weights, before.weights);
    QVERIFY2(moved.bias > before.bias, qPrintable(QString::number(moved.bias)));
    QCOMPARE(view.unitTable()->item(3, view.unitTable()->biasColumn())->data(Qt::EditRole).toDouble(),
             moved.bias);

    // Shift turns the line about the grabbed point: the weight changes.
    plot.replot();
    const QPoint again = plot.pixelOf(3, 3.0).toPoint();
    QTest::mousePress(&plot, Qt::LeftButton, {}, again);
    QMouseEvent turn(QEvent::MouseMove, QPointF(again + QPoint(60, -60)),
                     plot.mapToGlobal(QPointF(again + QPoint(60, -60))), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QCoreApplication::sendEvent(&plot, &turn);
    QTest::mouseRelease(&plot, Qt::LeftButton, Qt::ShiftModifier, again + QPoint(60, -60));
    QVERIFY(view.state().oneInput.layer.units[3].weights[0] > moved.weights[0]);
}

void TestMaxoutView::pointerNamesTheWinnersUnderIt()
{
    MaxoutView view;
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    MaxoutMapPlot& map = *view.mapPlot();
    map.replot();
    QCPAxisRect* rect = map.mapRect(0);
    // A quarter in from the left edge, halfway up: x1 ≈ −1.5, x2 ≈ 0, where z₂ (−x1 + 0.5·x2) wins out₁.
    const QPoint at(rect->left() + rect->width() / 4, rect->top() + rect->height() / 2);
    QMouseEvent move(QEvent::MouseMove, QPointF(at), map.mapToGlobal(QPointF(at)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(&map, &move);
    const double x1 = rect->axis(QCPAxis::atBottom)->pixelToCoord(at.x());
    const double x2 = rect->axis(QCPAxis::atLeft)->pixelToCoord(at.y());
    const MaxoutForward out = forwardAt(state.twoInput.layer, {x1, x2});
    QCOMPARE(out.winners[0], std::size_t(1));
    const QString text = map.infoText();
    QVERIFY2(text.startsWith(QStringLiteral("pointer")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("out\u2081 = z\u2082")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("out\u2082 = z") + QChar(char16_t(0x2081 + out.winners[1]))),
             qPrintable(text));
    // Leaving the maps shows the probe again.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&map, &leave);
    QVERIFY2(map.infoText().startsWith(QStringLiteral("probe")), qPrintable(map.infoText()));
}

void TestMaxoutView::printThemeUsesGreysOnly_data()
{
    QTest::addColumn<MaxoutMode>("mode");
    QTest::addColumn<bool>("approximating");
    QTest::newRow("one input") << MaxoutMode::OneInput << false;
    QTest::newRow("one input, x² by tangents") << MaxoutMode::OneInput << true;
    QTest::newRow("two inputs") << MaxoutMode::TwoInput << false;
}

void TestMaxoutView::printThemeUsesGreysOnly()
{
    QFETCH(MaxoutMode, mode);
    QFETCH(bool, approximating);
    MaxoutView view;
    view.resize(1400, 900);
    MaxoutState state = stateWith(mode, 31, 12, 4);
    if (approximating) applyPreset(state, MaxoutPreset::SquareTangents);
    view.setState(state);
    view.applyTheme(Theme::print());
    QWidget* figure = view.figure();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    mode == MaxoutMode::OneInput ? view.linePlot()->replot() : view.mapPlot()->replot();
    const QImage image = figure->grab().toImage();
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) coloured += isGrey(image.pixel(x, y)) ? 0 : 1;
    }
    QCOMPARE(coloured, 0);
}

void TestMaxoutView::extremeWeightsDrawFiniteThings()
{
    MaxoutView view;
    view.resize(1400, 900);
    const QString error = view.restoreState(QJsonObject{
        {QStringLiteral("one_input"),
         QJsonObject{
             {QStringLiteral("units"),
              QJsonArray{QJsonObject{{QStringLiteral("weight"), 1000}, {QStringLiteral("bias"), -1000}},
                         QJsonObject{{QStringLiteral("weight"), -1000}, {QStringLiteral("bias"), 1000}},
                         QJsonObject{{QStringLiteral("weight"), 1e-3}, {QStringLiteral("bias"), 0}}}},
             {QStringLiteral("group_size"), 3},
             {QStringLiteral("x_range"), QJsonArray{-1000, 1000}},
             {QStringLiteral("probe"), 1000}}}});
    QCOMPARE(error, QString());
    MaxoutLinePlot& plot = *view.linePlot();
    for (int g = 0; g < plot.graphCount(); ++g) {
        for (auto it = plot.graph(g)->data()->constBegin(); it != plot.graph(g)->data()->constEnd(); ++it)
            QVERIFY(std::isfinite(it->key) && std::isfinite(it->value));
    }
    for (const QString& text : {plot.probeText(), plot.titleText(), view.groupsText()}) {
        QVERIFY2(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("inf"), Qt::CaseInsensitive), qPrintable(text));
    }
}

QTEST_MAIN(TestMaxoutView)
#include "tst_maxoutview.moc"
