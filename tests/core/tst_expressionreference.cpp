// The rigorous reference of the numerics lens: Arb balls at rising precision give each f and f′ rounded
// to the nearest double, or say "undetermined" (a pole, a domain error, a straddled kink), and agree
// with core's exact activations.

#include "core/activation.h"
#include "core/expression/parser.h"
#include "core/expression/reference.h"
#include "expressiontesting.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace actlab;
using namespace actlab::expression;

namespace {

using actlab::testing::parsed;

constexpr double kUndetermined = std::numeric_limits<double>::quiet_NaN();

}  // namespace

class TestExpressionReference : public QObject {
    Q_OBJECT

private slots:
    void roundedTruth_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");   // NaN: undetermined
        QTest::addColumn<double>("df");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("log(1+exp(-745)) is not 0") << "log(1+exp(x))" << -745.0 << 4.9406564584124654e-324
                                                  << 4.9406564584124654e-324;
        QTest::newRow("sigma' at 40") << "sigmoid(x)" << 40.0 << 1.0 << 4.2483542552915889e-18;
        QTest::newRow("textbook sigma' at 40") << "sigmoid(x)*(1 - sigmoid(x))" << 40.0 << 4.2483542552915889e-18
                                              << -4.2483542552915889e-18;
        QTest::newRow("relu left at 0") << "relu(x)" << 0.0 << 0.0 << 0.0;
        QTest::newRow("abs left at 0") << "abs(x)" << 0.0 << 0.0 << -1.0;
        QTest::newRow("max tie, either order") << "max(0, 2*x)" << 0.0 << 0.0 << 0.0;
        QTest::newRow("min tie") << "min(x, 3*x)" << 0.0 << 0.0 << 3.0;
        QTest::newRow("exact literal: x - 0.1 at the double 0.1") << "relu(x - 0.1)" << 0.1
                                                                  << 5.551115123125783e-18 << 1.0;
        QTest::newRow("overflow rounds to inf") << "exp(x)" << 710.0 << inf << inf;
        QTest::newRow("pole") << "1/x" << 0.0 << kUndetermined << kUndetermined;
        QTest::newRow("domain error") << "log(x)" << -1.0 << kUndetermined << kUndetermined;
        QTest::newRow("Phi far left") << "Phi(x)" << -30.0 << 4.906713927148187e-198 << 1.4736461348785475e-196;
        QTest::newRow("where picks a branch") << "where(x - 20, x, log1p(exp(x)))" << 800.0 << 800.0 << 1.0;
        QTest::newRow("pi and e exact") << "pi*e*x" << 1.0 << 8.539734222673566 << 8.539734222673566;
    }
    void roundedTruth()
    {
        QFETCH(QString, formula);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(double, df);
        const ReferencePoint r = referenceAt(parsed(formula), x, {});
        QCOMPARE(r.f.determined, !std::isnan(f));
        QCOMPARE(r.df.determined, !std::isnan(df));
        if (r.f.determined) QCOMPARE(r.f.value, f);
        if (r.df.determined) QCOMPARE(r.df.value, df);
    }

    void precisionRisesOnlyAsFarAsNeeded()
    {
        const ReferencePoint easy = referenceAt(parsed(QStringLiteral("x^2")), 3.0, {});
        QCOMPARE(easy.f.bits, 64L);
        const ReferencePoint hard = referenceAt(parsed(QStringLiteral("log(1+exp(x))")), -745.0, {});
        QVERIFY2(hard.f.bits >= 1024, qPrintable(QString::number(hard.f.bits)));
        const ReferencePoint capped = referenceAt(parsed(QStringLiteral("log(x)")), -1.0, {}, Side::Left, 256);
        QCOMPARE(capped.f.bits, 256L);
    }

    void agreesWithCore_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("formula");
        // Each activation as the real function it denotes, in the forms a careful user would type.
        const char* rows[][2] = {
            {"sigmoid", "sigmoid(x)"}, {"tanh", "tanh(x)"}, {"relu", "relu(x)"},
            {"leaky_relu", "max(x, 0.01*x)"}, {"elu", "max(x, 0) + min(0, expm1(x))"},
            {"softplus", "softplus(x)"}, {"relu6", "min(max(x, 0), 6)"}, {"silu", "x*sigmoid(x)"},
            {"gelu", "x*Phi(x)"}, {"mish", "x*tanh(softplus(x))"}, {"softsign", "x/(1 + abs(x))"},
            {"hardsigmoid", "min(max(x/6 + 1/2, 0), 1)"}, {"hardswish", "x*min(max(x + 3, 0), 6)/6"},
            {"hardtanh", "max(-1, min(x, 1))"},
        };
        for (const auto& row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
    }
    void agreesWithCore()
    {
        QFETCH(QString, id);
        QFETCH(QString, formula);
        const Activation& a = *findActivation(id.toStdString());
        const Expression e = parsed(formula);
        for (const double x : {-700.0, -40.0, -20.0, -3.0, -1.0, -0.5, -1e-10, 0.0, 1e-10, 0.5, 1.0, 3.0, 6.0,
                               20.0, 40.0, 700.0}) {
            const ReferencePoint r = referenceAt(e, x, {});
            QVERIFY2(r.f.determined && r.df.determined, qPrintable(QStringLiteral("x = %1").arg(x)));
            const double v = a.value(x, a.defaults());
            const double d = a.derivative(x, a.defaults());
            QVERIFY2(std::fabs(v - r.f.value) <= 1e-14 * std::fabs(r.f.value) + 1e-300,
                     qPrintable(QStringLiteral("f(%1): core %2, Arb %3").arg(x).arg(v, 0, 'g', 17).arg(r.f.value, 0, 'g', 17)));
            QVERIFY2(std::fabs(d - r.df.value) <= 1e-14 * std::fabs(r.df.value) + 1e-300,
                     qPrintable(QStringLiteral("f′(%1): core %2, Arb %3").arg(x).arg(d, 0, 'g', 17).arg(r.df.value, 0, 'g', 17)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExpressionReference)
#include "tst_expressionreference.moc"
