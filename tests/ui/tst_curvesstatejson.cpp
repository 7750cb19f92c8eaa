// The curves view's scene-file and settings JSON: every field round-trips, and a bad value is refused
// with one line naming the field while the state stays as it was.

#include "ui/curves/curvesstatejson.h"

#include <QJsonDocument>
#include <QTest>

using namespace actlab;

Q_DECLARE_METATYPE(actlab::CurvesState)

class TestCurvesStateJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void absentYRangeMeansFitted();
    void absentKeysKeepTheirValues();
    void rejects_data();
    void rejects();
};

void TestCurvesStateJson::roundTrip_data()
{
    QTest::addColumn<CurvesState>("state");
    QTest::newRow("defaults") << CurvesState{};

    CurvesState everything;
    everything.activationIds = {"softplus", "relu", "leaky_relu", "hardtanh"};
    everything.selectedId = "gelu";  // selected need not be checked
    everything.parameters["softplus"] = {2.5, 0};
    everything.parameters["leaky_relu"] = {0.2, 0};
    everything.parameters["hardtanh"] = {-2.5, 0.75};
    everything.xFrom = -3.25;
    everything.xTo = 6;
    everything.yRange = AxisRange{-1.5, 4};
    everything.derivativeYRange = AxisRange{-0.125, 1.25};
    everything.layout = CurvesLayout::Stacked;
    everything.probeX = -0.1;
    everything.probeVisible = false;
    everything.highlights = {false, false, 0.003, false, false, false, false, false, true};
    QTest::newRow("every field changed") << everything;

    CurvesState extremes;
    extremes.activationIds = {};
    extremes.xFrom = -kCurvesMaxAbsX;
    extremes.xTo = kCurvesMaxAbsX;
    extremes.probeX = kCurvesMaxAbsX;
    extremes.highlights.epsilon = kCurvesMinEpsilon;
    QTest::newRow("no functions, widest range") << extremes;
}

void TestCurvesStateJson::roundTrip()
{
    QFETCH(CurvesState, state);
    const QJsonObject json = curvesStateToJson(state);
    CurvesState read;
    read.activationIds = {"tanh"};
    read.yRange = AxisRange{0, 1};  // a stale fixed range is replaced, even by "fitted"
    QCOMPARE(curvesStateFromJson(json, read), QString());
    QVERIFY(read == state);
    // Through text too, as QSettings and scene files store it.
    CurvesState reread;
    QCOMPARE(curvesStateFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), reread),
             QString());
    QVERIFY(reread == state);
}

void TestCurvesStateJson::absentYRangeMeansFitted()
{
    CurvesState state;
    state.yRange = AxisRange{-2, 2};
    state.derivativeYRange = AxisRange{0, 1};
    QCOMPARE(curvesStateFromJson(QJsonObject{{QStringLiteral("layout"), QStringLiteral("stacked")}}, state),
             QString());
    QVERIFY(!state.yRange);
    QVERIFY(!state.derivativeYRange);
    QVERIFY(state.layout == CurvesLayout::Stacked);
}

void TestCurvesStateJson::absentKeysKeepTheirValues()
{
    CurvesState state;
    state.activationIds = {"mish"};
    state.probeX = 3;
    state.highlights.epsilon = 0.2;
    QCOMPARE(curvesStateFromJson(
                 QJsonDocument::fromJson(R"({"probe": {"visible": false}, "highlights": {"peak": false}})")
                     .object(),
                 state),
             QString());
    QCOMPARE(state.activationIds, std::vector<std::string>{"mish"});
    QCOMPARE(state.probeX, 3.0);
    QVERIFY(!state.probeVisible);
    QCOMPARE(state.highlights.epsilon, 0.2);
    QVERIFY(!state.highlights.peak);
    QVERIFY(state.highlights.saturation);
}

void TestCurvesStateJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown activation") << QByteArray(R"({"functions": ["sigmoid", "sigmod"]})")
                                        << QStringLiteral("curves.functions[1]: unknown activation 'sigmod'");
    QTest::newRow("not a string") << QByteArray(R"({"functions": [3]})")
                                  << QStringLiteral("curves.functions[0]: expected an activation id");
    QTest::newRow("listed twice") << QByteArray(R"({"functions": ["relu", "tanh", "relu"]})")
                                  << QStringLiteral("curves.functions[2]: 'relu' is listed twice");
    QTest::newRow("unknown selected") << QByteArray(R"({"selected": "swish2"})")
                                      << QStringLiteral("curves.selected: unknown activation 'swish2'");
    QTest::newRow("parameter out of range")
        << QByteArray(R"({"parameters": {"softplus": {"beta": 0}}})")
        << QStringLiteral("curves.parameters.softplus.beta: 0 is outside [0.01, 100]");
    QTest::newRow("unknown parameter") << QByteArray(R"({"parameters": {"softplus": {"alpha": 1}}})")
                                       << QStringLiteral("curves.parameters.softplus.alpha: unknown key");
    QTest::newRow("parameters of an unknown function")
        << QByteArray(R"({"parameters": {"nope": {}}})")
        << QStringLiteral("curves.parameters: unknown activation 'nope'");
    QTest::newRow("empty range")
        << QByteArray(R"({"x_range": [2, 2]})")
        << QStringLiteral("curves.x_range: expected [from, to] with from < to, both within ±1e6");
    QTest::newRow("range of strings")
        << QByteArray(R"({"x_range": ["a", 2]})")
        << QStringLiteral("curves.x_range: expected [from, to] with from < to, both within ±1e6");
    QTest::newRow("range beyond 1e6")
        << QByteArray(R"({"x_range": [-2e6, 2]})")
        << QStringLiteral("curves.x_range: expected [from, to] with from < to, both within ±1e6");
    QTest::newRow("range too narrow")
        << QByteArray(R"({"x_range": [1, 1.0000000001]})")
        << QStringLiteral("curves.x_range: the range must be at least 1e-6 wide");
    QTest::newRow("y range upside down")
        << QByteArray(R"({"y_range": [1, -1]})")
        << QStringLiteral("curves.y_range: expected [from, to] with from < to, both within ±1e12");
    QTest::newRow("layout") << QByteArray(R"({"layout": "side by side"})")
                            << QStringLiteral("curves.layout: expected \"overlay\" or \"stacked\"");
    QTest::newRow("probe outside") << QByteArray(R"({"probe": {"x": 1e7}})")
                                   << QStringLiteral("curves.probe.x: 1e7 is outside [-1e6, 1e6]");
    QTest::newRow("probe not an object")
        << QByteArray(R"({"probe": 2})") << QStringLiteral("curves.probe: expected an object");
    QTest::newRow("probe misspelt") << QByteArray(R"({"probe": {"visibel": true}})")
                                    << QStringLiteral("curves.probe.visibel: unknown key");
    QTest::newRow("epsilon too large")
        << QByteArray(R"({"highlights": {"epsilon": 2}})")
        << QStringLiteral("curves.highlights.epsilon: 2 is outside [1e-9, 0.5]");
    QTest::newRow("highlight not a bool")
        << QByteArray(R"({"highlights": {"relu_gap": 1}})")
        << QStringLiteral("curves.highlights.relu_gap: expected true or false");
    QTest::newRow("highlight misspelt") << QByteArray(R"({"highlights": {"peek": true}})")
                                        << QStringLiteral("curves.highlights.peek: unknown key");
    QTest::newRow("misspelt key") << QByteArray(R"({"function": ["relu"]})")
                                  << QStringLiteral("curves.function: unknown key");
}

void TestCurvesStateJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    CurvesState state;
    state.activationIds = {"tanh"};
    state.yRange = AxisRange{-3, 3};
    const CurvesState before = state;
    QCOMPARE(curvesStateFromJson(QJsonDocument::fromJson(json).object(), state), error);
    QVERIFY(state == before);
}

QTEST_GUILESS_MAIN(TestCurvesStateJson)
#include "tst_curvesstatejson.moc"
