// The gradient through a chain of layers, hₗ = act(wₗ·hₗ₋₁ + bₗ): the chain rule against a finite
// difference of the composed function, the sigmoid bound 0.25ˡ·|w|ˡ, relu's exact 1, exact zeros of dead
// units, and 60-layer chains against mpmath (tests/core/data/depth_reference.tsv, written by
// scripts/make_depth_reference.py at 50 digits and checked at 80).

#include "core/activation.h"
#include "core/depth.h"

#include "testrows.h"
#include "tests/common/exactcompare.h"

#include <QFile>
#include <QStringList>
#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

using namespace actlab;
using actlab::testing::idOf;

namespace {

/// The bar for ln|∂hₗ/∂x| against the high-precision chain: 1e-14 relative (the worst chain in the table,
/// silu with w = −3, is at 2.7e-15), and never looser than an absolute 1e-14 (a relative 1e-14 on the
/// gradient itself) where the logarithm is small.
constexpr double kLogBar = 1e-14;

double logError(double got, double exact)
{
    if (got == exact) return 0.0;  // also −inf == −inf
    return std::fabs(got - exact) / std::max(1.0, std::fabs(exact));
}

/// Relative error of a double against its rounded reference; values in the subnormal range (where the
/// reference itself carries fewer digits) are compared to an absolute 1e-320.
double valueError(double got, double exact)
{
    if (got == exact) return 0.0;
    if (std::fabs(exact) < 2.2250738585072014e-308) return std::fabs(got - exact) <= 1e-320 ? 0.0 : HUGE_VAL;
    return std::fabs(got - exact) / std::fabs(exact);
}

double parseDouble(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    double v = std::numeric_limits<double>::quiet_NaN();
    std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), v);  // reads "inf", "-inf", "-0.0"
    return v;
}

struct ReferenceLayer {
    double weight, bias, output, logAbsGradient, gradient;
    int sign;
};

struct ReferenceChain {
    QString name;
    QString activation;
    ParameterValues parameters{};
    ChainSettings settings;
    std::vector<ReferenceLayer> layers;
};

/// The chains of depth_reference.tsv in file order; empty (and `problem` set) when it cannot be read.
std::vector<ReferenceChain> readReference(QString& problem)
{
    const QString path = QFINDTESTDATA("data/depth_reference.tsv");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        problem = QStringLiteral("cannot open data/depth_reference.tsv");
        return {};
    }
    std::vector<ReferenceChain> chains;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        const QStringList c = line.split(u'\t');
        if (c.size() != 17) {
            problem = QStringLiteral("bad row: ") + line;
            return {};
        }
        if (chains.empty() || chains.back().name != c[0] || chains.back().activation != c[1] ||
            c[10].toInt() == 1) {
            ReferenceChain chain;
            chain.name = c[0];
            chain.activation = c[1];
            const Activation* activation = findActivation(c[1].toStdString());
            if (activation == nullptr) {
                problem = QStringLiteral("unknown activation ") + c[1];
                return {};
            }
            chain.parameters = activation->defaults();
            if (c[2] != u"-") {
                for (const QString& pair : c[2].split(u',')) {
                    const QStringList kv = pair.split(u'=');
                    const int index = activation->parameterIndex(kv[0].toStdString());
                    if (kv.size() != 2 || index < 0) {
                        problem = QStringLiteral("bad parameter ") + pair;
                        return {};
                    }
                    chain.parameters[static_cast<std::size_t>(index)] = parseDouble(kv[1]);
                }
            }
            chain.settings.x = parseDouble(c[3]);
            chain.settings.weight = parseDouble(c[4]);
            chain.settings.bias = parseDouble(c[5]);
            chain.settings.layers = c[6].toULongLong();
            chain.settings.randomized = c[7] == u"1";
            chain.settings.seed = c[8].toULongLong();
            chain.settings.spread = parseDouble(c[9]);
            chains.push_back(chain);
        }
        chains.back().layers.push_back({parseDouble(c[11]), parseDouble(c[12]), parseDouble(c[13]),
                                        parseDouble(c[14]), parseDouble(c[16]), c[15].toInt()});
    }
    return chains;
}

const std::vector<ReferenceChain>& reference()
{
    static QString problem;
    static const std::vector<ReferenceChain> chains = readReference(problem);
    if (!problem.isEmpty()) qWarning("%s", qPrintable(problem));
    return chains;
}

/// hₗ(x) composed from core's activation values alone, for the finite difference.
double composed(const Activation& activation, const ParameterValues& p, double x,
                const std::vector<LayerWeights>& weights, std::size_t layers)
{
    double h = x;
    for (std::size_t l = 0; l < layers; ++l) h = activation.value(weights[l].weight * h + weights[l].bias, p);
    return h;
}

/// dhₗ/dx by central differences with one Richardson step: error O(step⁴) plus rounding of order
/// ε·|h|/step, far below the 1e-7 the test asks for.
double finiteDifference(const Activation& activation, const ParameterValues& p, double x,
                        const std::vector<LayerWeights>& weights, std::size_t layers)
{
    const auto central = [&](double step) {
        return (composed(activation, p, x + step, weights, layers) -
                composed(activation, p, x - step, weights, layers)) /
               (2 * step);
    };
    constexpr double kStep = 1.0 / 512;
    return (4 * central(kStep / 2) - central(kStep)) / 3;
}

QString describe(const ChainSettings& s)
{
    return QStringLiteral("x=%1 w=%2 b=%3%4")
        .arg(s.x)
        .arg(s.weight)
        .arg(s.bias)
        .arg(s.randomized ? QStringLiteral(" seed=%1 spread=%2").arg(s.seed).arg(s.spread) : QString());
}

}  // namespace

Q_DECLARE_METATYPE(ChainSettings)

class TestDepth : public QObject {
    Q_OBJECT
private slots:
    void matchesHighPrecisionReference_data();
    void matchesHighPrecisionReference();
    void referenceCoversTheLecture();
    void agreesWithFiniteDifference_data();
    void agreesWithFiniteDifference();
    void sigmoidStaysUnderItsBound_data();
    void sigmoidStaysUnderItsBound();
    void sigmoidMeetsItsBoundOnlyAtZero();
    void reluWithUnitWeightPassesExactlyOne_data();
    void reluWithUnitWeightPassesExactlyOne();
    void deadReluGivesAnExactZero_data();
    void deadReluGivesAnExactZero();
    void zeroWeightGivesAnExactZero();
    void factorBelowTheDoubleRangeKeepsItsLogarithm_data();
    void factorBelowTheDoubleRangeKeepsItsLogarithm();
    void logDerivativeMatchesCoreWhereCoreIsNormal_data();
    void logDerivativeMatchesCoreWhereCoreIsNormal();
    void gradientBelowTheDoubleRangeStillHasItsLogarithm();
    void randomizedWeightsAreReproducible();
    void sharedWeightsAreTheSameInEveryLayer();
};

void TestDepth::matchesHighPrecisionReference_data()
{
    QTest::addColumn<int>("index");
    const std::vector<ReferenceChain>& chains = reference();
    QVERIFY2(!chains.empty(), "no reference chains");
    for (std::size_t i = 0; i < chains.size(); ++i) {
        QTest::newRow(qPrintable(chains[i].activation + u' ' + chains[i].name)) << static_cast<int>(i);
    }
}

// Every layer of the chain, against the same chain run in 50-digit arithmetic: the per-layer weights
// bit for bit, the sign exactly, ln|∂hₗ/∂x| to 1e-14 relative, ∂hₗ/∂x itself alike, and hₗ to 1e-13.
void TestDepth::matchesHighPrecisionReference()
{
    QFETCH(int, index);
    const ReferenceChain& chain = reference()[static_cast<std::size_t>(index)];
    const Activation& activation = *findActivation(chain.activation.toStdString());
    QCOMPARE(chain.layers.size(), chain.settings.layers);

    const std::vector<LayerWeights> weights = layerWeights(chain.settings);
    const std::vector<DepthLayer> layers = gradientThroughDepth(activation, chain.parameters, chain.settings);
    QCOMPARE(layers.size(), chain.layers.size());
    double worstLog = 0.0;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const ReferenceLayer& exact = chain.layers[l];
        const DepthLayer& got = layers[l];
        const QByteArray where = "layer " + QByteArray::number(qulonglong(l + 1)) + ": ";
        QVERIFY2(testing::sameDouble(weights[l].weight, exact.weight), where + "weight");
        QVERIFY2(testing::sameDouble(weights[l].bias, exact.bias), where + "bias");
        COMPARE_EXACT(got.weight, exact.weight);
        COMPARE_EXACT(got.bias, exact.bias);
        QVERIFY2(got.gradientSign == exact.sign, where + "sign " + QByteArray::number(got.gradientSign) +
                                                     " expected " + QByteArray::number(exact.sign));
        QCOMPARE(got.isExactZero(), exact.sign == 0);
        const double logErr = logError(got.logAbsGradient, exact.logAbsGradient);
        worstLog = std::max(worstLog, logErr);
        QVERIFY2(logErr <= kLogBar,
                 where + "ln|dh/dx| " + testing::describeMismatch(got.logAbsGradient, exact.logAbsGradient));
        QVERIFY2(valueError(got.gradient, exact.gradient) <=
                     kLogBar * std::max(1.0, std::fabs(exact.logAbsGradient)),
                 where + "dh/dx " + testing::describeMismatch(got.gradient, exact.gradient));
        QVERIFY2(valueError(got.output, exact.output) <= 1e-13,
                 where + "h " + testing::describeMismatch(got.output, exact.output));
    }
    qDebug("worst relative error of ln|dh/dx|: %.3g", worstLog);
}

// The reference holds what the view is about: every activation 60 layers deep, vanishing and
// exploding chains, dead units, randomized layers and factors below the double range.
void TestDepth::referenceCoversTheLecture()
{
    std::map<QString, int> deepChains;
    bool vanished = false, exploded = false, dead = false, randomized = false, belowRange = false;
    for (const ReferenceChain& chain : reference()) {
        if (chain.settings.layers == 60) ++deepChains[chain.activation];
        for (const ReferenceLayer& layer : chain.layers) {
            vanished = vanished || (layer.sign != 0 && layer.logAbsGradient < std::log(1e-8));
            exploded = exploded || layer.logAbsGradient > std::log(1e8);
            dead = dead || layer.sign == 0;
            belowRange = belowRange || (layer.sign != 0 && layer.logAbsGradient < std::log(1e-308));
        }
        randomized = randomized || chain.settings.randomized;
    }
    for (const Activation& activation : activations()) {
        QVERIFY2(deepChains[idOf(activation)] >= 1, qPrintable(idOf(activation)));
    }
    for (const char* id : {"sigmoid", "tanh", "relu", "silu", "gelu"}) {
        QVERIFY2(deepChains[QString::fromLatin1(id)] >= 3, id);
    }
    QVERIFY(vanished);
    QVERIFY(exploded);
    QVERIFY(dead);
    QVERIFY(randomized);
    QVERIFY(belowRange);
}

void TestDepth::agreesWithFiniteDifference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<ChainSettings>("settings");
    // Settings whose pre-activations keep away from every kink, so the difference quotient of the
    // piecewise activations is exact too.
    std::vector<ChainSettings> settings;
    for (const auto& [x, w, b] : {std::tuple{0.5, 1.0, 0.0}, std::tuple{-0.7, 1.3, 0.4},
                                  std::tuple{1.1, -0.8, 0.6}, std::tuple{2.0, 0.6, -0.35}}) {
        ChainSettings s;
        s.x = x;
        s.weight = w;
        s.bias = b;
        s.layers = 4;
        settings.push_back(s);
    }
    ChainSettings random;
    random.x = 0.3;
    random.layers = 4;
    random.randomized = true;
    random.seed = 11;
    random.spread = 0.6;
    settings.push_back(random);
    for (const Activation& activation : activations()) {
        for (const ChainSettings& s : settings) {
            QTest::newRow(qPrintable(idOf(activation) + u' ' + describe(s))) << idOf(activation) << s;
        }
    }
}

// ∂hₗ/∂x for l = 1…4 against a difference quotient of the composed function built from core's values
// alone: the chain rule is applied in the right order (the factor of layer l is taken at layer l's own
// input wₗ·hₗ₋₁ + bₗ, not at x).
void TestDepth::agreesWithFiniteDifference()
{
    QFETCH(QString, id);
    QFETCH(ChainSettings, settings);
    const Activation& activation = *findActivation(id.toStdString());
    const ParameterValues p = activation.defaults();
    const std::vector<LayerWeights> weights = layerWeights(settings);
    const std::vector<DepthLayer> layers = gradientThroughDepth(activation, p, settings);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const Kinks kinks = activation.kinksOf(p);
        for (std::size_t k = 0; k < kinks.count; ++k) {
            QVERIFY2(std::fabs(layers[l].preActivation - kinks.at[k]) > 0.05, "a layer sits on a kink");
        }
        const double expected = finiteDifference(activation, p, settings.x, weights, l + 1);
        const double got = layers[l].gradient;
        QVERIFY2(std::fabs(got - expected) <= 1e-7 * std::max(std::fabs(expected), 1e-3),
                 qPrintable(QStringLiteral("layer %1: %2 vs difference quotient %3")
                                .arg(l + 1)
                                .arg(got, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
        // The log-space value says the same.
        if (got != 0)
            QVERIFY(std::fabs(std::exp(layers[l].logAbsGradient) - std::fabs(got)) <= 1e-14 * std::fabs(got));
    }
}

void TestDepth::sigmoidStaysUnderItsBound_data()
{
    QTest::addColumn<ChainSettings>("settings");
    for (const double x : {-3.0, 0.0, 0.5, 2.0}) {
        for (const double w : {-4.0, -1.0, 0.5, 1.0, 4.0, 5.0}) {
            for (const double b : {-1.0, 0.0, 1.0}) {
                ChainSettings s;
                s.x = x;
                s.weight = w;
                s.bias = b;
                s.layers = 60;
                QTest::newRow(qPrintable(describe(s))) << s;
            }
        }
    }
    for (const std::uint64_t seed : {1u, 2u, 3u, 99u}) {
        ChainSettings s;
        s.layers = 60;
        s.randomized = true;
        s.seed = seed;
        s.spread = 3.0;
        QTest::newRow(qPrintable(describe(s))) << s;
    }
}

// σ′ ≤ 1/4, so no sigmoid chain passes on more than ∏ 0.25·|wₖ| — at every depth, on every setting.
void TestDepth::sigmoidStaysUnderItsBound()
{
    QFETCH(ChainSettings, settings);
    const Activation& sigmoid = *findActivation("sigmoid");
    const std::vector<LayerWeights> weights = layerWeights(settings);
    std::vector<DepthLayer> layers;
    gradientThroughDepth(sigmoid, {}, settings.x, weights, layers);
    std::vector<SigmoidBound> bound;
    sigmoidBound(weights, bound);
    QCOMPARE(bound.size(), layers.size());
    for (std::size_t l = 0; l < layers.size(); ++l) {
        QVERIFY2(std::fabs(layers[l].factor) <= 0.25 * std::fabs(weights[l].weight),
                 "a factor beats 0.25·|w|");
        QVERIFY2(layers[l].logAbsFactor <= bound[l].logMaxFactor, "ln|factor| beats ln(0.25·|w|)");
        QVERIFY2(layers[l].logAbsGradient <= bound[l].logBound,
                 qPrintable(QStringLiteral("layer %1: ln|dh/dx| = %2 above the bound %3")
                                .arg(l + 1)
                                .arg(layers[l].logAbsGradient, 0, 'g', 17)
                                .arg(bound[l].logBound, 0, 'g', 17)));
    }
    // The bound is 0.25ˡ·|w|ˡ itself when the weights are shared.
    if (!settings.randomized) {
        for (const std::size_t l : {std::size_t(1), std::size_t(30), std::size_t(60)}) {
            const double exact = static_cast<double>(l) * std::log(0.25 * std::fabs(settings.weight));
            QVERIFY(logError(bound[l - 1].logBound, exact) <= 1e-15);
        }
    }
}

// With x = 0 and b = 0 the first layer sits at σ′(0) = 1/4: the bound is met there, to the last bit.
void TestDepth::sigmoidMeetsItsBoundOnlyAtZero()
{
    ChainSettings s;
    s.x = 0.0;
    s.weight = 3.0;
    s.layers = 5;
    const std::vector<DepthLayer> layers = gradientThroughDepth(*findActivation("sigmoid"), {}, s);
    std::vector<SigmoidBound> bound;
    sigmoidBound(layerWeights(s), bound);
    COMPARE_EXACT(layers[0].factor, 0.75);
    COMPARE_EXACT(layers[0].logAbsGradient, bound[0].logBound);
    for (std::size_t l = 1; l < layers.size(); ++l) QVERIFY(layers[l].logAbsGradient < bound[l].logBound);
}

void TestDepth::reluWithUnitWeightPassesExactlyOne_data()
{
    QTest::addColumn<double>("x");
    for (const double x : {4.9406564584124654e-324, 1e-300, 0.125, 0.5, 1.0, 3.0, 1e10, 1e300}) {
        QTest::newRow(qPrintable(QString::number(x, 'g', 17))) << x;
    }
}

// relu′ = 1 for every positive input: with w = 1 and b = 0 the gradient is exactly 1 at every depth,
// and so is its logarithm's exponent: ln 1 = 0, not a rounding of it.
void TestDepth::reluWithUnitWeightPassesExactlyOne()
{
    QFETCH(double, x);
    ChainSettings s;
    s.x = x;
    s.weight = 1.0;
    s.bias = 0.0;
    s.layers = 60;
    const std::vector<DepthLayer> layers = gradientThroughDepth(*findActivation("relu"), {}, s);
    QCOMPARE(layers.size(), std::size_t(60));
    for (const DepthLayer& layer : layers) {
        COMPARE_EXACT(layer.output, x);
        COMPARE_EXACT(layer.factor, 1.0);
        COMPARE_EXACT(layer.gradient, 1.0);
        COMPARE_EXACT(layer.logAbsGradient, 0.0);
        QCOMPARE(layer.gradientSign, 1);
    }
}

void TestDepth::deadReluGivesAnExactZero_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("bias");
    QTest::addColumn<int>("firstDeadLayer");
    QTest::newRow("negative input") << -0.5 << 0.0 << 1;
    QTest::newRow("zero input: left derivative 0") << 0.0 << 0.0 << 1;
    // 1, 0.75, 0.5, 0.25, then the fourth layer's input is exactly 0: relu′(0) = 0 (the left derivative).
    QTest::newRow("bias walks onto the kink") << 1.0 << -0.25 << 4;
    QTest::newRow("bias pushes below zero") << 0.5 << -0.3 << 2;
}

// relu′ = 0 for inputs ≤ 0: the gradient is exactly 0 from that layer on (sign 0, ln = −inf), not a tiny
// number, and the forward pass carries on.
void TestDepth::deadReluGivesAnExactZero()
{
    QFETCH(double, x);
    QFETCH(double, bias);
    QFETCH(int, firstDeadLayer);
    ChainSettings s;
    s.x = x;
    s.bias = bias;
    s.layers = 10;
    const std::vector<DepthLayer> layers = gradientThroughDepth(*findActivation("relu"), {}, s);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const bool dead = static_cast<int>(l + 1) >= firstDeadLayer;
        QCOMPARE(layers[l].isExactZero(), dead);
        if (dead) {
            COMPARE_EXACT(layers[l].gradient, 0.0);
            QCOMPARE(layers[l].logAbsGradient, -HUGE_VAL);
            QCOMPARE(layers[l].gradientSign, 0);
        } else {
            COMPARE_EXACT(layers[l].gradient, 1.0);
        }
    }
    QVERIFY(layers[static_cast<std::size_t>(firstDeadLayer - 1)].factorIsExactZero());
}

void TestDepth::zeroWeightGivesAnExactZero()
{
    ChainSettings s;
    s.weight = 0.0;
    s.bias = 0.5;
    s.layers = 3;
    const std::vector<DepthLayer> layers = gradientThroughDepth(*findActivation("sigmoid"), {}, s);
    for (const DepthLayer& layer : layers) {
        QVERIFY(layer.factorIsExactZero());
        QVERIFY(layer.isExactZero());
        COMPARE_EXACT(layer.output, findActivation("sigmoid")->value(0.5, {}));
    }
    std::vector<SigmoidBound> bound;
    sigmoidBound(layerWeights(s), bound);
    QCOMPARE(bound.back().logBound, -HUGE_VAL);
}

void TestDepth::factorBelowTheDoubleRangeKeepsItsLogarithm_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expectedLog");
    // ln|act′(z)| to 17 digits from mpmath (closed forms: −|z| − 2 ln(1 + e^{−|z|}) for sigmoid, …).
    QTest::newRow("sigmoid -800") << QStringLiteral("sigmoid") << -800.0 << -800.0;
    QTest::newRow("tanh -400") << QStringLiteral("tanh") << -400.0 << -798.6137056388801;
    QTest::newRow("elu -800") << QStringLiteral("elu") << -800.0 << -800.0;
    QTest::newRow("gelu -40") << QStringLiteral("gelu") << -40.0 << -797.230683884346;
    QTest::newRow("gelu_tanh -30") << QStringLiteral("gelu_tanh") << -30.0 << -1965.7829218255003;
    QTest::newRow("silu -800") << QStringLiteral("silu") << -800.0 << -793.3166390542337;
}

// e⁻⁸⁰⁰ is 0 in double, but a unit with that derivative is not dead: its logarithm survives, and is
// not mistaken for an exact zero.
void TestDepth::factorBelowTheDoubleRangeKeepsItsLogarithm()
{
    QFETCH(QString, id);
    QFETCH(double, z);
    QFETCH(double, expectedLog);
    const Activation& activation = *findActivation(id.toStdString());
    QVERIFY(activation.derivative(z, activation.defaults()) == 0.0);
    const double got = logAbsDerivative(activation, z, activation.defaults());
    QVERIFY2(logError(got, expectedLog) <= 1e-15, testing::describeMismatch(got, expectedLog).constData());

    ChainSettings s;
    s.x = z;
    s.layers = 1;
    const DepthLayer layer = gradientThroughDepth(activation, activation.defaults(), s).front();
    COMPARE_EXACT(layer.factor, 0.0);
    QVERIFY(!layer.factorIsExactZero());
    QVERIFY(!layer.isExactZero());
    QCOMPARE(layer.logAbsGradient, got);
}

void TestDepth::logDerivativeMatchesCoreWhereCoreIsNormal_data()
{
    QTest::addColumn<QString>("id");
    for (const Activation& activation : activations())
        QTest::newRow(qPrintable(idOf(activation))) << idOf(activation);
}

// Where core's derivative is an ordinary double, ln|act′| is its logarithm; where core says exactly 0
// on a flat piece, −inf; where a smooth activation's derivative leaves the double range, still finite.
void TestDepth::logDerivativeMatchesCoreWhereCoreIsNormal()
{
    QFETCH(QString, id);
    const Activation& activation = *findActivation(id.toStdString());
    const ParameterValues p = activation.defaults();
    const bool piecewise = activation.kinksOf(p).count > 0;
    for (double z = -50.0; z <= 50.0; z += 0.0625) {
        const double d = activation.derivative(z, p);
        const double got = logAbsDerivative(activation, z, p);
        if (!std::isnormal(d)) {
            // A piecewise activation is 0 on a flat piece; a smooth one is never exactly 0 out here, only
            // too small for a double (gelu′(−40) ≈ 10⁻³⁴⁶), and keeps a finite logarithm.
            if (piecewise) {
                QCOMPARE(got, -HUGE_VAL);
            } else {
                QVERIFY2(std::isfinite(got), qPrintable(QStringLiteral("z = %1").arg(z)));
            }
            continue;
        }
        COMPARE_EXACT(got, std::log(std::fabs(d)));
    }
}

// 60 sigmoid layers with w = 10⁻⁵ pass on about 10⁻³³⁷: below the smallest double, so the value reads 0,
// but its logarithm is exact and the gradient is not reported as an exact zero.
void TestDepth::gradientBelowTheDoubleRangeStillHasItsLogarithm()
{
    ChainSettings s;
    s.x = 0.5;
    s.weight = 1e-5;
    s.layers = 60;
    const std::vector<DepthLayer> layers = gradientThroughDepth(*findActivation("sigmoid"), {}, s);
    const DepthLayer& last = layers.back();
    COMPARE_EXACT(last.gradient, 0.0);
    QVERIFY(!last.isExactZero());
    QCOMPARE(last.gradientSign, 1);
    // Every layer's input is within 1e-5 of 0, where σ′ = 1/4 − z²/16 + …: the sum is 60·ln(w/4) to 1e-11.
    const double expected = 60 * std::log(0.25e-5);
    QVERIFY2(std::fabs(last.logAbsGradient - expected) <= 1e-9,
             testing::describeMismatch(last.logAbsGradient, expected));
    QVERIFY(last.log10AbsGradient() < -336 && last.log10AbsGradient() > -338);
    // The partial products stay exact until the true value leaves the double range.
    for (const DepthLayer& layer : layers) {
        if (layer.logAbsGradient > std::log(1e-300)) {
            QVERIFY(std::fabs(layer.gradient - std::exp(layer.logAbsGradient)) <= 1e-13 * layer.gradient);
        }
    }
}

void TestDepth::randomizedWeightsAreReproducible()
{
    ChainSettings s;
    s.weight = 1.5;
    s.bias = -0.5;
    s.layers = 60;
    s.randomized = true;
    s.seed = 12345;
    s.spread = 0.75;
    const std::vector<LayerWeights> first = layerWeights(s);
    QCOMPARE(layerWeights(s), first);
    for (const LayerWeights& layer : first) {
        QVERIFY(layer.weight >= 0.75 && layer.weight < 2.25);
        QVERIFY(layer.bias >= -1.25 && layer.bias < 0.25);
    }
    QVERIFY(first[0] != first[1]);
    s.seed = 12346;
    QVERIFY(layerWeights(s) != first);
    // A longer chain starts with the same layers: growing L does not reshuffle the layers already there.
    s.seed = 12345;
    s.layers = 10;
    const std::vector<LayerWeights> shorter = layerWeights(s);
    QVERIFY(std::equal(shorter.begin(), shorter.end(), first.begin()));
}

void TestDepth::sharedWeightsAreTheSameInEveryLayer()
{
    ChainSettings s;
    s.weight = -2.5;
    s.bias = 0.75;
    s.layers = 7;
    s.seed = 99;  // ignored unless randomized
    const std::vector<LayerWeights> weights = layerWeights(s);
    QCOMPARE(weights.size(), std::size_t(7));
    for (const LayerWeights& layer : weights) QCOMPARE(layer, (LayerWeights{-2.5, 0.75}));
}

QTEST_GUILESS_MAIN(TestDepth)
#include "tst_depth.moc"
