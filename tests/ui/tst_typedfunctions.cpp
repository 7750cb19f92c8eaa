// "Your function": a formula typed into the curves view (and the depth view) as a user would type it,
// drawn with its derivative, its parameters given sliders, kept in scene files, and refused in one
// line, nothing lost, when it does not read.

#include "core/expression/typedactivation.h"
#include "ui/common/formulaentry.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvegraph.h"
#include "ui/curves/curvesview.h"
#include "ui/curves/formulapanel.h"
#include "ui/curves/functionlist.h"
#include "ui/curves/parameterpanel.h"
#include "ui/curves/probereadout.h"
#include "ui/curves/seriesdrawing.h"
#include "ui/depth/depthview.h"

#include "tests/ui/typenumber.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>

using namespace actlab;

namespace {

/// Types `formula` into `entry`'s line as a user does and presses Enter.
void typeFormula(FormulaEntry* entry, const QString& formula)
{
    QLineEdit* line = entry->line();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, formula);
    QTest::keyClick(line, Qt::Key_Return);
}

/// The drawn series of `id`, or nullptr.
const curves::SeriesDrawing* drawn(const CurvesView& view, const std::string& id)
{
    for (std::size_t i = 0; i < view.plot()->seriesCount(); ++i) {
        if (view.plot()->series(i).activation().id == id) return &view.plot()->series(i);
    }
    return nullptr;
}

}  // namespace

class TestTypedFunctions : public QObject {
    Q_OBJECT

private slots:
    void aTypedFormulaIsDrawnWithItsDerivative()
    {
        CurvesView view;
        typeFormula(view.functionList()->formulaEntry(), QStringLiteral("x*tanh(softplus(x))"));
        const std::string id = "expr:x*tanh(softplus(x))";
        QCOMPARE(view.state().selectedId, id);
        QCOMPARE(view.state().activationIds, (std::vector<std::string>{"sigmoid", id}));
        const curves::SeriesDrawing* series = drawn(view, id);
        QVERIFY(series != nullptr);
        // What is drawn is the formula's own f and f′: mish at x = 1 is 0.8650983882673103, mish′ 1.0490362200997922.
        const auto f = series->functionGraph()->data();
        const auto df = series->derivativeGraph()->data();
        QVERIFY(f->size() > 1000);
        for (int i = 0; i < f->size(); i += 97) {
            const double x = f->at(i)->key;
            const double expected = x * std::tanh(std::log1p(std::exp(x)));
            QVERIFY2(std::fabs(f->at(i)->value - expected) <= 1e-12 * std::max(1.0, std::fabs(expected)),
                     qPrintable(QString::number(x)));
        }
        QVERIFY(df->size() == f->size());
        // The list shows it under "Your functions", checked; the formula panel writes f and f′ out.
        QTreeWidgetItem* item = view.functionList()->itemOf(QString::fromStdString(id));
        QVERIFY(item != nullptr);
        QCOMPARE(item->checkState(0), Qt::Checked);
        QVERIFY(!item->parent()->isHidden());
        QCOMPARE(view.formulaPanel()->title(), QStringLiteral("Your function"));
        QVERIFY2(view.formulaPanel()->formula().startsWith(QStringLiteral("f(x) = x")),
                 qPrintable(view.formulaPanel()->formula()));
        QVERIFY2(view.formulaPanel()->derivativeFormula().startsWith(QStringLiteral("f′(x) = ")),
                 qPrintable(view.formulaPanel()->derivativeFormula()));
        QVERIFY2(!view.formulaPanel()->derivativeFormula().contains(QStringLiteral("**")),
                 "mathematics, not code");
        QCOMPARE(view.formulaPanel()->derivativeCheck(), QString());
    }

    /// Unchecked, a formula leaves the plot but stays in the list to be checked again.
    void anUncheckedFormulaStaysListed()
    {
        CurvesView view;
        typeFormula(view.functionList()->formulaEntry(), QStringLiteral("max(x, 0)^2"));
        const QString id = QStringLiteral("expr:max(x, 0)^2");
        view.functionList()->itemOf(id)->setCheckState(0, Qt::Unchecked);
        QVERIFY(drawn(view, id.toStdString()) == nullptr);
        QTreeWidgetItem* item = view.functionList()->itemOf(id);
        QVERIFY(item != nullptr);
        QCOMPARE(item->checkState(0), Qt::Unchecked);
        item->setCheckState(0, Qt::Checked);
        QVERIFY(drawn(view, id.toStdString()) != nullptr);
    }

    void latexIsCopiedForASlide()
    {
        CurvesView view;
        typeFormula(view.functionList()->formulaEntry(), QStringLiteral("max(x, 0)^2"));
        auto* copy = view.formulaPanel()->findChild<QPushButton*>(QStringLiteral("formula.copy_latex"));
        QVERIFY(copy != nullptr);
        QVERIFY(copy->isVisibleTo(view.formulaPanel()));
        copy->click();
        const QString latex = QGuiApplication::clipboard()->text();
        QVERIFY2(latex.startsWith(QStringLiteral("f(x) = ")) && latex.contains(QStringLiteral("f'(x) = ")),
                 qPrintable(latex));
        // A built-in has no LaTeX button.
        view.functionList()->tree()->setCurrentItem(view.functionList()->itemOf(QStringLiteral("sigmoid")));
        QVERIFY(!copy->isVisibleTo(view.formulaPanel()));
    }

    void freeNamesGetSliders()
    {
        CurvesView view;
        typeFormula(view.functionList()->formulaEntry(), QStringLiteral("x + sin(a*x)^2/a"));
        const std::string id = "expr:x + sin(a*x)^2/a";
        NumberEntry* a = view.parameterPanel()->entry(id, "a");
        QVERIFY(a != nullptr);
        QCOMPARE(a->value(), 1.0);
        actlab::testing::typeNumber(a->box(), QStringLiteral("2"));
        QCOMPARE(view.state().parameters.at(id)[0], 2.0);
        const curves::SeriesDrawing* series = drawn(view, id);
        const auto f = series->functionGraph()->data();
        const int i = f->size() / 3;
        const double x = f->at(i)->key;
        QVERIFY(std::fabs(f->at(i)->value - (x + std::pow(std::sin(2 * x), 2) / 2)) <= 1e-12);
    }

    void aFormulaThatDoesNotReadIsRefusedInOneLine_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unclosed") << "x*tanh(log(1+exp(x))"
                                  << "expected ')' but the formula ends at column 21";
        QTest::newRow("unknown name called") << "x*tanhh(x)" << "";  // checked below: names the known ones
        QTest::newRow("five parameters") << "a*x+b*x+c*x+d*x+g*x"
                                         << "at most 4 parameters, this formula has 5 (a, b, c, d, g)";
    }
    void aFormulaThatDoesNotReadIsRefusedInOneLine()
    {
        QFETCH(QString, formula);
        QFETCH(QString, problem);
        CurvesView view;
        const QJsonObject before = view.saveState();
        FormulaEntry* entry = view.functionList()->formulaEntry();
        typeFormula(entry, formula);
        QCOMPARE(view.saveState(), before);
        QCOMPARE(entry->line()->text(), formula);  // nothing lost: the formula stays to be mended
        QVERIFY(!entry->problem().isEmpty());
        QVERIFY(!entry->problem().contains(u'\n'));
        if (!problem.isEmpty()) QCOMPARE(entry->problem(), problem);
        else QVERIFY2(entry->problem().contains(QStringLiteral("tanh")), qPrintable(entry->problem()));
        // Mended, it is drawn and the message goes.
        typeFormula(entry, QStringLiteral("x*tanh(x)"));
        QCOMPARE(entry->problem(), QString());
        QVERIFY(drawn(view, "expr:x*tanh(x)") != nullptr);
    }

    void scenesKeepTypedFunctions()
    {
        CurvesView view;
        typeFormula(view.functionList()->formulaEntry(), QStringLiteral("x + sin(a*x)^2/a"));
        actlab::testing::typeNumber(view.parameterPanel()->entry("expr:x + sin(a*x)^2/a", "a")->box(),
                                    QStringLiteral("3"));
        const QJsonObject saved = view.saveState();
        CurvesView reopened;
        QCOMPARE(reopened.restoreState(saved), QString());
        QCOMPARE(reopened.state(), view.state());
        QVERIFY(drawn(reopened, "expr:x + sin(a*x)^2/a") != nullptr);

        QJsonObject broken = saved;
        broken[QStringLiteral("functions")] = QJsonArray{QStringLiteral("expr:x*(")};
        const QJsonObject shown = reopened.saveState();
        QCOMPARE(reopened.restoreState(broken),
                 QStringLiteral("curves.functions[0]: formula: expected a number, x, a name or '(' but the "
                                "formula ends at column 4"));
        QCOMPARE(reopened.saveState(), shown);
    }

    /// log(x) is NaN left of 0 and −inf at 0: a gap in the curve, and no NaN or inf on screen.
    void polesAndDomainErrorsLeaveGapsNotNaN()
    {
        CurvesView view;
        typeFormula(view.functionList()->formulaEntry(), QStringLiteral("log(x)"));
        const curves::SeriesDrawing* series = drawn(view, "expr:log(x)");
        QVERIFY(series != nullptr);
        QVERIFY(series->functionExtent().low > -1e300);
        const QCPRange y = view.plot()->functionRect()->axis(QCPAxis::atLeft)->range();
        QVERIFY(std::isfinite(y.lower) && std::isfinite(y.upper));
        const QStringList labels = view.plot()->visibleLabels();
        for (const QString& label : labels) {
            QVERIFY2(!label.contains(QRegularExpression(QStringLiteral("\\b(nan|inf)\\b"),
                                                        QRegularExpression::CaseInsensitiveOption)),
                     qPrintable(label));
        }
        // The gap is said in words on the figure, where it is.
        // (the last sample left of 0 depends on the plot's width)
        const QString gap = QStringLiteral("log(x) is undefined for −8 ≤ x ≤ −0.00");
        QVERIFY2(std::any_of(labels.begin(), labels.end(), [&](const QString& l) { return l.startsWith(gap); }),
                 qPrintable(labels.join(u'|')));
        // The probe left of 0, where log is undefined: the readout says so rather than printing NaN.
        CurvesState state = view.state();
        state.probeX = -1.5;
        view.setState(state);
        const QString value = view.probeReadout()->valueText(1);
        QVERIFY2(!value.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(value));
        QVERIFY2(!value.isEmpty(), "the readout says something");
    }

    void depthComparesATypedFunction()
    {
        DepthView view;
        auto* entry = view.findChild<FormulaEntry*>();
        QVERIFY(entry != nullptr);
        typeFormula(entry, QStringLiteral("x*sigmoid(x)"));
        const auto& ids = view.state().activationIds;
        QVERIFY(std::find(ids.begin(), ids.end(), "expr:x*sigmoid(x)") != ids.end());
        auto* list = view.findChild<QListWidget*>(QStringLiteral("functions"));
        const auto items = list->findItems(QStringLiteral("x"), Qt::MatchStartsWith);
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.front()->checkState(), Qt::Checked);
        DepthView reopened;
        QCOMPARE(reopened.restoreState(view.saveState()), QString());
        QCOMPARE(reopened.state().activationIds, ids);
    }
};

QTEST_MAIN(TestTypedFunctions)
#include "tst_typedfunctions.moc"
