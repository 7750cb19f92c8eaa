// The numerics lens: where a formula evaluated as written in float64, float32 or bfloat16 departs from
// the truth, with its failure thresholds found to the neighbouring doubles.

#include "core/expression/lens.h"
#include "core/expression/parser.h"
#include "expressiontesting.h"

#include <QTest>

#include <cmath>

using namespace actlab::expression;

Q_DECLARE_METATYPE(actlab::expression::Precision)
Q_DECLARE_METATYPE(actlab::expression::Failure)

namespace {

using actlab::testing::parsed;

}  // namespace

class TestLens : public QObject {
    Q_OBJECT

private slots:
    void ulps_data()
    {
        QTest::addColumn<Precision>("precision");
        QTest::addColumn<double>("v");
        QTest::addColumn<double>("ulp");
        QTest::newRow("float64 at 1") << Precision::Float64 << 1.0 << std::ldexp(1.0, -52);
        QTest::newRow("float32 at 1") << Precision::Float32 << 1.0 << std::ldexp(1.0, -23);
        QTest::newRow("bfloat16 at 1") << Precision::BFloat16 << 1.0 << std::ldexp(1.0, -7);
        QTest::newRow("float64 subnormal") << Precision::Float64 << 1e-320 << std::ldexp(1.0, -1074);
        QTest::newRow("float32 at 0") << Precision::Float32 << 0.0 << std::ldexp(1.0, -149);
        QTest::newRow("bfloat16 at 0") << Precision::BFloat16 << 0.0 << std::ldexp(1.0, -133);
    }
    void ulps()
    {
        QFETCH(Precision, precision);
        QFETCH(double, v);
        QFETCH(double, ulp);
        QCOMPARE(ulpOf(precision, v), ulp);
    }

    void thresholds_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<Precision>("precision");
        QTest::addColumn<bool>("derivative");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // log(DBL_MAX) = 709.782712893384
        QTest::newRow("exp overflows above 709.78") << "exp(x)" << 700.0 << 720.0 << Precision::Float64 << false
                                                    << Failure::Overflow << 709.7827128933 << 709.7827128934;
        QTest::newRow("s(1-s) is 0 from 36.7 in float64")
            << "sigmoid(x)*(1 - sigmoid(x))" << 0.0 << 50.0 << Precision::Float64 << false << Failure::Underflow
            << 36.6 << 36.8;
        QTest::newRow("s(1-s) is 0 from 16.6 in float32")
            << "sigmoid(x)*(1 - sigmoid(x))" << 0.0 << 50.0 << Precision::Float32 << false << Failure::Underflow
            << 16.5 << 16.7;
        QTest::newRow("1/(1+exp(-x)) as written: f' NaN below -709.78")
            << "1/(1+exp(-x))" << -720.0 << -700.0 << Precision::Float64 << true << Failure::NotANumber
            << -709.7827128934 << -709.7827128933;
        QTest::newRow("log(1+exp(x)) is 0 below -36.7")
            << "log(1+exp(x))" << -50.0 << 0.0 << Precision::Float64 << false << Failure::Underflow << -37.5 << -36.0;
    }
    void thresholds()
    {
        QFETCH(QString, formula);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(Precision, precision);
        QFETCH(bool, derivative);
        QFETCH(Failure, failure);
        QFETCH(double, low);
        QFETCH(double, high);
        const Expression f = parsed(formula);
        const Lens lens = computeLens({&f, nullptr}, f, from, to, 201, {});
        bool found = false;
        for (const LensThreshold& t : lens.thresholds) {
            if (t.precision != precision || t.derivative != derivative || t.failure != failure) continue;
            found = true;
            QVERIFY2(t.x >= low && t.x <= high, qPrintable(QStringLiteral("threshold at %1").arg(t.x, 0, 'g', 17)));
        }
        QVERIFY2(found, "the threshold is reported");
    }

    void stableFormsStayWithinAFewUlps()
    {
        const Expression stable = parsed(QStringLiteral("sigmoid(x)"));
        const Expression textbook = parsed(QStringLiteral("1/(1+exp(-x))"));
        const Lens good = computeLens({&stable, nullptr}, stable, -30, 30, 121, {});
        const Lens bad = computeLens({&textbook, nullptr}, stable, -30, 30, 121, {});
        const auto f64 = std::size_t(Precision::Float64);
        QVERIFY2(good.worstDf[f64] <= 4, qPrintable(QString::number(good.worstDf[f64])));
        // the textbook derivative, (exp(−x))/(1+exp(−x))², is fine here too, so both are small in f ...
        QVERIFY(good.worstF[f64] <= 4);
        QVERIFY(bad.worstF[f64] <= 4);
        // ... while the framework's backward (1 − s)·s loses everything in the right tail.
        const Expression backward = parsed(QStringLiteral("(1 - sigmoid(x))*sigmoid(x)"));
        const Lens framework = computeLens({&stable, &backward}, stable, -30, 60, 181, {});
        QVERIFY2(framework.worstDf[f64] > 1e10, qPrintable(QString::number(framework.worstDf[f64])));
        // truth reused: the same numbers without Arb again
        const Lens again = computeLens({&textbook, nullptr}, stable, -30, 30, 121, {}, Side::Left, &good.truth);
        QCOMPARE(again.worstF[f64], bad.worstF[f64]);
    }
};

QTEST_GUILESS_MAIN(TestLens)
#include "tst_lens.moc"
