// Runs the built `actlab` binary as a user would, and checks what comes out: the exact layout of each
// subcommand, numbers that read back bit-exactly as the values core computes, and for every kind of bad
// input one line on stderr, exit status 2 and nothing on stdout.

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

namespace {

struct Result {
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every run happens without a display: the headless commands must not need one.
Result runActlab(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACTLAB_BINARY), arguments);
    Result result;
    if (!process.waitForStarted()) {
        result.err = "could not start " ACTLAB_BINARY;
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

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

QString message(const char* what, const QByteArray& detail)
{
    return QString::fromUtf8(what) + u": "_s + QString::fromUtf8(detail);
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

    void badInputFailsCleanly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("phrase");

        const QStringList sampleRange = words("--from -1 --to 1 --points 5");
        QTest::newRow("help on an unknown command")
            << words("help frobnicate") << QByteArray() << QByteArray("no help on 'frobnicate'");
        QTest::newRow("unknown command")
            << words("frobnicate") << QByteArray() << QByteArray("unknown command 'frobnicate'");
        QTest::newRow("export without -o")
            << words("export --function sigmoid") << QByteArray() << QByteArray("missing option -o");
        QTest::newRow("export of an unknown function")
            << words("export --function sigmod -o /tmp/actlab-never.png") << QByteArray()
            << QByteArray("unknown function 'sigmod'");
        QTest::newRow("export with a malformed range")
            << words("export --range 6 -o /tmp/actlab-never.png") << QByteArray() << QByteArray("malformed --range");
        QTest::newRow("export with an empty range")
            << words("export --range 6:-6 -o /tmp/actlab-never.png") << QByteArray() << QByteArray("A < B");
        QTest::newRow("export with a malformed size")
            << words("export --size 1600by1000 -o /tmp/actlab-never.png") << QByteArray()
            << QByteArray("malformed --size");
        QTest::newRow("export with a tiny size")
            << words("export --size 8x8 -o /tmp/actlab-never.png") << QByteArray() << QByteArray("16 to 20000");
        QTest::newRow("export with a dpi out of range")
            << words("export --dpi 0 -o /tmp/actlab-never.png") << QByteArray() << QByteArray("--dpi must be");
        QTest::newRow("export with a parameter out of range")
            << words("export --param softplus.beta=0 -o /tmp/actlab-never.png") << QByteArray()
            << QByteArray("beta = 0 is outside");
        QTest::newRow("export with a malformed parameter")
            << words("export --param beta=2 -o /tmp/actlab-never.png") << QByteArray()
            << QByteArray("expected FUNCTION.NAME=VALUE");
        // fuzz_commandline: a bad --param value echoed the whole assignment, control characters and all.
        QTest::newRow("export: bad --param value stays on one line")
            << QStringList{u"export"_s, u"--param"_s, u"softplus.beta=\nbig"_s, u"-o"_s, u"/tmp/actlab-never.png"_s}
            << QByteArray() << QByteArray("--param softplus.beta: '?big' is not a number");
        QTest::newRow("export of an unknown view")
            << words("export --view curvs -o /tmp/actlab-never.png") << QByteArray() << QByteArray("unknown view 'curvs'");
        QTest::newRow("export of an unknown theme")
            << words("export --theme neon -o /tmp/actlab-never.png") << QByteArray() << QByteArray("unknown theme 'neon'");
        QTest::newRow("export to an unknown format")
            << words("export -o /tmp/actlab-never.gif") << QByteArray() << QByteArray("unknown figure format");
        QTest::newRow("export into a missing folder")
            << words("export -o /no/such/folder/figure.png") << QByteArray() << QByteArray("cannot write");
        QTest::newRow("export of a missing scene")
            << words("export --scene /no/such/scene.json -o /tmp/actlab-never.png") << QByteArray()
            << QByteArray("cannot read '/no/such/scene.json'");
        QTest::newRow("control characters in a name stay on one line")
            << QStringList{u"bad\nname"_s} << QByteArray() << QByteArray("unknown command 'bad?name'");
        QTest::newRow("version with an argument")
            << words("--version 2") << QByteArray() << QByteArray("unexpected argument '2'");

        // Functions and parameters, for eval and sample alike.
        QTest::newRow("eval: unknown function")
            << words("eval relu7") << QByteArray("1\n") << QByteArray("unknown function 'relu7'");
        QTest::newRow("sample: unknown function") << words("sample swishy") + sampleRange << QByteArray()
                                                  << QByteArray("unknown function 'swishy'");
        QTest::newRow("eval: no function")
            << words("eval") << QByteArray("1\n") << QByteArray("missing FUNCTION");
        QTest::newRow("sample: no function")
            << words("sample") + sampleRange << QByteArray() << QByteArray("missing FUNCTION");
        // Typed formulas (--expr): a syntax error names its column, an unknown name lists the known.
        QTest::newRow("eval: formula syntax error")
            << words("eval --expr x*tanh(log(1+exp(x))") << QByteArray("1\n")
            << QByteArray("--expr: expected ')' but the formula ends at column 21");
        QTest::newRow("eval: formula with an unknown function")
            << words("eval --expr x*tahn(x)") << QByteArray("1\n")
            << QByteArray("--expr: unknown function 'tahn' (known: exp, log,");
        QTest::newRow("eval: formula with an unknown parameter")
            << words("eval --expr a*x --param b=2") << QByteArray("1\n")
            << QByteArray("unknown parameter 'b' for the formula (it takes a)");
        QTest::newRow("eval: formula parameter not finite")
            << words("eval --expr a*x --param a=inf") << QByteArray("1\n")
            << QByteArray("--param a must be finite");
        QTest::newRow("eval: function and formula") << words("eval relu --expr x") << QByteArray("1\n")
                                                    << QByteArray("give FUNCTION or --expr FORMULA, not both");
        QTest::newRow("sample: formula with kinks") << words("sample --expr abs(x) --with-kinks") + sampleRange
                                                    << QByteArray() << QByteArray("--with-kinks needs a built-in");
        QTest::newRow("sample: formula over 1,000 characters")
            << (QStringList{u"sample"_s, u"--expr"_s, QString(1001, u'x')} + sampleRange) << QByteArray()
            << QByteArray("--expr: formula longer than 1000 characters (1001)");
        QTest::newRow("eval: two functions")
            << words("eval relu tanh") << QByteArray("1\n") << QByteArray("unexpected argument 'tanh'");
        QTest::newRow("eval: unknown parameter") << words("eval relu --param beta=2") << QByteArray("1\n")
                                                 << QByteArray("unknown parameter 'beta' for relu");
        QTest::newRow("sample: unknown parameter")
            << words("sample softplus --param alpha=2") + sampleRange << QByteArray()
            << QByteArray("unknown parameter 'alpha' for softplus");
        QTest::newRow("parameter below range") << words("eval softplus --param beta=0") << QByteArray("1\n")
                                               << QByteArray("beta = 0 is outside [0.01, 100]");
        QTest::newRow("parameter above range")
            << words("eval leaky_relu --param negative_slope=1.5") << QByteArray("1\n")
            << QByteArray("negative_slope = 1.5 is outside [0, 1]");
        QTest::newRow("parameter nan") << words("eval elu --param alpha=nan") << QByteArray("1\n")
                                       << QByteArray("alpha = nan is outside");
        QTest::newRow("parameter inf") << words("eval hardtanh --param max_val=inf") << QByteArray("1\n")
                                       << QByteArray("max_val = inf is outside");
        QTest::newRow("sample: parameter out of range")
            << words("sample hardtanh --param min_val=0") + sampleRange << QByteArray()
            << QByteArray("min_val = 0 is outside");
        QTest::newRow("parameter not a number")
            << words("eval softplus --param beta=big") << QByteArray("1\n")
            << QByteArray("--param beta: 'big' is not a number");
        QTest::newRow("parameter without value")
            << words("eval softplus --param beta") << QByteArray("1\n")
            << QByteArray("malformed --param 'beta' (expected NAME=VALUE)");
        QTest::newRow("parameter without name")
            << words("eval softplus --param =2") << QByteArray("1\n") << QByteArray("malformed --param '=2'");
        QTest::newRow("duplicate parameter") << words("eval softplus --param beta=1 --param beta=2")
                                             << QByteArray("1\n") << QByteArray("duplicate parameter 'beta'");
        QTest::newRow("--param at the end") << words("eval softplus --param") << QByteArray("1\n")
                                            << QByteArray("option --param needs a value");

        // Numbers on stdin: the message names the line, and the good lines before are not printed.
        QTest::newRow("eval: bad token on line 3") << words("eval relu") << QByteArray("1\n2\n3 abc 4\n")
                                                   << QByteArray("line 3: 'abc' is not a number");
        QTest::newRow("eval: trailing garbage")
            << words("eval relu") << QByteArray("1x\n") << QByteArray("line 1: '1x'");
        QTest::newRow("eval: blank lines count")
            << words("eval tanh") << QByteArray("\n\n1\n\n--2\n") << QByteArray("line 5: '--2'");
        QTest::newRow("eval: exponent without digits")
            << words("eval relu") << QByteArray("0\n1e\n") << QByteArray("line 2: '1e'");
        QTest::newRow("eval: commas")
            << words("eval relu") << QByteArray("1,2\n") << QByteArray("line 1: '1,2'");
        QTest::newRow("eval: two signs") << words("eval relu") << QByteArray("+-1\n") << QByteArray("line 1");
        QTest::newRow("eval: good lines around a bad one")
            << words("eval sigmoid") << QByteArray("0.5\n1\nfoo\n2\n") << QByteArray("line 3: 'foo'");
        QTest::newRow("eval: no final newline")
            << words("eval sigmoid") << QByteArray("0.5\n1 nope") << QByteArray("line 2");
        // fuzz_numberreader: "0xinf" and "0Xnan" were read as inf and nan; C reads a 0 followed by junk.
        QTest::newRow("eval: hex prefix before inf")
            << words("eval relu") << QByteArray("1\n0xinf\n") << QByteArray("line 2: '0xinf' is not a number");
        QTest::newRow("softmax: hex prefix before nan")
            << words("softmax") << QByteArray("0Xnan 1\n") << QByteArray("line 1: '0Xnan' is not a number");
        QTest::newRow("eval: long token shortened")
            << words("eval relu") << QByteArray(200, 'z')
            << QByteArray("line 1: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz...'");
        QTest::newRow("eval: NUL byte") << words("eval relu") << QByteArray("1\n\0" "2\n", 5)
                                        << QByteArray("line 2: '?2' is not a number");
        QTest::newRow("eval: bytes that are not UTF-8")
            << words("eval relu") << QByteArray("1\n\xff\xfe" "3\n") << QByteArray("line 2: '?" "?3' is not a number");
        QTest::newRow("eval: UTF-8 letters are shown")
            << words("eval relu") << QByteArray("\xcf\x83(1)\n") << QByteArray("line 1: '\xcf\x83(1)' is not a number");
        QTest::newRow("eval: shortened on a character boundary")
            << words("eval relu") << QByteArray(39, 'z') + QByteArray("\xcf\x83\xcf\x83")
            << QByteArray("'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\xcf\x83...'");
        QTest::newRow("softmax: a lone UTF-8 lead byte at the end")
            << words("softmax") << QByteArray("1 2\xe2\x88") << QByteArray("line 1: '2?" "?' is not a number");
        QTest::newRow("export larger than 20000 pixels")
            << words("export --view curves --size 30000x100 -o big.png") << QByteArray() << QByteArray("--size");

        // sample's range and options.
        QTest::newRow("one point") << words("sample relu --from -1 --to 1 --points 1") << QByteArray()
                                   << QByteArray("--points must be at least 2");
        QTest::newRow("zero points") << words("sample relu --from -1 --to 1 --points 0") << QByteArray()
                                     << QByteArray("--points must be at least 2");
        QTest::newRow("negative points") << words("sample relu --from -1 --to 1 --points -5") << QByteArray()
                                         << QByteArray("--points must be at least 2");
        QTest::newRow("fractional points")
            << words("sample relu --from -1 --to 1 --points 2.5") << QByteArray()
            << QByteArray("--points: '2.5' is not a whole number");
        QTest::newRow("too many points") << words("sample relu --from -1 --to 1 --points 10000001")
                                         << QByteArray() << QByteArray("--points must be at most 10000000");
        QTest::newRow("points overflow")
            << words("sample relu --from -1 --to 1 --points 99999999999999999999") << QByteArray()
            << QByteArray("is out of range");
        QTest::newRow("from equals to") << words("sample relu --from 1 --to 1 --points 3") << QByteArray()
                                        << QByteArray("--from must be less than --to");
        QTest::newRow("from above to") << words("sample relu --from 2 --to -2 --points 3") << QByteArray()
                                       << QByteArray("--from must be less than --to");
        QTest::newRow("from nan") << words("sample relu --from nan --to 1 --points 3") << QByteArray()
                                  << QByteArray("must be finite");
        QTest::newRow("to inf") << words("sample relu --from 0 --to inf --points 3") << QByteArray()
                                << QByteArray("must be finite");
        QTest::newRow("from -inf") << words("sample relu --from -inf --to 0 --points 3") << QByteArray()
                                   << QByteArray("must be finite");
        QTest::newRow("from not a number") << words("sample relu --from zero --to 1 --points 3")
                                           << QByteArray() << QByteArray("--from: 'zero' is not a number");
        QTest::newRow("no --from") << words("sample relu --to 1 --points 3") << QByteArray()
                                   << QByteArray("missing option --from");
        QTest::newRow("no --to") << words("sample relu --from 0 --points 3") << QByteArray()
                                 << QByteArray("missing option --to");
        QTest::newRow("no --points") << words("sample relu --from 0 --to 1") << QByteArray()
                                     << QByteArray("missing option --points");
        QTest::newRow("--from at the end") << words("sample relu --to 1 --points 3 --from") << QByteArray()
                                           << QByteArray("option --from needs a value");
        QTest::newRow("--from before another option")
            << words("sample relu --from --to 1 --points 3") << QByteArray()
            << QByteArray("option --from needs a value");
        QTest::newRow("--from= empty") << words("sample relu --from= --to 1 --points 3") << QByteArray()
                                       << QByteArray("option --from needs a value");
        QTest::newRow("duplicate --from") << words("sample relu --from 0 --from 0.5 --to 1 --points 3")
                                          << QByteArray() << QByteArray("duplicate option --from");
        QTest::newRow("duplicate --with-kinks")
            << words("sample relu --with-kinks --with-kinks") + sampleRange << QByteArray()
            << QByteArray("duplicate option --with-kinks");
        QTest::newRow("duplicate --format") << words("sample relu --format csv --format=json") + sampleRange
                                            << QByteArray() << QByteArray("duplicate option --format");
        QTest::newRow("unknown format") << words("sample relu --format xml") + sampleRange << QByteArray()
                                        << QByteArray("unknown format 'xml'");
        QTest::newRow("unknown option") << words("sample relu --bogus") + sampleRange << QByteArray()
                                        << QByteArray("unknown option '--bogus' for sample");
        QTest::newRow("flag with a value")
            << words("sample relu --with-kinks=yes") + sampleRange << QByteArray()
            << QByteArray("option --with-kinks takes no value");
        QTest::newRow("eval: unknown option") << words("eval relu --from 0") << QByteArray("1\n")
                                              << QByteArray("unknown option '--from' for eval");

        // list.
        QTest::newRow("list: unknown option")
            << words("list --xml") << QByteArray() << QByteArray("unknown option '--xml'");
        QTest::newRow("list: argument")
            << words("list relu") << QByteArray() << QByteArray("unexpected argument 'relu'");
        QTest::newRow("list: duplicate --json")
            << words("list --json --json") << QByteArray() << QByteArray("duplicate option --json");

        // softmax.
        QTest::newRow("temperature zero") << words("softmax --temperature 0") << QByteArray("1 2\n")
                                          << QByteArray("--temperature must be positive and finite");
        QTest::newRow("temperature negative") << words("softmax --temperature -1") << QByteArray("1 2\n")
                                              << QByteArray("--temperature must be positive and finite");
        QTest::newRow("temperature inf") << words("softmax --temperature inf") << QByteArray("1 2\n")
                                         << QByteArray("--temperature must be positive and finite");
        QTest::newRow("temperature nan") << words("softmax --temperature nan") << QByteArray("1 2\n")
                                         << QByteArray("--temperature must be positive and finite");
        QTest::newRow("temperature not a number") << words("softmax --temperature hot") << QByteArray("1 2\n")
                                                  << QByteArray("--temperature: 'hot' is not a number");
        QTest::newRow("temperature without value") << words("softmax --temperature") << QByteArray("1 2\n")
                                                   << QByteArray("option --temperature needs a value");
        QTest::newRow("duplicate temperature")
            << words("softmax --temperature 1 --temperature 2") << QByteArray("1 2\n")
            << QByteArray("duplicate option --temperature");
        QTest::newRow("softmax: argument")
            << words("softmax relu") << QByteArray("1 2\n") << QByteArray("unexpected argument 'relu'");
        QTest::newRow("softmax: bad token on line 2")
            << words("softmax --jacobian") << QByteArray("1 2\n3 x\n")
            << QByteArray("line 2: 'x' is not a number");
        QTest::newRow("softmax: nan logit on line 3")
            << words("softmax") << QByteArray("1 2\n\n3 nan\n") << QByteArray("line 3: a logit is nan");
        QByteArray tooLong;
        for (int i = 0; i < 4097; ++i) {
            tooLong += "0.5 ";
        }
        QTest::newRow("softmax: 4097 logits")
            << words("softmax") << QByteArray("1\n") + tooLong + "\n"
            << QByteArray("line 2: a logit vector holds at most 4096 numbers (got 4097)");

        // maxout.
        QTest::newRow("maxout: no --units")
            << words("maxout --group-size 2") << QByteArray("1\n") << QByteArray("missing option --units");
        QTest::newRow("maxout: no --group-size")
            << words("maxout --units 1:0") << QByteArray("1\n") << QByteArray("missing option --group-size");
        QTest::newRow("group size zero") << words("maxout --units 1:0 --group-size 0") << QByteArray("1\n")
                                         << QByteArray("--group-size must be at least 1");
        QTest::newRow("group size negative")
            << words("maxout --units 1:0 --group-size -2") << QByteArray("1\n")
            << QByteArray("--group-size must be at least 1");
        QTest::newRow("group size fractional")
            << words("maxout --units 1:0 --group-size 1.5") << QByteArray("1\n")
            << QByteArray("--group-size: '1.5' is not a whole number");
        QTest::newRow("unit without bias") << words("maxout --units 1 --group-size 1") << QByteArray("1\n")
                                           << QByteArray("malformed --units entry '1'");
        QTest::newRow("unit with three parts")
            << words("maxout --units 1:0,1:2:3 --group-size 1") << QByteArray("1\n")
            << QByteArray("malformed --units entry '1:2:3'");
        QTest::newRow("unit not numbers") << words("maxout --units a:b --group-size 1") << QByteArray("1\n")
                                          << QByteArray("malformed --units entry 'a:b'");
        QTest::newRow("unit without weight") << words("maxout --units :1 --group-size 1") << QByteArray("1\n")
                                             << QByteArray("malformed --units entry ':1'");
        QTest::newRow("trailing comma") << words("maxout --units 1:0, --group-size 1") << QByteArray("1\n")
                                        << QByteArray("malformed --units entry ''");
        QTest::newRow("empty units") << QStringList{u"maxout"_s, u"--units"_s, QString(), u"--group-size"_s,
                                                    u"1"_s}
                                     << QByteArray("1\n") << QByteArray("option --units needs a value");
        QTest::newRow("infinite weight") << words("maxout --units inf:0 --group-size 1") << QByteArray("1\n")
                                         << QByteArray("--units: unit 0 has a weight that is not finite");
        QTest::newRow("nan bias") << words("maxout --units 1:0,2:nan --group-size 1") << QByteArray("1\n")
                                  << QByteArray("--units: unit 1 has a bias that is not finite");
        QTest::newRow("duplicate units") << words("maxout --units 1:0 --units 2:0 --group-size 1")
                                         << QByteArray("1\n") << QByteArray("duplicate option --units");
        // fuzz_numberreader: libstdc++ read the hexadecimal exponent "p+-1" as p-1; C stops at the p.
        QTest::newRow("hex exponent with two signs")
            << words("maxout --units 0x1.8p+-1:0 --group-size 1") << QByteArray("1\n")
            << QByteArray("malformed --units entry '0x1.8p+-1:0'");
        QTest::newRow("maxout: bad token on line 2")
            << words("maxout --units 1:0,-1:0 --group-size 2") << QByteArray("1 2\n3 three\n")
            << QByteArray("line 2: 'three'");
    }

    void badInputFailsCleanly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, phrase);
        const Result result = runActlab(arguments, input);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), qPrintable(message("stdout", result.out.left(200))));
        QVERIFY2(result.err.startsWith("actlab: "), qPrintable(message("stderr", result.err)));
        QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1,
                 qPrintable(message("stderr", result.err)));
        QVERIFY2(result.err.contains(phrase), qPrintable(message("stderr", result.err)));
    }

    // fuzz_scene: a scene's view id, function name or path with a newline in it was echoed as is, so the
    // one-line error became two lines.
    void sceneErrorsStayOnOneLine_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("phrase");
        QTest::newRow("view id") << u"scene.json"_s << QByteArray(R"({"actlab_scene": 1, "view": "cur\nves"})")
                                 << QByteArray("view: unknown view 'cur?ves'");
        QTest::newRow("function name")
            << u"scene.json"_s
            << QByteArray(R"({"actlab_scene": 1, "state": {"functions": ["relu\r\nsigmoid"]}})")
            << QByteArray("unknown activation 'relu??sigmoid'");
        QTest::newRow("path") << u"lecture\n.json"_s << QByteArray(R"({"actlab_scene": 1, "view": "curvs"})")
                              << QByteArray("lecture?.json: view: unknown view 'curvs'");
    }

    void sceneErrorsStayOnOneLine()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, phrase);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile scene(dir.filePath(fileName));
        QVERIFY(scene.open(QIODevice::WriteOnly));
        scene.write(json);
        scene.close();
        const Result result = runActlab({u"export"_s, u"--scene"_s, scene.fileName(), u"-o"_s,
                                         dir.filePath(u"figure.png"_s)});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("actlab: ") && result.err.count('\n') == 1 && result.err.endsWith('\n'),
                 qPrintable(message("stderr", result.err)));
        QVERIFY2(result.err.contains(phrase), qPrintable(message("stderr", result.err)));
        QVERIFY(!QFile::exists(dir.filePath(u"figure.png"_s)));
    }

    // A full disk or a closed pipe: the numbers are lost, so the user is told and the status says so.
    void unwritableOutputIsReported()
    {
        QProcess process;
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(QStringLiteral(ACTLAB_BINARY), words("eval relu"));
        QVERIFY(process.waitForStarted());
        process.write("1\n2\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(process.readAllStandardError(), QByteArray("actlab: cannot write to standard output\n"));
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

    void windowWithoutDisplaySaysHow()
    {
        const Result result = runActlab({});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err, QByteArray("actlab: no display found; run the window under a virtual display "
                                        "with: xvfb-run -a actlab\n"));
    }

    void windowRejectsUnknownOptions()
    {
        // Qt takes -platform; what it leaves over is a typo, reported before any window opens.
        const Result result = runActlab(words("-platform offscreen --bogus"));
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.endsWith("actlab: unknown option '--bogus' (see actlab --help)\n"),
                 result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
