// The symbolic side of typed functions: GiNaC's derivative of the formula as typed, printed as
// readable mathematics and as LaTeX, run through the same program and compared with the dual-number
// derivative; exact arithmetic that would explode is refused by going to floating point.

#include "core/expression/parser.h"
#include "core/expression/program.h"
#include "core/expression/symbolic.h"
#include "expressiontesting.h"

#include "core/expression/formulatext.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <random>
#include <string>

using namespace actlab::expression;

namespace {

using actlab::testing::parsed;

/// The parts one after another (GCC 12 warns falsely on "(" + std::string&&).
std::string join(std::initializer_list<std::string> parts)
{
    std::string text;
    for (const std::string& part : parts) text += part;
    return text;
}

/// A random formula in x of at most `depth` levels, from every operator and function.
std::string randomFormula(std::mt19937_64& random, int depth)
{
    static const char* const kUnary[] = {"exp", "sin", "cos", "atan", "tanh", "sigmoid", "softplus", "erf",
                                         "erfc", "Phi", "relu", "abs", "sinh", "asinh", "log1p", "sqrt", "log"};
    std::uniform_int_distribution<int> pick(0, 9);
    const int choice = depth <= 0 ? pick(random) % 2 : pick(random);
    auto sub = [&] { return randomFormula(random, depth - 1); };
    auto digit = [&](int low, int high) { return std::to_string(std::uniform_int_distribution<int>(low, high)(random)); };
    switch (choice) {
    case 0: return "x";
    case 1: return join({digit(1, 9), ".5"});
    case 2: return join({"(", sub(), " + ", sub(), ")"});
    case 3: return join({"(", sub(), " - ", sub(), ")"});
    case 4: return join({"(", sub(), "*", sub(), ")"});
    case 5: return join({"(", sub(), "/(1.5 + ", sub(), "^2))"});
    case 6: return join({"(", sub(), ")^", digit(2, 4)});
    case 7: return join({kUnary[std::uniform_int_distribution<std::size_t>(0, 16)(random)], "(", sub(), ")"});
    case 8: return join({digit(0, 1) == "0" ? "max(" : "min(", sub(), ", ", sub(), ")"});
    default: return join({"-", sub()});
    }
}

Symbolic symbolicOf(const Expression& e)
{
    auto result = differentiate(e);
    if (auto* error = std::get_if<ParseError>(&result)) qFatal("differentiate failed: %s", error->message.c_str());
    return std::get<Symbolic>(std::move(result));
}

}  // namespace

class TestSymbolic : public QObject {
    Q_OBJECT

private slots:
    void readableMathematics_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("derivative");
        QTest::newRow("square") << "x^2" << "x²" << "2x";
        QTest::newRow("silu") << "x*sigmoid(x)" << "x·σ(x)" << "σ(x) + x·σ(x)·σ(−x)";
        QTest::newRow("softplus") << "softplus(x)" << "softplus(x)" << "σ(x)";
        QTest::newRow("squared relu") << "max(x, 0)^2" << "max(x, 0)²" << "2·max(x, 0)·step(x)";
        QTest::newRow("root") << "sqrt(1 + x^2)" << "√(x² + 1)" << "x/√(x² + 1)";
        QTest::newRow("half") << "(1 - x)/2" << "1/2 − x/2" << "−1/2";
        QTest::newRow("abs") << "abs(x)" << "|x|" << "2·step(x) − 1";
        QTest::newRow("gelu") << "x*Phi(x)" << "x·Φ(x)" << "Φ(x) + (√2·x·exp(−x²/2))/(2·√π)";
    }
    void readableMathematics()
    {
        QFETCH(QString, formula);
        QFETCH(QString, text);
        QFETCH(QString, derivative);
        const Symbolic s = symbolicOf(parsed(formula));
        QCOMPARE(QString::fromStdString(s.text), text);
        QCOMPARE(QString::fromStdString(s.derivativeText), derivative);
    }

    void latexForSlides()
    {
        const Symbolic s = symbolicOf(parsed(QStringLiteral("x*sigmoid(x) + abs(x)/2")));
        QVERIFY2(QString::fromStdString(s.latex).contains(QStringLiteral("\\sigma(x)")), s.latex.c_str());
        QVERIFY2(QString::fromStdString(s.latex).contains(QStringLiteral("\\left|x\\right|")), s.latex.c_str());
        QVERIFY2(QString::fromStdString(s.derivativeLatex).contains(QStringLiteral("\\operatorname{step}")),
                 s.derivativeLatex.c_str());
    }

    void symbolicAgreesWithDual_data()
    {
        QTest::addColumn<QString>("formula");
        for (const char* formula :
             {"x*tanh(log(1+exp(x)))", "x + sin(a*x)^2/a", "max(x, 0)^2", "x*sigmoid(beta*x)", "x*Phi(x)",
              "softplus(x) - relu(x)", "abs(x)*erf(x) + erfc(x)", "log1p(x^2) + expm1(-abs(x))",
              "sqrt(1 + x^2)*atan(x) - asinh(x)", "cosh(x/3)/(2 + sinh(x/4))", "min(x, 1 - x) + step(x)",
              "2^x*x^3 + pi*e", "tan(x/4)^3 - cos(x)", "where(x - 1, x^2, exp(x)*x)"})
            QTest::newRow(formula) << QString::fromLatin1(formula);
    }
    void symbolicAgreesWithDual()
    {
        QFETCH(QString, formula);
        const Expression f = parsed(formula);
        const Symbolic s = symbolicOf(f);
        const Program dual(f);
        const Program symbolic(s.derivative);
        const std::vector<double> parameters(f.parameters.size(), 1.7);
        // 64 points over [−6, 6], off the kinks (a tie of max/min is where the two may differ).
        for (int i = 0; i < 64; ++i) {
            const double x = -6 + 12 * (i + 0.5 + 0.1 * std::sqrt(2.0)) / 64;
            const double d = dual.evaluate(x, parameters).d;
            const double fromGinac = symbolic.evaluate(x, parameters).v;
            QVERIFY2(std::fabs(d - fromGinac) <= 1e-12 * std::max(1.0, std::fabs(d)),
                     qPrintable(QStringLiteral("x = %1: dual %2, symbolic %3 (%4)")
                                    .arg(x)
                                    .arg(d, 0, 'g', 17)
                                    .arg(fromGinac, 0, 'g', 17)
                                    .arg(QString::fromStdString(s.derivativeText))));
        }
    }

    void explodingArithmeticIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("message");
        QTest::addColumn<double>("value");  // what the program still evaluates, in floating point
        const QString beyond = QStringLiteral("cannot differentiate symbolically: a constant in the formula is beyond the largest double");
        QTest::newRow("9^(9^9)") << "9^(9^9)*x" << beyond << HUGE_VAL;
        // found by fuzz_expression: CLN's unbounded float exponents allocated 950 GB
        QTest::newRow("2^2^3^3^3") << "2^2^3^3^3 + x" << beyond << HUGE_VAL;
        QTest::newRow("large but finite") << "10^300*10^8*x" << QString() << 1e308;
    }
    void explodingArithmeticIsRefusedAtOnce()
    {
        QFETCH(QString, formula);
        QFETCH(QString, message);
        QFETCH(double, value);
        QElapsedTimer timer;
        timer.start();
        const Expression f = parsed(formula);
        auto result = differentiate(f);
        QVERIFY2(timer.elapsed() < 1000, "exact 9^(9^9) would take 18 s and 800 MB");
        if (message.isEmpty()) QVERIFY(std::holds_alternative<Symbolic>(result));
        else QCOMPARE(QString::fromStdString(std::get<ParseError>(result).message), message);
        QCOMPARE(Program(f).evaluate(1.0, {}).v, value);
    }

    void hugeDerivativesAreRefusedQuickly()
    {
        // Found by fuzz_expression: printing this derivative took over 15 s (exponential in depth).
        QElapsedTimer timer;
        timer.start();
        auto result = differentiate(parsed(QStringLiteral("-x^x^2^x^2^x^-x^x^2^x^2-x")));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        if (auto* error = std::get_if<ParseError>(&result))
            QVERIFY(QString::fromStdString(error->message).startsWith(QStringLiteral("cannot differentiate symbolically: ")));
    }

    void divisionByZeroIsRefusedInOneLine()
    {
        auto result = differentiate(parsed(QStringLiteral("-h/0 + x")));
        QCOMPARE(QString::fromStdString(std::get<ParseError>(result).message),
                 QStringLiteral("cannot differentiate symbolically: division by zero"));
    }

    void zeroToAPowerOfXIsRefusedInOneLine()
    {
        // Found by fuzz_expression ("0^3^Nconx"): GiNaC throws inside its derivative of 0^u.
        auto result = differentiate(parsed(QStringLiteral("0^3^x")));
        QVERIFY(std::holds_alternative<ParseError>(result));
        QCOMPARE(QString::fromStdString(std::get<ParseError>(result).message),
                 QStringLiteral("cannot differentiate symbolically: division by zero"));
    }

    void literalsAreExact()
    {
        // 0.1 is 1/10 to GiNaC, not the double nearest it: 10·0.1·x differentiates to exactly 1.
        QCOMPARE(QString::fromStdString(symbolicOf(parsed(QStringLiteral("10*0.1*x"))).derivativeText), QStringLiteral("1"));
        QCOMPARE(QString::fromStdString(symbolicOf(parsed(QStringLiteral("1.5e-3*x"))).derivativeText), QStringLiteral("3/2000"));
    }
};

QTEST_GUILESS_MAIN(TestSymbolic)
#include "tst_symbolic.moc"
