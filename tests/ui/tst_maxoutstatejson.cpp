// The maxout state's JSON: what settings and scene files store. Strict: a bad field is named and nothing
// changes.

#include "ui/maxout/maxoutpresets.h"
#include "ui/maxout/maxoutstatejson.h"

#include <QJsonDocument>
#include <QTest>

using namespace actlab;

namespace {

QJsonObject parse(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) qFatal("bad JSON in a test row: %s", text);
    return document.object();
}

/// A state far from the defaults in every field.
MaxoutState unusualState()
{
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    state.seed = 4242;
    state.oneInput.layer = randomMaxoutLayer(7, 7, 1, 3);
    state.oneInput.target = ConvexTarget::Softplus;
    state.oneInput.probe = -1.25;
    state.oneInput.xFrom = -6;
    state.oneInput.xTo = 2.5;
    state.twoInput.layer = randomMaxoutLayer(8, 9, 2, 4);
    state.twoInput.probe = {0.125, -2};
    state.twoInput.from = -2;
    state.twoInput.to = 5;
    return state;
}

}  // namespace

class TestMaxoutStateJson : public QObject {
    Q_OBJECT
private slots:
    void roundTripsEveryField();
    void absentKeysKeepTheirValues();
    void badFieldsAreNamed_data();
    void badFieldsAreNamed();
};

void TestMaxoutStateJson::roundTripsEveryField()
{
    const MaxoutState state = unusualState();
    const QJsonObject json = maxoutStateToJson(state);
    MaxoutState read;
    QCOMPARE(maxoutStateFromJson(json, read), QString());
    QCOMPARE(maxoutStateToJson(read), json);
    QCOMPARE(read.mode, MaxoutMode::TwoInput);
    QCOMPARE(read.seed, std::uint64_t(4242));
    QCOMPARE(read.oneInput.layer.units.size(), std::size_t(7));
    QCOMPARE(read.oneInput.layer.groupSize, std::size_t(3));
    QCOMPARE(read.oneInput.layer.units[6].weights, state.oneInput.layer.units[6].weights);
    QCOMPARE(read.oneInput.layer.units[6].bias, state.oneInput.layer.units[6].bias);
    QVERIFY(read.oneInput.target == ConvexTarget::Softplus);
    QCOMPARE(read.oneInput.probe, -1.25);
    QCOMPARE(read.twoInput.layer.units[8].weights, state.twoInput.layer.units[8].weights);
    QCOMPARE(read.twoInput.layer.groupSize, std::size_t(4));
    QCOMPARE(read.twoInput.probe, (PlanePoint{0.125, -2}));
    QCOMPARE(read.twoInput.to, 5.0);
}

void TestMaxoutStateJson::absentKeysKeepTheirValues()
{
    MaxoutState state = unusualState();
    QCOMPARE(maxoutStateFromJson(parse(R"({"mode": "one_input", "one_input": {"group_size": 7}})"), state),
             QString());
    QCOMPARE(state.mode, MaxoutMode::OneInput);
    QCOMPARE(state.oneInput.layer.groupSize, std::size_t(7));
    QCOMPARE(state.oneInput.layer.units.size(), std::size_t(7));  // kept
    QCOMPARE(state.seed, std::uint64_t(4242));                    // kept
}

void TestMaxoutStateJson::badFieldsAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("weight not a number")
        << QByteArray(R"({"one_input": {"units": [{"weight": 1, "bias": 0}, {"weight": 1, "bias": 0},
                         {"weight": 1, "bias": 0}, {"weight": "two", "bias": 0}]}})")
        << QStringLiteral("maxout.one_input.units[3].weight: expected a number");
    QTest::newRow("weight missing") << QByteArray(R"({"one_input": {"units": [{"bias": 0}]}})")
                                    << QStringLiteral("maxout.one_input.units[0].weight: missing");
    QTest::newRow("weight too large")
        << QByteArray(R"({"one_input": {"units": [{"weight": 1e9, "bias": 0}]}})")
        << QStringLiteral("maxout.one_input.units[0].weight:");
    QTest::newRow("unknown key in a unit")
        << QByteArray(R"({"one_input": {"units": [{"weight": 1, "bias": 0, "colour": 3}]}})")
        << QStringLiteral("maxout.one_input.units[0].colour: unknown key");
    QTest::newRow("no units") << QByteArray(R"({"one_input": {"units": []}})")
                              << QStringLiteral("maxout.one_input.units: expected 1 to 16 units");
    QTest::newRow("17 units") << QByteArray(R"({"two_input": {"units": [)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0},{"weights":[1,1],"bias":0},)"
                                            R"({"weights":[1,1],"bias":0}]}})")
                              << QStringLiteral("maxout.two_input.units: expected 1 to 16 units, got 17");
    QTest::newRow("one weight in two-input mode")
        << QByteArray(R"({"two_input": {"units": [{"weights": [1], "bias": 0}]}})")
        << QStringLiteral("maxout.two_input.units[0].weights: expected 2 numbers");
    QTest::newRow("a weight that is text")
        << QByteArray(R"({"two_input": {"units": [{"weights": [1, "x"], "bias": 0}]}})")
        << QStringLiteral("maxout.two_input.units[0].weights[1]: expected a number");
    QTest::newRow("group larger than the units")
        << QByteArray(R"({"one_input": {"group_size": 5}})")
        << QStringLiteral("maxout.one_input.group_size: 5 is outside [1, 4]");
    QTest::newRow("group size not whole")
        << QByteArray(R"({"one_input": {"group_size": 1.5}})")
        << QStringLiteral("maxout.one_input.group_size: expected a whole number");
    QTest::newRow("unknown target") << QByteArray(R"({"one_input": {"target": "cube"}})")
                                    << QStringLiteral(
                                           "maxout.one_input.target: expected \"none\", \"square\"");
    QTest::newRow("probe outside the range")
        << QByteArray(R"({"one_input": {"probe": 9}})")
        << QStringLiteral("maxout.one_input.probe: 9 is outside [-4, 4]");
    QTest::newRow("empty x range") << QByteArray(R"({"one_input": {"x_range": [2, 2]}})")
                                   << QStringLiteral("maxout.one_input.x_range: expected [from, to]");
    QTest::newRow("two-input probe outside")
        << QByteArray(R"({"two_input": {"probe": [0, 7]}})")
        << QStringLiteral("maxout.two_input.probe: expected [x1, x2] inside");
    QTest::newRow("unknown mode") << QByteArray(R"({"mode": "three_input"})")
                                  << QStringLiteral("maxout.mode: expected \"one_input\" or \"two_input\"");
    QTest::newRow("negative seed") << QByteArray(R"({"seed": -1})")
                                   << QStringLiteral("maxout.seed: -1 is outside");
    QTest::newRow("misspelt key") << QByteArray(R"({"one_imput": {}})")
                                  << QStringLiteral("maxout.one_imput: unknown key");
    QTest::newRow("misspelt nested key") << QByteArray(R"({"one_input": {"prob": 0}})")
                                         << QStringLiteral("maxout.one_input.prob: unknown key");
}

void TestMaxoutStateJson::badFieldsAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    MaxoutState state = MaxoutState{};
    const QJsonObject before = maxoutStateToJson(state);
    const QString actual = maxoutStateFromJson(parse(json.constData()), state);
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
    QCOMPARE(maxoutStateToJson(state), before);  // nothing changed
}

QTEST_GUILESS_MAIN(TestMaxoutStateJson)
#include "tst_maxoutstatejson.moc"
