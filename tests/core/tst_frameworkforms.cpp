// The framework forms: every textbook, PyTorch and TensorFlow formula parses, uses only its activation's
// parameters, is the same function as core's activation (only the floating point differs), and the lens
// shows the failures the frameworks are known for.

#include "core/activation.h"
#include "core/expression/frameworkforms.h"
#include "core/expression/lens.h"
#include "core/expression/parser.h"
#include "core/expression/program.h"
#include "expressiontesting.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace actlab::expression;

Q_DECLARE_METATYPE(actlab::expression::Precision)
Q_DECLARE_METATYPE(actlab::expression::Failure)

namespace {

using actlab::testing::parsed;

/// The expression's parameters in its own order, at the activation's defaults.
std::vector<double> defaultsFor(const Expression& e, const actlab::Activation& activation)
{
    const actlab::ParameterValues defaults = activation.defaults();
    std::vector<double> values;
    for (const std::string& name : e.parameters)
        values.push_back(defaults[std::size_t(activation.parameterIndex(name))]);
    return values;
}

const FrameworkForm* findForm(std::string_view id, std::string_view family)
{
    for (const FrameworkForm& form : frameworkForms(id)) {
        if (form.family == family) return &form;
    }
    return nullptr;
}

/// Points of [−5, 5] that stay clear of every kink (0, ±1, ±3, 6).
std::vector<double> moderatePoints()
{
    std::vector<double> xs;
    for (int k = 0; k <= 26; ++k) xs.push_back(-4.9 + 0.37 * k);
    return xs;
}

bool hasThreshold(const Lens& lens, Precision precision, bool derivative, Failure failure, double low,
                  double high, double* at)
{
    for (const LensThreshold& t : lens.thresholds) {
        if (t.precision != precision || t.derivative != derivative || t.failure != failure) continue;
        *at = t.x;
        if (t.x >= low && t.x <= high) return true;
    }
    return false;
}

}  // namespace

class TestFrameworkForms : public QObject {
    Q_OBJECT

private slots:
    void everyActivationHasTextbookAndPyTorch()
    {
        for (const actlab::Activation& activation : actlab::activations()) {
            const auto forms = frameworkForms(activation.id);
            QVERIFY2(forms.size() >= 2, activation.id.data());
            QVERIFY(forms[0].family == "textbook");
            QVERIFY(forms[1].family == "PyTorch");
            for (const FrameworkForm& form : forms) QVERIFY(!form.source.empty());
        }
        QVERIFY(frameworkForms("no_such_activation").empty());
        std::size_t total = 0;
        for (const actlab::Activation& activation : actlab::activations())
            total += frameworkForms(activation.id).size();
        QCOMPARE(total, allFrameworkForms().size());  // grouped: every form is found through its id
    }

    void sameFunctionAsCore_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        QTest::addColumn<double>("dfTolerance");
        for (const FrameworkForm& form : allFrameworkForms()) {
            // PyTorch's hardsigmoid backward multiplies by `scalar_t one_sixth(1.0f / 6.0f)`, a float 1/6
            // even in double: 3e-8 relative off, checked exactly below.
            const bool floatSixth = form.activationId == "hardsigmoid" && form.family == "PyTorch";
            const QString row =
                QString::fromUtf8(form.activationId.data(), qsizetype(form.activationId.size())) +
                QLatin1Char(' ') + QString::fromUtf8(form.family.data(), qsizetype(form.family.size()));
            QTest::newRow(qPrintable(row))
                << QString::fromUtf8(form.activationId.data(), qsizetype(form.activationId.size()))
                << QString::fromUtf8(form.family.data(), qsizetype(form.family.size()))
                << (floatSixth ? 1e-7 : 1e-9);
        }
    }
    void sameFunctionAsCore()
    {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QFETCH(double, dfTolerance);
        const actlab::Activation* activation = actlab::findActivation(id.toStdString());
        QVERIFY(activation != nullptr);
        const FrameworkForm* form = findForm(id.toStdString(), family.toStdString());
        QVERIFY(form != nullptr);

        const Expression f = parsed(form->f);
        const Expression df = parsed(form->derivative);
        for (const Expression* e : {&f, &df}) {
            for (const std::string& name : e->parameters)
                QVERIFY2(activation->parameterIndex(name) >= 0,
                         qPrintable(QString::fromStdString("unknown parameter " + name)));
        }
        const Program fProgram(f);
        const Program dfProgram(df);
        const std::vector<double> fParameters = defaultsFor(f, *activation);
        const std::vector<double> dfParameters = defaultsFor(df, *activation);
        const actlab::ParameterValues p = activation->defaults();
        for (const double x : moderatePoints()) {
            const double v = activation->value(x, p);
            const double d = activation->derivative(x, p);
            const double fv = fProgram.evaluate(x, fParameters).v;
            const double dv = dfProgram.evaluate(x, dfParameters).v;
            QVERIFY2(
                std::fabs(fv - v) <= 1e-9 * std::max(1.0, std::fabs(v)),
                qPrintable(
                    QStringLiteral("f(%1) = %2, core %3").arg(x).arg(fv, 0, 'g', 17).arg(v, 0, 'g', 17)));
            QVERIFY2(
                std::fabs(dv - d) <= dfTolerance * std::max(1.0, std::fabs(d)),
                qPrintable(
                    QStringLiteral("f'(%1) = %2, core %3").arg(x).arg(dv, 0, 'g', 17).arg(d, 0, 'g', 17)));
        }
    }

    void pyTorchHardsigmoidGradientIsFloatSixth()
    {
        const FrameworkForm* form = findForm("hardsigmoid", "PyTorch");
        QVERIFY(form != nullptr);
        const Program df(parsed(form->derivative));
        QCOMPARE(df.evaluate(0.5, {}).v, double(1.0f / 6.0f));
        QVERIFY(df.evaluate(0.5, {}).v != 1.0 / 6.0);
    }

    void pyTorchBackwardsAreTheKernels()
    {
        // The scalar paths of PyTorch's double kernels, written out in C++: the formulas must give the
        // very same doubles (same operations, same order).
        const auto form = [](std::string_view id) {
            return Program(parsed(findForm(id, "PyTorch")->derivative));
        };
        const Program sigmoid = form("sigmoid");
        const Program tanh = form("tanh");
        const Program softplus = form("softplus");
        const Program gelu = form("gelu");
        const std::vector<double> beta{1.0};
        for (const double x : {-30.5, -3.7, -0.3, 0.45, 2.2, 17.3, 25.0}) {
            const double s = 1.0 / (1.0 + std::exp(-x));               // UnaryOpsKernel.cpp:58
            QCOMPARE(sigmoid.evaluate(x, {}).v, 1.0 * (1.0 - s) * s);  // BinaryOpsKernel.cpp:855
            const double t = std::tanh(x);
            QCOMPARE(tanh.evaluate(x, {}).v, 1.0 * (1.0 - t * t));  // BinaryOpsKernel.cpp:952
            const double z = std::exp(x * 1.0);                     // Activation.cpp:1063-1064
            QCOMPARE(softplus.evaluate(x, beta).v, (x * 1.0) > 20.0 ? 1.0 : 1.0 * z / (z + 1.0));
            const double cdf = 0.5 * (1.0 + std::erf(x * M_SQRT1_2));  // Activation.cpp:538-543
            const double pdf = (M_2_SQRTPI * M_SQRT1_2 * 0.5) * std::exp(x * x * -0.5);
            QCOMPARE(gelu.evaluate(x, {}).v, 1.0 * (cdf + x * pdf));
        }
    }

    void knownFailures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<Precision>("precision");
        QTest::addColumn<bool>("derivative");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // 1/(1 + e^−x) rounds to 1 once e^−x ≤ 2⁻⁵³ (x ≥ 53 ln 2 = 36.74) in float64, 2⁻²⁴ (16.64) in
        // float32.
        QTest::newRow("PyTorch sigmoid backward is 0 from 36.7 in float64")
            << "sigmoid"
            << "PyTorch"
            << "sigmoid(x)" << 0.0 << 50.0 << Precision::Float64 << true << Failure::Underflow << 36.6
            << 36.8;
        QTest::newRow("PyTorch sigmoid backward is 0 from 16.6 in float32")
            << "sigmoid"
            << "PyTorch"
            << "sigmoid(x)" << 0.0 << 50.0 << Precision::Float32 << true << Failure::Underflow << 16.5
            << 16.7;
        // tanh(x) rounds to 1 once 2e^−2x < 2⁻⁵⁴: x > 55 ln 2 / 2 = 19.06.
        QTest::newRow("PyTorch tanh backward is 0 from 19.06 in float64")
            << "tanh"
            << "PyTorch"
            << "tanh(x)" << 0.0 << 30.0 << Precision::Float64 << true << Failure::Underflow << 19.0 << 19.1;
        // log(DBL_MAX) = 709.782712893384
        QTest::newRow("textbook softplus overflows above 709.78")
            << "softplus"
            << "textbook"
            << "softplus(beta*x)/beta" << 700.0 << 720.0 << Precision::Float64 << false << Failure::Overflow
            << 709.7827128933 << 709.7827128934;
        // eˣ − 1 = −1 once eˣ ≤ 2⁻⁵⁴: x ≤ −54 ln 2 = −37.43; then + 1 is 0.
        QTest::newRow("TensorFlow elu backward is 0 below -37.4 in float64")
            << "elu"
            << "TensorFlow"
            << "where(x, x, alpha*expm1(x))" << -50.0 << -30.0 << Precision::Float64 << true
            << Failure::Underflow << -37.5 << -37.3;
    }
    void knownFailures()
    {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QFETCH(QString, reference);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(Precision, precision);
        QFETCH(bool, derivative);
        QFETCH(Failure, failure);
        QFETCH(double, low);
        QFETCH(double, high);
        const FrameworkForm* form = findForm(id.toStdString(), family.toStdString());
        QVERIFY(form != nullptr);
        const Expression f = parsed(form->f);
        const Expression df = parsed(form->derivative);
        const Expression truth = parsed(reference.toStdString());
        QVERIFY(truth.parameters == f.parameters);
        QVERIFY(df.parameters == f.parameters);
        const actlab::Activation* activation = actlab::findActivation(id.toStdString());
        const Lens lens = computeLens({&f, &df}, truth, from, to, 201, defaultsFor(f, *activation));
        double at = std::nan("");
        QVERIFY2(hasThreshold(lens, precision, derivative, failure, low, high, &at),
                 qPrintable(QStringLiteral("threshold at %1").arg(at, 0, 'g', 17)));
    }

    void pyTorchSoftplusNeverOverflows()
    {
        // The threshold 20 returns x itself past βx = 20: no exp(1000), no NaN, up to x = 1000.
        const FrameworkForm* form = findForm("softplus", "PyTorch");
        QVERIFY(form != nullptr);
        const Expression f = parsed(form->f);
        const Expression df = parsed(form->derivative);
        const Expression truth = parsed("softplus(beta*x)/beta");
        const Lens lens = computeLens({&f, &df}, truth, 0, 1000, 201, std::vector<double>{1.0});
        const auto f64 = std::size_t(Precision::Float64);
        for (std::size_t i = 0; i < lens.x.size(); ++i) {
            for (const LensError& e : {lens.f[f64][i], lens.df[f64][i]}) {
                QVERIFY2(e.failure != Failure::Overflow && e.failure != Failure::NotANumber,
                         qPrintable(QStringLiteral("at x = %1").arg(lens.x[i])));
                QVERIFY(std::isfinite(e.computed));
            }
        }
        // ... while the textbook log(1 + exp(x)) is inf there.
        const FrameworkForm* textbook = findForm("softplus", "textbook");
        const Expression g = parsed(textbook->f);
        QVERIFY(std::isinf(Program(g).evaluate(1000.0, std::vector<double>{1.0}).v));
    }
};

QTEST_GUILESS_MAIN(TestFrameworkForms)
#include "tst_frameworkforms.moc"
