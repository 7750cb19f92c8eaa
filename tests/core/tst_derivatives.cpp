// Every f′ against a high-order central difference of f, for every function and parameter extreme.

#include "core/activation.h"
#include "testrows.h"

#include <QTest>

#include <cmath>

using namespace actlab;

Q_DECLARE_METATYPE(const actlab::Activation*)
Q_DECLARE_METATYPE(actlab::ParameterValues)

class TestDerivatives : public QObject {
    Q_OBJECT
private slots:
    void matchesCentralDifference_data();
    void matchesCentralDifference();
};

void TestDerivatives::matchesCentralDifference_data()
{
    QTest::addColumn<const Activation*>("activation");
    QTest::addColumn<ParameterValues>("parameters");
    for (const Activation& a : activations()) {
        for (const testing::ParameterCase& c : testing::parameterCases(a))
            QTest::newRow(qPrintable(testing::idOf(a) + u' ' + c.label)) << &a << c.values;
    }
}

// Eighth-order central difference: truncation error O(h⁸), so with h ≈ 1e-3 of the function's own scale
// the comparison is limited by rounding in f (≈ ε·|f|/h), not by the formula.
static double centralDifference(const Activation& a, const ParameterValues& p, double x, double h)
{
    static constexpr double kWeights[4] = {4.0 / 5.0, -1.0 / 5.0, 4.0 / 105.0, -1.0 / 280.0};
    double sum = 0;
    for (int k = 1; k <= 4; ++k) sum += kWeights[k - 1] * (a.value(x + k * h, p) - a.value(x - k * h, p));
    return sum / h;
}

void TestDerivatives::matchesCentralDifference()
{
    QFETCH(const Activation*, activation);
    QFETCH(ParameterValues, parameters);
    // The steepest scale any parameter sets (softplus and swish with β = 100 bend within 0.01).
    double scale = 1;
    for (std::size_t i = 0; i < activation->parameters.size(); ++i) {
        if (activation->parameters[i].logScale) scale = std::max(scale, parameters[i]);
    }
    const double h = 1e-3 / scale;
    const Kinks kinks = activation->kinksOf(parameters);
    int checked = 0;
    for (int i = 0; i <= 6000; ++i) {
        const double x = -30.0 + 60.0 * i / 6000.0 + 1e-4;  // off the round kink positions
        // x = 0 is where |x|-based and piecewise definitions join (softsign is only C¹ there), so a stencil
        // across it measures the join, not f′; f′ at such points is pinned by the reference tables.
        bool nearKink = std::fabs(x) <= 5 * h;
        for (std::size_t k = 0; k < kinks.count; ++k) nearKink |= std::fabs(x - kinks.at[k]) <= 5 * h;
        if (nearKink) continue;
        const double exact = activation->derivative(x, parameters);
        const double estimate = centralDifference(*activation, parameters, x, h);
        const double magnitude = std::max({std::fabs(activation->value(x, parameters)), std::fabs(exact), 1.0});
        if (std::fabs(estimate - exact) > 1e-9 * magnitude * scale) {
            QFAIL(qPrintable(QStringLiteral("x = %1: f′ = %2 but the central difference gives %3")
                                 .arg(x, 0, 'g', 17)
                                 .arg(exact, 0, 'g', 17)
                                 .arg(estimate, 0, 'g', 17)));
        }
        ++checked;
    }
    QVERIFY(checked > 5900);
}

QTEST_GUILESS_MAIN(TestDerivatives)
#include "tst_derivatives.moc"
