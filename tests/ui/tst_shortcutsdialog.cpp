// Help → Keyboard shortcuts lists every action of the window that has a shortcut (read from the actions,
// so a new one appears by itself) and every documented mouse gesture and plot key.

#include "ui/common/plotinteraction.h"
#include "ui/curves/curvesplot.h"
#include "ui/curves/curvesview.h"
#include "ui/gestures.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

using namespace actlab;

namespace {

/// The dialog's rows as "keys | action".
QStringList rowsOf(const ShortcutsDialog& dialog)
{
    QStringList rows;
    const QTableWidget* table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text() + QStringLiteral(" | ") + table->item(row, 1)->text();
    return rows;
}

}  // namespace

class TestShortcutsDialog : public QObject {
    Q_OBJECT
private slots:
    void listsEveryActionWithAShortcut();
    void listsEveryDocumentedGesture();
    void aNewActionAppearsByItself();
    void gesturesNameTheirStep();
    void arrowKeysMoveTheProbeAVisibleStep_data();
    void arrowKeysMoveTheProbeAVisibleStep();
};

void TestShortcutsDialog::listsEveryActionWithAShortcut()
{
    MainWindow window;
    const ShortcutsDialog dialog(window);
    const QStringList rows = rowsOf(dialog);
    int withShortcut = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty()) continue;
        ++withShortcut;
        const QString keys = action->shortcuts().front().toString(QKeySequence::NativeText);
        const QString text = QString(action->text()).remove(u'&');
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const QString& row) {
            return row.startsWith(keys) && row.endsWith(QStringLiteral(" | ") + text);
        });
        QVERIFY2(listed, qPrintable(keys + QStringLiteral(" ") + text + QStringLiteral(" missing from\n") +
                                    rows.join(u'\n')));
    }
    // Open, Save, Export, Copy figure, Quit, Undo, Redo, Keyboard shortcuts at least.
    QVERIFY2(withShortcut >= 8, qPrintable(QString::number(withShortcut)));
    // Redo names all its keys.
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QString& row) {
        return row.contains(
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)) &&
               row.contains(QStringLiteral("Redo"));
    }));
}

void TestShortcutsDialog::listsEveryDocumentedGesture()
{
    MainWindow window;
    const ShortcutsDialog dialog(window);
    const QStringList rows = rowsOf(dialog);
    const std::vector<Gesture> gestures = documentedGestures();
    for (const Gesture& gesture : gestures) {
        QVERIFY2(rows.contains(gesture.keys + QStringLiteral(" | ") + gesture.action),
                 qPrintable(gesture.keys));
        QVERIFY(!gesture.where.isEmpty());
    }
    // The conventions the issue names, each documented.
    QStringList keys;
    for (const Gesture& gesture : gestures) keys << gesture.keys;
    for (const QString& expected :
         {QStringLiteral("Ctrl+0"), QStringLiteral("← / →"), QStringLiteral("Shift+← / Shift+→"),
          QStringLiteral("Mouse wheel"), QStringLiteral("Drag"), QStringLiteral("Click"),
          QStringLiteral("Drag the probe line"), QStringLiteral("Double-click"),
          QStringLiteral("Drag a line"), QStringLiteral("Shift+drag a line"), QStringLiteral("Right-click")})
        QVERIFY2(keys.contains(expected), qPrintable(expected));
}

void TestShortcutsDialog::aNewActionAppearsByItself()
{
    MainWindow window;
    QMenu* menu = window.menuBar()->addMenu(QStringLiteral("Tools"));
    QAction* action = menu->addAction(QStringLiteral("&Frobnicate"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    const ShortcutsDialog dialog(window);
    const QTableWidget* table = dialog.table();
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == QStringLiteral("Frobnicate")) {
            found = true;
            QCOMPARE(table->item(row, 0)->text(), action->shortcut().toString(QKeySequence::NativeText));
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Tools"));
        }
    }
    QVERIFY(found);
}

void TestShortcutsDialog::gesturesNameTheirStep()
{
    // The arrow keys' rows say how far a press moves the probe, and that Shift moves it ten times as far.
    for (const Gesture& gesture : documentedGestures()) {
        if (gesture.keys == QStringLiteral("← / →"))
            QVERIFY(gesture.action.contains(QStringLiteral("pixel")));
        if (gesture.keys.startsWith(QStringLiteral("Shift+←")))
            QVERIFY(gesture.action.contains(QStringLiteral("ten")));
    }
}

void TestShortcutsDialog::arrowKeysMoveTheProbeAVisibleStep_data()
{
    QTest::addColumn<int>("windowWidth");
    QTest::addColumn<bool>("shift");
    for (const int width : {1024, 1600, 2560}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 px").arg(width))) << width << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 px, Shift").arg(width))) << width << true;
    }
}

void TestShortcutsDialog::arrowKeysMoveTheProbeAVisibleStep()
{
    // What the dialog promises for ← / →: at least a pixel column a press, on any plot width, and ten
    // with Shift.
    QFETCH(int, windowWidth);
    QFETCH(bool, shift);
    MainWindow window;
    window.resize(windowWidth, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* curves = static_cast<CurvesView*>(window.view(QStringLiteral("curves")));
    CurvesPlot* plot = curves->plot();
    const double column = (curves->state().xTo - curves->state().xFrom) / plot->functionRect()->width();
    const int presses = shift ? 10 : 1;
    for (const Qt::Key key : {Qt::Key_Right, Qt::Key_Left}) {
        const double before = curves->state().probeX;
        QTest::keyClick(plot, key, shift ? Qt::ShiftModifier : Qt::NoModifier);
        const double moved = (curves->state().probeX - before) * (key == Qt::Key_Right ? 1 : -1);
        QVERIFY2(moved >= presses * column * (1 - 1e-12),
                 qPrintable(QStringLiteral("moved %1, a column is %2").arg(moved).arg(column)));
        // Round steps (1, 2 or 5 × 10ⁿ, at most 2.5 columns) on their grid: from off the grid, at most a
        // column more.
        QVERIFY2(moved <= presses * plotinteraction::keyStep(column) + column,
                 qPrintable(QStringLiteral("moved %1").arg(moved)));
    }
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
