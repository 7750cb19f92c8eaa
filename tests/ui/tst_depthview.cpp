// The depth view draws what core computes for a chain of layers: |∂hₗ/∂x| per depth on a log scale with
// the sigmoid bound, the per-layer factors below, labels where a gradient vanishes or explodes, and exact
// zeros on a "0" row — never a NaN, an infinity or an unexplained gap.

#include "core/activation.h"
#include "core/depth.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/depth/decadeticker.h"
#include "ui/depth/depthcontrols.h"
#include "ui/depth/depthplot.h"
#include "ui/depth/depthview.h"

#include "tests/common/exactcompare.h"
#include "tests/ui/typenumber.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace actlab;
using actlab::testing::typeNumber;
using Role = DepthPlot::Role;

Q_DECLARE_METATYPE(DepthState)

namespace {

std::vector<std::string> allActivationIds()
{
    std::vector<std::string> ids;
    for (const Activation& activation : activations()) ids.emplace_back(activation.id);
    return ids;
}

DepthState stateWith(std::vector<std::string> ids, int layers, double x, double w, double b)
{
    DepthState state;
    state.activationIds = std::move(ids);
    state.layers = layers;
    state.x = x;
    state.weight = w;
    state.bias = b;
    return state;
}

/// The chain core computes for `id` under `state`, independently of the view.
std::vector<DepthLayer> coreChain(const DepthState& state, const std::string& id)
{
    const Activation& activation = *findActivation(id);
    ChainSettings settings;
    settings.x = state.x;
    settings.weight = state.weight;
    settings.bias = state.bias;
    settings.layers = static_cast<std::size_t>(state.layers);
    settings.randomized = state.randomized;
    settings.seed = static_cast<std::uint64_t>(state.seed);
    settings.spread = state.spread;
    return gradientThroughDepth(activation, state.parametersFor(activation), settings);
}

std::vector<SigmoidBound> coreBound(const DepthState& state)
{
    ChainSettings settings;
    settings.weight = state.weight;
    settings.bias = state.bias;
    settings.layers = static_cast<std::size_t>(state.layers);
    settings.randomized = state.randomized;
    settings.seed = static_cast<std::uint64_t>(state.seed);
    settings.spread = state.spread;
    std::vector<SigmoidBound> bound;
    sigmoidBound(layerWeights(settings), bound);
    return bound;
}

QCPGraph* graphOf(const DepthView& view, Role role, const std::string& id = {})
{
    return view.plot()->findGraph(role, QString::fromStdString(id));
}

}  // namespace

class TestDepthView : public QObject {
    Q_OBJECT

private slots:
    void defaultsShowSigmoidVanishingWhileReluHolds();
    void plottedValuesAreCores_data();
    void plottedValuesAreCores();
    void layersSliderSetsThePointCount_data();
    void layersSliderSetsThePointCount();
    void sigmoidStaysUnderItsBoundOnScreen_data();
    void sigmoidStaysUnderItsBoundOnScreen();
    void vanishedAndExplodedAreLabelled_data();
    void vanishedAndExplodedAreLabelled();
    void labelsStayInsideAndApart_data();
    void labelsStayInsideAndApart();
    void deadReluSitsOnALabelledZeroRow();
    void gradientBelowTheDoubleRangeIsStillDrawn();
    void nothingNonFiniteIsPlotted_data();
    void nothingNonFiniteIsPlotted();
    void axisReadsPowersOfTen();
    void controlsEditTheState();
    void seedIsVisibleAndReproducible();
    void parameterSlidersComeFromCore();
    void restoreRejectsBadValues_data();
    void restoreRejectsBadValues();
    void printThemeTellsSeriesApartByMarkers();
};

// The lesson the view opens with: x = 0.5, w = 1, b = 0, 30 layers of sigmoid, tanh and relu. Sigmoid
// falls under 10⁻⁸ (and is labelled so), tanh shrinks slowly, relu passes exactly 1 through every layer.
void TestDepthView::defaultsShowSigmoidVanishingWhileReluHolds()
{
    DepthView view;
    const DepthState& state = view.state();
    QCOMPARE(state.activationIds, (std::vector<std::string>{"sigmoid", "tanh", "relu"}));
    QCOMPARE(state.layers, 30);
    QCOMPARE(state.x, 0.5);
    QCOMPARE(state.weight, 1.0);
    QCOMPARE(state.bias, 0.0);

    const QCPGraph* relu = graphOf(view, Role::Gradient, "relu");
    QVERIFY(relu != nullptr);
    QCOMPARE(relu->data()->size(), 30);
    for (auto it = relu->data()->constBegin(); it != relu->data()->constEnd(); ++it)
        COMPARE_EXACT(it->value, 0.0);
    const QCPGraph* sigmoid = graphOf(view, Role::Gradient, "sigmoid");
    QVERIFY((sigmoid->data()->constEnd() - 1)->value < -19);  // 0.22³⁰ ≈ 4·10⁻²⁰
    QVERIFY(graphOf(view, Role::Bound) != nullptr);

    const QStringList labels = view.plot()->annotations();
    QVERIFY2(labels.filter(QStringLiteral("Sigmoid vanished")).size() == 1, qPrintable(labels.join(u'|')));
    // The curves that neither vanish nor explode are named at the last layer, with core's value there.
    QVERIFY2(labels.contains(QStringLiteral("ReLU: exactly 1 at every layer")),
             qPrintable(labels.join(u'|')));
    const double tanhAtThirty = coreChain(state, "tanh")[29].gradient;
    QVERIFY(tanhAtThirty > 0.0655 && tanhAtThirty < 0.0665);
    QVERIFY2(labels.contains(QStringLiteral("Tanh: 0.0658 at l = 30")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.filter(QStringLiteral("Tanh vanished")).isEmpty());
    QVERIFY(labels.filter(QStringLiteral("ReLU vanished")).isEmpty());
}

void TestDepthView::plottedValuesAreCores_data()
{
    QTest::addColumn<DepthState>("state");
    QTest::newRow("defaults") << DepthState{};
    QTest::newRow("every activation, 60 layers") << stateWith(allActivationIds(), 60, 0.5, 1.0, 0.0);
    QTest::newRow("every activation, w = -2.5, b = 0.7")
        << stateWith(allActivationIds(), 45, -1.5, -2.5, 0.7);
    DepthState random = stateWith(allActivationIds(), 60, 1.2, 1.5, -0.3);
    random.randomized = true;
    random.seed = 2024;
    random.spread = 1.25;
    QTest::newRow("every activation, randomized") << random;
    QTest::newRow("dead relu") << stateWith({"relu", "sigmoid", "leaky_relu"}, 20, -0.5, 1.0, 0.0);
    DepthState softplus = stateWith({"softplus", "elu"}, 25, 0.3, 1.2, 0.1);
    softplus.parameters["softplus"] = {7.5, 0.0};
    softplus.parameters["elu"] = {0.0, 0.0};  // α = 0: the negative side is flat, its factors exactly 0
    QTest::newRow("parameters") << softplus;
}

// Each plotted point is core's log₁₀|∂hₗ/∂x| (top) and log₁₀|wₗ·act′(zₗ)| (bottom) bit for bit, at key l;
// exact zeros are not in the curve but marked on the panel's "0" row, with the path dropping to them; the
// bound is core's too.
void TestDepthView::plottedValuesAreCores()
{
    QFETCH(DepthState, state);
    DepthView view;
    view.setState(state);
    QCOMPARE(view.state(), state);
    for (const std::string& id : state.activationIds) {
        const std::vector<DepthLayer> chain = coreChain(state, id);
        for (const Role role : {Role::Gradient, Role::Factor}) {
            const bool gradient = role == Role::Gradient;
            const QCPGraph* line = graphOf(view, role, id);
            QVERIFY2(line != nullptr, id.c_str());
            const QCPGraph* markers = graphOf(view, gradient ? Role::GradientZeros : Role::FactorZeros, id);
            const QCPGraph* path = graphOf(view, gradient ? Role::GradientPath : Role::FactorPath, id);
            const std::optional<double> zeroRow =
                gradient ? view.plot()->gradientZeroRow() : view.plot()->factorZeroRow();
            int onLine = 0;
            int onZeroRow = 0;
            for (int i = 0; i < state.layers; ++i) {
                const DepthLayer& layer = chain[static_cast<std::size_t>(i)];
                const double l = double(i + 1);
                const bool exactZero = gradient ? layer.isExactZero() : layer.factorIsExactZero();
                if (exactZero) {
                    QVERIFY(zeroRow.has_value() && markers != nullptr && path != nullptr);
                    COMPARE_EXACT(markers->data()->at(onZeroRow)->key, l);
                    COMPARE_EXACT(markers->data()->at(onZeroRow)->value, *zeroRow);
                    ++onZeroRow;
                } else {
                    COMPARE_EXACT(line->data()->at(onLine)->key, l);
                    COMPARE_EXACT(line->data()->at(onLine)->value,
                                  gradient ? layer.log10AbsGradient() : layer.log10AbsFactor());
                    ++onLine;
                }
                if (path) {
                    COMPARE_EXACT(path->data()->at(i)->key, l);
                    COMPARE_EXACT(path->data()->at(i)->value,
                                  exactZero ? *zeroRow
                                            : (gradient ? layer.log10AbsGradient() : layer.log10AbsFactor()));
                }
            }
            QCOMPARE(line->data()->size(), onLine);
            QCOMPARE(markers ? markers->data()->size() : 0, onZeroRow);
            QCOMPARE(path != nullptr, onZeroRow > 0);
            if (path) QCOMPARE(path->data()->size(), state.layers);
        }
    }
    const bool sigmoid = std::find(state.activationIds.begin(), state.activationIds.end(), "sigmoid") !=
                         state.activationIds.end();
    const QCPGraph* bound = graphOf(view, Role::Bound);
    QCOMPARE(bound != nullptr, sigmoid);
    if (bound) {
        const std::vector<SigmoidBound> exact = coreBound(state);
        for (int i = 0; i < state.layers; ++i)
            COMPARE_EXACT(bound->data()->at(i)->value, exact[std::size_t(i)].log10Bound());
    }
}

void TestDepthView::layersSliderSetsThePointCount_data()
{
    QTest::addColumn<int>("layers");
    for (const int layers : {1, 2, 17, 29, 60}) QTest::newRow(qPrintable(QString::number(layers))) << layers;
}

// Dragging L: every curve has exactly L points, 1 … L, and the layer axis shows them all.
void TestDepthView::layersSliderSetsThePointCount()
{
    QFETCH(int, layers);
    DepthView view;
    QSignalSpy changed(&view, &View::stateChanged);
    auto* slider = view.findChild<QSlider*>(QStringLiteral("layers.slider"));
    QVERIFY(slider != nullptr);
    QCOMPARE(slider->maximum(), 60);
    QCOMPARE(slider->minimum(), 1);
    slider->setValue(layers);
    QCOMPARE(view.state().layers, layers);
    QCOMPARE(changed.count(), layers == 30 ? 0 : 1);
    QCOMPARE(view.findChild<NumberBox*>(QStringLiteral("layers.box"))->text(), QString::number(layers));
    for (const Role role : {Role::Gradient, Role::Factor}) {
        for (const std::string& id : view.state().activationIds) {
            const QCPGraph* graph = graphOf(view, role, id);
            QCOMPARE(graph->data()->size(), layers);
            COMPARE_EXACT(graph->data()->at(0)->key, 1.0);
            COMPARE_EXACT((graph->data()->constEnd() - 1)->key, double(layers));
        }
    }
    QCOMPARE(graphOf(view, Role::Bound)->data()->size(), layers);
    const QCPRange range = view.plot()->gradientRect()->axis(QCPAxis::atBottom)->range();
    QVERIFY(range.lower < 1 && range.upper > layers);
}

void TestDepthView::sigmoidStaysUnderItsBoundOnScreen_data()
{
    QTest::addColumn<DepthState>("state");
    for (const double w : {-4.0, -1.0, 0.5, 1.0, 4.0, 5.0}) {
        for (const double b : {-2.0, 0.0, 1.5}) {
            QTest::newRow(qPrintable(QStringLiteral("w=%1 b=%2").arg(w).arg(b)))
                << stateWith({"sigmoid"}, 60, 0.5, w, b);
        }
    }
    DepthState random = stateWith({"sigmoid", "tanh"}, 60, -2.0, 3.0, 0.0);
    random.randomized = true;
    random.spread = 2.0;
    QTest::newRow("randomized") << random;
}

// The bound holds on screen: no sigmoid point lies above the dashed bound, at any depth — in plot
// coordinates and in pixels.
void TestDepthView::sigmoidStaysUnderItsBoundOnScreen()
{
    QFETCH(DepthState, state);
    DepthView view;
    view.resize(1200, 800);
    view.setState(state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(view.plot()->gradientRect()->height() > 200);
    const QCPGraph* sigmoid = graphOf(view, Role::Gradient, "sigmoid");
    const QCPGraph* bound = graphOf(view, Role::Bound);
    QVERIFY(sigmoid && bound);
    QCOMPARE(sigmoid->data()->size(), bound->data()->size());
    for (int i = 0; i < sigmoid->data()->size(); ++i) {
        const double s = sigmoid->data()->at(i)->value;
        const double b = bound->data()->at(i)->value;
        QVERIFY2(s <= b,
                 qPrintable(QStringLiteral("layer %1: %2 above the bound %3").arg(i + 1).arg(s).arg(b)));
        const QPointF sp = sigmoid->coordsToPixels(double(i + 1), s);
        const QPointF bp = bound->coordsToPixels(double(i + 1), b);
        QVERIFY2(sp.y() >= bp.y(),
                 qPrintable(QStringLiteral("%1 %2 / %3 %4").arg(sp.y()).arg(bp.y()).arg(s).arg(b)));
    }
}

void TestDepthView::vanishedAndExplodedAreLabelled_data()
{
    QTest::addColumn<DepthState>("state");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("word");
    DepthState sixty = DepthState{};
    sixty.layers = 60;
    QTest::newRow("sigmoid at L = 60, defaults")
        << sixty << QStringLiteral("sigmoid") << QStringLiteral("vanished");
    QTest::newRow("silu at L = 60") << stateWith({"silu"}, 60, 0.5, 1.0, 0.0) << QStringLiteral("silu")
                                    << QStringLiteral("vanished");
    QTest::newRow("relu with w = 2") << stateWith({"relu"}, 60, 0.5, 2.0, 0.0) << QStringLiteral("relu")
                                     << QStringLiteral("exploded");
    QTest::newRow("selu with w = 3") << stateWith({"selu"}, 40, 1.0, 3.0, 0.0) << QStringLiteral("selu")
                                     << QStringLiteral("exploded");
}

// A label at the first layer below 10⁻⁸ ("vanished") or above 10⁸ ("exploded"), naming that layer as core
// has it, with a marker on the point; curves that stay between get none.
void TestDepthView::vanishedAndExplodedAreLabelled()
{
    QFETCH(DepthState, state);
    QFETCH(QString, id);
    QFETCH(QString, word);
    DepthView view;
    view.resize(1400, 900);
    view.setState(state);
    const std::vector<DepthLayer> chain = coreChain(state, id.toStdString());
    std::size_t first = 0;
    while (first < chain.size() && std::fabs(chain[first].log10AbsGradient()) <= 8) ++first;
    QVERIFY(first < chain.size());
    const QString name = toQString(findActivation(id.toStdString())->name);
    const QString expected = QStringLiteral("%1 %2").arg(name, word);
    const QStringList labels = view.plot()->annotations();
    const QStringList matching = labels.filter(expected);
    QCOMPARE(matching.size(), 1);
    QVERIFY2(matching.front().endsWith(QStringLiteral("l = %1").arg(first + 1)),
             qPrintable(matching.front()));
    bool marked = false;
    for (int i = 0; i < view.plot()->itemCount(); ++i) {
        if (auto* tracer = qobject_cast<QCPItemTracer*>(view.plot()->item(i))) {
            marked = marked || (tracer->position->coords() ==
                                QPointF(double(first + 1), chain[first].log10AbsGradient()));
        }
    }
    QVERIFY(marked);
    // Only the curve that crossed is labelled.
    QCOMPARE(labels.filter(QStringLiteral(" vanished ")).size() +
                 labels.filter(QStringLiteral(" exploded ")).size(),
             1);
}

void TestDepthView::labelsStayInsideAndApart_data()
{
    QTest::addColumn<DepthState>("state");
    QTest::addColumn<QString>("theme");
    DepthState crowded = stateWith(
        {"sigmoid", "tanh", "relu", "silu", "gelu", "mish", "gelu_tanh", "hardswish"}, 60, 0.5, -1.5, 0.0);
    crowded.randomized = true;
    QTest::newRow("eight activations, randomized") << crowded << QStringLiteral("light");
    QTest::newRow("eight activations, presentation") << crowded << QStringLiteral("presentation");
    QTest::newRow("defaults, presentation") << DepthState{} << QStringLiteral("presentation");
    QTest::newRow("every activation")
        << stateWith(allActivationIds(), 40, 1.0, 1.0, -0.25) << QStringLiteral("light");
}

// However many curves cross 10⁻⁸, their labels stay inside the panel, never on top of each other nor of
// a marked point.
void TestDepthView::labelsStayInsideAndApart()
{
    QFETCH(DepthState, state);
    QFETCH(QString, theme);
    DepthView view;
    view.resize(1600, 1000);
    view.applyTheme(Theme::byId(theme));
    view.setState(state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DepthPlot& plot = *view.plot();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QRect area = plot.gradientRect()->rect();
    std::vector<QRectF> boxes;
    std::vector<QPointF> marked;
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* tracer = qobject_cast<QCPItemTracer*>(plot.item(i)))
            marked.push_back(tracer->position->pixelPosition());
        auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        if (!text || text->position->type() != QCPItemPosition::ptAbsolute) continue;  // the curve labels
        const QSizeF size = QSizeF(QFontMetrics(text->font()).boundingRect(text->text()).size())
                                .grownBy(QMarginsF(text->padding()));
        boxes.emplace_back(text->position->pixelPosition(), size);
    }
    QVERIFY(boxes.size() >= 2);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        QVERIFY2(QRectF(area).contains(boxes[i]),
                 qPrintable(QStringLiteral("label %1 leaves the panel").arg(i)));
        for (std::size_t j = i + 1; j < boxes.size(); ++j) QVERIFY(!boxes[i].intersects(boxes[j]));
        for (const QPointF& point : marked) QVERIFY(!boxes[i].contains(point));
    }
}

// x < 0: relu′ = 0 at the first layer, and every gradient after is exactly 0. The curve drops to a "0"
// row below a break in the axis, with a marker per dead layer and a label saying so.
void TestDepthView::deadReluSitsOnALabelledZeroRow()
{
    DepthView view;
    view.resize(1400, 900);
    view.setState(stateWith({"sigmoid", "relu"}, 30, -0.5, 1.0, 0.0));
    const std::optional<double> zeroRow = view.plot()->gradientZeroRow();
    QVERIFY(zeroRow.has_value());
    QCOMPARE(graphOf(view, Role::Gradient, "relu")->data()->size(), 0);  // no value to plot: all exact zeros
    const QCPGraph* dead = graphOf(view, Role::GradientZeros, "relu");
    QCOMPARE(dead->data()->size(), 30);
    for (auto it = dead->data()->constBegin(); it != dead->data()->constEnd(); ++it)
        COMPARE_EXACT(it->value, *zeroRow);
    QCOMPARE(dead->scatterStyle().shape(), QCPScatterStyle::ssCross);
    // The row is below every nonzero value drawn, and the axis calls it 0.
    const QCPGraph* sigmoid = graphOf(view, Role::Gradient, "sigmoid");
    for (auto it = sigmoid->data()->constBegin(); it != sigmoid->data()->constEnd(); ++it)
        QVERIFY(it->value > *zeroRow);
    QCOMPARE(view.plot()->gradientTickLabel(*zeroRow), QStringLiteral("0"));
    QVERIFY(view.plot()->gradientRect()->axis(QCPAxis::atLeft)->range().contains(*zeroRow));
    QVERIFY(view.plot()->annotations().contains(QStringLiteral("ReLU: 0 (dead) from l = 1")));

    // A unit that dies later: 1, 0.75, 0.5, 0.25, then relu′(0) = 0 at layer 4.
    view.setState(stateWith({"relu"}, 10, 1.0, 1.0, -0.25));
    QVERIFY(view.plot()->annotations().contains(QStringLiteral("ReLU: 0 (dead) from l = 4")));
    QCOMPARE(graphOf(view, Role::GradientZeros, "relu")->data()->size(), 7);
    QCOMPARE(graphOf(view, Role::Gradient, "relu")->data()->size(), 3);
    // The path drops from the last nonzero value (1 at l = 3) to the "0" row at l = 4: no unexplained gap.
    const QCPGraph* path = graphOf(view, Role::GradientPath, "relu");
    QCOMPARE(path->data()->size(), 10);
    COMPARE_EXACT(path->data()->at(2)->value, 0.0);
    COMPARE_EXACT(path->data()->at(3)->value, *view.plot()->gradientZeroRow());
    // With no exact zero there is no "0" row.
    view.setState(stateWith({"relu"}, 10, 1.0, 1.0, 0.0));
    QVERIFY(!view.plot()->gradientZeroRow().has_value());
    QVERIFY(graphOf(view, Role::GradientZeros, "relu") == nullptr);
}

// gelu with w = −4 from x = −5: the second layer's input is −80, where gelu′ ≈ 10⁻¹³⁹⁰ — far below the
// smallest double. It is still drawn, at its logarithm, not as a gap or a zero.
void TestDepthView::gradientBelowTheDoubleRangeIsStillDrawn()
{
    DepthView view;
    view.setState(stateWith({"gelu"}, 10, -5.0, -4.0, 0.0));
    const QCPGraph* gelu = graphOf(view, Role::Gradient, "gelu");
    QCOMPARE(gelu->data()->size(), 10);
    QVERIFY(!view.plot()->gradientZeroRow().has_value());
    const double second = gelu->data()->at(1)->value;
    QVERIFY2(second < -1380 && second > -1390, qPrintable(QString::number(second)));
    QVERIFY(view.plot()->gradientRect()->axis(QCPAxis::atLeft)->range().contains(second));
    QVERIFY(view.plot()->annotations().filter(QStringLiteral("GELU vanished")).size() == 1);
}

void TestDepthView::nothingNonFiniteIsPlotted_data()
{
    QTest::addColumn<DepthState>("state");
    for (const double x : {-5.0, 0.0, 5.0}) {
        for (const double w : {-5.0, 0.0, 5.0}) {
            for (const double b : {-5.0, 5.0}) {
                QTest::newRow(qPrintable(QStringLiteral("x=%1 w=%2 b=%3").arg(x).arg(w).arg(b)))
                    << stateWith(allActivationIds(), 60, x, w, b);
            }
        }
    }
    DepthState random = stateWith(allActivationIds(), 60, 5.0, 5.0, 5.0);
    random.randomized = true;
    random.spread = 2.0;
    random.seed = 7;
    QTest::newRow("randomized at the edges") << random;
    QTest::newRow("nothing ticked") << stateWith({}, 60, 0.5, 1.0, 0.0);
}

// Every point, every axis range and every label is finite, whatever the sliders say.
void TestDepthView::nothingNonFiniteIsPlotted()
{
    QFETCH(DepthState, state);
    DepthView view;
    view.resize(1400, 900);
    view.setState(state);
    DepthPlot& plot = *view.plot();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    for (int g = 0; g < plot.graphCount(); ++g) {
        const QCPGraph* graph = static_cast<QCustomPlot&>(plot).graph(g);
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            QVERIFY2(std::isfinite(it->key) && std::isfinite(it->value), qPrintable(graph->name()));
        }
    }
    for (QCPAxisRect* rect : plot.axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            QVERIFY(std::isfinite(axis->range().lower) && std::isfinite(axis->range().upper));
            QVERIFY(axis->range().lower < axis->range().upper);
        }
    }
    for (const QString& text : plot.annotations()) {
        QVERIFY2(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive) &&
                     !text.contains(QStringLiteral("inf"), Qt::CaseInsensitive),
                 qPrintable(text));
    }
    if (state.activationIds.empty()) {
        QVERIFY(plot.annotations().filter(QStringLiteral("Tick an activation")).size() == 1);
    }
}

// The y axes plot exponents; their labels read as the values: 10⁻⁸, 1, 0.25 …
void TestDepthView::axisReadsPowersOfTen()
{
    QCOMPARE(decadeLabel(-8), QStringLiteral("10⁻⁸"));
    QCOMPARE(decadeLabel(-36), QStringLiteral("10⁻³⁶"));
    QCOMPARE(decadeLabel(0), QStringLiteral("1"));
    QCOMPARE(decadeLabel(1), QStringLiteral("10"));
    QCOMPARE(decadeLabel(12), QStringLiteral("10¹²"));
    QCOMPARE(decadeLabel(-1387), QStringLiteral("10⁻¹³⁸⁷"));

    DepthView view;
    view.resize(1400, 900);
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QCPAxis* y = view.plot()->gradientRect()->axis(QCPAxis::atLeft);
    const QVector<QString> labels = y->tickVectorLabels();
    QVERIFY(labels.contains(QStringLiteral("1")));
    QVERIFY2(labels.contains(QStringLiteral("10⁻¹⁰")) || labels.contains(QStringLiteral("10⁻⁸")) ||
                 labels.contains(QStringLiteral("10⁻⁵")),
             qPrintable(QStringList(labels.begin(), labels.end()).join(u' ')));
    // A short span (one sigmoid layer: factors 0.235 to 1) reads in plain numbers, several of them.
    view.setState(stateWith({"sigmoid", "relu"}, 1, 0.5, 1.0, 0.0));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const QVector<QString> factorLabels =
        view.plot()->factorRect()->axis(QCPAxis::atLeft)->tickVectorLabels();
    const QString joined = QStringList(factorLabels.begin(), factorLabels.end()).join(u' ');
    QVERIFY2(factorLabels.size() >= 4, qPrintable(joined));
    QVERIFY2(factorLabels.contains(QStringLiteral("0.3")) && factorLabels.contains(QStringLiteral("0.5")) &&
                 factorLabels.contains(QStringLiteral("1")) && !joined.contains(QStringLiteral("10")),
             qPrintable(joined));
}

// x, w and b each have a slider and a number box; every edit is a new state, drawn at once.
void TestDepthView::controlsEditTheState()
{
    DepthView view;
    QSignalSpy changed(&view, &View::stateChanged);
    auto* x = view.findChild<NumberEntry*>(QStringLiteral("x"));
    auto* w = view.findChild<NumberEntry*>(QStringLiteral("weight"));
    auto* b = view.findChild<NumberEntry*>(QStringLiteral("bias"));
    QVERIFY(x && w && b);
    for (NumberEntry* control : {x, w, b}) {
        QVERIFY(!control->slider()->accessibleName().isEmpty());
        QVERIFY(!control->box()->toolTip().isEmpty());
    }
    typeNumber(w->box(), QStringLiteral("2"));
    QCOMPARE(view.state().weight, 2.0);
    b->slider()->setValue(b->slider()->maximum());
    QCOMPARE(view.state().bias, 5.0);
    typeNumber(x->box(), QStringLiteral("-1.2345678"));  // kept as typed, not rounded to the box's decimals
    COMPARE_EXACT(view.state().x, -1.2345678);
    QCOMPARE(x->box()->text(), QStringLiteral("-1.2345678"));
    QCOMPARE(changed.count(), 3);
    const std::vector<DepthLayer> chain = coreChain(view.state(), "tanh");
    COMPARE_EXACT(graphOf(view, Role::Gradient, "tanh")->data()->at(5)->value, chain[5].log10AbsGradient());

    // Unticking an activation removes its curves; ticking one adds them.
    auto* list = view.findChild<QListWidget*>(QStringLiteral("functions"));
    QVERIFY(list != nullptr);
    QCOMPARE(list->count(), static_cast<int>(activations().size()));
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->data(Qt::UserRole).toString() == u"tanh") item->setCheckState(Qt::Unchecked);
        if (item->data(Qt::UserRole).toString() == u"gelu") item->setCheckState(Qt::Checked);
    }
    QCOMPARE(view.state().activationIds, (std::vector<std::string>{"sigmoid", "relu", "gelu"}));
    QVERIFY(graphOf(view, Role::Gradient, "tanh") == nullptr);
    QVERIFY(graphOf(view, Role::Gradient, "gelu") != nullptr);
}

// Randomized layers: the seed is on screen (and in the title), the same seed draws the same figure,
// "New seed" draws another.
void TestDepthView::seedIsVisibleAndReproducible()
{
    DepthView view;
    auto* randomized = view.findChild<QCheckBox*>(QStringLiteral("randomized"));
    auto* seed = view.findChild<QSpinBox*>(QStringLiteral("seed"));
    auto* newSeed = view.findChild<QPushButton*>(QStringLiteral("newSeed"));
    QVERIFY(randomized && seed && newSeed);
    QVERIFY(!seed->isHidden());
    QVERIFY(!seed->isEnabled());
    randomized->setChecked(true);
    QVERIFY(view.state().randomized);
    QVERIFY(seed->isEnabled());
    seed->setValue(42);
    QCOMPARE(view.state().seed, 42);
    const QCPGraph* tanh = graphOf(view, Role::Gradient, "tanh");
    std::vector<double> first;
    for (auto it = tanh->data()->constBegin(); it != tanh->data()->constEnd(); ++it)
        first.push_back(it->value);

    DepthView again;
    again.setState(view.state());
    const QCPGraph* tanhAgain = graphOf(again, Role::Gradient, "tanh");
    for (int i = 0; i < tanhAgain->data()->size(); ++i)
        COMPARE_EXACT(tanhAgain->data()->at(i)->value, first[std::size_t(i)]);

    newSeed->click();
    QCOMPARE(view.state().seed, 43);
    QCOMPARE(seed->value(), 43);
    QVERIFY(graphOf(view, Role::Gradient, "tanh")->data()->at(29)->value != first[29]);
}

// Ticking an activation with parameters adds its sliders, generated from core's ParameterSpec; they
// reach core.
void TestDepthView::parameterSlidersComeFromCore()
{
    DepthView view;
    QVERIFY(view.findChild<NumberEntry*>(QStringLiteral("softplus.beta")) == nullptr);
    DepthState state = view.state();
    state.activationIds.push_back("softplus");
    view.setState(state);
    auto* beta = view.findChild<NumberEntry*>(QStringLiteral("softplus.beta"));
    QVERIFY(beta != nullptr);
    const ParameterSpec& spec = findActivation("softplus")->parameters[0];
    QCOMPARE(beta->box()->minimum(), spec.minimum);
    QCOMPARE(beta->box()->maximum(), spec.maximum);
    COMPARE_EXACT(beta->value(), spec.defaultValue);
    typeNumber(beta->box(), QStringLiteral("4"));
    QCOMPARE(view.state().parametersFor(*findActivation("softplus"))[0], 4.0);
    // The slider's 0.01 · 10^2.4 reads 2.51, as in the curves view, not 2.5118864315…
    beta->slider()->setValue(600);
    COMPARE_EXACT(view.state().parametersFor(*findActivation("softplus"))[0], 2.51);
    QCOMPARE(beta->box()->text(), QStringLiteral("2.51"));
    const std::vector<DepthLayer> chain = coreChain(view.state(), "softplus");
    COMPARE_EXACT(graphOf(view, Role::Gradient, "softplus")->data()->at(9)->value,
                  chain[9].log10AbsGradient());
}

void TestDepthView::restoreRejectsBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("61 layers") << QStringLiteral("layers") << QJsonValue(61)
                               << QStringLiteral("depth.layers");
    QTest::newRow("2.5 layers") << QStringLiteral("layers") << QJsonValue(2.5)
                                << QStringLiteral("depth.layers");
    QTest::newRow("x out of range") << QStringLiteral("x") << QJsonValue(6.0) << QStringLiteral("depth.x");
    QTest::newRow("weight not a number")
        << QStringLiteral("weight") << QJsonValue(QStringLiteral("1")) << QStringLiteral("depth.weight");
    QTest::newRow("negative seed") << QStringLiteral("seed") << QJsonValue(-1)
                                   << QStringLiteral("depth.seed");
    QTest::newRow("spread 3") << QStringLiteral("spread") << QJsonValue(3.0)
                              << QStringLiteral("depth.spread");
    QTest::newRow("randomized not a bool")
        << QStringLiteral("randomized") << QJsonValue(1) << QStringLiteral("depth.randomized");
    QTest::newRow("misspelt activation")
        << QStringLiteral("functions")
        << QJsonValue(QJsonArray{QStringLiteral("relu"), QStringLiteral("sigmod")})
        << QStringLiteral("depth.functions[1]: unknown activation 'sigmod'");
    QTest::newRow("activation twice")
        << QStringLiteral("functions")
        << QJsonValue(QJsonArray{QStringLiteral("relu"), QStringLiteral("relu")})
        << QStringLiteral("depth.functions[1]");
    QTest::newRow("beta out of range")
        << QStringLiteral("parameters")
        << QJsonValue(QJsonObject{{QStringLiteral("softplus"), QJsonObject{{QStringLiteral("beta"), 0.0}}}})
        << QStringLiteral("depth.parameters.softplus.beta");
    QTest::newRow("unknown parameter")
        << QStringLiteral("parameters")
        << QJsonValue(QJsonObject{{QStringLiteral("softplus"), QJsonObject{{QStringLiteral("alpha"), 1.0}}}})
        << QStringLiteral("depth.parameters.softplus.alpha: unknown key");
}

// A bad value in a scene or settings file is named, and the view keeps what it showed.
void TestDepthView::restoreRejectsBadValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    DepthView view;
    const QJsonObject before = view.saveState();
    QJsonObject bad = before;
    bad.insert(key, value);
    QSignalSpy changed(&view, &View::stateChanged);
    const QString error = view.restoreState(bad);
    QVERIFY2(error.startsWith(field), qPrintable(error));
    QCOMPARE(view.saveState(), before);
    QCOMPARE(changed.count(), 0);
}

// Print has no colour: each activation keeps its own dash pattern and marker shape.
void TestDepthView::printThemeTellsSeriesApartByMarkers()
{
    DepthView view;
    view.applyTheme(Theme::print());
    std::vector<int> shapes;
    std::vector<Qt::PenStyle> dashes;
    for (const std::string& id : view.state().activationIds) {
        const QCPGraph* graph = graphOf(view, Role::Gradient, id);
        shapes.push_back(static_cast<int>(graph->scatterStyle().shape()));
        dashes.push_back(graph->pen().style());
        QCOMPARE(graph->pen().color(), QColor(Qt::black));
    }
    QVERIFY(shapes[0] != shapes[1] && shapes[1] != shapes[2] && shapes[0] != shapes[2]);
    QVERIFY(dashes[0] != dashes[1] && dashes[1] != dashes[2]);
}

QTEST_MAIN(TestDepthView)
#include "tst_depthview.moc"
