// What the views write beside and on their plots, read as a user reads it: no rounding noise (the range
// boxes show their whole text after a zoom, the probe table shows and copies whole round-trip numbers, the
// softplus-tangents preset puts its largest error at x = 0 rather than 2.4e−16), the formula panel says
// when its function is not plotted, and the tangent's slope label names its function.

#include "core/activation.h"
#include "core/maxout_presets.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/numberlabel.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvesview.h"
#include "ui/curves/formulapanel.h"
#include "ui/curves/highlighttext.h"
#include "ui/curves/probedrawing.h"
#include "ui/curves/probereadout.h"
#include "ui/curves/rangepanel.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutpresets.h"
#include "ui/maxout/maxoutview.h"

#include "tests/common/exactcompare.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace actlab;

namespace {

void wheel(QWidget& widget, QPointF at, int notches)
{
    QWheelEvent event(at, widget.mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

/// Whether `box` shows all of its text: the text's width fits inside the line edit, less its margins.
bool showsWholeText(const NumberBox& box)
{
    const QLineEdit& edit = *box.findChild<QLineEdit*>();
    return edit.fontMetrics().horizontalAdvance(edit.text()) <= edit.contentsRect().width() - 4;
}

}  // namespace

class TestReadouts : public QObject {
    Q_OBJECT

private slots:
    void rangeBoxesShowTheirWholeTextAfterAZoom_data();
    void rangeBoxesShowTheirWholeTextAfterAZoom();
    void probeTableShowsRoundTripNumbers();
    void probeTableCopiesTheWholeNumber_data();
    void probeTableCopiesTheWholeNumber();
    void formulaPanelSaysWhenItsFunctionIsNotPlotted();
    void slopeLabelNamesItsFunction_data();
    void slopeLabelNamesItsFunction();
    void softplusTangentsErrorIsAtZero_data();
    void softplusTangentsErrorIsAtZero();
};

void TestReadouts::rangeBoxesShowTheirWholeTextAfterAZoom_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("fraction");  // where the wheel turns, across the plot
    QTest::addColumn<int>("notches");
    QTest::newRow("default range, in") << -8.0 << 8.0 << 0.37 << 1;
    QTest::newRow("default range, out") << -8.0 << 8.0 << 0.81 << -3;
    // Far from zero and narrow: eleven significant digits, wider than the boxes were made for.
    QTest::newRow("far from zero") << 123456.7 << 123456.8 << 0.29 << 2;
    QTest::newRow("negative, far from zero") << -98765.43 << -98765.41 << 0.61 << 1;
}

void TestReadouts::rangeBoxesShowTheirWholeTextAfterAZoom()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, fraction);
    QFETCH(int, notches);
    CurvesView view;
    CurvesState state = view.state();
    state.xFrom = from;
    state.xTo = to;
    state.probeX = from;
    view.setState(state);
    view.resize(1300, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CurvesPlot* plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QRect area = plot->functionRect()->rect();
    wheel(*plot, QPointF(area.left() + area.width() * fraction, area.center().y()), notches);
    QVERIFY(view.state().xFrom != from);
    QApplication::processEvents();  // the layout takes the boxes' new widths

    const double pixel = (view.state().xTo - view.state().xFrom) /
                         (plot->functionRect()->width() * plot->devicePixelRatioF());
    for (NumberBox* box : {view.rangePanel()->fromEntry()->box(), view.rangePanel()->toEntry()->box()}) {
        QVERIFY2(showsWholeText(*box), qPrintable(box->text()));
        // The end the state holds, as a short decimal: no more digits than tell its pixel from the next
        // (−16.13, 123456.7031), not 123456.70312345679.
        const double end = box->text().toDouble();
        QString mantissa = box->text().section(u'e', 0, 0).remove(u'-').remove(u'.');
        while (mantissa.startsWith(u'0')) mantissa.remove(0, 1);
        while (mantissa.endsWith(u'0')) mantissa.chop(1);
        const qsizetype digits = mantissa.size();
        QVERIFY2(double(digits) <= std::floor(std::log10(std::max(std::abs(end), pixel) / pixel)) + 2,
                 qPrintable(box->text()));
    }
    COMPARE_EXACT(view.rangePanel()->fromEntry()->box()->text().toDouble(), view.state().xFrom);
    COMPARE_EXACT(view.rangePanel()->toEntry()->box()->text().toDouble(), view.state().xTo);
}

void TestReadouts::probeTableShowsRoundTripNumbers()
{
    CurvesView view;
    CurvesState state = view.state();
    state.probeX = 6.832;  // the double nearest 6.832, which 17 digits wrote as 6.8319999999999999
    view.setState(state);
    QCOMPARE(view.probeReadout()->xText(), QStringLiteral("6.832"));
    const double f = findActivation("sigmoid")->value(6.832, {});
    QCOMPARE(view.probeReadout()->valueText(0), roundTripText(f));
    COMPARE_EXACT(view.probeReadout()->valueText(0).toDouble(), f);
}

void TestReadouts::probeTableCopiesTheWholeNumber_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("cell");  // 0: x, 1: f, 2: f′
    // Exponents and minus signs are where a double-click or a dragged selection stops short.
    QTest::newRow("f with an exponent") << -20.0 << 1;
    QTest::newRow("f′ with an exponent") << -25.5 << 2;
    QTest::newRow("negative x") << -0.125 << 0;
    QTest::newRow("plain f") << 1.5 << 1;
}

void TestReadouts::probeTableCopiesTheWholeNumber()
{
    QFETCH(double, x);
    QFETCH(int, cell);
    CurvesView view;
    CurvesState state = view.state();
    state.probeX = x;
    view.setState(state);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Activation& sigmoid = *findActivation("sigmoid");
    const double value = cell == 0 ? x : cell == 1 ? sigmoid.value(x, {}) : sigmoid.derivative(x, {});
    curves::ProbeReadout& readout = *view.probeReadout();
    NumberLabel* label = cell == 0 ? readout.xCell() : cell == 1 ? readout.valueCell(0) : readout.derivativeCell(0);

    // A part of the number selected by hand, then Ctrl+C: the whole number is copied.
    label->setFocus();
    label->setSelection(1, 3);
    QApplication::clipboard()->clear();
    QTest::keyClick(label, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), roundTripText(value));
    COMPARE_EXACT(QApplication::clipboard()->text().toDouble(), value);

    // Copy from the label's right-click menu does the same.
    QApplication::clipboard()->clear();
    QTimer::singleShot(0, this, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu != nullptr);
        menu->actions().front()->trigger();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(2, 2), label->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(label, &event);
    QCOMPARE(QApplication::clipboard()->text(), roundTripText(value));

    // A double-click selects the whole number, not the digits between two signs.
    QTest::mouseDClick(label, Qt::LeftButton, Qt::NoModifier, QPoint(label->width() / 3, label->height() / 2));
    QCOMPARE(label->selectedText(), label->text());
}

void TestReadouts::formulaPanelSaysWhenItsFunctionIsNotPlotted()
{
    CurvesView view;
    QCOMPARE(view.formulaPanel()->notPlottedNote(), QString());  // sigmoid is checked and selected
    CurvesState state = view.state();
    state.selectedId = "tanh";  // read about, not checked
    view.setState(state);
    QCOMPARE(view.formulaPanel()->title(), QStringLiteral("Tanh"));
    QVERIFY2(view.formulaPanel()->notPlottedNote().startsWith(QStringLiteral("Tanh is not plotted")),
             qPrintable(view.formulaPanel()->notPlottedNote()));
    // Checking it draws it, and the note goes.
    state.activationIds.push_back("tanh");
    view.setState(state);
    QCOMPARE(view.formulaPanel()->notPlottedNote(), QString());
    // Unchecking it brings the note back, with the formula still shown.
    state.activationIds = {"sigmoid"};
    view.setState(state);
    QVERIFY(!view.formulaPanel()->notPlottedNote().isEmpty());
    QCOMPARE(view.formulaPanel()->title(), QStringLiteral("Tanh"));
}

void TestReadouts::slopeLabelNamesItsFunction_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("label");
    QTest::newRow("sigmoid") << QStringList{QStringLiteral("sigmoid")} << QStringLiteral("sigmoid") << 1.5
                             << QStringLiteral("Sigmoid\u2032(1.5) = 0.149146");
    QTest::newRow("tanh among two") << QStringList{QStringLiteral("sigmoid"), QStringLiteral("tanh")}
                                    << QStringLiteral("tanh") << 1.5
                                    << QStringLiteral("Tanh\u2032(1.5) = 0.180707");
    QTest::newRow("negative x") << QStringList{QStringLiteral("relu"), QStringLiteral("gelu")}
                                << QStringLiteral("gelu") << -0.75
                                << QStringLiteral("GELU\u2032(\u22120.75) = 0.0");
}

void TestReadouts::slopeLabelNamesItsFunction()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, selected);
    QFETCH(double, x);
    QFETCH(QString, label);
    CurvesView view;
    CurvesState state = view.state();
    state.activationIds.clear();
    for (const QString& id : ids) state.activationIds.push_back(id.toStdString());
    state.selectedId = selected.toStdString();
    state.probeX = x;
    view.setState(state);
    const QString text = view.plot()->probe()->slopeText();
    const Activation& activation = *findActivation(selected.toStdString());
    const QString expected = label.left(label.lastIndexOf(u'=') + 2) +
                             compactText(activation.derivative(x, activation.defaults()), curves::highlighttext::kLabelDigits);
    QCOMPARE(text, expected);
    QVERIFY2(text.startsWith(label.left(label.lastIndexOf(u'='))), qPrintable(text));
}

void TestReadouts::softplusTangentsErrorIsAtZero_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("k = 2") << 2;
    QTest::newRow("k = 4 (the preset)") << 4;
    QTest::newRow("k = 6") << 6;
    QTest::newRow("k = 10") << 10;
}

void TestReadouts::softplusTangentsErrorIsAtZero()
{
    QFETCH(int, k);
    MaxoutView view;
    view.presetButton(MaxoutPreset::SoftplusTangents)->click();
    view.unitCountSlider()->setValue(k);
    const std::optional<ApproximationError> error = view.linePlot()->shownError();
    QVERIFY(error.has_value());
    COMPARE_EXACT(error->at, 0.0);  // was 2.4e−16 for k = 4
    // The error there, exactly as the tangents through ±t touch softplus: ln 2 − softplus(−t) − t·σ(−t).
    const double t = 4.0 / k;
    const long double exact =
        std::log(2.0L) - std::log1p(std::exp(-static_cast<long double>(t))) - t / (1 + std::exp(static_cast<long double>(t)));
    QVERIFY2(std::abs(error->value - static_cast<double>(exact)) <= 1e-15,
             qPrintable(QStringLiteral("%1 vs %2").arg(error->value, 0, 'g', 17).arg(double(exact), 0, 'g', 17)));
    QVERIFY2(view.linePlot()->errorText().endsWith(QStringLiteral("at x = 0")),
             qPrintable(view.linePlot()->errorText()));
}

QTEST_MAIN(TestReadouts)
#include "tst_readouts.moc"
