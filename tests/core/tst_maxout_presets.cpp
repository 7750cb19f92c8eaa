// The maxout explorer's geometry: exact pieces and regions, whole grids, tangent approximations with their
// exact maximum error, and reproducible random layers. Each checked against maxoutForward itself.

#include "core/maxout_presets.h"
#include "tests/common/exactcompare.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace actlab;

struct ExpectedPiece {
    double from;
    double to;
    std::size_t unit;
    bool operator==(const ExpectedPiece&) const = default;
};
using Pieces = std::vector<ExpectedPiece>;
using Units = std::vector<MaxoutUnit>;

Q_DECLARE_METATYPE(Pieces)
Q_DECLARE_METATYPE(Units)
Q_DECLARE_METATYPE(ConvexTarget)

namespace {

MaxoutLayer oneInput(const std::vector<std::pair<double, double>>& lines, std::size_t groupSize)
{
    MaxoutLayer layer;
    layer.groupSize = groupSize;
    for (const auto& [w, b] : lines) layer.units.push_back({{w}, b});
    return layer;
}

/// The lecture's example: inputs x1, x2 feed 4 units, split into 2 groups of 2.
MaxoutLayer lectureLayer()
{
    return MaxoutLayer{{{{1.0, 0.0}, 0.0}, {{0.0, 1.0}, 0.0}, {{-1.0, -1.0}, 0.5}, {{0.5, -2.0}, -1.0}}, 2};
}

bool insideConvex(const std::vector<PlanePoint>& polygon, PlanePoint p, double slack)
{
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const PlanePoint& a = polygon[i];
        const PlanePoint& b = polygon[(i + 1) % polygon.size()];
        const double cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
        if (cross < -slack) return false;
    }
    return true;
}

double unitAt(const MaxoutLayer& layer, std::size_t unit, double x)
{
    return maxoutForward(layer, std::vector<double>{x}).unitValues[unit];
}

}  // namespace

class TestMaxoutPresets : public QObject {
    Q_OBJECT
private slots:
    void piecesBreakAtIntersections_data();
    void piecesBreakAtIntersections();
    void piecesAgreeWithForward_data();
    void piecesAgreeWithForward();
    void regionsHoldTheirWinners_data();
    void regionsHoldTheirWinners();
    void tiedUnitsLeaveTheRegionToTheLowerIndex();
    void gridEqualsForwardBitForBit_data();
    void gridEqualsForwardBitForBit();
    void squareTangentsReachTheMinimaxError();
    void approximationErrorShrinksAsKGrows_data();
    void approximationErrorShrinksAsKGrows();
    void tangentsTouchTheCurve_data();
    void tangentsTouchTheCurve();
    void mirroredSoftplusTangentsMeetAtZero_data();
    void mirroredSoftplusTangentsMeetAtZero();
    void softplusTangentBiasHasNoCancellation_data();
    void softplusTangentBiasHasNoCancellation();
    void exactErrorBoundsDenseSampling_data();
    void exactErrorBoundsDenseSampling();
    void randomLayersAreReproducible();
    void rejectsBadArguments();
};

void TestMaxoutPresets::piecesBreakAtIntersections_data()
{
    QTest::addColumn<Units>("units");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<int>("group");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<Pieces>("pieces");
    const auto units = [](const std::vector<std::pair<double, double>>& lines) {
        return oneInput(lines, 1).units;
    };
    QTest::newRow("relu = max(0, x) bends at 0")
        << units({{0, 0}, {1, 0}}) << 2 << 0 << -2.0 << 3.0 << Pieces{{-2, 0, 0}, {0, 3, 1}};
    QTest::newRow("|x| = max(-x, x)")
        << units({{-1, 0}, {1, 0}}) << 2 << 0 << -2.0 << 3.0 << Pieces{{-2, 0, 0}, {0, 3, 1}};
    QTest::newRow("crossing at 2 from weights and biases")
        << units({{0.5, 1}, {2, -2}}) << 2 << 0 << -4.0 << 4.0 << Pieces{{-4, 2, 0}, {2, 4, 1}};
    QTest::newRow("three pieces, unsorted slopes") << units({{0, 1}, {2, 0}, {-1, 0}}) << 3 << 0 << -5.0
                                                   << 5.0 << Pieces{{-5, -1, 2}, {-1, 0.5, 0}, {0.5, 5, 1}};
    QTest::newRow("a line through the crossing wins nowhere")
        << units({{-1, 0}, {0, 0}, {1, 0}}) << 3 << 0 << -1.0 << 1.0 << Pieces{{-1, 0, 0}, {0, 1, 2}};
    QTest::newRow("interval inside one piece")
        << units({{0, 0}, {1, 0}}) << 2 << 0 << 1.0 << 3.0 << Pieces{{1, 3, 1}};
    QTest::newRow("identical lines: lowest index")
        << units({{1, 0.5}, {1, 0.5}}) << 2 << 0 << -1.0 << 1.0 << Pieces{{-1, 1, 0}};
    QTest::newRow("parallel lines: the higher one")
        << units({{1, 0}, {1, 1}}) << 2 << 0 << -1.0 << 1.0 << Pieces{{-1, 1, 1}};
    QTest::newRow("second group counts from its first unit")
        << units({{5, 5}, {-5, 5}, {0, 0}, {1, 0}}) << 2 << 1 << -2.0 << 2.0 << Pieces{{-2, 0, 2}, {0, 2, 3}};
    QTest::newRow("last, smaller group")
        << units({{0, 0}, {1, 0}, {-1, 0}, {3, 0}, {0, -1}}) << 2 << 2 << -2.0 << 2.0 << Pieces{{-2, 2, 4}};
}

void TestMaxoutPresets::piecesBreakAtIntersections()
{
    QFETCH(Units, units);
    QFETCH(int, groupSize);
    QFETCH(int, group);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(Pieces, pieces);
    const MaxoutLayer layer{units, std::size_t(groupSize)};
    Pieces actual;
    for (const MaxoutPiece& piece : maxoutPieces(layer, std::size_t(group), from, to)) {
        actual.push_back({piece.from, piece.to, piece.unit});
        COMPARE_EXACT(piece.slope, layer.units[piece.unit].weights[0]);
        COMPARE_EXACT(piece.valueFrom, unitAt(layer, piece.unit, piece.from));
        COMPARE_EXACT(piece.valueTo, unitAt(layer, piece.unit, piece.to));
    }
    QCOMPARE(actual, pieces);
}

void TestMaxoutPresets::piecesAgreeWithForward_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("groupSize");
    for (quint64 seed = 1; seed <= 12; ++seed) {
        const int units = 1 + int(seed % 16);
        const int groupSize = 1 + int((seed * 7) % std::uint64_t(units));
        QTest::newRow(
            qPrintable(QStringLiteral("seed %1, m = %2, k = %3").arg(seed).arg(units).arg(groupSize)))
            << seed << units << groupSize;
    }
}

void TestMaxoutPresets::piecesAgreeWithForward()
{
    QFETCH(quint64, seed);
    QFETCH(int, units);
    QFETCH(int, groupSize);
    const MaxoutLayer layer = randomMaxoutLayer(seed, std::size_t(units), 1, std::size_t(groupSize));
    const double from = -4.0;
    const double to = 4.0;
    for (std::size_t g = 0; g < layer.groupCount(); ++g) {
        const std::vector<MaxoutPiece> pieces = maxoutPieces(layer, g, from, to);
        QVERIFY(!pieces.empty());
        QCOMPARE(pieces.front().from, from);
        QCOMPARE(pieces.back().to, to);
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            if (p > 0) {
                COMPARE_EXACT(pieces[p].from, pieces[p - 1].to);  // they tile the interval
                QVERIFY(std::abs(pieces[p].valueFrom - pieces[p - 1].valueTo) <= 1e-12);  // continuous
            }
            // Inside a piece its unit is the one core's forward pass picks.
            for (const double t : {0.25, 0.5, 0.75}) {
                const double x = pieces[p].from + t * (pieces[p].to - pieces[p].from);
                const MaxoutForward forward = maxoutForward(layer, std::vector<double>{x});
                QCOMPARE(forward.winners[g], pieces[p].unit);
            }
        }
    }
}

void TestMaxoutPresets::regionsHoldTheirWinners_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("groupSize");
    QTest::newRow("lecture example") << quint64(0) << 4 << 2;
    for (quint64 seed = 1; seed <= 8; ++seed) {
        const int units = 2 + int(seed % 15);
        const int groupSize = 1 + int((seed * 5) % std::uint64_t(units));
        QTest::newRow(
            qPrintable(QStringLiteral("seed %1, m = %2, k = %3").arg(seed).arg(units).arg(groupSize)))
            << seed << units << groupSize;
    }
}

void TestMaxoutPresets::regionsHoldTheirWinners()
{
    QFETCH(quint64, seed);
    QFETCH(int, units);
    QFETCH(int, groupSize);
    const MaxoutLayer layer =
        seed == 0 ? lectureLayer() : randomMaxoutLayer(seed, std::size_t(units), 2, std::size_t(groupSize));
    const PlaneBox box{-3, 3, -2, 2.5};
    std::vector<MaxoutRegion> regions;
    for (std::size_t j = 0; j < layer.units.size(); ++j) regions.push_back(maxoutRegion(layer, j, box));

    const double boxArea = 6 * 4.5;
    for (std::size_t g = 0; g < layer.groupCount(); ++g) {
        double area = 0.0;
        for (std::size_t j = layer.groupBegin(g); j < layer.groupEnd(g); ++j) {
            area += regions[j].area;
            if (regions[j].vertices.empty()) continue;
            // The centroid is inside the region, so the unit wins there.
            const MaxoutForward forward =
                maxoutForward(layer, std::vector<double>{regions[j].centroid[0], regions[j].centroid[1]});
            QCOMPARE(forward.winners[g], j);
        }
        QVERIFY2(std::abs(area - boxArea) <= 1e-9 * boxArea, qPrintable(QString::number(area)));  // a tiling
    }
    // Every grid point lies in its winner's region.
    for (int a = 0; a <= 20; ++a) {
        for (int b = 0; b <= 20; ++b) {
            const PlanePoint p{-3 + 6 * a / 20.0, -2 + 4.5 * b / 20.0};
            const MaxoutForward forward = maxoutForward(layer, std::vector<double>{p[0], p[1]});
            for (std::size_t winner : forward.winners)
                QVERIFY(insideConvex(regions[winner].vertices, p, 1e-9));
        }
    }
}

void TestMaxoutPresets::tiedUnitsLeaveTheRegionToTheLowerIndex()
{
    const PlaneBox box{-1, 1, -1, 1};
    MaxoutLayer layer{{{{1, 2}, 0.5}, {{1, 2}, 0.5}, {{1, 2}, 0.25}}, 3};
    QCOMPARE(maxoutRegion(layer, 0, box).area, 4.0);
    QVERIFY(maxoutRegion(layer, 1, box).vertices.empty());  // identical to unit 0, which wins the tie
    QVERIFY(maxoutRegion(layer, 2, box).vertices.empty());  // parallel and below
    const MaxoutForward forward = maxoutForward(layer, std::vector<double>{0.3, -0.7});
    QCOMPARE(forward.winners.front(), std::size_t(0));
}

void TestMaxoutPresets::gridEqualsForwardBitForBit_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("groupSize");
    QTest::newRow("lecture example") << quint64(0) << 4 << 2;
    QTest::newRow("m = 16, k = 1") << quint64(3) << 16 << 1;
    QTest::newRow("m = 7, k = 3, last group smaller") << quint64(4) << 7 << 3;
    QTest::newRow("m = 5, k = 5") << quint64(5) << 5 << 5;
}

void TestMaxoutPresets::gridEqualsForwardBitForBit()
{
    QFETCH(quint64, seed);
    QFETCH(int, units);
    QFETCH(int, groupSize);
    const MaxoutLayer layer =
        seed == 0 ? lectureLayer() : randomMaxoutLayer(seed, std::size_t(units), 2, std::size_t(groupSize));
    std::vector<double> x1s;
    std::vector<double> x2s;
    for (int i = 0; i < 37; ++i) x1s.push_back(-3.0 + 6.0 * i / 36.0);
    for (int j = 0; j < 23; ++j) x2s.push_back(-2.0 + 0.1 * j + 1e-3 * j * j);
    std::vector<double> outputs(layer.groupCount() * x1s.size() * x2s.size());
    maxoutGrid(layer, x1s, x2s, outputs);
    for (std::size_t j = 0; j < x2s.size(); ++j) {
        for (std::size_t i = 0; i < x1s.size(); ++i) {
            const MaxoutForward forward = maxoutForward(layer, std::vector<double>{x1s[i], x2s[j]});
            for (std::size_t g = 0; g < layer.groupCount(); ++g)
                COMPARE_EXACT(outputs[g * x1s.size() * x2s.size() + j * x1s.size() + i], forward.outputs[g]);
        }
    }
}

void TestMaxoutPresets::squareTangentsReachTheMinimaxError()
{
    for (std::size_t k = 1; k <= 16; ++k) {
        const MaxoutLayer layer = tangentLayer(ConvexTarget::Square, k, -4.0, 4.0);
        QCOMPARE(layer.units.size(), k);
        QCOMPARE(layer.groupCount(), std::size_t(1));
        const double expected = std::pow(8.0 / (2.0 * double(k)), 2);
        const ApproximationError error = maxApproximationError(ConvexTarget::Square, layer, 0, -4.0, 4.0);
        QVERIFY2(std::abs(error.value - expected) <= 1e-12 * expected,
                 qPrintable(QStringLiteral("k = %1: %2 vs %3").arg(k).arg(error.value).arg(expected)));
        // Equioscillation: the same largest error at both ends and at every breakpoint.
        QCOMPARE(error.peaks.size(), k + 1);
        for (std::size_t i = 0; i <= k; ++i)
            QVERIFY(std::abs(error.peaks[i] - (-4.0 + 8.0 * double(i) / double(k))) <= 1e-12);
        QCOMPARE(error.at, -4.0);
    }
}

void TestMaxoutPresets::approximationErrorShrinksAsKGrows_data()
{
    QTest::addColumn<ConvexTarget>("target");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("x² on [-4, 4]") << ConvexTarget::Square << -4.0 << 4.0;
    QTest::newRow("x² on [-1, 3]") << ConvexTarget::Square << -1.0 << 3.0;
    QTest::newRow("softplus on [-4, 4]") << ConvexTarget::Softplus << -4.0 << 4.0;
    QTest::newRow("softplus on [-10, 2]") << ConvexTarget::Softplus << -10.0 << 2.0;
}

void TestMaxoutPresets::approximationErrorShrinksAsKGrows()
{
    QFETCH(ConvexTarget, target);
    QFETCH(double, from);
    QFETCH(double, to);
    double previous = HUGE_VAL;
    for (std::size_t k = 1; k <= 16; ++k) {
        const double error =
            maxApproximationError(target, tangentLayer(target, k, from, to), 0, from, to).value;
        QVERIFY2(error < previous,
                 qPrintable(QStringLiteral("k = %1: %2 after %3").arg(k).arg(error).arg(previous)));
        QVERIFY(error > 0.0);
        previous = error;
    }
    // Quadratic convergence: doubling k from 8 to 16 divides the error by about four.
    const double at8 = maxApproximationError(target, tangentLayer(target, 8, from, to), 0, from, to).value;
    QVERIFY2(previous < at8 / 3.0, qPrintable(QStringLiteral("%1 vs %2").arg(previous).arg(at8)));
}

void TestMaxoutPresets::tangentsTouchTheCurve_data()
{
    approximationErrorShrinksAsKGrows_data();
}

void TestMaxoutPresets::tangentsTouchTheCurve()
{
    QFETCH(ConvexTarget, target);
    QFETCH(double, from);
    QFETCH(double, to);
    const std::size_t k = 5;
    const MaxoutLayer layer = tangentLayer(target, k, from, to);
    for (std::size_t i = 0; i < k; ++i) {
        const double t = from + (double(i) + 0.5) * (to - from) / double(k);
        std::vector<double> f(3);
        convexTargetValues(target, std::vector<double>{t, t - 1e-4, t + 1e-4}, f);
        QVERIFY(std::abs(unitAt(layer, i, t) - f[0]) <= 1e-14 * std::max(1.0, std::abs(f[0])));
        // A tangent: below the convex curve on both sides.
        QVERIFY(unitAt(layer, i, t - 1e-4) < f[1]);
        QVERIFY(unitAt(layer, i, t + 1e-4) < f[2]);
        if (i > 0) QVERIFY(layer.units[i].weights[0] > layer.units[i - 1].weights[0]);
    }
}

void TestMaxoutPresets::mirroredSoftplusTangentsMeetAtZero_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("reach");  // the interval is [−reach, reach]
    for (const int k : {2, 4, 6, 8, 16}) {
        for (const double reach : {1.0, 4.0, 10.0})
            QTest::addRow("k = %d on [-%g, %g]", k, reach, reach) << k << reach;
    }
}

void TestMaxoutPresets::mirroredSoftplusTangentsMeetAtZero()
{
    // The "softplus by k tangents" preset reported its largest error at x = 2.4e−16 (k = 4 on [−4, 4]):
    // the tangents at ±1 had biases that differed in the last bit. Their exact crossing is 0, since
    // softplus(t) − t·σ(t) = softplus(−t) + t·σ(−t).
    QFETCH(int, k);
    QFETCH(double, reach);
    const MaxoutLayer layer = tangentLayer(ConvexTarget::Softplus, std::size_t(k), -reach, reach);
    for (std::size_t i = 0; i < layer.units.size() / 2; ++i) {
        const MaxoutUnit& left = layer.units[i];
        const MaxoutUnit& right = layer.units[layer.units.size() - 1 - i];
        COMPARE_EXACT(left.bias, right.bias);
        QVERIFY(left.weights[0] < 0.5 && right.weights[0] > 0.5);
    }
    const std::vector<MaxoutPiece> pieces = maxoutPieces(layer, 0, -reach, reach);
    COMPARE_EXACT(pieces[pieces.size() / 2].from, 0.0);
    // Softplus bends most at 0, so with even k the largest error is there, and it is the exact one:
    // ln 2 − softplus(−t) − t·σ(−t) for the tangent points ±t = ±reach/k.
    const ApproximationError error = maxApproximationError(ConvexTarget::Softplus, layer, 0, -reach, reach);
    COMPARE_EXACT(error.at, 0.0);
    const long double t = reach / k;
    const long double exact = std::log(2.0L) - std::log1p(std::exp(-t)) - t / (1 + std::exp(t));
    // To the rounding of the numbers it is made of (all below 1): a few ulp of 1.
    QVERIFY2(std::abs(error.value - double(exact)) <= 4 * std::numeric_limits<double>::epsilon(),
             qPrintable(QStringLiteral("%1 vs %2").arg(error.value, 0, 'g', 17).arg(double(exact), 0, 'g', 17)));
}

void TestMaxoutPresets::softplusTangentBiasHasNoCancellation_data()
{
    QTest::addColumn<double>("t");
    QTest::newRow("t = 1") << 1.0;
    QTest::newRow("t = 3") << 3.0;
    QTest::newRow("t = 10") << 10.0;  // f(t) − t·σ(t) lost 14 bits here
    QTest::newRow("t = 25") << 25.0;
    QTest::newRow("t = -25") << -25.0;
}

void TestMaxoutPresets::softplusTangentBiasHasNoCancellation()
{
    QFETCH(double, t);
    // One tangent, at the middle of [t − 1, t + 1]: its bias softplus(t) − t·σ(t), to a few ulp.
    const MaxoutLayer layer = tangentLayer(ConvexTarget::Softplus, 1, t - 1, t + 1);
    const long double a = std::abs(static_cast<long double>(t));
    const long double exact = std::log1p(std::exp(-a)) + a / (1 + std::exp(a));
    QVERIFY2(std::abs(layer.units[0].bias - double(exact)) <= 4 * std::numeric_limits<double>::epsilon() * double(exact),
             qPrintable(QStringLiteral("%1 vs %2").arg(layer.units[0].bias, 0, 'g', 17).arg(double(exact), 0, 'g', 17)));
}

void TestMaxoutPresets::exactErrorBoundsDenseSampling_data()
{
    QTest::addColumn<ConvexTarget>("target");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("x², tangents") << ConvexTarget::Square << quint64(0);
    QTest::newRow("softplus, tangents") << ConvexTarget::Softplus << quint64(0);
    // Arbitrary lines cross the curve: the largest error can sit inside a piece, where f′ = w.
    QTest::newRow("x², random lines") << ConvexTarget::Square << quint64(7);
    QTest::newRow("softplus, random lines") << ConvexTarget::Softplus << quint64(11);
}

void TestMaxoutPresets::exactErrorBoundsDenseSampling()
{
    QFETCH(ConvexTarget, target);
    QFETCH(quint64, seed);
    const double from = -3.0;
    const double to = 2.0;
    const MaxoutLayer layer =
        seed == 0 ? tangentLayer(target, 4, from, to) : randomMaxoutLayer(seed, 5, 1, 5);
    const ApproximationError exact = maxApproximationError(target, layer, 0, from, to);
    const std::size_t n = 200001;
    std::vector<double> xs(n);
    for (std::size_t i = 0; i < n; ++i) xs[i] = from + (to - from) * double(i) / double(n - 1);
    std::vector<double> f(n);
    convexTargetValues(target, xs, f);
    double sampled = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double out = maxoutForward(layer, std::vector<double>{xs[i]}).outputs.front();
        sampled = std::max(sampled, std::abs(f[i] - out));
    }
    QVERIFY2(sampled <= exact.value * (1 + 1e-12),
             qPrintable(QStringLiteral("%1 > %2").arg(sampled).arg(exact.value)));
    QVERIFY2(exact.value - sampled <= 1e-6 * std::max(1.0, exact.value),
             qPrintable(QStringLiteral("%1 vs %2").arg(sampled).arg(exact.value)));
    QVERIFY(from <= exact.at && exact.at <= to);
    QVERIFY(!exact.peaks.empty());
    QCOMPARE(exact.peaks.front(), exact.at);
    QVERIFY(std::is_sorted(exact.peaks.begin(), exact.peaks.end()));
}

void TestMaxoutPresets::randomLayersAreReproducible()
{
    const MaxoutLayer a = randomMaxoutLayer(42, 8, 2, 2);
    const MaxoutLayer b = randomMaxoutLayer(42, 8, 2, 2);
    const MaxoutLayer other = randomMaxoutLayer(43, 8, 2, 2);
    const MaxoutLayer more = randomMaxoutLayer(42, 12, 2, 3);
    bool differs = false;
    for (std::size_t j = 0; j < 8; ++j) {
        QCOMPARE(a.units[j].weights, b.units[j].weights);
        QCOMPARE(a.units[j].bias, b.units[j].bias);
        QCOMPARE(more.units[j].weights, a.units[j].weights);  // adding units keeps the first ones
        QCOMPARE(more.units[j].bias, a.units[j].bias);
        differs = differs || other.units[j].weights != a.units[j].weights;
        for (double w : a.units[j].weights) {
            QVERIFY(std::abs(w) <= kRandomWeightBound);
            QCOMPARE(std::round(w * 100) / 100, w);  // two decimals: reads cleanly in the table
        }
        QVERIFY(std::abs(a.units[j].bias) <= kRandomBiasBound);
    }
    QVERIFY(differs);
    // std::mt19937_64 is specified to the bit, so seed 1 draws these on every platform; a change here
    // would silently change every seed users have written down.
    const MaxoutUnit first = randomMaxoutUnit(1, 0, 2);
    QCOMPARE(first.weights, (std::vector<double>{-1.41, 1.78}));
    QCOMPARE(first.bias, -0.03);
    const MaxoutUnit fourth = randomMaxoutUnit(1, 3, 1);
    QCOMPARE(fourth.weights, (std::vector<double>{1.7}));
    QCOMPARE(fourth.bias, 1.09);
}

void TestMaxoutPresets::rejectsBadArguments()
{
    const MaxoutLayer one = oneInput({{0, 0}, {1, 0}}, 2);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutPieces(one, 1, -1, 1));         // no group 1
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutPieces(one, 0, 1, -1));         // empty interval
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutPieces(one, 0, -HUGE_VAL, 1));  // not finite
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutPieces(lectureLayer(), 0, -1, 1));  // 2 inputs
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutRegion(one, 0, PlaneBox{}));        // 1 input
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutRegion(lectureLayer(), 4, PlaneBox{}));
    std::vector<double> tooSmall(3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutGrid(lectureLayer(), std::vector<double>{0, 1},
                                                               std::vector<double>{0}, tooSmall));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tangentLayer(ConvexTarget::Square, 0, -1, 1));
}

QTEST_GUILESS_MAIN(TestMaxoutPresets)
#include "tst_maxout_presets.moc"
