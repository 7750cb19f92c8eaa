// What the softmax view prints beside the probabilities and the Jacobian: the entropy, the crossover
// point of a slice and the slice itself, against mpmath references (800 digits) and the identities a
// student checks by hand (n = 2 is a sigmoid of the difference).

#include "core/activation.h"
#include "core/softmax.h"
#include "core/softmax_analysis.h"

#include <QTest>

#include <cfloat>
#include <cmath>
#include <stdexcept>
#include <vector>

using namespace actlab;
using Vector = std::vector<double>;

Q_DECLARE_METATYPE(Vector)

namespace {

bool closeTo(double got, double exact, double relative = 1e-14)
{
    if (std::fabs(exact) < 1e-300) return std::fabs(got - exact) <= 1e-300;
    return std::fabs(got - exact) <= relative * std::fabs(exact);
}

QByteArray mismatch(double got, double exact)
{
    return QByteArray::number(got, 'g', 17) + " != " + QByteArray::number(exact, 'g', 17);
}

}  // namespace

class TestSoftmaxAnalysis : public QObject {
    Q_OBJECT
private slots:
    void entropyMatchesReference_data();
    void entropyMatchesReference();
    void entropyOfEqualLogitsIsLogN_data();
    void entropyOfEqualLogitsIsLogN();
    void compensatedSumKeepsSmallTerms();
    void crossoverMatchesReference_data();
    void crossoverMatchesReference();
    void crossoverIsWhereTheProbabilityIsOneHalf();
    void twoClassSliceIsASigmoidOfTheDifference_data();
    void twoClassSliceIsASigmoidOfTheDifference();
    void sliceAtTheCurrentLogitIsSoftmaxAndItsJacobian_data();
    void sliceAtTheCurrentLogitIsSoftmaxAndItsJacobian();
    void slicesOverAllOutputsSumToOne();
    void rejectsBadInput();
};

void TestSoftmaxAnalysis::entropyMatchesReference_data()
{
    QTest::addColumn<Vector>("logits");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("entropy");
    QTest::newRow("[1, 2, 3]") << Vector{1, 2, 3} << 1.0 << 0.83239558183993887;
    QTest::newRow("view default") << Vector{2, 1, 0.1, -1} << 1.0 << 0.96067279013034837;
    // Near one-hot the entropy is tiny but not 0: it needs log s₁ ≈ −(1 − s₁), not log(1) = 0.
    QTest::newRow("T = 0.05, nearly one-hot") << Vector{2, 1, 0.1, -1} << 0.05 << 4.3284227208380284e-8;
    QTest::newRow("T = 20, nearly uniform") << Vector{2, 1, 0.1, -1} << 20.0 << 1.3847654892513046;
    QTest::newRow("s close to 1") << Vector{50, 0, 4} << 1.0 << 5.0477564002964516e-19;
    QTest::newRow("[40, 0]") << Vector{40, 0} << 1.0 << 1.7418252446695515e-16;
    QTest::newRow("an underflowing probability") << Vector{0, -700, -30.5, 3} << 1.0 << 0.19086497110653488;
    QTest::newRow("[1000, -1000]: below the smallest double") << Vector{1000, -1000} << 1.0 << 0.0;
    QTest::newRow("[1e308, -1e308]") << Vector{1e308, -1e308} << 1.0 << 0.0;
    QTest::newRow("[0.3, 0.1, -0.2], T = 0.05") << Vector{0.3, 0.1, -0.2} << 0.05 << 0.090581956425035801;
}

void TestSoftmaxAnalysis::entropyMatchesReference()
{
    QFETCH(Vector, logits);
    QFETCH(double, temperature);
    QFETCH(double, entropy);
    const double got = softmaxEntropy(logits, temperature);
    QVERIFY(std::isfinite(got));
    QVERIFY2(closeTo(got, entropy), mismatch(got, entropy).constData());
}

void TestSoftmaxAnalysis::entropyOfEqualLogitsIsLogN_data()
{
    QTest::addColumn<Vector>("logits");
    for (const double a : {0.0, -3.5, 1000.0, 1e308}) {
        for (const std::size_t n : {2u, 4u, 10u}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 × %2").arg(n).arg(a))) << Vector(n, a);
        }
    }
}

void TestSoftmaxAnalysis::entropyOfEqualLogitsIsLogN()
{
    QFETCH(Vector, logits);
    for (const double temperature : {0.05, 1.0, 20.0}) {
        const double got = softmaxEntropy(logits, temperature);
        const double expected = std::log(double(logits.size()));
        QVERIFY2(closeTo(got, expected, 1e-15), mismatch(got, expected).constData());
    }
}

void TestSoftmaxAnalysis::compensatedSumKeepsSmallTerms()
{
    // 1 + 1e-16 + … (ten times) − 1: a plain loop loses every 1e-16 against the 1.
    Vector values{1.0};
    for (int i = 0; i < 10; ++i) values.push_back(1e-16);
    values.push_back(-1.0);
    QVERIFY2(closeTo(compensatedSum(values), 1e-15, 1e-12),
             mismatch(compensatedSum(values), 1e-15).constData());
    QCOMPARE(compensatedSum(Vector{}), 0.0);
}

void TestSoftmaxAnalysis::crossoverMatchesReference_data()
{
    QTest::addColumn<Vector>("logits");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("logit");
    QTest::addColumn<double>("crossover");
    QTest::newRow("[1, 2, 3], j = 0") << Vector{1, 2, 3} << 1.0 << 0 << 3.3132616875182228;
    QTest::newRow("T = 0.05 nearly picks the largest other") << Vector{2, 1, 0.1, -1} << 0.05 << 1 << 2.0;
    QTest::newRow("two others at 1e308") << Vector{1e308, 1e308, 0} << 1.0 << 2 << 1e308;
    QTest::newRow("two others at 1000, T = 0.1") << Vector{1000, 1000, 5} << 0.1 << 2 << 1000.069314718056;
    QTest::newRow("n = 2: the other logit") << Vector{-1000, 3} << 20.0 << 1 << -1000.0;
    QTest::newRow("n = 2, j = 0") << Vector{7, -2} << 1.0 << 0 << -2.0;
}

void TestSoftmaxAnalysis::crossoverMatchesReference()
{
    QFETCH(Vector, logits);
    QFETCH(double, temperature);
    QFETCH(int, logit);
    QFETCH(double, crossover);
    const double got = softmaxCrossover(logits, temperature, std::size_t(logit));
    QVERIFY2(closeTo(got, crossover), mismatch(got, crossover).constData());
}

void TestSoftmaxAnalysis::crossoverIsWhereTheProbabilityIsOneHalf()
{
    Vector logits{0.5, -1.25, 2, 0.75, -3};
    for (const double temperature : {0.05, 0.7, 20.0}) {
        for (std::size_t j = 0; j < logits.size(); ++j) {
            Vector moved = logits;
            moved[j] = softmaxCrossover(logits, temperature, j);
            Vector s(moved.size());
            softmax(moved, temperature, s);
            // The crossover is rounded to a double: sⱼ = ½ up to that rounding, magnified by 1/(4T).
            QVERIFY2(std::fabs(s[j] - 0.5) <= 1e-15 / temperature, mismatch(s[j], 0.5).constData());
        }
    }
}

void TestSoftmaxAnalysis::twoClassSliceIsASigmoidOfTheDifference_data()
{
    QTest::addColumn<double>("fixedLogit");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("output");
    QTest::addColumn<int>("logit");
    for (const double temperature : {0.05, 1.0, 20.0}) {
        for (const int output : {0, 1}) {
            for (const int logit : {0, 1}) {
                QTest::newRow(qPrintable(
                    QStringLiteral("T = %1, s%2(a%3)").arg(temperature).arg(output + 1).arg(logit + 1)))
                    << 0.75 << temperature << output << logit;
            }
        }
    }
    QTest::newRow("the other logit at -3, T = 0.5") << -3.0 << 0.5 << 0 << 1;
}

void TestSoftmaxAnalysis::twoClassSliceIsASigmoidOfTheDifference()
{
    QFETCH(double, fixedLogit);
    QFETCH(double, temperature);
    QFETCH(int, output);
    QFETCH(int, logit);
    const Activation* sigmoid = findActivation("sigmoid");
    QVERIFY(sigmoid != nullptr);
    const ParameterValues none = sigmoid->defaults();

    Vector logits(2, fixedLogit);
    Vector sweep;
    for (int k = -400; k <= 400; ++k) sweep.push_back(fixedLogit + k / 40.0);  // differences exact in binary
    Vector s(sweep.size());
    Vector ds(sweep.size());
    softmaxSlice(logits, temperature, std::size_t(output), std::size_t(logit), sweep, s, ds);

    const std::size_t other = 1 - std::size_t(output);
    for (std::size_t k = 0; k < sweep.size(); ++k) {
        Vector a = logits;
        a[std::size_t(logit)] = sweep[k];
        // s_out = σ((a_out − a_other)/T); the difference is exact (multiples of 1/40 near 0.75).
        const double x = (a[std::size_t(output)] - a[other]) / temperature;
        const double sigma = sigmoid->value(x, none);
        // ∂s_out/∂a_out = σ′/T, ∂s_out/∂a_other = −σ′/T.
        const double slope = (output == logit ? 1.0 : -1.0) * sigmoid->derivative(x, none) / temperature;
        // Both are a few ulp from exact, in different directions. And the reference is handed x rounded
        // to a double (d/0.05 is not exact) where softmax keeps the remainder: σ and σ′ move by up to
        // |x|·ε relative under that rounding.
        const double tolerance = 1e-15 + std::fabs(x) * DBL_EPSILON;
        QVERIFY2(closeTo(s[k], sigma, tolerance),
                 (mismatch(s[k], sigma) + " at x = " + QByteArray::number(x)).constData());
        QVERIFY2(closeTo(ds[k], slope, tolerance),
                 (mismatch(ds[k], slope) + " at x = " + QByteArray::number(x)).constData());
    }
}

void TestSoftmaxAnalysis::sliceAtTheCurrentLogitIsSoftmaxAndItsJacobian_data()
{
    QTest::addColumn<Vector>("logits");
    QTest::addColumn<double>("temperature");
    QTest::newRow("view default") << Vector{2, 1, 0.1, -1} << 1.0;
    QTest::newRow("extreme logits") << Vector{1e308, -1000, 1000, -1e308, 0} << 0.05;
    QTest::newRow("ten, T = 20") << Vector{-5, 2, 0.5, 9, 9, -1e3, 3, 3, 0, 1} << 20.0;
}

void TestSoftmaxAnalysis::sliceAtTheCurrentLogitIsSoftmaxAndItsJacobian()
{
    QFETCH(Vector, logits);
    QFETCH(double, temperature);
    const std::size_t n = logits.size();
    Vector s(n);
    Vector jacobian(n * n);
    softmax(logits, temperature, s);
    softmaxJacobian(logits, temperature, jacobian);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const Vector sweep{logits[j]};
            Vector si(1);
            Vector dsi(1);
            softmaxSlice(logits, temperature, i, j, sweep, si, dsi);
            QCOMPARE(si[0], s[i]);
            QCOMPARE(dsi[0], jacobian[i * n + j]);
            QVERIFY(std::isfinite(si[0]) && std::isfinite(dsi[0]));
        }
    }
}

void TestSoftmaxAnalysis::slicesOverAllOutputsSumToOne()
{
    const Vector logits{0.5, -2, 1.5, 0};
    Vector sweep;
    for (int k = 0; k <= 100; ++k) sweep.push_back(-10 + k * 0.2);
    std::vector<Vector> perOutput(logits.size(), Vector(sweep.size()));
    Vector ds(sweep.size());
    for (std::size_t i = 0; i < logits.size(); ++i) softmaxSlice(logits, 0.8, i, 2, sweep, perOutput[i], ds);
    for (std::size_t k = 0; k < sweep.size(); ++k) {
        Vector column;
        for (const Vector& s : perOutput) column.push_back(s[k]);
        QVERIFY(std::fabs(compensatedSum(column) - 1.0) <= 4.5e-16);
    }
}

void TestSoftmaxAnalysis::rejectsBadInput()
{
    Vector out(1);
    Vector ds(1);
    const Vector sweep{0.0};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, softmaxCrossover(Vector{1.0}, 1.0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, softmaxCrossover(Vector{1.0, 2.0}, 1.0, 2));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             softmaxSlice(Vector{1.0, 2.0}, 1.0, 2, 0, sweep, out, ds));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             softmaxSlice(Vector{1.0, 2.0}, 0.0, 0, 0, sweep, out, ds));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             softmaxSlice(Vector{1.0, 2.0}, 1.0, 0, 0, Vector{0.0, 1.0}, out, ds));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, softmaxEntropy(Vector{}, 1.0));
}

QTEST_GUILESS_MAIN(TestSoftmaxAnalysis)
#include "tst_softmax_analysis.moc"
