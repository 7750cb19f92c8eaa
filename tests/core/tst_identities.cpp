// The lecture's identities, checked on core's exact values over a dense grid.

#include "core/activation.h"
#include "core/analysis.h"
#include "core/maxout.h"

#include "tests/common/exactcompare.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace actlab;

namespace {

const Activation& fn(const char* id)
{
    const Activation* a = findActivation(id);
    if (!a) qFatal("missing activation %s", id);
    return *a;
}

std::vector<double> grid()
{
    std::vector<double> xs;
    for (int i = -40000; i <= 40000; ++i) xs.push_back(i / 1000.0);
    for (double m : {1e-300, 1e-30, 1e-8, 100.0, 700.0, 745.0, 1e10, 1e300}) {
        xs.push_back(m);
        xs.push_back(-m);
    }
    return xs;
}

QString at(double x) { return QStringLiteral("at x = %1").arg(x, 0, 'g', 17); }

}  // namespace

class TestIdentities : public QObject {
    Q_OBJECT
private slots:
    void softplusDerivativeIsSigmoid_data();
    void softplusDerivativeIsSigmoid();
    void tanhIsRescaledSigmoid();
    void siluIsXTimesSigmoid();
    void softplusGapToReluIsAtMostLn2OverBeta_data();
    void softplusGapToReluIsAtMostLn2OverBeta();
    void peakGradients_data();
    void peakGradients();
    void reluIsMaxoutOfZeroAndX();
};

void TestIdentities::softplusDerivativeIsSigmoid_data()
{
    QTest::addColumn<double>("beta");
    for (double beta : {1.0, 0.01, 0.37, 3.3, 100.0}) QTest::newRow(qPrintable(QString::number(beta))) << beta;
}

void TestIdentities::softplusDerivativeIsSigmoid()
{
    QFETCH(double, beta);
    const Activation& softplus = fn("softplus");
    const Activation& sigmoid = fn("sigmoid");
    for (double x : grid()) {
        const double expected = sigmoid.value(beta * x, {});
        const double got = softplus.derivative(x, {beta});
        // With β = 1 the two are the same computation; otherwise β·x is rounded on the sigmoid side only.
        const double tolerance = beta == 1.0 ? 0.0 : 2e-16 * (1 + std::fabs(beta * x)) * expected;
        QVERIFY2(std::fabs(got - expected) <= tolerance, qPrintable(at(x)));
    }
}

void TestIdentities::tanhIsRescaledSigmoid()
{
    const Activation& tanh = fn("tanh");
    const Activation& sigmoid = fn("sigmoid");
    for (double x : grid()) {
        const double viaSigmoid = 2 * sigmoid.value(2 * x, {}) - 1;  // cancels near 0: compare absolutely there
        QVERIFY2(std::fabs(tanh.value(x, {}) - viaSigmoid) <= 4.5e-16, qPrintable(at(x)));
    }
}

void TestIdentities::siluIsXTimesSigmoid()
{
    const Activation& silu = fn("silu");
    const Activation& sigmoid = fn("sigmoid");
    for (double x : grid()) {
        const double expected = x * sigmoid.value(x, {});
        QVERIFY2(silu.value(x, {}) == expected, qPrintable(at(x)));
    }
}

void TestIdentities::softplusGapToReluIsAtMostLn2OverBeta_data() { softplusDerivativeIsSigmoid_data(); }

void TestIdentities::softplusGapToReluIsAtMostLn2OverBeta()
{
    QFETCH(double, beta);
    const Activation& softplus = fn("softplus");
    const Activation& relu = fn("relu");
    const double bound = std::numbers::ln2 / beta;
    for (double x : grid()) {
        const double gap = softplus.value(x, {beta}) - relu.value(x, {});
        QVERIFY2(gap >= 0 && gap <= bound * (1 + 1e-15), qPrintable(at(x)));
    }
    COMPARE_EXACT(softplus.value(0.0, {beta}), bound);
}

void TestIdentities::peakGradients_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::newRow("sigmoid: 0.25 at 0, the vanishing-gradient bound") << QStringLiteral("sigmoid") << 0.0 << 0.25;
    QTest::newRow("tanh: 1 at 0") << QStringLiteral("tanh") << 0.0 << 1.0;
    QTest::newRow("softsign: 1 at 0") << QStringLiteral("softsign") << 0.0 << 1.0;
    QTest::newRow("hardsigmoid: 1/6 on the plateau (-3, 3]") << QStringLiteral("hardsigmoid") << -3.0 << 1.0 / 6.0;
}

void TestIdentities::peakGradients()
{
    QFETCH(QString, id);
    QFETCH(double, x);
    QFETCH(double, value);
    const Activation& a = fn(qPrintable(id));
    const PeakGradient peak = peakGradient(a, a.defaults());
    COMPARE_EXACT(peak.x, x);
    COMPARE_EXACT(std::fabs(peak.value), value);
}

void TestIdentities::reluIsMaxoutOfZeroAndX()
{
    // Units ordered (0, x): at the tie x = 0 the lowest index wins, giving relu′(0) = 0 as autograd does.
    const MaxoutLayer layer{{{{0.0}, 0.0}, {{1.0}, 0.0}}, 2};
    const Activation& relu = fn("relu");
    for (double x : grid()) {
        const MaxoutForward out = maxoutForward(layer, std::span<const double>(&x, 1));
        QCOMPARE(out.outputs.size(), std::size_t(1));
        COMPARE_EXACT(out.outputs[0], relu.value(x, {}));
        COMPARE_EXACT(layer.units[out.winners[0]].weights[0], relu.derivative(x, {}));
    }
}

QTEST_GUILESS_MAIN(TestIdentities)
#include "tst_identities.moc"
