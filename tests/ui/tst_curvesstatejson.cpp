// The curves view's scene-file JSON: what it accepts, and the one-line error for what it does not.

#include "ui/curves/curvesstatejson.h"

#include <QJsonDocument>
#include <QTest>

using namespace actlab;

class TestCurvesStateJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void rejects_data();
    void rejects();
};

void TestCurvesStateJson::roundTrip()
{
    CurvesState state;
    state.activationIds = {"softplus", "relu", "leaky_relu"};
    state.parameters["softplus"] = {2.5, 0};
    state.parameters["leaky_relu"] = {0.2, 0};
    state.xFrom = -3.25;
    state.xTo = 6;
    CurvesState read;
    QCOMPARE(curvesStateFromJson(curvesStateToJson(state), read), QString());
    QVERIFY(read == state);
}

void TestCurvesStateJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown activation") << QByteArray(R"({"functions": ["sigmoid", "sigmod"]})")
                                        << QStringLiteral("curves.functions[1]: unknown activation 'sigmod'");
    QTest::newRow("not a string") << QByteArray(R"({"functions": [3]})")
                                  << QStringLiteral("curves.functions[0]: expected an activation id");
    QTest::newRow("parameter out of range") << QByteArray(R"({"parameters": {"softplus": {"beta": 0}}})")
                                            << QStringLiteral("curves.parameters.softplus.beta: 0 is outside [0.01, 100]");
    QTest::newRow("unknown parameter") << QByteArray(R"({"parameters": {"softplus": {"alpha": 1}}})")
                                       << QStringLiteral("curves.parameters.softplus.alpha: unknown key");
    QTest::newRow("parameters of an unknown function") << QByteArray(R"({"parameters": {"nope": {}}})")
                                                       << QStringLiteral("curves.parameters: unknown activation 'nope'");
    QTest::newRow("empty range") << QByteArray(R"({"x_range": [2, 2]})")
                                 << QStringLiteral("curves.x_range: expected [from, to] with from < to, both finite");
    QTest::newRow("range of strings") << QByteArray(R"({"x_range": ["a", 2]})")
                                      << QStringLiteral("curves.x_range: expected [from, to] with from < to, both finite");
    QTest::newRow("misspelt key") << QByteArray(R"({"function": ["relu"]})")
                                  << QStringLiteral("curves.function: unknown key");
}

void TestCurvesStateJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    CurvesState state;
    state.activationIds = {"tanh"};
    const CurvesState before = state;
    QCOMPARE(curvesStateFromJson(QJsonDocument::fromJson(json).object(), state), error);
    QVERIFY(state == before);
}

QTEST_GUILESS_MAIN(TestCurvesStateJson)
#include "tst_curvesstatejson.moc"
