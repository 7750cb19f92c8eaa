// Sampling: exact ends, exact kinks, core's values, and refusal of impossible requests.

#include "core/activation.h"
#include "core/sampling.h"

#include "tests/common/exactcompare.h"

#include <QTest>

#include <stdexcept>
#include <vector>

using namespace actlab;
using Vector = std::vector<double>;

Q_DECLARE_METATYPE(Vector)

class TestSampling : public QObject {
    Q_OBJECT
private slots:
    void endsAndValuesAreExact();
    void kinksAreInsertedExactly_data();
    void kinksAreInsertedExactly();
    void rejectsImpossibleRequests();
};

void TestSampling::endsAndValuesAreExact()
{
    const Activation& gelu = *findActivation("gelu");
    const std::size_t n = 1001;
    Vector x(n + kMaxKinks), f(n + kMaxKinks), df(n + kMaxKinks);
    const std::size_t count = sampleRange(gelu, {}, -8, 8, n, true, x, f, df);
    QCOMPARE(count, n);
    COMPARE_EXACT(x.front(), -8.0);
    COMPARE_EXACT(x[n - 1], 8.0);
    COMPARE_EXACT(x[n / 2], 0.0);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) QVERIFY(x[i] > x[i - 1]);
        COMPARE_EXACT(f[i], gelu.value(x[i], {}));
        COMPARE_EXACT(df[i], gelu.derivative(x[i], {}));
    }
    // The whole double range without overflow.
    COMPARE_EXACT(evenlySpaced(-1.7976931348623157e308, 1.7976931348623157e308, 1, 3), 0.0);
}

void TestSampling::kinksAreInsertedExactly_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<std::size_t>("points");
    QTest::addColumn<Vector>("kinks");
    QTest::newRow("relu bends at 0") << QStringLiteral("relu") << -1.0 << 1.3 << std::size_t(10) << Vector{0};
    QTest::newRow("relu6 at 0 and 6") << QStringLiteral("relu6") << -2.2 << 7.1 << std::size_t(50) << Vector{0, 6};
    QTest::newRow("hardswish at -3 and 3") << QStringLiteral("hardswish") << -4.1 << 4.2 << std::size_t(7)
                                           << Vector{-3, 3};
    QTest::newRow("kink on a sample is not repeated") << QStringLiteral("relu") << -1.0 << 1.0 << std::size_t(5)
                                                      << Vector{};
    QTest::newRow("kink outside the range is not added") << QStringLiteral("relu") << 0.5 << 2.0 << std::size_t(4)
                                                         << Vector{};
}

void TestSampling::kinksAreInsertedExactly()
{
    QFETCH(QString, id);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(std::size_t, points);
    QFETCH(Vector, kinks);
    const Activation& a = *findActivation(id.toStdString());
    Vector x(points + kMaxKinks), f(points + kMaxKinks), df(points + kMaxKinks);
    const std::size_t count = sampleRange(a, a.defaults(), from, to, points, true, x, f, df);
    QCOMPARE(count, points + kinks.size());
    for (double k : kinks) {
        const auto it = std::find(x.begin(), x.begin() + long(count), k);
        QVERIFY2(it != x.begin() + long(count), qPrintable(QStringLiteral("kink %1 missing").arg(k)));
        const auto i = std::size_t(it - x.begin());
        COMPARE_EXACT(df[i], a.derivative(k, a.defaults()));  // the left derivative
    }
    for (std::size_t i = 1; i < count; ++i) QVERIFY(x[i] > x[i - 1]);
    // Without insertion exactly `points` samples.
    QCOMPARE(sampleRange(a, a.defaults(), from, to, points, false, x, f, df), points);
}

void TestSampling::rejectsImpossibleRequests()
{
    const Activation& a = *findActivation("sigmoid");
    Vector x(10), f(10), df(10);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleRange(a, {}, 0, 1, 1, false, x, f, df));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleRange(a, {}, 1, 1, 5, false, x, f, df));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleRange(a, {}, 2, 1, 5, false, x, f, df));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleRange(a, {}, 0, HUGE_VAL, 5, false, x, f, df));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleRange(a, {}, 0, 1, 11, false, x, f, df));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleRange(a, {}, 0, 1, 9, true, x, f, df));
}

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
