// The softmax view's scene-file JSON: what it accepts (any finite logit, 2 to 10 of them), and the
// one-line error naming the field for what it does not.

#include "ui/softmax/softmaxstatejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace actlab;

Q_DECLARE_METATYPE(actlab::SoftmaxState)

class TestSoftmaxStateJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void writesTheDocumentedSchema();
    void absentKeysKeepTheirValues();
    void fewerLogitsPullTheSliceIn();
    void rejects_data();
    void rejects();
    void stateErrorNamesTheField_data();
    void stateErrorNamesTheField();
};

void TestSoftmaxStateJson::roundTrip_data()
{
    QTest::addColumn<SoftmaxState>("state");
    QTest::newRow("default") << SoftmaxState{};
    QTest::newRow("two classes, hot") << SoftmaxState{{0.25, -3.5}, 20.0, 1, 0};
    QTest::newRow("extreme logits, cold") << SoftmaxState{
        {1e308, -1e308, 1000, -1000, 1.7976931348623157e308, -4.9e-324, 0.1, 3, 2, 1}, 0.05, 9, 4};
    QTest::newRow("digits that need all 17")
        << SoftmaxState{{0.30000000000000004, 1.0 / 3.0}, 0.7071067811865476, 0, 1};
}

void TestSoftmaxStateJson::roundTrip()
{
    QFETCH(SoftmaxState, state);
    // Through text, as a scene file or the settings store it.
    const QByteArray text = QJsonDocument(softmaxStateToJson(state)).toJson();
    SoftmaxState read;
    read.logits = {7, 7, 7};
    QCOMPARE(softmaxStateFromJson(QJsonDocument::fromJson(text).object(), read), QString());
    QVERIFY(read == state);
}

void TestSoftmaxStateJson::writesTheDocumentedSchema()
{
    const QJsonObject json = softmaxStateToJson(SoftmaxState{{2, -1.5}, 0.5, 1, 0});
    QCOMPARE(json.value(QStringLiteral("logits")).toArray(), (QJsonArray{2, -1.5}));
    QCOMPARE(json.value(QStringLiteral("temperature")).toDouble(), 0.5);
    const QJsonObject slice = json.value(QStringLiteral("slice")).toObject();
    QCOMPARE(slice.value(QStringLiteral("output")).toInt(-1), 1);
    QCOMPARE(slice.value(QStringLiteral("logit")).toInt(-1), 0);
    QCOMPARE(json.keys().size(), 3);
}

void TestSoftmaxStateJson::absentKeysKeepTheirValues()
{
    SoftmaxState state{{1, 2, 3}, 4.0, 2, 1};
    QCOMPARE(softmaxStateFromJson(QJsonDocument::fromJson(R"({"temperature": 0.5})").object(), state),
             QString());
    QVERIFY((state == SoftmaxState{{1, 2, 3}, 0.5, 2, 1}));
    QCOMPARE(softmaxStateFromJson(QJsonObject{}, state), QString());
    QVERIFY((state == SoftmaxState{{1, 2, 3}, 0.5, 2, 1}));
}

void TestSoftmaxStateJson::fewerLogitsPullTheSliceIn()
{
    SoftmaxState state{{1, 2, 3, 4, 5}, 1.0, 4, 3};
    QCOMPARE(softmaxStateFromJson(QJsonDocument::fromJson(R"({"logits": [0, 1]})").object(), state),
             QString());
    QCOMPARE(state.sliceOutput, std::size_t(1));
    QCOMPARE(state.sliceLogit, std::size_t(1));
}

void TestSoftmaxStateJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("logits not an array")
        << QByteArray(R"({"logits": 3})") << QStringLiteral("softmax.logits: expected an array");
    QTest::newRow("one logit") << QByteArray(R"({"logits": [1]})")
                               << QStringLiteral("softmax.logits: expected 2 to 10 numbers, got 1");
    QTest::newRow("eleven logits") << QByteArray(R"({"logits": [1,2,3,4,5,6,7,8,9,10,11]})")
                                   << QStringLiteral("softmax.logits: expected 2 to 10 numbers, got 11");
    QTest::newRow("a string logit") << QByteArray(R"({"logits": [1, 2, "3"]})")
                                    << QStringLiteral("softmax.logits[2]: expected a finite number");
    QTest::newRow("a null logit") << QByteArray(R"({"logits": [null, 2]})")
                                  << QStringLiteral("softmax.logits[0]: expected a finite number");
    QTest::newRow("temperature too low") << QByteArray(R"({"temperature": 0.01})")
                                         << QStringLiteral("softmax.temperature: 0.01 is outside [0.05, 20]");
    QTest::newRow("temperature too high") << QByteArray(R"({"temperature": 25})")
                                          << QStringLiteral("softmax.temperature: 25 is outside [0.05, 20]");
    QTest::newRow("temperature a string") << QByteArray(R"({"temperature": "hot"})")
                                          << QStringLiteral("softmax.temperature: expected a number");
    QTest::newRow("slice not an object")
        << QByteArray(R"({"slice": [0, 1]})") << QStringLiteral("softmax.slice: expected an object");
    QTest::newRow("slice output beyond n") << QByteArray(R"({"slice": {"output": 4}})")
                                           << QStringLiteral("softmax.slice.output: 4 is outside [0, 3]");
    QTest::newRow("slice logit beyond the new n")
        << QByteArray(R"({"logits": [1, 2], "slice": {"logit": 2}})")
        << QStringLiteral("softmax.slice.logit: 2 is outside [0, 1]");
    QTest::newRow("slice logit negative") << QByteArray(R"({"slice": {"logit": -1}})")
                                          << QStringLiteral("softmax.slice.logit: -1 is outside [0, 3]");
    QTest::newRow("slice index not whole") << QByteArray(R"({"slice": {"output": 1.5}})")
                                           << QStringLiteral("softmax.slice.output: expected a whole number");
    QTest::newRow("misspelt slice key")
        << QByteArray(R"({"slice": {"outptu": 1}})") << QStringLiteral("softmax.slice.outptu: unknown key");
    QTest::newRow("misspelt key") << QByteArray(R"({"temprature": 2})")
                                  << QStringLiteral("softmax.temprature: unknown key");
}

void TestSoftmaxStateJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    SoftmaxState state;
    const SoftmaxState before = state;
    QJsonParseError parse{};
    const QJsonObject object = QJsonDocument::fromJson(json, &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(softmaxStateFromJson(object, state), error);
    QVERIFY(state == before);
}

void TestSoftmaxStateJson::stateErrorNamesTheField_data()
{
    QTest::addColumn<SoftmaxState>("state");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << SoftmaxState{} << QString();
    QTest::newRow("one class") << SoftmaxState{{1}, 1, 0, 0}
                               << QStringLiteral("softmax.logits: expected 2 to 10 numbers, got 1");
    QTest::newRow("infinite logit") << SoftmaxState{{1, HUGE_VAL}, 1, 0, 0}
                                    << QStringLiteral("softmax.logits[1]: expected a finite number");
    QTest::newRow("NaN logit") << SoftmaxState{{std::nan(""), 1}, 1, 0, 0}
                               << QStringLiteral("softmax.logits[0]: expected a finite number");
    QTest::newRow("T = 0") << SoftmaxState{{1, 2}, 0, 0, 0}
                           << QStringLiteral("softmax.temperature: 0 is outside [0.05, 20]");
    QTest::newRow("slice beyond n") << SoftmaxState{{1, 2}, 1, 0, 2}
                                    << QStringLiteral("softmax.slice.logit: 2 is not below n = 2");
}

void TestSoftmaxStateJson::stateErrorNamesTheField()
{
    QFETCH(SoftmaxState, state);
    QFETCH(QString, error);
    QCOMPARE(softmaxStateError(state), error);
}

QTEST_GUILESS_MAIN(TestSoftmaxStateJson)
#include "tst_softmaxstatejson.moc"
