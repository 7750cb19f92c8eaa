// Keyboard access and tooltips (issue 9): in every view, the export dialog and the shortcuts list, every
// control says what it does in a tooltip, every control that shows no text of its own (sliders, spin boxes,
// lists, tables, plots) has an accessible name, Tab reaches every enabled, visible control, and it goes
// through a control panel in reading order. Run with ACTLAB_PRINT_TAB_ORDER=1 to see each view's order.

#include "ui/common/view.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutview.h"
#include "ui/shortcutsdialog.h"
#include "ui/viewregistry.h"

#include "ui/common/qcustomplot_include.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTest>

#include <cmath>
#include <set>

using namespace actlab;

namespace {

/// The controls a user works: sliders, spin boxes, combo boxes, buttons, lists and tables, line edits, and
/// the window's row of view tabs.
bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractButton*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QTabBar*>(w);
}

/// A part of a composite widget rather than a control of ours: the line edit inside a spin box or an
/// editable combo box, a combo box's popup list, the scroll bars, header and corner button of a scroll
/// area or table, the scroll buttons of a tab bar and the overflow button of a menu bar.
bool isInternalPart(const QWidget* w, const QWidget* root)
{
    const QWidget* child = w;
    for (const QWidget* parent = w->parentWidget(); parent != nullptr && child != root;
         child = parent, parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
            qobject_cast<const QTabBar*>(parent) || qobject_cast<const QMenuBar*>(parent))
            return true;
        // Inside a scroll area, only what lives in its viewport is content; the rest is its frame.
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent); area && child != area->viewport())
            return true;
    }
    return false;
}

/// Shows no text of its own that would name it for a screen reader.
bool showsNoText(const QWidget* w)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(w)) return button->text().isEmpty();
    // A combo box shows its choice and a tab bar its tabs; everything else shows none.
    return !qobject_cast<const QComboBox*>(w) && !qobject_cast<const QTabBar*>(w);
}

QString describe(const QWidget* w, const QWidget* root)
{
    QStringList path;
    for (const QWidget* p = w; p != nullptr && p != root; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u'#' + p->objectName()));
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(w)) text = button->text();
    if (!w->accessibleName().isEmpty()) text = w->accessibleName();
    return path.join(QStringLiteral(" > ")) + (text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

/// The widgets Tab lands on in `window`, found the way QWidget::focusNextPrevChild finds them: the
/// window's focus chain, keeping widgets that take Tab focus, are visible, enabled and not a proxy.
std::set<const QWidget*> tabStops(QWidget& window)
{
    std::set<const QWidget*> stops;
    QWidget* w = &window;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisibleTo(&window) && w->isEnabled() &&
            w->focusProxy() == nullptr)
            stops.insert(w);
        w = w->nextInFocusChain();
    } while (w != &window && w != nullptr);
    return stops;
}

/// Every problem with the controls under `root` (a view or a dialog) inside `window`, one line each.
QStringList accessibilityProblems(QWidget& window, QWidget* root)
{
    const std::set<const QWidget*> stops = tabStops(window);
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool plot = qobject_cast<QCustomPlot*>(w) != nullptr;
        const bool control = isControl(w) && !isInternalPart(w, root);
        // Other widgets that take keys (a plot one can probe with the arrow keys) count as controls too;
        // text (a label one can select) does not.
        const bool takesKeys = !control && !isInternalPart(w, root) && !qobject_cast<QLineEdit*>(w) &&
                               !qobject_cast<QLabel*>(w) && w->focusPolicy() != Qt::NoFocus &&
                               w->focusProxy() == nullptr;
        if (!control && !plot && !takesKeys) continue;
        if (control && w->toolTip().isEmpty()) problems << QStringLiteral("no tooltip: ") + describe(w, root);
        if ((plot || takesKeys || (control && showsNoText(w))) && w->accessibleName().isEmpty())
            problems << QStringLiteral("no accessible name: ") + describe(w, root);
        // Reachable by Tab: it, or the widget it hands its focus to, is a tab stop.
        if ((control || takesKeys) && w->isVisibleTo(&window) && w->isEnabled()) {
            const QWidget* target = w;
            while (target->focusProxy() != nullptr) target = target->focusProxy();
            if (stops.count(target) == 0) problems << QStringLiteral("not reachable by Tab: ") + describe(w, root);
        }
    }
    return problems;
}

/// The tab stops under `root`, in Tab order.
QList<QWidget*> tabOrder(QWidget& window, const QWidget* root)
{
    const std::set<const QWidget*> stops = tabStops(window);
    QList<QWidget*> order;
    QWidget* w = &window;
    do {
        if (stops.count(w) != 0 && root->isAncestorOf(w)) order << w;
        w = w->nextInFocusChain();
    } while (w != &window && w != nullptr);
    return order;
}

/// Where Tab goes against the reading order of a control panel: from one control to the next one in the
/// same scrolling panel, Tab must go down, or right along the same row, never back up or left.
QStringList readingOrderProblems(QWidget& window, const QWidget* root)
{
    const auto panelOf = [root](const QWidget* w) -> const QWidget* {
        for (const QWidget* p = w->parentWidget(); p != nullptr && p != root; p = p->parentWidget())
            if (const auto* area = qobject_cast<const QScrollArea*>(p)) return area->widget();
        return nullptr;
    };
    QStringList problems;
    const QList<QWidget*> order = tabOrder(window, root);
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QWidget* a = order[i - 1];
        const QWidget* b = order[i];
        const QWidget* panel = panelOf(a);
        if (panel == nullptr || panelOf(b) != panel) continue;
        const QRect ra(a->mapTo(panel, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(panel, QPoint(0, 0)), b->size());
        const bool sameRow = ra.top() <= rb.center().y() && rb.center().y() <= ra.bottom() &&
                             rb.top() <= ra.center().y() && ra.center().y() <= rb.bottom();
        const bool backwards = sameRow ? rb.center().x() < ra.left() : rb.center().y() < ra.top();
        if (backwards)
            problems << QStringLiteral("Tab goes back from %1 to %2").arg(describe(a, root), describe(b, root));
    }
    return problems;
}

/// With ACTLAB_PRINT_TAB_ORDER set, prints the tab stops under `root` in Tab order, to review by eye.
void printTabOrder(QWidget& window, QWidget* root)
{
    for (const QWidget* w : tabOrder(window, root)) qInfo("  %s", qPrintable(describe(w, root)));
}

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void viewControls_data();
    void viewControls();
    void windowControls();
    void exportDialogControls();
    void shortcutsDialogControls();
    void arrowKeysMoveTheMaxoutProbe();
};

void TestAccessibility::viewControls_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("state");  ///< JSON for restoreState, or empty for the default state
    for (const QString& id : viewIds()) QTest::newRow(qPrintable(id)) << id << QByteArray();
    // The maxout view's second mode swaps the line plot for the colour maps and the unit table's columns.
    QTest::newRow("maxout, two inputs") << QStringLiteral("maxout") << QByteArray(R"({"mode": "two_input"})");
    // Controls made after the window is built (parameter sliders, logit rows) join the end of the focus
    // chain unless put back: they must still come in reading order.
    QTest::newRow("curves, functions with parameters")
        << QStringLiteral("curves") << QByteArray(R"({"functions": ["elu", "leaky_relu", "softplus"]})");
    QTest::newRow("softmax, six classes")
        << QStringLiteral("softmax") << QByteArray(R"({"logits": [1, 2, 0.5, -1, 3, 0]})");
    QTest::newRow("depth, functions with parameters")
        << QStringLiteral("depth") << QByteArray(R"({"functions": ["sigmoid", "elu", "leaky_relu"]})");
    // The seed and the spread are enabled only for randomized layers.
    QTest::newRow("depth, randomized") << QStringLiteral("depth") << QByteArray(R"({"randomized": true})");
}

void TestAccessibility::viewControls()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, state);

    MainWindow window;
    View* view = window.view(id);
    QVERIFY(view != nullptr);
    if (!state.isEmpty()) QCOMPARE(view->restoreState(QJsonDocument::fromJson(state).object()), QString());
    window.setCurrentView(id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    if (qEnvironmentVariableIsSet("ACTLAB_PRINT_TAB_ORDER")) printTabOrder(window, view);
    const QStringList problems = accessibilityProblems(window, view) + readingOrderProblems(window, view);
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

void TestAccessibility::windowControls()
{
    // The shell's own controls (the row of view tabs) and every view's, shown or not; Ctrl+Tab switches
    // views from the keyboard, as the tabs' tooltip says.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = accessibilityProblems(window, &window);
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    QCOMPARE(window.currentView(), window.views().front());
    QTest::keyClick(window.currentView(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window.currentView(), window.views().at(1));
    QTest::keyClick(window.currentView(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.currentView(), window.views().front());
}

void TestAccessibility::exportDialogControls()
{
    MainWindow window;
    ExportDialog dialog(
        window.currentScene(), QString(), [](const Scene&, const QString&) { return QString(); }, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList problems = accessibilityProblems(dialog, &dialog);
    // The form reads top to bottom: the file name, Browse beside it, the size, then the rest.
    const QList<QWidget*> order = tabOrder(dialog, &dialog);
    if (order.size() < 2 || qobject_cast<QLineEdit*>(order[0]) == nullptr ||
        qobject_cast<QPushButton*>(order[1]) == nullptr)
        problems << QStringLiteral("Tab does not go from the file name to Browse");
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

void TestAccessibility::shortcutsDialogControls()
{
    MainWindow window;
    ShortcutsDialog dialog(window, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = accessibilityProblems(dialog, &dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

void TestAccessibility::arrowKeysMoveTheMaxoutProbe()
{
    // The probe is otherwise set with the mouse only: on the plots, the arrow keys move it (by at least a
    // pixel, ten steps with Shift; tst_plotinteraction checks the step), and it stays inside the range.
    MaxoutView view;
    view.resize(1200, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto probe = [&view] { return view.state().oneInput.probe; };

    QCOMPARE(probe(), 0.5);
    QTest::keyClick(view.linePlot(), Qt::Key_Right);
    const double step = probe() - 0.5;
    QVERIFY2(step > 0, qPrintable(QString::number(probe())));
    QTest::keyClick(view.linePlot(), Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY2(std::abs(probe() - (0.5 - 9 * step)) < 1e-12, qPrintable(QString::number(probe())));
    for (int i = 0; i < 1000 && probe() < view.state().oneInput.xTo; ++i)
        QTest::keyClick(view.linePlot(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(probe(), view.state().oneInput.xTo);
    QTest::keyClick(view.linePlot(), Qt::Key_Right);
    QCOMPARE(probe(), view.state().oneInput.xTo);

    QCOMPARE(view.restoreState(QJsonDocument::fromJson(R"({"mode": "two_input"})").object()), QString());
    QApplication::processEvents();  // the maps are laid out, as they are before anyone can press a key
    const PlanePoint start = view.state().twoInput.probe;
    QTest::keyClick(view.mapPlot(), Qt::Key_Up);
    QTest::keyClick(view.mapPlot(), Qt::Key_Left);
    QVERIFY(view.state().twoInput.probe[0] < start[0]);
    QVERIFY(view.state().twoInput.probe[1] > start[1]);
    for (int i = 0; i < 1000 && view.state().twoInput.probe[1] > view.state().twoInput.from; ++i)
        QTest::keyClick(view.mapPlot(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view.state().twoInput.probe[1], view.state().twoInput.from);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
