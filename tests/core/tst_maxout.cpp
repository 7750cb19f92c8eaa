// Maxout: groups, winners, ties, the uneven last group, and gradients that reach only the winners.

#include "core/maxout.h"

#include <QTest>

#include <stdexcept>

using namespace actlab;
using Vector = std::vector<double>;
using Indices = std::vector<std::size_t>;

Q_DECLARE_METATYPE(Vector)
Q_DECLARE_METATYPE(Indices)

namespace {

/// The lecture's example: inputs x1, x2 feed 4 units, split into 2 groups of 2.
MaxoutLayer lectureLayer()
{
    return MaxoutLayer{{{{1.0, 0.0}, 0.0}, {{0.0, 1.0}, 0.0}, {{-1.0, -1.0}, 0.5}, {{0.5, -2.0}, -1.0}}, 2};
}

}  // namespace

class TestMaxout : public QObject {
    Q_OBJECT
private slots:
    void groupsAndWinners_data();
    void groupsAndWinners();
    void gradientReachesOnlyWinners();
    void inputJacobianIsWinningWeights();
    void rejectsMalformedLayers_data();
    void rejectsMalformedLayers();
};

void TestMaxout::groupsAndWinners_data()
{
    QTest::addColumn<std::size_t>("groupSize");
    QTest::addColumn<Vector>("x");
    QTest::addColumn<Vector>("outputs");
    QTest::addColumn<Indices>("winners");
    // Units at x = (2, 3): z = 2, 3, −4.5, −6.
    QTest::newRow("k = 2: two outputs") << std::size_t(2) << Vector{2, 3} << Vector{3, -4.5} << Indices{1, 2};
    QTest::newRow("k = 4: one output") << std::size_t(4) << Vector{2, 3} << Vector{3} << Indices{1};
    QTest::newRow("k = 1: every unit its own group") << std::size_t(1) << Vector{2, 3} << Vector{2, 3, -4.5, -6}
                                                     << Indices{0, 1, 2, 3};
    QTest::newRow("k = 3: last group smaller") << std::size_t(3) << Vector{2, 3} << Vector{3, -6} << Indices{1, 3};
    QTest::newRow("k = 5 > m: one group") << std::size_t(5) << Vector{2, 3} << Vector{3} << Indices{1};
    // At x = (1, 1): z = 1, 1, −1.5, −2.5; the tie in group 0 goes to the lowest index.
    QTest::newRow("tie goes to the lowest index") << std::size_t(2) << Vector{1, 1} << Vector{1, -1.5} << Indices{0, 2};
}

void TestMaxout::groupsAndWinners()
{
    QFETCH(std::size_t, groupSize);
    QFETCH(Vector, x);
    QFETCH(Vector, outputs);
    QFETCH(Indices, winners);
    MaxoutLayer layer = lectureLayer();
    layer.groupSize = groupSize;
    QCOMPARE(layer.groupCount(), (layer.units.size() + groupSize - 1) / groupSize);
    const MaxoutForward out = maxoutForward(layer, x);
    QCOMPARE(out.outputs, outputs);
    QCOMPARE(out.winners, winners);
}

void TestMaxout::gradientReachesOnlyWinners()
{
    const MaxoutLayer layer = lectureLayer();
    const Vector x{2, 3};
    const Vector upstream{0.5, -2};
    const MaxoutBackward grad = maxoutBackward(layer, x, upstream);
    // Winners are units 1 (group 0) and 2 (group 1).
    QCOMPARE(grad.weightGradients[0], (Vector{0, 0}));
    QCOMPARE(grad.weightGradients[1], (Vector{1, 1.5}));
    QCOMPARE(grad.weightGradients[2], (Vector{-4, -6}));
    QCOMPARE(grad.weightGradients[3], (Vector{0, 0}));
    QCOMPARE(grad.biasGradients, (Vector{0, 0.5, -2, 0}));
    // ∂L/∂x = 0.5·(0, 1) − 2·(−1, −1)
    QCOMPARE(grad.inputGradient, (Vector{2, 2.5}));
}

void TestMaxout::inputJacobianIsWinningWeights()
{
    const MaxoutLayer layer = lectureLayer();
    const auto rows = maxoutInputJacobian(layer, Vector{2, 3});
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0], (Vector{0, 1}));
    QCOMPARE(rows[1], (Vector{-1, -1}));
}

void TestMaxout::rejectsMalformedLayers_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("no units") << 0;
    QTest::newRow("group size 0") << 1;
    QTest::newRow("ragged weights") << 2;
    QTest::newRow("infinite bias") << 3;
    QTest::newRow("wrong input size") << 4;
}

void TestMaxout::rejectsMalformedLayers()
{
    QFETCH(int, which);
    MaxoutLayer layer = lectureLayer();
    Vector x{1, 2};
    switch (which) {
    case 0: layer.units.clear(); break;
    case 1: layer.groupSize = 0; break;
    case 2: layer.units[2].weights.push_back(1); break;
    case 3: layer.units[1].bias = HUGE_VAL; break;
    case 4: x.push_back(3); break;
    }
    if (which < 4) QVERIFY(!maxoutLayerError(layer).empty());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutForward(layer, x));
}

QTEST_GUILESS_MAIN(TestMaxout)
#include "tst_maxout.moc"
