// A typed formula as one of core's activations: what the curves view, the depth view, scene files and
// `actlab export --function expr:…` see when a user types a function.

#include "core/expression/typedactivation.h"

#include <QTest>

#include <cmath>
#include <variant>
#include <vector>

using namespace actlab;

namespace {

const Activation& typed(const char* formula)
{
    const Activation* activation = findAnyActivation(typedId(formula));
    if (activation == nullptr) qFatal("refused: %s", formula);
    return *activation;
}

QString problemOf(const QString& id)
{
    return QString::fromStdString(activationIdError(id.toStdString()));
}

}  // namespace

class TestTypedActivation : public QObject {
    Q_OBJECT

private slots:
    void idsCarryTheFormula()
    {
        QCOMPARE(typedId("  x*tanh(softplus(x)) "), std::string("expr:x*tanh(softplus(x))"));
        QVERIFY(isTypedId("expr:x"));
        QVERIFY(!isTypedId("relu"));
        const Activation& mish = typed("x*tanh(softplus(x))");
        QCOMPARE(std::string(mish.id), std::string("expr:x*tanh(softplus(x))"));
        // The same id is the same activation: views hold it by reference across edits.
        QCOMPARE(findAnyActivation("expr:x*tanh(softplus(x))"), &mish);
        QCOMPARE(findAnyActivation("relu"), findActivation("relu"));
        QCOMPARE(findAnyActivation("sigmod"), nullptr);
    }

    void namesAndFormulasReadAsMathematics()
    {
        const Activation& square = typed("max(x, 0)^2");
        QCOMPARE(std::string(square.formula).substr(0, 7), std::string("f(x) = "));
        QVERIFY2(std::string(square.derivativeFormula).starts_with("f′(x) = "), square.derivativeFormula.data());
        QVERIFY(!std::string(square.name).empty());
        const auto found = expression::TypedActivation::find("expr:max(x, 0)^2");
        const auto* made = std::get<const expression::TypedActivation*>(found);
        QVERIFY(!made->latex().empty());
        QVERIFY(!made->derivativeLatex().empty());
        QVERIFY(made->symbolicError().empty());
    }

    void freeNamesBecomeParameters()
    {
        const Activation& a = typed("x + sin(a*x)^2/a");
        QCOMPARE(a.parameters.size(), std::size_t(1));
        QCOMPARE(std::string(a.parameters[0].id), std::string("a"));
        QCOMPARE(a.parameters[0].defaultValue, 1.0);
        QCOMPARE(a.defaults()[0], 1.0);
        QCOMPARE(a.parameterIndex("a"), 0);
        QVERIFY(parameterError(a, a.defaults()).empty());
        ParameterValues tooBig = a.defaults();
        tooBig[0] = 11;
        QVERIFY(!parameterError(a, tooBig).empty());
        // x + sin(2x)²/2 at x = 0.3, against the formula evaluated here.
        ParameterValues two = a.defaults();
        two[0] = 2;
        const double expected = 0.3 + std::pow(std::sin(2 * 0.3), 2) / 2;
        QVERIFY(std::fabs(a.value(0.3, two) - expected) <= 1e-15);
        const double slope = 1 + 2 * std::sin(0.6) * std::cos(0.6) * 2 / 2;
        QVERIFY(std::fabs(a.derivative(0.3, two) - slope) <= 1e-15);
    }

    /// A plot's batch runs the vector loops, a probe's single point libm: both the same function.
    void batchesAndSinglePointsAgree_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::newRow("mish") << "x*tanh(softplus(x))";
        QTest::newRow("squared relu") << "max(x, 0)^2";
        QTest::newRow("gelu") << "x*Phi(x)";
        QTest::newRow("parameter") << "x + sin(a*x)^2/a";
    }
    void batchesAndSinglePointsAgree()
    {
        QFETCH(QString, formula);
        const Activation& a = typed(formula.toUtf8().constData());
        std::vector<double> x;
        for (int i = -500; i <= 500; ++i) x.push_back(i / 25.0);
        std::vector<double> f(x.size()), df(x.size());
        const ParameterValues p = a.defaults();
        a.evaluateBatch(x.data(), f.data(), df.data(), x.size(), p);
        for (std::size_t i = 0; i < x.size(); ++i) {
            QVERIFY(std::fabs(f[i] - a.value(x[i], p)) <= 1e-13 * std::max(1.0, std::fabs(f[i])));
            QVERIFY(std::fabs(df[i] - a.derivative(x[i], p)) <= 1e-13 * std::max(1.0, std::fabs(df[i])));
        }
        QCOMPARE(a.kinksOf(p).count, std::size_t(0));
    }

    void refusedFormulasSayWhy_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unclosed") << "expr:x*tanh(log(1+exp(x))"
                                  << "formula: expected ')' but the formula ends at column 21";
        QTest::newRow("empty") << "expr:   " << "formula: the formula is empty";
        QTest::newRow("five parameters")
            << "expr:a*x+b*x+c*x+d*x+g*x"
            << "formula: at most 4 parameters, this formula has 5 (a, b, c, d, g)";
        QTest::newRow("unknown built-in") << "sigmod" << "unknown activation 'sigmod'";
        QTest::newRow("fine") << "expr:x^2" << "";
    }
    void refusedFormulasSayWhy()
    {
        QFETCH(QString, id);
        QFETCH(QString, problem);
        QCOMPARE(problemOf(id), problem);
        QCOMPARE(findAnyActivation(id.toStdString()) == nullptr, !problem.isEmpty());
    }

    void symbolicDerivativeIsCheckedAgainstTheDrawnOne()
    {
        const auto* mish = std::get<const expression::TypedActivation*>(
            expression::TypedActivation::find("expr:x*tanh(softplus(x))"));
        QCOMPARE(mish->derivativeDisagreement(-8, 8, mish->activation().defaults()), std::string());
        // As written, x^2/x is 0/0 at x = 0 (a gap in the drawn curve); GiNaC reads it as x, slope 1.
        // The check reports it rather than letting the panel's f′ = 1 stand unqualified.
        const auto* cancelled = std::get<const expression::TypedActivation*>(
            expression::TypedActivation::find("expr:x^2/x"));
        QCOMPARE(cancelled->derivativeDisagreement(-31, 32, cancelled->activation().defaults()),
                 std::string("at x = 0 GiNaC's f′ is 1 but the formula as written gives NaN"));
    }
};

QTEST_GUILESS_MAIN(TestTypedActivation)
#include "tst_typedactivation.moc"
