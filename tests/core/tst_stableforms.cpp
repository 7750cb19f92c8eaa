// "Suggest a stable form": the common rewrites of formulas that overflow or cancel, the text they give
// back (which parses again), and that the lens's failure bands go away after them.

#include "core/expression/formulatext.h"
#include "core/expression/lens.h"
#include "core/expression/parser.h"
#include "core/expression/program.h"
#include "core/expression/stableforms.h"
#include "expressiontesting.h"

#include <QTest>

#include <cmath>

using namespace actlab::expression;

namespace {

using actlab::testing::parsed;

}  // namespace

class TestStableForms : public QObject {
    Q_OBJECT

private slots:
    void formulaTextReadsBack_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("text");
        QTest::newRow("precedence kept minimal") << "(x*2) + (3/(4))" << "x*2 + 3/4";
        QTest::newRow("order of a sum kept") << "x + (1 + x)" << "x + (1 + x)";
        QTest::newRow("right-associative power") << "2^(3^x)" << "2^3^x";
        QTest::newRow("left power kept") << "(2^3)^x" << "(2^3)^x";
        QTest::newRow("sign of a power") << "-x^2" << "-x^2";
        QTest::newRow("power of a sign") << "(-x)^2" << "(-x)^2";
        QTest::newRow("sign in a product") << "2*-x" << "2*(-x)";
        QTest::newRow("digits as typed") << "0.044715*x^3 + 1e-3" << "0.044715*x^3 + 1e-3";
        QTest::newRow("calls and names") << "max(x, a)*pi - e" << "max(x, a)*pi - e";
        QTest::newRow("three arguments") << "where(x-20,x,log1p(exp(x)))" << "where(x - 20, x, log1p(exp(x)))";
    }
    void formulaTextReadsBack()
    {
        QFETCH(QString, formula);
        QFETCH(QString, text);
        const Expression e = parsed(formula.toStdString());
        QCOMPARE(QString::fromStdString(formulaText(e)), text);
        // The text evaluates exactly as the formula did.
        const Program original(e);
        const Program again(parsed(text.toStdString()));
        const std::vector<double> parameters(e.parameters.size(), 0.75);
        for (const double x : {-1.5, 0.25, 2.0})
            QCOMPARE(again.evaluate(x, parameters).v, original.evaluate(x, parameters).v);
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("stable");
        QTest::newRow("softplus") << "log(1+exp(x))" << "softplus(x)";
        QTest::newRow("softplus, other order") << "log(exp(2*x) + 1)/2" << "softplus(2*x)/2";
        QTest::newRow("mish") << "x*tanh(log(1+exp(x)))" << "x*tanh(softplus(x))";
        QTest::newRow("sigmoid") << "1/(1+exp(-x))" << "sigmoid(x)";
        QTest::newRow("sigmoid of -x") << "1/(1+exp(x))" << "sigmoid(-x)";
        QTest::newRow("silu") << "x/(1+exp(-x))" << "x*sigmoid(x)";
        QTest::newRow("sigmoid'") << "exp(-x)/(1+exp(-x))^2" << "sigmoid(x)*sigmoid(-x)";
        QTest::newRow("textbook sigmoid'") << "sigmoid(x)*(1 - sigmoid(x))" << "sigmoid(x)*sigmoid(-x)";
        QTest::newRow("1 + erf") << "x*(1 + erf(x/sqrt(2)))/2" << "x*erfc(-(x/sqrt(2)))/2";
        QTest::newRow("1 - erf") << "1 - erf(x)" << "erfc(x)";
        QTest::newRow("tanh'") << "1 - tanh(x)^2" << "4*(sigmoid(2*x)*sigmoid(-(2*x)))";
        QTest::newRow("expm1") << "exp(x) - 1" << "expm1(x)";
        QTest::newRow("log1p") << "log(1 + x^2)" << "log1p(x^2)";
        QTest::newRow("nothing to do") << "x*sigmoid(x)" << "x*sigmoid(x)";
    }
    void suggestions()
    {
        QFETCH(QString, formula);
        QFETCH(QString, stable);
        const Expression e = parsed(formula.toStdString());
        const StableSuggestion s = suggestStableForm(e);
        QCOMPARE(QString::fromStdString(s.formula), stable);
        QCOMPARE(s.rewrites.empty(), formula == stable);
        // The same function: equal values where the original does not fail.
        const Program original(e);
        const Program rewritten(parsed(s.formula));
        for (const double x : {-3.0, -0.5, 0.4, 2.5}) {
            const double a = original.evaluate(x, {}).v;
            const double b = rewritten.evaluate(x, {}).v;
            QVERIFY2(std::fabs(a - b) <= 1e-13 * std::max(1.0, std::fabs(a)), qPrintable(QStringLiteral("x = %1").arg(x)));
        }
    }

    void suggestionRemovesTheNotANumberBand()
    {
        const Expression written = parsed("1/(1+exp(-x))");
        const Expression stable = parsed(suggestStableForm(written).formula);
        auto notANumbers = [&](const Expression& e) {
            const Lens lens = computeLens({&e, nullptr}, stable, -800, 800, 401, {});
            int count = 0;
            for (const LensError& error : lens.df[std::size_t(Precision::Float64)])
                count += error.failure == Failure::NotANumber;
            return count;
        };
        QVERIFY(notANumbers(written) > 0);  // below about −710, as written
        QCOMPARE(notANumbers(stable), 0);
    }
};

QTEST_GUILESS_MAIN(TestStableForms)
#include "tst_stableforms.moc"
