// Runs the built `actlab` binary with bad input as a user would type it: for every kind, one line on
// stderr naming the problem, exit status 2, nothing on stdout and no file half-written.

#include "tests/cli/runactlab.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using actlab::testing::message;
using actlab::testing::Result;
using actlab::testing::runActlab;
using actlab::testing::words;

class TestCliErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const Result result = runActlab({u"--version"_s});
        QVERIFY2(result.exitStatus == QProcess::NormalExit, qPrintable(message("cannot run", result.err)));
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
        QTest::newRow("export of a typed formula that does not read")
            << QStringList{u"export"_s, u"--function"_s, u"expr:x*tanh(("_s, u"-o"_s, u"/tmp/actlab-never.png"_s}
            << QByteArray() << QByteArray("--function 'expr:x*tanh((': formula: expected a number, x, a name or '(' but the formula ends at column 9");
        QTest::newRow("export with an unknown parameter of a typed formula")
            << QStringList{u"export"_s, u"--function"_s, u"expr:0.5*a*x"_s, u"--param"_s, u"expr:0.5*a*x.b=2"_s,
                           u"-o"_s, u"/tmp/actlab-never.png"_s}
            << QByteArray() << QByteArray("unknown parameter 'b' for expr:0.5*a*x (it takes a)");
        QTest::newRow("export with a typed parameter out of its range")
            << QStringList{u"export"_s, u"--function"_s, u"expr:0.5*a*x"_s, u"--param"_s, u"expr:0.5*a*x.a=11"_s,
                           u"-o"_s, u"/tmp/actlab-never.png"_s}
            << QByteArray() << QByteArray("expr:0.5*a*x: a = 11 is outside [-10, 10]");
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

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"
