// The numerics lens shows what core's lens computes: where each format fails, in words a user reads off
// the figure (PyTorch's sigmoid backward is 0 from x = 36.74 in float64), that ActLab's stable form does
// not, that "Suggest a stable form" removes a typed formula's NaN band in one undoable step, that a
// syntax error names its column and changes nothing, and that the state survives JSON and refuses bad
// JSON in one line.

#include "core/activation.h"
#include "core/expression/actlabforms.h"
#include "core/expression/frameworkforms.h"
#include "core/expression/lens.h"
#include "core/expression/parser.h"
#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/common/undorecorder.h"
#include "ui/export/figureexport.h"
#include "ui/lens/lenscontrols.h"
#include "ui/lens/lensforms.h"
#include "ui/lens/lensnumbers.h"
#include "ui/lens/lensplot.h"
#include "ui/lens/lensstatejson.h"
#include "ui/lens/lensview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <optional>
#include <variant>

using namespace actlab;
using expression::Precision;
using Band = LensPlot::Band;

namespace {

constexpr int kComputeTimeoutMs = 60000;

/// The x a threshold sentence gives for `format`: "… from x = 36.74 in float64 …" → 36.74.
std::optional<double> thresholdIn(const QStringList& sentences, const QString& verb, const QString& format)
{
    const QRegularExpression part(QStringLiteral("x = (−?[0-9.]+) in ") + format + QStringLiteral("\\b"));
    for (const QString& sentence : sentences) {
        if (!sentence.contains(verb)) continue;
        const QRegularExpressionMatch match = part.match(sentence);
        if (match.hasMatch())
            return QString(match.captured(1)).replace(QStringLiteral("−"), QStringLiteral("-")).toDouble();
    }
    return std::nullopt;
}

bool hasBand(const LensPlot& plot, bool derivative, Band::Kind kind, std::optional<Precision> precision = {})
{
    for (const Band& band : plot.bands()) {
        if (band.derivative == derivative && band.kind == kind &&
            (!precision || band.precision == *precision))
            return true;
    }
    return false;
}

LensState sigmoidState(LensForm form, std::vector<LensForm> overlays = {})
{
    LensState state;
    state.activationId = "sigmoid";
    state.form = form;
    state.overlays = std::move(overlays);
    state.from = -40;
    state.to = 40;
    state.panels = LensPanels::Derivative;
    return state;
}

LensState typedState(const std::string& formula, double from, double to)
{
    LensState state;
    state.typed = true;
    state.formula = formula;
    state.from = from;
    state.to = to;
    state.overlays.clear();
    return state;
}

}  // namespace

class TestLensView : public QObject {
    Q_OBJECT

private slots:
    void pyTorchSigmoidBackwardIsZeroPastItsThresholds();
    void actlabsStableFormHasNoFailureBand();
    void overlaysCarryTheirWorstErrorInTheKey();
    void typedSigmoidHasANaNBandThatSuggestRemoves();
    void syntaxErrorNamesItsColumnAndChangesNothing();
    void exactResultsSitOnTheZeroRowAndOverflowOnInfinity();
    void everyFormOfEveryActivationCanBeExamined_data();
    void everyFormOfEveryActivationCanBeExamined();
    void computingDoesNotHoldTheEdit();
    void bothPanelsShowFAndDerivative();
    void stateRoundTrips();
    void restoreRejectsBadJsonInOneLine_data();
    void restoreRejectsBadJsonInOneLine();
    void exportWaitsForTheNumbers();

private:
    static bool waitForNumbers(LensView& view)
    {
        return QTest::qWaitFor([&] { return !view.isComputing(); }, kComputeTimeoutMs);
    }
};

// The issue's example: σ′ as PyTorch computes it, (1 − s)·s, is 0 once s rounds to 1 — from x = 53 ln 2 =
// 36.74 in float64 and 24 ln 2 = 16.64 in float32 — where the truth is e^−x.
void TestLensView::pyTorchSigmoidBackwardIsZeroPastItsThresholds()
{
    LensView view;
    QCOMPARE(view.state().activationId, std::string("sigmoid"));
    QCOMPARE(view.state().form, LensForm::PyTorch);
    QCOMPARE(view.state().points, 2000);
    QVERIFY(view.setState(sigmoidState(LensForm::PyTorch)));
    QVERIFY(waitForNumbers(view));

    const QStringList sentences = view.plot()->thresholdTexts();
    const std::optional<double> f64 =
        thresholdIn(sentences, QStringLiteral("PyTorch f′ is 0"), QStringLiteral("float64"));
    const std::optional<double> f32 =
        thresholdIn(sentences, QStringLiteral("PyTorch f′ is 0"), QStringLiteral("float32"));
    QVERIFY2(f64 && *f64 > 36.6 && *f64 < 36.8, qPrintable(sentences.join(u'|')));
    QVERIFY2(f32 && *f32 > 16.5 && *f32 < 16.7, qPrintable(sentences.join(u'|')));
    QVERIFY2(sentences.join(u' ').contains(QStringLiteral("from x = 36.74 in float64")),
             qPrintable(sentences.join(u'|')));

    // The strip shades the same spans: underflow in each format from its threshold to the range's end.
    for (const Band& band : view.plot()->bands()) {
        if (band.kind != Band::Kind::Underflow || band.precision != Precision::Float64) continue;
        QVERIFY(band.derivative);
        QVERIFY(std::fabs(band.from - 36.7368) < 0.01);
        QCOMPARE(band.to, 40.0);
    }
    QVERIFY(hasBand(*view.plot(), true, Band::Kind::Underflow, Precision::Float64));
    QVERIFY(hasBand(*view.plot(), true, Band::Kind::Underflow, Precision::Float32));
    // Past the threshold the float64 error is the whole value: about 2⁵² ulps, on the plot's axis.
    const QCPGraph* graph = view.plot()->errorGraph(true, 0, Precision::Float64);
    QVERIFY(graph != nullptr);
    const double last = (graph->data()->constEnd() - 1)->value;
    QVERIFY2(last > 15 && last < 16.5, qPrintable(QString::number(last)));
}

void TestLensView::actlabsStableFormHasNoFailureBand()
{
    LensView view;
    QVERIFY(view.setState(sigmoidState(LensForm::ActLab)));
    QVERIFY(waitForNumbers(view));
    QVERIFY2(view.plot()->bands().empty(), qPrintable(view.plot()->thresholdTexts().join(u'|')));
    QVERIFY(view.plot()->thresholdTexts().isEmpty());
    // σ(x)σ(−x) by dual numbers stays within a few ulps in float64 over the whole range.
    const expression::Lens& lens = *view.numbers().series.front().lens;
    QVERIFY2(lens.worstDf[std::size_t(Precision::Float64)] <= 4,
             qPrintable(QString::number(lens.worstDf[0])));
    // Switching back to PyTorch's form brings the band back: the figure follows the form.
    QVERIFY(view.setState(sigmoidState(LensForm::PyTorch)));
    QVERIFY(waitForNumbers(view));
    QVERIFY(hasBand(*view.plot(), true, Band::Kind::Underflow, Precision::Float64));
}

void TestLensView::overlaysCarryTheirWorstErrorInTheKey()
{
    LensView view;
    QVERIFY(view.setState(sigmoidState(LensForm::ActLab, {LensForm::PyTorch, LensForm::Textbook})));
    QVERIFY(waitForNumbers(view));
    QCOMPARE(view.numbers().series.size(), std::size_t(3));
    // Core's own lens of PyTorch's backward, computed here apart from the view.
    const expression::FrameworkForm* pytorch = nullptr;
    for (const expression::FrameworkForm& form : expression::frameworkForms("sigmoid"))
        if (form.family == "PyTorch") pytorch = &form;
    QVERIFY(pytorch != nullptr);
    const auto parse = [](std::string_view text) {
        return std::get<expression::Expression>(expression::parse(text));
    };
    const expression::Expression f = parse(pytorch->f);
    const expression::Expression df = parse(pytorch->derivative);
    const expression::Expression truth = parse(expression::actlabForm("sigmoid"));
    const expression::Lens core = expression::computeLens({&f, &df}, truth, -40, 40, 2000, {});
    const double worst = core.worstDf[std::size_t(Precision::Float64)];
    QVERIFY(worst > 1e15);
    const QString entry = QStringLiteral("PyTorch, float64: worst %1 ulps").arg(compactText(worst, 2));
    QVERIFY2(view.plot()->legendTexts().contains(entry), qPrintable(view.plot()->legendTexts().join(u'|')));
    // Each overlay draws in the formats' colours with a dash pattern of its own.
    const QCPGraph* examined = view.plot()->errorGraph(true, 0, Precision::Float32);
    const QCPGraph* overlay = view.plot()->errorGraph(true, 1, Precision::Float32);
    const QCPGraph* second = view.plot()->errorGraph(true, 2, Precision::Float32);
    QVERIFY(examined && overlay && second);
    QCOMPARE(overlay->pen().color(), examined->pen().color());
    QCOMPARE(examined->pen().style(), Qt::SolidLine);
    QVERIFY(overlay->pen().style() != Qt::SolidLine && second->pen().style() != Qt::SolidLine);
    QVERIFY(overlay->pen().style() != second->pen().style());
    // The strip shades the examined form's failures: ActLab's, which has none. The sentences name the
    // overlays' too.
    QVERIFY(view.plot()->bands().empty());
    const QStringList sentences = view.plot()->thresholdTexts();
    QVERIFY2(sentences.join(u' ').contains(QStringLiteral("PyTorch f′ is 0 from x = 36.74 in float64")),
             qPrintable(sentences.join(u'|')));
    QVERIFY2(sentences.join(u' ').contains(QStringLiteral("Textbook f′ is 0 from x = 36.74 in float64")),
             qPrintable(sentences.join(u'|')));
    QVERIFY(!sentences.join(u' ').contains(QStringLiteral("ActLab")));
}

// The textbook sigmoid typed as written: exp(−x) overflows below x = −709.78, and f′ by dual numbers is
// −(−∞)/∞ = NaN there. "Suggest a stable form" rewrites it as sigmoid(x), whose f′ has no NaN.
void TestLensView::typedSigmoidHasANaNBandThatSuggestRemoves()
{
    LensView view;
    UndoRecorder undo(view);
    QVERIFY(!view.controls()->suggestButton()->isEnabled());  // a built-in: nothing to rewrite
    QVERIFY(view.setState(typedState("1/(1+exp(-x))", -800, 0)));
    QVERIFY(waitForNumbers(view));
    QVERIFY(hasBand(*view.plot(), true, Band::Kind::NotANumber, Precision::Float64));
    // log(DBL_MAX) = 709.782712893384: the sentence rounds it, the band's edge is core's bisection.
    const std::optional<double> nan64 =
        thresholdIn(view.plot()->thresholdTexts(), QStringLiteral("f′ is NaN"), QStringLiteral("float64"));
    QVERIFY2(nan64 && *nan64 == -709.8, qPrintable(view.plot()->thresholdTexts().join(u'|')));
    for (const Band& band : view.plot()->bands()) {
        if (band.kind == Band::Kind::NotANumber && band.precision == Precision::Float64) {
            QCOMPARE(band.from, -800.0);
            QVERIFY2(band.to > -709.7827128934 && band.to < -709.7827128933,
                     qPrintable(QString::number(band.to, 'g', 17)));
        }
    }
    QVERIFY(view.controls()->suggestButton()->isEnabled());
    const int steps = undo.stack().count();

    QTest::mouseClick(view.controls()->suggestButton(), Qt::LeftButton);
    QCOMPARE(view.state().formula, std::string("sigmoid(x)"));
    QCOMPARE(undo.stack().count(), steps + 1);  // one step
    const QString note = view.controls()->rewriteLabel()->text();
    QVERIFY2(view.controls()->rewriteLabel()->isVisibleTo(view.controls()), "the rewrite is said");
    QVERIFY2(note.contains(QStringLiteral("sigmoid(x)")) && note.contains(QStringLiteral("→ sigmoid(u)")),
             qPrintable(note));
    QVERIFY(waitForNumbers(view));
    QVERIFY2(!hasBand(*view.plot(), true, Band::Kind::NotANumber),
             qPrintable(view.plot()->thresholdTexts().join(u'|')));
    QVERIFY(!view.controls()->suggestButton()->isEnabled());  // nothing left to rewrite

    undo.stack().undo();
    QCOMPARE(view.state().formula, std::string("1/(1+exp(-x))"));
    QVERIFY(view.rewriteNote().isEmpty());
    QVERIFY(waitForNumbers(view));
    QVERIFY(hasBand(*view.plot(), true, Band::Kind::NotANumber, Precision::Float64));
}

void TestLensView::syntaxErrorNamesItsColumnAndChangesNothing()
{
    LensView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QJsonObject before = view.saveState();
    QSignalSpy changed(&view, &View::stateChanged);
    QLineEdit* edit = view.controls()->formulaEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("x*tanh(log(1+exp(x))"));
    QTest::keyClick(edit, Qt::Key_Return);
    const QLabel* error = view.controls()->formulaErrorLabel();
    QVERIFY(error->isVisibleTo(&view));
    QCOMPARE(error->text(), QStringLiteral("expected ')' but the formula ends at column 21"));
    QVERIFY(!error->text().contains(u'\n'));
    QCOMPARE(edit->cursorPosition(), 20);                            // at the column named
    QCOMPARE(edit->text(), QStringLiteral("x*tanh(log(1+exp(x))"));  // what was typed stays, to be fixed
    QCOMPARE(view.saveState(), before);
    QCOMPARE(changed.count(), 0);
    // Fixed, it is taken: the subject becomes the typed formula.
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClick(edit, Qt::Key_ParenRight);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!error->isVisibleTo(&view));
    QVERIFY(view.state().typed);
    QCOMPARE(view.state().formula, std::string("x*tanh(log(1+exp(x)))"));
    QCOMPARE(changed.count(), 1);
}

void TestLensView::exactResultsSitOnTheZeroRowAndOverflowOnInfinity()
{
    // The textbook softplus, log(1 + exp(x)), overflows above 709.78; relu-like exact results elsewhere.
    LensView view;
    LensState state;
    state.activationId = "softplus";
    state.form = LensForm::Textbook;
    state.overlays.clear();
    state.panels = LensPanels::Value;
    state.from = 600;
    state.to = 800;
    QVERIFY(view.setState(state));
    QVERIFY(waitForNumbers(view));
    QVERIFY(hasBand(*view.plot(), false, Band::Kind::Overflow, Precision::Float64));
    const std::optional<double> infinity = view.plot()->infinityRow(false);
    QVERIFY(infinity.has_value());
    QCOMPARE(view.plot()->tickLabel(false, *infinity), QStringLiteral("∞"));
    QCOMPARE(view.plot()->tickLabel(false, LensPlot::kZeroRow), QStringLiteral("0"));
    const QCPGraph* graph = view.plot()->errorGraph(false, 0, Precision::Float64);
    QCOMPARE((graph->data()->constEnd() - 1)->value, *infinity);
    QVERIFY2(view.plot()->subtitleText().contains(QStringLiteral("(log scale; 0 drawn at 0.1)")),
             qPrintable(view.plot()->subtitleText()));
    // Nothing drawn is below the "0" row or between rows.
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        QVERIFY(std::isnan(it->value) || it->value >= LensPlot::kZeroRow);
}

void TestLensView::everyFormOfEveryActivationCanBeExamined_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("form");
    for (const Activation& activation : activations()) {
        for (const LensForm form : formsOf(activation.id))
            QTest::newRow(qPrintable(toQString(activation.id) + u' ' + formId(form)))
                << toQString(activation.id) << formId(form);
    }
}

void TestLensView::everyFormOfEveryActivationCanBeExamined()
{
    // Every form names its parameters as the reference does, so core hands each the right value.
    QFETCH(QString, id);
    QFETCH(QString, form);
    LensState state;
    state.activationId = id.toStdString();
    state.form = *formFromId(form);
    state.overlays.clear();
    state.points = 50;
    QCOMPARE(lensStateError(state), QString());
    const std::variant<LensRequest, QString> request = lensRequest(state);
    if (const auto* error = std::get_if<QString>(&request)) QFAIL(qPrintable(*error));
    const LensNumbers numbers = computeLensNumbers(std::get<LensRequest>(request));
    QCOMPARE(numbers.series.size(), std::size_t(1));
    // Near 0, away from the kinks, every form is within a handful of ulps in float64: same function.
    const expression::Lens& lens = *numbers.series.front().lens;
    for (std::size_t i = 0; i < lens.x.size(); ++i) {
        if (std::fabs(lens.x[i]) > 2.5 || std::fabs(lens.x[i]) < 0.1 || !lens.truth[i].f.determined) continue;
        QVERIFY2(lens.f[0][i].ulps < 64,
                 qPrintable(QStringLiteral("f at %1: %2 ulps").arg(lens.x[i]).arg(lens.f[0][i].ulps)));
    }
}

void TestLensView::computingDoesNotHoldTheEdit()
{
    clearLensCache();
    LensView view;
    QSignalSpy ready(&view, &LensView::numbersReady);
    LensState state = typedState("x*tanh(log(1+exp(x)))", -40, 40);
    state.points = 20000;
    QVERIFY(view.setState(state));
    // The edit is in force at once; core's numbers follow from another thread.
    QCOMPARE(view.state(), state);
    QVERIFY(view.isComputing());
    QVERIFY(ready.wait(kComputeTimeoutMs));
    QVERIFY(!view.isComputing());
    QCOMPARE(view.numbers().series.front().lens->x.size(), std::size_t(20000));
    QVERIFY(view.numbers().milliseconds > 0);
    // The same state again is cached: drawn at once, without a computation.
    QVERIFY(view.setState(sigmoidState(LensForm::ActLab)));
    QVERIFY(waitForNumbers(view));
    QVERIFY(view.setState(state));
    QVERIFY(!view.isComputing());
    QCOMPARE(view.numbers().milliseconds, 0.0);
}

void TestLensView::bothPanelsShowFAndDerivative()
{
    LensView view;
    LensState state = sigmoidState(LensForm::PyTorch);
    state.panels = LensPanels::Both;
    QVERIFY(view.setState(state));
    QVERIFY(waitForNumbers(view));
    QVERIFY(view.plot()->errorRect(false) != nullptr);
    QVERIFY(view.plot()->errorRect(true) != nullptr);
    // f is fine, f′ is 0 past 36.74: the key names both worst errors, the sentences only f′.
    const QString key = view.plot()->legendTexts().join(u'|');
    QVERIFY2(key.contains(QStringLiteral("in f, ")) && key.contains(QStringLiteral("in f′")),
             qPrintable(key));
    QVERIFY(hasBand(*view.plot(), true, Band::Kind::Underflow));
    // Unticking a format removes its curves; nothing is recomputed for that.
    state.precisions[std::size_t(Precision::BFloat16)] = false;
    QVERIFY(view.setState(state));
    QVERIFY(!view.isComputing());
    QVERIFY(view.plot()->errorGraph(true, 0, Precision::BFloat16) == nullptr);
    QVERIFY(!view.plot()->legendTexts().join(u'|').contains(QStringLiteral("bfloat16")));
}

void TestLensView::stateRoundTrips()
{
    LensView first;
    LensState state = sigmoidState(LensForm::TensorFlow, {LensForm::ActLab});
    state.activationId = "softplus";
    state.panels = LensPanels::Both;
    state.precisions = {true, false, true};
    state.points = 345;
    state.from = -12.5;
    state.to = 30;
    state.formula = "log(1 + exp(x))";
    QVERIFY(first.setState(state));
    const QJsonObject saved = first.saveState();
    LensView second;
    QSignalSpy changed(&second, &View::stateChanged);
    QCOMPARE(second.restoreState(saved), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(second.state(), state);
    QCOMPARE(second.saveState(), saved);
    QCOMPARE(saved.value(QStringLiteral("form")).toString(), QStringLiteral("tensorflow"));
    QCOMPARE(saved.value(QStringLiteral("precisions")).toArray(),
             (QJsonArray{QStringLiteral("float64"), QStringLiteral("bfloat16")}));
}

void TestLensView::restoreRejectsBadJsonInOneLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown activation")
        << QByteArray(R"({"function": "sigmod"})") << "lens.function: unknown activation 'sigmod'";
    QTest::newRow("unknown form")
        << QByteArray(R"({"form": "jax"})")
        << "lens.form: unknown form 'jax' (one of: actlab, textbook, pytorch, tensorflow)";
    QTest::newRow("form the activation lacks")
        << QByteArray(R"({"function": "relu", "form": "tensorflow", "overlays": []})")
        << "lens.form: 'relu' has no tensorflow form";
    QTest::newRow("overlay is the examined form")
        << QByteArray(R"({"form": "pytorch", "overlays": ["pytorch"]})")
        << "lens.overlays[0]: pytorch is the form examined";
    QTest::newRow("overlay not a form")
        << QByteArray(R"({"overlays": [3]})")
        << "lens.overlays[0]: expected one of actlab, textbook, pytorch, tensorflow";
    QTest::newRow("range backwards") << QByteArray(R"({"x_range": [5, 3]})")
                                     << "lens.x_range: from = 5 is not below to = 3";
    QTest::newRow("range too wide") << QByteArray(R"({"x_range": [0, 1e9]})")
                                    << "lens.x_range: [0, 1e9] reaches past ±1e6";
    QTest::newRow("range not two numbers")
        << QByteArray(R"({"x_range": [1]})") << "lens.x_range: expected two numbers [from, to]";
    QTest::newRow("too few points") << QByteArray(R"({"points": 5})")
                                    << "lens.points: 5 is outside [10, 20000]";
    QTest::newRow("unknown format") << QByteArray(R"({"precisions": ["float16"]})")
                                    << "lens.precisions[0]: expected one of float64, float32, bfloat16";
    QTest::newRow("unknown panels") << QByteArray(R"({"panels": "g"})")
                                    << R"(lens.panels: expected "f", "derivative" or "both", not 'g')";
    QTest::newRow("unknown subject") << QByteArray(R"({"subject": "both"})")
                                     << R"(lens.subject: expected "builtin" or "typed", not 'both')";
    QTest::newRow("formula does not parse")
        << QByteArray(R"({"subject": "typed", "formula": "x +"})")
        << "lens.formula: expected a number, x, a name or '(' but the formula ends at column 4";
    QTest::newRow("nan is no number to type")
        << QByteArray(R"({"subject": "typed", "formula": "x*NaN"})")
        << "lens.formula: 'NaN' would be a parameter set to 1: formulas have no infinities or NaNs to type";
    QTest::newRow("unknown key") << QByteArray(R"({"colour": "red"})") << "lens.colour: unknown key";
}

void TestLensView::restoreRejectsBadJsonInOneLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    LensView view;
    const QJsonObject before = view.saveState();
    QSignalSpy changed(&view, &View::stateChanged);
    const QString message = view.restoreState(QJsonDocument::fromJson(json).object());
    QCOMPARE(message, error);
    QVERIFY(!message.contains(u'\n'));
    QCOMPARE(view.saveState(), before);
    QCOMPARE(changed.count(), 0);
}

void TestLensView::exportWaitsForTheNumbers()
{
    clearLensCache();
    Scene scene;
    scene.viewId = QStringLiteral("lens");
    scene.size = QSize(1200, 800);
    scene.state = lensStateToJson(sigmoidState(LensForm::PyTorch, {LensForm::ActLab}));
    QString error;
    const std::unique_ptr<View> view = viewForScene(scene, error);
    QVERIFY2(view, qPrintable(error));
    auto* lens = qobject_cast<LensView*>(view.get());
    QVERIFY(lens != nullptr);
    QVERIFY(!lens->isComputing());  // export drew the numbers, not "Computing…"
    QVERIFY(!lens->plot()->subtitleText().contains(QStringLiteral("Computing")));
    QVERIFY(!lens->plot()->thresholdTexts().isEmpty());
    const QImage image = renderSceneImage(scene, error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    // ACTLAB_KEEP_FIGURES=dir keeps the figure to look at.
    if (const QString keep = qEnvironmentVariable("ACTLAB_KEEP_FIGURES"); !keep.isEmpty())
        QVERIFY(image.save(keep + QStringLiteral("/lens-test.png")));
}

QTEST_MAIN(TestLensView)
#include "tst_lensview.moc"
