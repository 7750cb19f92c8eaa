// Runs the built `actlab` binary as a user would, and checks what comes out: the exact layout of each
// subcommand and numbers that read back bit-exactly as the values core computes. Bad input is
// tst_clierrors.

#include "core/activation.h"
#include "core/maxout.h"
#include "core/sampling.h"
#include "core/softmax.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include "tests/cli/runactlab.h"
#include "tests/common/exactcompare.h"

#include <QTest>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using actlab::testing::message;
using actlab::testing::Result;
using actlab::testing::runActlab;
using actlab::testing::words;

namespace {


std::optional<double> toDouble(QByteArrayView text)
{
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (text.isEmpty() || result.ec != std::errc{} || result.ptr != end) {
        return std::nullopt;
    }
    return value;
}


// How the test writes a double for the binary to read: 17 significant digits, like the binary itself.
QByteArray text(double value)
{
    std::array<char, 32> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general, 17);
    return QByteArray(buffer.data(), result.ptr - buffer.data());
}

// Significant digits of a printed number: those of the mantissa without leading zeros.
int significantDigits(QByteArrayView number)
{
    int digits = 0;
    bool leading = true;
    for (const char c : number) {
        if (c == 'e' || c == 'E') {
            break;
        }
        if (c < '0' || c > '9') {
            continue;
        }
        leading = leading && c == '0';
        digits += leading ? 0 : 1;
    }
    return digits;
}

// The lines of an output, each split into fields; the last line's newline is required.
QList<QByteArrayList> table(const QByteArray& output, char separator)
{
    QList<QByteArrayList> rows;
    if (output.isEmpty()) {
        return rows;
    }
    QByteArrayList lines = output.split('\n');
    lines.removeLast();  // After the final newline.
    for (const QByteArray& line : lines) {
        rows.append(line.isEmpty() ? QByteArrayList{} : line.split(separator));
    }
    return rows;
}

std::vector<double> numbersOf(const QByteArray& line)
{
    std::vector<double> values;
    for (const QByteArray& token : line.simplified().split(' ')) {
        if (token.isEmpty()) {
            continue;
        }
        if (token == "inf") {
            values.push_back(std::numeric_limits<double>::infinity());
        } else if (token == "-inf") {
            values.push_back(-std::numeric_limits<double>::infinity());
        } else {
            values.push_back(toDouble(token).value_or(std::numeric_limits<double>::quiet_NaN()));
        }
    }
    return values;
}

// Parameter values as the command line would set them from NAME=VALUE assignments.
actlab::ParameterValues parametersOf(const actlab::Activation& activation, const QStringList& assignments)
{
    actlab::ParameterValues values = activation.defaults();
    for (const QString& assignment : assignments) {
        const QByteArray name = assignment.section(u'=', 0, 0).toUtf8();
        const int index = activation.parameterIndex(std::string_view(name.constData(), name.size()));
        const auto value = toDouble(assignment.section(u'=', 1).toUtf8());
        if (index >= 0 && value) {
            values[static_cast<std::size_t>(index)] = *value;
        }
    }
    return values;
}

QStringList parameterArguments(const QStringList& assignments)
{
    QStringList arguments;
    for (const QString& assignment : assignments) {
        arguments << u"--param"_s << assignment;
    }
    return arguments;
}

const actlab::Activation& activationNamed(const QString& id)
{
    const QByteArray utf8 = id.toUtf8();
    const actlab::Activation* activation =
        actlab::findActivation(std::string_view(utf8.constData(), utf8.size()));
    Q_ASSERT(activation != nullptr);
    return *activation;
}


}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const Result result = runActlab({u"--version"_s});
        QVERIFY2(result.exitStatus == QProcess::NormalExit, qPrintable(message("cannot run", result.err)));
    }

    void helpPrintsUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArrayList>("mentions");
        const QByteArrayList everything{"list",    "eval",   "sample",       "softmax",
                                        "maxout",  "export", "--with-kinks", "--jacobian"};
        QTest::newRow("--help") << words("--help") << everything;
        QTest::newRow("-h") << words("-h") << everything;
        QTest::newRow("help") << words("help") << everything;
        // A subcommand's own help: its usage line and examples that run as printed.
        QTest::newRow("eval --help") << words("eval relu --help")
                                     << QByteArrayList{"Usage: actlab eval", "Examples:", "| actlab eval sigmoid"};
        QTest::newRow("sample -h") << words("sample -h")
                                   << QByteArrayList{"Usage: actlab sample", "--with-kinks", "Examples:"};
        QTest::newRow("help softmax") << words("help softmax")
                                      << QByteArrayList{"Usage: actlab softmax", "--jacobian", "Examples:"};
        QTest::newRow("help maxout") << words("help maxout")
                                     << QByteArrayList{"Usage: actlab maxout", "max(0, x)", "Examples:"};
        QTest::newRow("export --help") << words("export --help")
                                       << QByteArrayList{"Usage: actlab export", "--scene", "Examples:"};
        QTest::newRow("list --help") << words("list --help") << QByteArrayList{"Usage: actlab list", "--json"};
    }

    void helpPrintsUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArrayList, mentions);
        const Result result = runActlab(arguments);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.startsWith("Usage: actlab"));
        for (const QByteArray& mention : mentions) QVERIFY2(result.out.contains(mention), mention.constData());
    }

    void versionPrintsProjectVersion()
    {
        const Result result = runActlab({u"--version"_s});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("actlab " ACTLAB_VERSION "\n"));
        QVERIFY(result.err.isEmpty());
    }

    // The x column echoes each number as read: this pins both the reader (C syntax) and the printer
    // (17 significant digits, inf/-inf/nan).
    void numbersReadAndPrinted_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("printed");
        QTest::newRow("0.1") << QByteArray("0.1") << QByteArray("0.10000000000000001");
        QTest::newRow("one third") << QByteArray("0.33333333333333331") << QByteArray("0.33333333333333331");
        QTest::newRow("1e300") << QByteArray("1e300") << QByteArray("1.0000000000000001e+300");
        QTest::newRow("1E3") << QByteArray("1E3") << QByteArray("1000");
        QTest::newRow("1e16") << QByteArray("1e16") << QByteArray("10000000000000000");
        QTest::newRow("1e17") << QByteArray("1e17") << QByteArray("1e+17");
        QTest::newRow("negative exponent") << QByteArray("-2.5e-3") << QByteArray("-0.0025000000000000001");
        QTest::newRow("leading plus") << QByteArray("+2.5") << QByteArray("2.5");
        QTest::newRow("leading point") << QByteArray(".5") << QByteArray("0.5");
        QTest::newRow("trailing point") << QByteArray("5.") << QByteArray("5");
        QTest::newRow("negative zero") << QByteArray("-0") << QByteArray("-0");
        QTest::newRow("hexadecimal") << QByteArray("0x1p-3") << QByteArray("0.125");
        QTest::newRow("smallest subnormal")
            << QByteArray("4.9406564584124654e-324") << QByteArray("4.9406564584124654e-324");
        QTest::newRow("largest double")
            << QByteArray("1.7976931348623157e308") << QByteArray("1.7976931348623157e+308");
        QTest::newRow("overflow") << QByteArray("1e999") << QByteArray("inf");
        QTest::newRow("negative overflow") << QByteArray("-1e999") << QByteArray("-inf");
        QTest::newRow("underflow") << QByteArray("1e-999") << QByteArray("0");
        QTest::newRow("negative underflow") << QByteArray("-1e-999") << QByteArray("-0");
        QTest::newRow("inf") << QByteArray("inf") << QByteArray("inf");
        QTest::newRow("-inf") << QByteArray("-inf") << QByteArray("-inf");
        QTest::newRow("+inf") << QByteArray("+inf") << QByteArray("inf");
        QTest::newRow("Infinity") << QByteArray("Infinity") << QByteArray("inf");
        QTest::newRow("nan") << QByteArray("nan") << QByteArray("nan");
        QTest::newRow("-nan") << QByteArray("-nan") << QByteArray("nan");
        QTest::newRow("NaN") << QByteArray("NaN") << QByteArray("nan");
    }

    void numbersReadAndPrinted()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, printed);
        const Result result = runActlab(words("eval relu"), input + '\n');
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArrayList> rows = table(result.out, '\t');
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().size(), 3);
        QCOMPARE(rows.front().front(), printed);
    }

    /// `--expr`: a typed formula evaluated as written, f′ exact in form, parameters 1 unless given.
    void typedFormulas_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("printed");
        QTest::newRow("eval with a parameter")
            << QStringList{u"eval"_s, u"--expr"_s, u"x + sin(a*x)^2/a"_s, u"--param"_s, u"a=2"_s}
            << QByteArray("0 2") << QByteArray("0\t0\t1\n2\t2.2863750084521532\t1.9893582466233819\n");
        QTest::newRow("eval: parameters default to 1")
            << QStringList{u"eval"_s, u"--expr"_s, u"a*x^2"_s} << QByteArray("3")
            << QByteArray("3\t9\t6\n");
        QTest::newRow("eval: sigma' far out is not 0")
            << QStringList{u"eval"_s, u"--expr"_s, u"sigmoid(x)"_s} << QByteArray("40")
            << QByteArray("40\t1\t4.2483542552915889e-18\n");
        QTest::newRow("eval: left derivative at a kink")
            << QStringList{u"eval"_s, u"--expr"_s, u"max(0, x)^2 + abs(x)"_s} << QByteArray("0")
            << QByteArray("0\t0\t-1\n");
        QTest::newRow("eval: outside the domain, no derivative either")
            << QStringList{u"eval"_s, u"--expr"_s, u"log(x)"_s} << QByteArray("-1") << QByteArray("-1\tnan\tnan\n");
        QTest::newRow("sample")
            << QStringList{u"sample"_s, u"--expr"_s, u"max(x, 0)^2"_s, u"--from"_s, u"-1"_s, u"--to"_s, u"1"_s,
                           u"--points"_s, u"3"_s, u"--format"_s, u"csv"_s}
            << QByteArray() << QByteArray("x,f,df\n-1,0,0\n0,0,0\n1,1,2\n");
    }
    void typedFormulas()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, printed);
        const Result result = runActlab(arguments, input);
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, printed);
    }

    void evalSplitsOnAnyWhiteSpace()
    {
        const Result result = runActlab(words("eval tanh"), "1\t2  3\r\n\n   4\f5\v6\n7");
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArrayList> rows = table(result.out, '\t');
        QCOMPARE(rows.size(), 7);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].front(), QByteArray::number(i + 1));
        }
        QVERIFY(runActlab(words("eval tanh"), "").out.isEmpty());
    }

    // Nothing to read is not an error: nothing is printed and the command succeeds, so an empty file in
    // a pipeline does not break it.
    void emptyInputPrintsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        for (const auto& [name, arguments] : {std::pair{"eval", words("eval sigmoid")},
                                              std::pair{"softmax", words("softmax --jacobian")},
                                              std::pair{"maxout", words("maxout --units 1:0,0:0 --group-size 2")}}) {
            QTest::addRow("%s, no bytes", name) << arguments << QByteArray();
            QTest::addRow("%s, blank lines", name) << arguments << QByteArray("\n  \n\t\n");
        }
    }

    void emptyInputPrintsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        const Result result = runActlab(arguments, input);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(result.err, QByteArray());
    }

    void evalMatchesCore_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("parameters");
        for (const actlab::Activation& activation : actlab::activations()) {
            const QByteArray id(activation.id.data(), static_cast<qsizetype>(activation.id.size()));
            QTest::newRow(id.constData()) << QString::fromUtf8(id) << QStringList();
        }
        QTest::newRow("leaky_relu 0.2") << u"leaky_relu"_s << QStringList{u"negative_slope=0.2"_s};
        QTest::newRow("elu 0") << u"elu"_s << QStringList{u"alpha=0"_s};
        QTest::newRow("softplus 100") << u"softplus"_s << QStringList{u"beta=100"_s};
        QTest::newRow("softplus 0.01") << u"softplus"_s << QStringList{u"beta=0.01"_s};
        QTest::newRow("swish 3") << u"swish"_s << QStringList{u"beta=3"_s};
        QTest::newRow("hardtanh -2, 0.5") << u"hardtanh"_s << QStringList{u"min_val=-2"_s, u"max_val=0.5"_s};
    }

    void evalMatchesCore()
    {
        QFETCH(QString, function);
        QFETCH(QStringList, parameters);
        const actlab::Activation& activation = activationNamed(function);
        const actlab::ParameterValues p = parametersOf(activation, parameters);

        constexpr double inf = std::numeric_limits<double>::infinity();
        std::vector<double> x{-inf,
                              -1e300,
                              -40,
                              -6,
                              -3,
                              -1,
                              -1e-3,
                              -0.0,
                              0.0,
                              1e-300,
                              0.1,
                              0.5,
                              1,
                              3,
                              6,
                              20,
                              1e300,
                              inf,
                              std::numeric_limits<double>::quiet_NaN()};
        const actlab::Kinks kinks = activation.kinksOf(p);
        x.insert(x.end(), kinks.at.begin(), kinks.at.begin() + static_cast<std::ptrdiff_t>(kinks.count));
        QByteArray input;
        for (const double value : x) {
            input += text(value) + '\n';
        }

        const Result result =
            runActlab(QStringList{u"eval"_s, function} + parameterArguments(parameters), input);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        const QList<QByteArrayList> rows = table(result.out, '\t');
        QCOMPARE(rows.size(), static_cast<qsizetype>(x.size()));
        for (std::size_t i = 0; i < x.size(); ++i) {
            const QByteArrayList& row = rows[static_cast<qsizetype>(i)];
            QCOMPARE(row.size(), 3);
            const double expected[3] = {x[i], activation.value(x[i], p), activation.derivative(x[i], p)};
            for (int column = 0; column < 3; ++column) {
                const QByteArray& field = row[column];
                const bool special = field == "inf" || field == "-inf" || field == "nan";
                QVERIFY2(special || significantDigits(field) <= 17, field.constData());
                const double parsed = field == "inf"    ? inf
                                      : field == "-inf" ? -inf
                                                        : toDouble(field).value_or(std::nan(""));
                QVERIFY2(actlab::testing::sameDouble(parsed, expected[column]),
                         qPrintable(u"x = %1, column %2: printed %3, core says %4"_s.arg(
                             QString::fromLatin1(text(x[i])), QString::number(column),
                             QString::fromLatin1(field), QString::fromLatin1(text(expected[column])))));
            }
        }
    }

    void sampleMatchesCore_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("parameters");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("points");
        QTest::addColumn<QString>("format");
        for (const actlab::Activation& activation : actlab::activations()) {
            const QByteArray id(activation.id.data(), static_cast<qsizetype>(activation.id.size()));
            QTest::newRow((id + " tsv").constData())
                << QString::fromUtf8(id) << QStringList() << -4.0 << 4.0 << 9 << u"tsv"_s;
        }
        QTest::newRow("default format") << u"gelu"_s << QStringList() << -3.0 << 2.0 << 11 << QString();
        QTest::newRow("csv") << u"gelu_tanh"_s << QStringList() << -3.0 << 2.0 << 7 << u"csv"_s;
        QTest::newRow("csv leaky_relu")
            << u"leaky_relu"_s << QStringList{u"negative_slope=0.2"_s} << -1.0 << 1.0 << 2 << u"csv"_s;
        QTest::newRow("json softplus")
            << u"softplus"_s << QStringList{u"beta=100"_s} << -0.1 << 0.1 << 13 << u"json"_s;
        QTest::newRow("json hardtanh") << u"hardtanh"_s << QStringList{u"max_val=0.5"_s, u"min_val=-2"_s}
                                       << -3.0 << 3.0 << 6 << u"json"_s;
        QTest::newRow("json no parameters") << u"mish"_s << QStringList() << -1e-3 << 1e-3 << 3 << u"json"_s;
        QTest::newRow("tsv huge range") << u"selu"_s << QStringList() << -1.7976931348623157e308
                                        << 1.7976931348623157e308 << 5 << u"tsv"_s;
    }

    void sampleMatchesCore()
    {
        QFETCH(QString, function);
        QFETCH(QStringList, parameters);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, points);
        QFETCH(QString, format);
        const actlab::Activation& activation = activationNamed(function);
        const actlab::ParameterValues p = parametersOf(activation, parameters);
        const auto n = static_cast<std::size_t>(points);

        QStringList arguments{u"sample"_s,   function,
                              u"--from"_s,   QString::fromLatin1(text(from)),
                              u"--to"_s,     QString::fromLatin1(text(to)),
                              u"--points"_s, QString::number(points)};
        if (!format.isEmpty()) {
            arguments << u"--format"_s << format;
        }
        const Result result = runActlab(arguments + parameterArguments(parameters));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());

        std::vector<std::array<double, 3>> rows;
        if (format == u"json"_s) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonObject object = document.object();
            QCOMPARE(object.value(u"function"_s).toString(), function);
            const QJsonObject params = object.value(u"params"_s).toObject();
            QCOMPARE(params.size(), static_cast<qsizetype>(activation.parameters.size()));
            for (std::size_t i = 0; i < activation.parameters.size(); ++i) {
                const QString id =
                    QString::fromUtf8(activation.parameters[i].id.data(),
                                      static_cast<qsizetype>(activation.parameters[i].id.size()));
                QVERIFY2(actlab::testing::sameDouble(params.value(id).toDouble(std::nan("")), p[i]), qPrintable(id));
            }
            QCOMPARE(object.value(u"columns"_s).toArray(),
                     QJsonArray({QJsonValue(u"x"_s), QJsonValue(u"f"_s), QJsonValue(u"df"_s)}));
            for (const QJsonValue& row : object.value(u"rows"_s).toArray()) {
                const QJsonArray cells = row.toArray();
                QCOMPARE(cells.size(), 3);
                rows.push_back({cells[0].toDouble(), cells[1].toDouble(), cells[2].toDouble()});
            }
        } else {
            const char separator = format == u"csv"_s ? ',' : '\t';
            const QList<QByteArrayList> lines = table(result.out, separator);
            QVERIFY(!lines.isEmpty());
            QCOMPARE(lines.front(), (QByteArrayList{"x", "f", "df"}));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                QCOMPARE(lines[i].size(), 3);
                rows.push_back({numbersOf(lines[i][0]).at(0), numbersOf(lines[i][1]).at(0),
                                numbersOf(lines[i][2]).at(0)});
            }
        }

        QCOMPARE(rows.size(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const double x = actlab::evenlySpaced(from, to, i, n);
            QVERIFY2(actlab::testing::sameDouble(rows[i][0], x), qPrintable(u"row %1: x"_s.arg(i)));
            QVERIFY2(actlab::testing::sameDouble(rows[i][1], activation.value(x, p)), qPrintable(u"row %1: f"_s.arg(i)));
            QVERIFY2(actlab::testing::sameDouble(rows[i][2], activation.derivative(x, p)), qPrintable(u"row %1: df"_s.arg(i)));
        }
    }

    void sampleKinks_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("points");
        QTest::addColumn<bool>("withKinks");
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<QList<double>>("kinksShown");
        QTest::addColumn<QList<double>>("kinksMissing");
        QTest::newRow("relu, kinks") << u"relu"_s << -1.0 << 1.0 << 4 << true << 5 << QList<double>{0.0}
                                     << QList<double>{};
        QTest::newRow("relu, no kinks")
            << u"relu"_s << -1.0 << 1.0 << 4 << false << 4 << QList<double>{} << QList<double>{0.0};
        QTest::newRow("relu, kink already a sample")
            << u"relu"_s << -1.0 << 1.0 << 5 << true << 5 << QList<double>{0.0} << QList<double>{};
        QTest::newRow("hardtanh, both kinks")
            << u"hardtanh"_s << -2.0 << 2.0 << 4 << true << 6 << QList<double>{-1.0, 1.0} << QList<double>{};
        QTest::newRow("relu6, kink at an end not inserted")
            << u"relu6"_s << 0.0 << 10.0 << 3 << true << 4 << QList<double>{6.0} << QList<double>{};
        QTest::newRow("hardswish, two points")
            << u"hardswish"_s << -4.0 << 4.0 << 2 << true << 4 << QList<double>{-3.0, 3.0} << QList<double>{};
        QTest::newRow("tanh has none")
            << u"tanh"_s << -1.0 << 1.0 << 4 << true << 4 << QList<double>{} << QList<double>{};
    }

    void sampleKinks()
    {
        QFETCH(QString, function);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, points);
        QFETCH(bool, withKinks);
        QFETCH(int, rowCount);
        QFETCH(QList<double>, kinksShown);
        QFETCH(QList<double>, kinksMissing);
        const actlab::Activation& activation = activationNamed(function);
        const actlab::ParameterValues p = activation.defaults();

        QStringList arguments{u"sample"_s,   function,
                              u"--from"_s,   QString::number(from),
                              u"--to"_s,     QString::number(to),
                              u"--points"_s, QString::number(points)};
        if (withKinks) {
            arguments << u"--with-kinks"_s;
        }
        const Result result = runActlab(arguments);
        QCOMPARE(result.exitCode, 0);
        QList<QByteArrayList> lines = table(result.out, '\t');
        QCOMPARE(lines.size(), rowCount + 1);
        QCOMPARE(lines.takeFirst(), (QByteArrayList{"x", "f", "df"}));
        QList<double> xs;
        for (const QByteArrayList& line : lines) {
            QCOMPARE(line.size(), 3);
            const double x = toDouble(line[0]).value_or(std::nan(""));
            QVERIFY2(xs.isEmpty() || xs.back() < x, line[0].constData());
            QVERIFY(actlab::testing::sameDouble(toDouble(line[1]).value_or(std::nan("")), activation.value(x, p)));
            QVERIFY(actlab::testing::sameDouble(toDouble(line[2]).value_or(std::nan("")), activation.derivative(x, p)));
            xs.append(x);
        }
        QCOMPARE(xs.front(), from);
        QCOMPARE(xs.back(), to);
        for (const double kink : kinksShown) {
            QVERIFY2(xs.contains(kink), qPrintable(QString::number(kink)));
        }
        for (const double kink : kinksMissing) {
            QVERIFY2(!xs.contains(kink), qPrintable(QString::number(kink)));
        }
    }

    void reluKinkRowIsExact()
    {
        const Result result = runActlab(words("sample relu --from -1 --to 1 --points 4 --with-kinks"));
        QCOMPARE(result.exitCode, 0);
        // relu′(0) is the left derivative, 0, as autograd gives it.
        QVERIFY2(result.out.split('\n').contains("0\t0\t0"), result.out.constData());
    }

    void softmaxMatchesCore_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("temperature");
        QTest::addColumn<bool>("jacobian");
        QTest::newRow("three logits") << QByteArray("1 2 3\n") << QString() << false;
        QTest::newRow("jacobian, blank line skipped")
            << QByteArray("1 2 3\n\n0.5\t-0.5\n") << QString() << true;
        QTest::newRow("spread, cold") << QByteArray("1000 0 -1000\n") << u"0.5"_s << true;
        QTest::newRow("very cold") << QByteArray("1 1.001 0.999\n") << u"1e-3"_s << false;
        QTest::newRow("hot") << QByteArray("-3 0 3 1e2\n") << u"1e6"_s << true;
        QTest::newRow("one logit") << QByteArray("42\n") << QString() << true;
        QTest::newRow("infinite logits") << QByteArray("inf 0 inf\n-inf 0 1\n") << QString() << true;
        QTest::newRow("no final newline") << QByteArray("1 2\n3 4") << u"2"_s << false;
        QByteArray longest;
        for (int i = 0; i < 4096; ++i) {
            longest += QByteArray::number(std::sin(i) * 30.0, 'g', 17) + ' ';
        }
        QTest::newRow("4096 logits") << longest + '\n' << QString() << false;
    }

    void softmaxMatchesCore()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, temperature);
        QFETCH(bool, jacobian);
        QStringList arguments{u"softmax"_s};
        double t = 1.0;
        if (!temperature.isEmpty()) {
            arguments << u"--temperature"_s << temperature;
            t = temperature.toDouble();
        }
        if (jacobian) {
            arguments << u"--jacobian"_s;
        }
        const Result result = runActlab(arguments, input);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());

        const QList<QByteArrayList> lines = table(result.out, '\t');
        qsizetype line = 0;
        for (const QByteArray& inputLine : input.split('\n')) {
            const std::vector<double> logits = numbersOf(inputLine);
            if (logits.empty()) {
                continue;
            }
            const std::size_t n = logits.size();
            std::vector<double> expected(n);
            actlab::softmax(logits, t, expected);
            std::vector<double> expectedJacobian(n * n);
            actlab::softmaxJacobian(logits, t, expectedJacobian);
            const std::size_t rows = jacobian ? n + 1 : 1;
            for (std::size_t row = 0; row < rows; ++row, ++line) {
                QVERIFY(line < lines.size());
                QCOMPARE(lines[line].size(), static_cast<qsizetype>(n));
                const double* want = row == 0 ? expected.data() : expectedJacobian.data() + (row - 1) * n;
                for (std::size_t j = 0; j < n; ++j) {
                    const QByteArray& field = lines[line][static_cast<qsizetype>(j)];
                    QVERIFY2(actlab::testing::sameDouble(toDouble(field).value_or(std::nan("")), want[j]),
                             qPrintable(
                                 u"row %1, column %2: %3"_s.arg(row).arg(j).arg(QString::fromLatin1(field))));
                }
            }
            QVERIFY(line < lines.size());
            QVERIFY2(lines[line].isEmpty(), "an empty line ends each vector");
            ++line;
        }
        QCOMPARE(line, lines.size());
    }

    void maxoutMatchesCore_data()
    {
        QTest::addColumn<QString>("units");
        QTest::addColumn<int>("groupSize");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("absolute value") << u"1:0,-1:0"_s << 2 << QByteArray("-2 -0.5 0\n0.5 2\n-inf inf\n");
        QTest::newRow("last group smaller") << u"1:0,-1:0,0.5:1"_s << 2 << QByteArray("-3 0 3\n");
        QTest::newRow("one unit per group") << u"2:1,-1:0.5"_s << 1 << QByteArray("-1 0 1e300\n");
        QTest::newRow("group wider than the layer") << u"1:0,2:0,3:-1"_s << 5 << QByteArray("-1 0 0.5 1 2\n");
        QTest::newRow("ties go to the lowest index") << u"1:0,1:0,0:0"_s << 3 << QByteArray("-1 0 1\n");
        QTest::newRow("exponents and negative weights")
            << u"-1e-3:2.5e1,3e0:-0.5"_s << 2 << QByteArray("1e4 -1e4\n");
    }

    void maxoutMatchesCore()
    {
        QFETCH(QString, units);
        QFETCH(int, groupSize);
        QFETCH(QByteArray, input);
        actlab::MaxoutLayer layer;
        layer.groupSize = static_cast<std::size_t>(groupSize);
        for (const QString& unit : units.split(u',')) {
            layer.units.push_back({{unit.section(u':', 0, 0).toDouble()}, unit.section(u':', 1).toDouble()});
        }
        const Result result = runActlab(
            {u"maxout"_s, u"--units"_s, units, u"--group-size"_s, QString::number(groupSize)}, input);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());

        const std::vector<double> xs = numbersOf(input);
        const QList<QByteArrayList> lines = table(result.out, '\t');
        QCOMPARE(lines.size(), static_cast<qsizetype>(xs.size()));
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const QByteArrayList& fields = lines[static_cast<qsizetype>(i)];
            const actlab::MaxoutForward forward =
                actlab::maxoutForward(layer, std::span<const double>(&xs[i], 1));
            QCOMPARE(fields.size(), static_cast<qsizetype>(1 + 3 * layer.groupCount()));
            QCOMPARE(numbersOf(fields[0]).at(0), xs[i]);
            for (std::size_t g = 0; g < layer.groupCount(); ++g) {
                const auto at = static_cast<qsizetype>(1 + 3 * g);
                const std::size_t winner = forward.winners[g];
                QVERIFY2(actlab::testing::sameDouble(numbersOf(fields[at]).at(0), forward.outputs[g]), fields[at].constData());
                QVERIFY(actlab::testing::sameDouble(numbersOf(fields[at + 1]).at(0), layer.units[winner].weights[0]));
                QCOMPARE(fields[at + 2], QByteArray::number(winner));
            }
        }
    }

    void maxoutPrintsGroupValueSlopeAndWinner()
    {
        // |x| as a maxout of x and −x: at 0 both units tie and the lower index (slope +1) wins.
        const Result result = runActlab(words("maxout --units 1:0,-1:0 --group-size 2"), "-2\n0\n3\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("-2\t2\t-1\t1\n0\t0\t1\t0\n3\t3\t1\t0\n"));
    }

    void listShowsEveryFunction()
    {
        const Result result = runActlab({u"list"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        const QString listing = QString::fromUtf8(result.out);
        for (const actlab::Activation& activation : actlab::activations()) {
            const QString id =
                QString::fromUtf8(activation.id.data(), static_cast<qsizetype>(activation.id.size()));
            QVERIFY2(listing.contains(u'\n' + id + u' ') || listing.startsWith(id + u' '), qPrintable(id));
            QVERIFY(listing.contains(QString::fromUtf8(activation.formula.data(),
                                                       static_cast<qsizetype>(activation.formula.size()))));
            QVERIFY(listing.contains(
                QString::fromUtf8(activation.derivativeFormula.data(),
                                  static_cast<qsizetype>(activation.derivativeFormula.size()))));
        }
        QVERIFY(listing.contains(u"negative_slope  0.01"_s));
    }

    void listJsonDescribesTheRegistry()
    {
        const Result result = runActlab(words("list --json"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray functions = document.object().value(u"functions"_s).toArray();
        const auto registry = actlab::activations();
        QCOMPARE(functions.size(), static_cast<qsizetype>(registry.size()));
        const auto utf8 = [](std::string_view s) {
            return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
        };
        for (std::size_t i = 0; i < registry.size(); ++i) {
            const actlab::Activation& activation = registry[i];
            const QJsonObject function = functions[static_cast<qsizetype>(i)].toObject();
            QCOMPARE(function.value(u"id"_s).toString(), utf8(activation.id));
            QCOMPARE(function.value(u"name"_s).toString(), utf8(activation.name));
            QCOMPARE(function.value(u"formula"_s).toString(), utf8(activation.formula));
            QCOMPARE(function.value(u"derivative_formula"_s).toString(), utf8(activation.derivativeFormula));
            QCOMPARE(function.value(u"note"_s).toString(), utf8(activation.note));
            const QJsonArray parameters = function.value(u"parameters"_s).toArray();
            QCOMPARE(parameters.size(), static_cast<qsizetype>(activation.parameters.size()));
            for (std::size_t j = 0; j < activation.parameters.size(); ++j) {
                const actlab::ParameterSpec& spec = activation.parameters[j];
                const QJsonObject parameter = parameters[static_cast<qsizetype>(j)].toObject();
                QCOMPARE(parameter.value(u"id"_s).toString(), utf8(spec.id));
                QCOMPARE(parameter.value(u"label"_s).toString(), utf8(spec.label));
                QVERIFY(actlab::testing::sameDouble(parameter.value(u"default"_s).toDouble(), spec.defaultValue));
                QVERIFY(actlab::testing::sameDouble(parameter.value(u"minimum"_s).toDouble(), spec.minimum));
                QVERIFY(actlab::testing::sameDouble(parameter.value(u"maximum"_s).toDouble(), spec.maximum));
                QCOMPARE(parameter.value(u"log_scale"_s).toBool(), spec.logScale);
            }
        }
    }

};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
