// Analysis: the numbers the lecture quotes, located to full precision (references from mpmath).

#include "core/activation.h"
#include "core/analysis.h"

#include "tests/common/exactcompare.h"

#include <QTest>

#include <cmath>

using namespace actlab;

namespace {

const Activation& fn(const QString& id) { return *findActivation(id.toStdString()); }

bool near(double got, double exact, double relative) { return std::fabs(got - exact) <= relative * std::fabs(exact); }

}  // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private slots:
    void minimaOfTheSmoothFamily_data();
    void minimaOfTheSmoothFamily();
    void plateauOfRelu();
    void limits_data();
    void limits();
    void saturationZones_data();
    void saturationZones();
    void notablePointsOfSilu();
    void softplusGapToRelu_data();
    void softplusGapToRelu();
    void gapGrowingToTheWindowEdge();
};

void TestAnalysis::minimaOfTheSmoothFamily_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::newRow("silu") << QStringLiteral("silu") << -1.2784645427610737 << -0.2784645427610738;
    QTest::newRow("gelu") << QStringLiteral("gelu") << -0.7517915246935645 << -0.16997120747990366;
    QTest::newRow("mish") << QStringLiteral("mish") << -1.1924312145154952 << -0.30884341301725043;
}

void TestAnalysis::minimaOfTheSmoothFamily()
{
    QFETCH(QString, id);
    QFETCH(double, x);
    QFETCH(double, value);
    const Activation& a = fn(id);
    const auto points = notablePoints(a, a.defaults());
    const auto minimum = std::find_if(points.begin(), points.end(),
                                      [](const NotablePoint& p) { return p.kind == NotablePoint::Kind::Minimum; });
    QVERIFY(minimum != points.end());
    // The location of a flat minimum is conditioned to √ε only at best; the value to full precision.
    QVERIFY2(near(minimum->x, x, 1e-12), qPrintable(QString::number(minimum->x, 'g', 17)));
    QVERIFY2(near(minimum->value, value, 1e-15), qPrintable(QString::number(minimum->value, 'g', 17)));
    QCOMPARE(std::count_if(points.begin(), points.end(),
                           [](const NotablePoint& p) { return p.kind == NotablePoint::Kind::Minimum; }),
             1);
}

void TestAnalysis::plateauOfRelu()
{
    const PeakGradient peak = peakGradient(fn(QStringLiteral("relu")), {}, {-5, 5});
    COMPARE_EXACT(peak.value, 1.0);
    COMPARE_EXACT(peak.plateau.from, 0.0);
    COMPARE_EXACT(peak.plateau.to, 5.0);
    QVERIFY(!peak.includesFrom);  // relu′(0) = 0, the left derivative
    QVERIFY(peak.includesTo);
    const PeakGradient hard = peakGradient(fn(QStringLiteral("hardtanh")), {-2.5, 0.75});
    COMPARE_EXACT(hard.plateau.from, -2.5);
    COMPARE_EXACT(hard.plateau.to, 0.75);
    QVERIFY(!hard.includesFrom);
    QVERIFY(hard.includesTo);
    // elu′ = eˣ rounds to 1 just left of 0; the plateau still starts at 0.
    COMPARE_EXACT(peakGradient(fn(QStringLiteral("elu")), {1.0}, {-5, 5}).plateau.from, 0.0);
}

void TestAnalysis::limits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("fMinus");
    QTest::addColumn<double>("fPlus");
    QTest::addColumn<double>("dfMinus");
    QTest::addColumn<double>("dfPlus");
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << 0.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("tanh") << QStringLiteral("tanh") << -1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("relu") << QStringLiteral("relu") << 0.0 << HUGE_VAL << 0.0 << 1.0;
    QTest::newRow("softplus") << QStringLiteral("softplus") << 0.0 << HUGE_VAL << 0.0 << 1.0;
    QTest::newRow("leaky_relu") << QStringLiteral("leaky_relu") << -HUGE_VAL << HUGE_VAL << 0.01 << 1.0;
    QTest::newRow("elu") << QStringLiteral("elu") << -1.0 << HUGE_VAL << 0.0 << 1.0;
    QTest::newRow("silu") << QStringLiteral("silu") << 0.0 << HUGE_VAL << 0.0 << 1.0;
    QTest::newRow("softsign") << QStringLiteral("softsign") << -1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("hardsigmoid") << QStringLiteral("hardsigmoid") << 0.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("relu6") << QStringLiteral("relu6") << 0.0 << 6.0 << 0.0 << 0.0;
}

void TestAnalysis::limits()
{
    QFETCH(QString, id);
    QFETCH(double, fMinus);
    QFETCH(double, fPlus);
    QFETCH(double, dfMinus);
    QFETCH(double, dfPlus);
    const Activation& a = fn(id);
    const Limits l = actlab::limits(a, a.defaults());
    COMPARE_EXACT(l.valueAtMinusInfinity, fMinus);
    COMPARE_EXACT(l.valueAtPlusInfinity, fPlus);
    COMPARE_EXACT(l.derivativeAtMinusInfinity, dfMinus);
    COMPARE_EXACT(l.derivativeAtPlusInfinity, dfPlus);
}

void TestAnalysis::saturationZones_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("edge");  // |f′| = 0.01 at ±edge (mpmath)
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << 4.584863339122355;
    QTest::newRow("tanh") << QStringLiteral("tanh") << 2.993222846126381;
}

void TestAnalysis::saturationZones()
{
    QFETCH(QString, id);
    QFETCH(double, edge);
    const auto zones = saturationIntervals(fn(id), {}, 0.01, {-10, 10});
    QCOMPARE(zones.size(), std::size_t(2));
    COMPARE_EXACT(zones[0].from, -10.0);
    QVERIFY2(near(zones[0].to, -edge, 1e-14), qPrintable(QString::number(zones[0].to, 'g', 17)));
    QVERIFY2(near(zones[1].from, edge, 1e-14), qPrintable(QString::number(zones[1].from, 'g', 17)));
    COMPARE_EXACT(zones[1].to, 10.0);
    QVERIFY(saturationIntervals(fn(QStringLiteral("relu")), {}, 0.01, {0.5, 10}).empty());
}

void TestAnalysis::notablePointsOfSilu()
{
    const auto points = notablePoints(fn(QStringLiteral("silu")), {}, {-6, 6});
    QStringList kinds;
    for (const NotablePoint& p : points) {
        switch (p.kind) {
        case NotablePoint::Kind::Minimum: kinds << QStringLiteral("min"); break;
        case NotablePoint::Kind::Maximum: kinds << QStringLiteral("max"); break;
        case NotablePoint::Kind::Root: kinds << QStringLiteral("root@%1").arg(p.x); break;
        case NotablePoint::Kind::PeakGradient: kinds << QStringLiteral("peak"); break;
        case NotablePoint::Kind::Kink: kinds << QStringLiteral("kink"); break;
        }
    }
    QCOMPARE(kinds.join(u' '), QStringLiteral("min root@0 peak"));
}

void TestAnalysis::softplusGapToRelu_data()
{
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("ln2OverBeta");  // mpmath, 40 digits, rounded to double
    QTest::newRow("β = 0.01") << 0.01 << 69.314718055994529499;
    QTest::newRow("β = 0.5") << 0.5 << 1.3862943611198906188;
    QTest::newRow("β = 1") << 1.0 << 0.69314718055994530942;
    QTest::newRow("β = 3") << 3.0 << 0.23104906018664843647;
    QTest::newRow("β = 100") << 100.0 << 0.0069314718055994530942;
}

// softplus_β never exceeds relu by more than ln 2 / β, and that maximum sits exactly at relu's kink.
void TestAnalysis::softplusGapToRelu()
{
    QFETCH(double, beta);
    QFETCH(double, ln2OverBeta);
    const Gap gap = largestGap(fn(QStringLiteral("softplus")), {beta, 0}, fn(QStringLiteral("relu")), {});
    COMPARE_EXACT(gap.x, 0.0);
    QVERIFY2(near(gap.gap, ln2OverBeta, 1e-15), qPrintable(QString::number(gap.gap, 'g', 17)));
}

void TestAnalysis::gapGrowingToTheWindowEdge()
{
    // relu − leaky_relu = −a·x for x < 0: largest at the window's left end.
    const Gap gap = largestGap(fn(QStringLiteral("relu")), {}, fn(QStringLiteral("leaky_relu")), {0.25, 0}, {-6, 4});
    COMPARE_EXACT(gap.x, -6.0);
    COMPARE_EXACT(gap.gap, 1.5);
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
