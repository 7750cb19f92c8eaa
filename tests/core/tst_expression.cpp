// Typed functions: the parser reads a formula as written (errors name the column), the program
// evaluates f and f′ together in double, float and bfloat16, kinks follow ActLab's left-derivative
// convention, and each of core's 17 activations typed in a stable form agrees with core.

#include "core/activation.h"
#include "core/expression/actlabforms.h"
#include "core/expression/parser.h"
#include "core/expression/program.h"
#include "expressiontesting.h"
#include "testrows.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace actlab;
using namespace actlab::expression;

Q_DECLARE_METATYPE(actlab::expression::Side)

namespace {

using actlab::testing::parsed;

QString errorOf(const std::string& formula)
{
    auto result = parse(formula);
    if (auto* error = std::get_if<ParseError>(&result)) return QString::fromStdString(error->message);
    return QString();
}

}  // namespace

class TestExpression : public QObject {
    Q_OBJECT

private slots:
    void errorsNameTheColumn_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed call") << "x*tanh(log(1+exp(x))"
                                       << "expected ')' but the formula ends at column 21";
        QTest::newRow("missing close before name") << "max(x, 0 x"
                                                   << "missing operator before 'x' (write 2*x, not 2x) at column 10";
        QTest::newRow("implicit product") << "2x" << "missing operator before 'x' (write 2*x, not 2x) at column 2";
        QTest::newRow("unmatched close") << "x)" << "unmatched ')' at column 2";
        QTest::newRow("empty") << "" << "expected a number, x, a name or '(' but the formula ends at column 1";
        QTest::newRow("dangling operator") << "x +" << "expected a number, x, a name or '(' but the formula ends at column 4";
        QTest::newRow("two operators") << "x * / 2" << "expected a number, x, a name or '(' before '/' at column 5";
        QTest::newRow("bad character") << "x # 2" << "unexpected character '#' at column 3";
        QTest::newRow("column counts characters") << "π·x $" << "unexpected character '$' at column 5";
        QTest::newRow("a control character stays on the line") << QStringLiteral("x\u0001")
                                                               << "unexpected character U+0001 at column 2";
        QTest::newRow("newlines are blanks") << "x +\n" << "expected a number, x, a name or '(' but the formula ends at column 5";
        QTest::newRow("malformed number") << "1.2.3" << "malformed number '1.2.3' at column 1";
        QTest::newRow("number too large") << "1e999" << "number '1e999' is too large for a double at column 1";
        QTest::newRow("function without call") << "exp + 1" << "'exp' is a function: write exp(…) at column 1";
        QTest::newRow("arity") << "max(x)" << "max takes 2 arguments, not 1 at column 1";
        QTest::newRow("arity of one") << "exp(x, 1)" << "exp takes 1 argument, not 2 at column 1";
        QTest::newRow("arity of where") << "where(x, 1)" << "where takes 3 arguments, not 2 at column 1";
    }
    void errorsNameTheColumn()
    {
        QFETCH(QString, formula);
        QFETCH(QString, message);
        QCOMPARE(errorOf(formula.toStdString()), message);
    }

    void strayBytesAreNamedByCode()
    {
        // Found by fuzz_expression: a raw byte or a newline quoted into the message broke its line.
        QCOMPARE(errorOf(std::string("x+\xa0")), QStringLiteral("unexpected character byte 0xA0 at column 3"));
        QCOMPARE(errorOf(std::string("x\0", 2)), QStringLiteral("unexpected character U+0000 at column 2"));
    }

    void unknownFunctionListsTheKnownOnes()
    {
        const QString message = errorOf("x*tahn(x)");
        QVERIFY2(message.startsWith(QStringLiteral("unknown function 'tahn' (known: exp, log, sqrt,")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("softplus")));
        QVERIFY(message.endsWith(QStringLiteral(") at column 3")));
    }

    void hostileInputIsRefusedBeforeWork()
    {
        QCOMPARE(errorOf(std::string(1001, 'x')), QStringLiteral("formula longer than 1000 characters (1001)"));
        const std::string deep100 = std::string(100, '(') + "x" + std::string(100, ')');
        QVERIFY(errorOf(deep100).isEmpty());
        const std::string deep101 = std::string(101, '(') + "x" + std::string(101, ')');
        QCOMPARE(errorOf(deep101), QStringLiteral("nested deeper than 100 levels at column 101"));
        QVERIFY(errorOf(std::string(500, '-') + "x").startsWith(QStringLiteral("nested deeper than 100 levels")));
        // Floating point, not exact arithmetic: a tower of powers is inf at once.
        const Program tower(parsed(QStringLiteral("9^(9^9)")));
        QCOMPARE(tower.evaluate(0.0, {}).v, std::numeric_limits<double>::infinity());
    }

    void parametersAreTheFreeNames()
    {
        const Expression e = parsed(QStringLiteral("x + sin(a*x)^2/a + b*pi + e"));
        QCOMPARE(e.parameters, (std::vector<std::string>{"a", "b"}));
    }

    void valuesAndDerivatives_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("df");
        QTest::newRow("power is right-associative") << "2^3^x" << 2.0 << 512.0 << 512.0 * std::log(2.0) * 9 * std::log(3.0);
        QTest::newRow("minus binds looser than power") << "-x^2" << 3.0 << -9.0 << -6.0;
        QTest::newRow("negative exponent") << "x^-1" << 4.0 << 0.25 << -0.0625;
        QTest::newRow("precedence") << "1 + 2*x/4 - x" << 2.0 << 0.0 << -0.5;
        QTest::newRow("constants") << "pi*e*x" << 1.0 << M_PI * M_E << M_PI * M_E;
        QTest::newRow("pasted unicode") << "π·x − 1" << 1.0 << M_PI - 1 << M_PI;
        QTest::newRow("python power") << "x**3" << 2.0 << 8.0 << 12.0;
        QTest::newRow("square at 0") << "x^2" << 0.0 << 0.0 << 0.0;
        QTest::newRow("constant times overflow") << "2*exp(x)" << 800.0 << HUGE_VAL << HUGE_VAL;
        QTest::newRow("tanh' far out is not 0") << "tanh(x)" << 30.0 << std::tanh(30.0) << 4 * std::exp(-60.0) / std::pow(1 + std::exp(-60.0), 2);
        QTest::newRow("sigmoid' far out is not 0") << "sigmoid(x)" << 40.0 << 1.0 << 4.248354255291589e-18;
        QTest::newRow("softplus far left") << "softplus(x)" << -745.0 << 4.9406564584124654e-324 << 4.9406564584124654e-324;
        QTest::newRow("softplus far right") << "softplus(x)" << 1000.0 << 1000.0 << 1.0;
        QTest::newRow("Phi left tail") << "Phi(x)" << -30.0 << 4.906713927148187e-198 << 1.4736461348785475e-196;
        QTest::newRow("as written: x/x") << "x/x" << 0.0 << std::nan("") << std::nan("");
        QTest::newRow("as written: exp(log(x))") << "exp(log(x))" << -1.0 << std::nan("") << std::nan("");
        QTest::newRow("no derivative outside the domain") << "log(x)" << -1.0 << std::nan("") << std::nan("");
        QTest::newRow("nor for atanh(2)") << "atanh(x)" << 2.0 << std::nan("") << std::nan("");
        QTest::newRow("asinh huge") << "asinh(x)" << 1e300 << std::asinh(1e300) << 1e-300;
        QTest::newRow("log1p") << "log1p(x)" << 1e-20 << 1e-20 << 1.0;
        QTest::newRow("expm1") << "expm1(x)" << 1e-20 << 1e-20 << 1.0;
        // PyTorch's softplus with its threshold 20, as written: no NaN where exp overflows.
        QTest::newRow("where, above") << "where(x - 20, x, log1p(exp(x)))" << 800.0 << 800.0 << 1.0;
        QTest::newRow("where, below") << "where(x - 20, x, log1p(exp(x)))" << 1.0 << std::log1p(std::exp(1.0))
                                      << std::exp(1.0) / (1 + std::exp(1.0));
        QTest::newRow("where, at the boundary: else") << "where(x, 2*x, 3*x)" << 0.0 << 0.0 << 3.0;
    }
    void valuesAndDerivatives()
    {
        QFETCH(QString, formula);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(double, df);
        const Dual<double> got = Program(parsed(formula)).evaluate(x, {});
        auto close = [](double a, double b) {
            if (std::isnan(b)) return std::isnan(a);
            if (std::isinf(b)) return a == b;
            return std::fabs(a - b) <= 1e-15 * std::fabs(b) + 1e-320;
        };
        QVERIFY2(close(got.v, f), qPrintable(QStringLiteral("f = %1, expected %2").arg(got.v, 0, 'g', 17).arg(f, 0, 'g', 17)));
        QVERIFY2(close(got.d, df), qPrintable(QStringLiteral("f′ = %1, expected %2").arg(got.d, 0, 'g', 17).arg(df, 0, 'g', 17)));
    }

    void kinksAreOneSided_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::newRow("relu") << "relu(x)" << 0.0 << 0.0 << 0.0 << 1.0;
        QTest::newRow("relu of -x") << "relu(-x)" << 0.0 << 0.0 << -1.0 << 0.0;
        QTest::newRow("abs") << "abs(x)" << 0.0 << 0.0 << -1.0 << 1.0;
        QTest::newRow("abs of 2x") << "abs(2*x)" << 0.0 << 0.0 << -2.0 << 2.0;
        QTest::newRow("max(x, 0)") << "max(x, 0)" << 0.0 << 0.0 << 0.0 << 1.0;
        QTest::newRow("max(0, x): same whatever the order") << "max(0, x)" << 0.0 << 0.0 << 0.0 << 1.0;
        QTest::newRow("max of two slopes") << "max(2*x, x)" << 0.0 << 0.0 << 1.0 << 2.0;
        QTest::newRow("min(x, 0)") << "min(x, 0)" << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("step(0) is relu'(0)") << "step(x)" << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("heaviside") << "heaviside(x)" << 1e-300 << 1.0 << 0.0 << 0.0;
        QTest::newRow("relu6 upper corner") << "min(max(x, 0), 6)" << 6.0 << 6.0 << 1.0 << 0.0;
        QTest::newRow("squared relu") << "max(x, 0)^2" << 0.0 << 0.0 << 0.0 << 0.0;
    }
    void kinksAreOneSided()
    {
        QFETCH(QString, formula);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(double, left);
        QFETCH(double, right);
        const Program program(parsed(formula));
        QCOMPARE(program.evaluate(x, {}, Side::Left).v, f);
        QCOMPARE(program.evaluate(x, {}, Side::Left).d, left);
        QCOMPARE(program.evaluate(x, {}, Side::Right).d, right);
    }

    void precisionsRoundEachOperation()
    {
        const Program reciprocal(parsed(QStringLiteral("1/x")));
        const BFloat16 three(3.0);
        BFloat16 f;
        BFloat16 df;
        reciprocal.evaluate<BFloat16>(std::span(&three, 1), std::span(&f, 1), std::span(&df, 1), {});
        QCOMPARE(f.value(), 0.333984375f);  // 1/3 to bfloat16's 8 significant bits
        const float threeF = 3.0f;
        float ff = 0;
        float dff = 0;
        reciprocal.evaluate<float>(std::span(&threeF, 1), std::span(&ff, 1), std::span(&dff, 1), {});
        QCOMPARE(ff, 1.0f / 3.0f);
        // In float σ′ as written s(1 − s) is 0 from x ≈ 16.6; the stable rule is not.
        const Program naive(parsed(QStringLiteral("sigmoid(x)*(1 - sigmoid(x))")));
        const Program stable(parsed(QStringLiteral("sigmoid(x)")));
        const float seventeen = 17.0f;
        naive.evaluate<float>(std::span(&seventeen, 1), std::span(&ff, 1), std::span(&dff, 1), {});
        QCOMPARE(ff, 0.0f);
        stable.evaluate<float>(std::span(&seventeen, 1), std::span(&ff, 1), std::span(&dff, 1), {});
        QVERIFY(dff > 4e-8f && dff < 4.2e-8f);
        // bfloat16 rounding is to nearest, ties to even.
        QCOMPARE(BFloat16::round(1.00390625f), 1.0f);        // halfway between 1 and 1.0078125: to even
        QCOMPARE(BFloat16::round(1.01171875f), 1.015625f);  // halfway, rounds up to the even one
    }

    void typedBuiltinsAgreeWithCore_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<bool>("fast");  // evaluateFast (libmvec), or evaluate (libm)
        for (const bool fast : {false, true}) {
            for (const Activation& a : activations()) {
                const auto cases = testing::parameterCases(a);
                for (std::size_t i = 0; i < cases.size(); ++i)
                    QTest::newRow(qPrintable(testing::idOf(a) + u' ' + cases[i].label + (fast ? QStringLiteral(" fast") : QString())))
                        << testing::idOf(a) << int(i) << fast;
            }
        }
    }
    void typedBuiltinsAgreeWithCore()
    {
        QFETCH(QString, id);
        QFETCH(int, caseIndex);
        const Activation& a = *findActivation(id.toStdString());
        const ParameterValues p = testing::parameterCases(a)[std::size_t(caseIndex)].values;
        // ActLab's stable form of each built-in (core/expression/actlabforms.h), as the lens runs it.
        const std::string_view formula = actlabForm(id.toStdString());
        QVERIFY2(!formula.empty(), "every activation has a typed form");
        const Expression e = parsed(formula);
        std::vector<double> values;
        for (const std::string& name : e.parameters) {
            const int index = a.parameterIndex(name);
            QVERIFY2(index >= 0, name.c_str());
            values.push_back(p[std::size_t(index)]);
        }
        const Program program(e);
        std::vector<double> x;
        for (int i = -1280; i <= 1280; ++i) x.push_back(i / 64.0);  // [−20, 20], kinks 0, ±1, ±3, 6 included
        std::vector<double> f(x.size()), df(x.size());
        QFETCH(bool, fast);
        if (fast) program.evaluateFast(x, f, df, values);
        else program.evaluate<double>(x, f, df, values);
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double v = a.value(x[i], p);
            const double d = a.derivative(x[i], p);
            QVERIFY2(std::fabs(f[i] - v) <= 1e-12 * std::max(1.0, std::fabs(v)),
                     qPrintable(QStringLiteral("f(%1) = %2, core %3").arg(x[i]).arg(f[i], 0, 'g', 17).arg(v, 0, 'g', 17)));
            QVERIFY2(std::fabs(df[i] - d) <= 1e-12 * std::max(1.0, std::fabs(d)),
                     qPrintable(QStringLiteral("f′(%1) = %2, core %3").arg(x[i]).arg(df[i], 0, 'g', 17).arg(d, 0, 'g', 17)));
        }
    }

    void fastAgreesWithScalar_data()
    {
        QTest::addColumn<QString>("formula");
        for (const char* formula :
             {"x*tanh(log(1+exp(x)))", "x + sin(a*x)^2/a", "sqrt(1 + x^2)*atan(x)", "cosh(x/3)/(2 + sinh(x/4))",
              "erf(x)*erfc(x/2) + asinh(x)", "x^x", "acos(x/50) + asin(x/70) + atanh(x/90) + acosh(2 + x^2)",
              "log1p(x^2)*expm1(-x^2)", "tan(x/4)^3 - Phi(2*x)", "relu(-x) + abs(2*x) - step(x)",
              "max(x, 0)^2 - min(x, 2*x)", "where(x - 1, x, -x)", "1/(1+exp(-x))", "-x/(1 - x)"})
            QTest::newRow(formula) << QString::fromLatin1(formula);
    }
    void fastAgreesWithScalar()
    {
        QFETCH(QString, formula);
        const Expression e = parsed(formula);
        const Program program(e);
        const std::vector<double> parameters(e.parameters.size(), 1.3);
        std::vector<double> x;
        for (int i = -1000; i <= 1000; ++i) x.push_back(i / 64.0);  // kinks and poles at multiples of 1/64
        std::vector<double> f(x.size()), df(x.size()), ff(x.size()), fdf(x.size());
        for (const Side side : {Side::Left, Side::Right}) {
            program.evaluate<double>(x, f, df, parameters, side);
            program.evaluateFast(x, ff, fdf, parameters, side);
            for (std::size_t i = 0; i < x.size(); ++i) {
                for (const auto& [a, b] : {std::pair{f[i], ff[i]}, std::pair{df[i], fdf[i]}}) {
                    // libmvec is within a few ulp of libm per call; a difference of terms can make that
                    // a few hundred ulp of the result (cosh(x/3)/(2 + sinh(x/4))′ at x = −11.25).
                    const bool same = (std::isnan(a) && std::isnan(b)) || a == b ||
                                      std::fabs(a - b) <= 1e-11 * std::max(std::fabs(a), 1e-300);
                    QVERIFY2(same, qPrintable(QStringLiteral("x = %1: %2 against %3").arg(x[i]).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
                }
            }
        }
    }

    void derivativeMatchesFiniteDifferences_data()
    {
        QTest::addColumn<QString>("formula");
        for (const char* formula : {"x*tanh(log(1+exp(x)))", "x + sin(a*x)^2/a", "sqrt(1 + x^2)*atan(x)",
                                    "cosh(x/3)/(2 + sinh(x/4))", "erf(x)*erfc(x/2) + asinh(x)", "x^x",
                                    "acos(x/5) + asin(x/7) + atanh(x/9) + acosh(2 + x^2)", "log1p(x^2)*expm1(-x^2)",
                                    "tan(x/4)^3 - Phi(2*x)"})
            QTest::newRow(formula) << QString::fromLatin1(formula);
    }
    void derivativeMatchesFiniteDifferences()
    {
        QFETCH(QString, formula);
        const Expression e = parsed(formula);
        const Program program(e);
        const std::vector<double> parameters(e.parameters.size(), 1.3);
        for (const double x : {0.3, 0.7, 1.1, 1.9, 2.6}) {
            const double h = 1e-5;
            // Fourth-order central difference: error ~h⁴·f⁽⁵⁾, far below the tolerance.
            const double fd = (-program.evaluate(x + 2 * h, parameters).v + 8 * program.evaluate(x + h, parameters).v -
                               8 * program.evaluate(x - h, parameters).v + program.evaluate(x - 2 * h, parameters).v) /
                              (12 * h);
            const double d = program.evaluate(x, parameters).d;
            QVERIFY2(std::fabs(d - fd) <= 1e-8 * std::max(1.0, std::fabs(d)),
                     qPrintable(QStringLiteral("x = %1: dual %2, finite difference %3").arg(x).arg(d, 0, 'g', 17).arg(fd, 0, 'g', 17)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
