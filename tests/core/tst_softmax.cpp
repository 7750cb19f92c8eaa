// Softmax, log-softmax and the Jacobian against high-precision references (mpmath, 800 digits, values
// rounded to double), plus the invariants a student checks by hand.

#include "core/softmax.h"

#include <QTest>

#include <cmath>
#include <stdexcept>
#include <vector>

using namespace actlab;
using Vector = std::vector<double>;

Q_DECLARE_METATYPE(Vector)

namespace {

bool closeTo(double got, double exact)
{
    if (std::fabs(exact) < 1e-300) return std::fabs(got - exact) <= 1e-300;
    return std::fabs(got - exact) <= 1e-14 * std::fabs(exact);
}

QString mismatch(const char* what, std::size_t i, double got, double exact)
{
    return QStringLiteral("%1[%2] = %3, expected %4")
        .arg(QLatin1String(what))
        .arg(i)
        .arg(got, 0, 'g', 17)
        .arg(exact, 0, 'g', 17);
}

}  // namespace

class TestSoftmax : public QObject {
    Q_OBJECT
private slots:
    void matchesReference_data();
    void matchesReference();
    void sumsToOneAndRowsSumToZero_data();
    void sumsToOneAndRowsSumToZero();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestSoftmax::matchesReference_data()
{
    QTest::addColumn<Vector>("logits");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<Vector>("probabilities");
    QTest::addColumn<Vector>("logProbabilities");
    QTest::addColumn<Vector>("jacobianDiagonal");
    QTest::addColumn<double>("jacobian01");

    QTest::newRow("[1000, 1000]") << Vector{1000, 1000} << 1.0 << Vector{0.5, 0.5}
                                  << Vector{-0.69314718055994531, -0.69314718055994531} << Vector{0.25, 0.25}
                                  << -0.25;
    QTest::newRow("[1000, 1000], T = 0.1") << Vector{1000, 1000} << 0.1 << Vector{0.5, 0.5}
                                           << Vector{-0.69314718055994531, -0.69314718055994531}
                                           << Vector{2.5, 2.5} << -2.5;
    QTest::newRow("[-1000, 0, 1000]") << Vector{-1000, 0, 1000} << 1.0 << Vector{0, 0, 1}
                                      << Vector{-2000, -1000, 0} << Vector{0, 0, 0} << 0.0;
    QTest::newRow("[-1000, 0, 1000], T = 0.1") << Vector{-1000, 0, 1000} << 0.1 << Vector{0, 0, 1}
                                               << Vector{-20000, -10000, 0} << Vector{0, 0, 0} << 0.0;
    QTest::newRow("[1e308, -1e308]") << Vector{1e308, -1e308} << 1.0 << Vector{1, 0} << Vector{0, -HUGE_VAL}
                                     << Vector{0, 0} << 0.0;
    QTest::newRow("[1e308, -1e308], T = 0.1") << Vector{1e308, -1e308} << 0.1 << Vector{1, 0}
                                              << Vector{0, -HUGE_VAL} << Vector{0, 0} << 0.0;
    QTest::newRow("tiny probabilities keep their digits")
        << Vector{0, -700, -30.5, 3} << 1.0
        << Vector{0.047425873177566656, 4.676037693361796e-306, 2.6917432803862737e-15, 0.9525741268224307}
        << Vector{-3.0485873515737447, -703.0485873515737, -33.548587351573744, -0.048587351573744754}
        << Vector{0.04517665973091202, 4.676037693361796e-306, 2.6917432803862666e-15, 0.045176659730914455}
        << -2.2176517061889785e-307;
    QTest::newRow("s close to 1: s(1 - s) without cancellation")
        << Vector{50, 0, 4} << 1.0 << Vector{1.0, 1.9287498479639178e-22, 1.0530617357553812e-20}
        << Vector{-1.0723492342350204e-20, -50.0, -46.0}
        << Vector{1.0723492342350204e-20, 1.9287498479639178e-22, 1.0530617357553812e-20}
        << -1.9287498479639178e-22;
    QTest::newRow("s close to 1, T = 0.1")
        << Vector{50, 0, 4} << 0.1 << Vector{1.0, 7.124576406741483e-218, 1.6770203186015774e-200}
        << Vector{-1.6770203186015774e-200, -500.0, -460.0}
        << Vector{1.6770203186015773e-199, 7.1245764067414826e-217, 1.6770203186015773e-199}
        << -7.1245764067414826e-217;
    QTest::newRow("high temperature, near uniform")
        << Vector{1.5, -2.25, 0.125, 7} << 20.0
        << Vector{0.2451509248817395, 0.20323725507581805, 0.22886310746346433, 0.32274871257897814}
        << Vector{-1.4058812381743304, -1.5933812381743304, -1.4746312381743305, -1.1308812381743305}
        << Vector{0.009252597445568361, 0.008096593661253246, 0.008824239275281556, 0.010929099055379515}
        << -0.0024911900526131403;
    QTest::newRow("low temperature, near one-hot")
        << Vector{0.3, 0.1, -0.2} << 0.05 << Vector{0.9819700105182744, 0.01798540811221923, 4.458136950639619e-05}
        << Vector{-0.018194510281094936, -4.018194510281094, -10.018194510281095}
        << Vector{0.35409817922028974, 0.3532386641451229, 0.0008915876401577825} << -0.3532226278626274;
}

void TestSoftmax::matchesReference()
{
    QFETCH(Vector, logits);
    QFETCH(double, temperature);
    QFETCH(Vector, probabilities);
    QFETCH(Vector, logProbabilities);
    QFETCH(Vector, jacobianDiagonal);
    QFETCH(double, jacobian01);
    const std::size_t n = logits.size();

    Vector s(n);
    Vector logS(n);
    Vector jacobian(n * n);
    softmax(logits, temperature, s);
    logSoftmax(logits, temperature, logS);
    softmaxJacobian(logits, temperature, jacobian);
    for (std::size_t i = 0; i < n; ++i) {
        QVERIFY2(closeTo(s[i], probabilities[i]), qPrintable(mismatch("s", i, s[i], probabilities[i])));
        QVERIFY2(logS[i] == logProbabilities[i] || closeTo(logS[i], logProbabilities[i]),
                 qPrintable(mismatch("log s", i, logS[i], logProbabilities[i])));
        QVERIFY2(closeTo(jacobian[i * n + i], jacobianDiagonal[i]),
                 qPrintable(mismatch("J diagonal", i, jacobian[i * n + i], jacobianDiagonal[i])));
    }
    QVERIFY2(closeTo(jacobian[1], jacobian01), qPrintable(mismatch("J", 1, jacobian[1], jacobian01)));
}

void TestSoftmax::sumsToOneAndRowsSumToZero_data()
{
    QTest::addColumn<Vector>("logits");
    QTest::addColumn<double>("temperature");
    Vector ramp(4096);
    for (std::size_t i = 0; i < ramp.size(); ++i) ramp[i] = std::sin(double(i)) * 7.0;
    QTest::newRow("4096 logits") << ramp << 1.0;
    QTest::newRow("4096 logits, T = 20") << ramp << 20.0;
    QTest::newRow("one logit") << Vector{-3.5} << 1.0;
    QTest::newRow("ten mixed") << Vector{-5, 2, 0.5, 9, 9, -1e3, 3, 3, 0, 1} << 0.7;
    QTest::newRow("+inf shares the mass") << Vector{HUGE_VAL, 1, HUGE_VAL} << 1.0;
    // Regression: the shift's error term overflowed (inf − inf) next to DBL_MAX and gave NaN.
    QTest::newRow("largest logit at DBL_MAX") << Vector{2.876309015779688e305, 1.7976931348623157e308} << 1.0;
}

void TestSoftmax::sumsToOneAndRowsSumToZero()
{
    QFETCH(Vector, logits);
    QFETCH(double, temperature);
    const std::size_t n = logits.size();
    Vector s(n);
    softmax(logits, temperature, s);
    double sum = 0;
    for (double v : s) {
        QVERIFY(std::isfinite(v) && v >= 0 && v <= 1);
        sum += v;
    }
    QVERIFY2(std::fabs(sum - 1) <= 4e-16 * std::sqrt(double(n)) + 1e-15, qPrintable(QString::number(sum, 'g', 17)));
    if (n > 512) return;  // the full Jacobian of 4096 logits is 128 MB; the rows are checked on smaller vectors
    Vector jacobian(n * n);
    softmaxJacobian(logits, temperature, jacobian);
    for (std::size_t i = 0; i < n; ++i) {
        double rowSum = 0;
        double scale = 0;
        for (std::size_t j = 0; j < n; ++j) {
            QVERIFY(std::isfinite(jacobian[i * n + j]));
            rowSum += jacobian[i * n + j];
            scale += std::fabs(jacobian[i * n + j]);
        }
        QVERIFY2(std::fabs(rowSum) <= 1e-15 * std::max(scale, 1.0), qPrintable(QString::number(rowSum, 'g', 17)));
    }
}

void TestSoftmax::rejectsBadInput_data()
{
    QTest::addColumn<Vector>("logits");
    QTest::addColumn<double>("temperature");
    QTest::newRow("empty") << Vector{} << 1.0;
    QTest::newRow("too long") << Vector(4097, 0.0) << 1.0;
    QTest::newRow("T = 0") << Vector{1, 2} << 0.0;
    QTest::newRow("T < 0") << Vector{1, 2} << -1.0;
    QTest::newRow("T = inf") << Vector{1, 2} << HUGE_VAL;
    QTest::newRow("NaN logit") << Vector{1, std::nan("")} << 1.0;
}

void TestSoftmax::rejectsBadInput()
{
    QFETCH(Vector, logits);
    QFETCH(double, temperature);
    Vector out(logits.size());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, softmax(logits, temperature, out));
}

QTEST_GUILESS_MAIN(TestSoftmax)
#include "tst_softmax.moc"
