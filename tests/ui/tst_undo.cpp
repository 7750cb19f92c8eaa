// Undo and redo in the window: every edit of every view is a step that undo takes back exactly, a
// gesture (a slider drag, a pan drag, a wheel-zoom burst) is one step, and settings (theme, language,
// the state read at start-up) are none.

#include "ui/common/view.h"
#include "ui/curves/curvesplot.h"
#include "ui/curves/curvesview.h"
#include "ui/mainwindow.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutview.h"
#include "ui/scene/scene.h"
#include "ui/viewregistry.h"

#include <QAction>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace actlab;

namespace {

/// The first slider of the view's controls that a user can drag, one of a continuous value (a hundred
/// positions or more, so doubles that do not round-trip would show) where there is one.
QSlider* firstSlider(View& view)
{
    QSlider* first = nullptr;
    for (QSlider* slider : view.findChildren<QSlider*>()) {
        if (!slider->isVisibleTo(&view) || !slider->isEnabled() || slider->minimum() >= slider->maximum())
            continue;
        if (slider->maximum() - slider->minimum() >= 100) return slider;
        if (first == nullptr) first = slider;
    }
    return first;
}

/// Drags `slider` by `moves` steps of about a fortieth of its range each, held down throughout, then
/// lets go: what a mouse drag does to it.
void dragSlider(QSlider& slider, int moves, int direction)
{
    const int step = std::max(1, (slider.maximum() - slider.minimum()) / 40) * direction;
    slider.setSliderDown(true);
    for (int i = 0; i < moves; ++i) slider.setValue(slider.value() + step);
    slider.setSliderDown(false);
}

/// A direction in which `slider` has room for `moves` steps.
int roomyDirection(const QSlider& slider, int moves)
{
    const int step = std::max(1, (slider.maximum() - slider.minimum()) / 40);
    return slider.value() + moves * step <= slider.maximum() ? 1 : -1;
}

void wheel(QWidget& widget, QPointF at, int notches)
{
    QWheelEvent event(at, widget.mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

QAction* editAction(MainWindow& window, const QString& startsWith)
{
    for (QAction* action : window.menuBar()->actions()) {
        if (action->menu() == nullptr || action->text().remove(u'&') != QStringLiteral("Edit")) continue;
        for (QAction* item : action->menu()->actions()) {
            if (item->text().remove(u'&').startsWith(startsWith)) return item;
        }
    }
    return nullptr;
}

}  // namespace

class TestUndo : public QObject {
    Q_OBJECT
private slots:
    void init();
    void sliderDragIsOneExactStep_data();
    void sliderDragIsOneExactStep();
    void savedStateRoundTripsExactlyAfterADrag_data();
    void savedStateRoundTripsExactlyAfterADrag();
    void resetAllIsOneUndoableStep_data();
    void resetAllIsOneUndoableStep();
    void wheelZoomBurstIsOneStep();
    void panDragIsOneStep();
    void probeLineDragIsOneStepAndAClickAnother();
    void maxoutPlotDragIsOneStep();
    void dragBackToTheStartLeavesNoStep();
    void discreteEditsAreStepsOfTheirOwn();
    void themeAndLanguageAreNoSteps();
    void openingASceneIsAStep();
    void settingsReadAtStartAreNoStep();
    void editMenuFollowsTheCurrentView();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestUndo::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUndo::sliderDragIsOneExactStep_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : viewIds()) QTest::newRow(qPrintable(id)) << id;
}

void TestUndo::sliderDragIsOneExactStep()
{
    QFETCH(QString, id);
    m_window->setCurrentView(id);
    View* view = m_window->view(id);
    QUndoStack* stack = m_window->undoStack(id);
    QSlider* slider = firstSlider(*view);
    QVERIFY2(slider != nullptr, qPrintable(id));
    QCOMPARE(stack->count(), 0);

    const QJsonObject start = view->saveState();
    const int direction = roomyDirection(*slider, 12);
    dragSlider(*slider, 12, direction);
    const QJsonObject afterFirst = view->saveState();
    QVERIFY(afterFirst != start);
    QCOMPARE(stack->count(), 1);  // twelve values, one step

    dragSlider(*slider, 6, -direction);
    const QJsonObject afterSecond = view->saveState();
    QVERIFY(afterSecond != afterFirst);
    QCOMPARE(stack->count(), 2);  // a second drag is a second step

    stack->undo();
    QCOMPARE(view->saveState(), afterFirst);
    stack->undo();
    QCOMPARE(view->saveState(), start);
    stack->redo();
    QCOMPARE(view->saveState(), afterFirst);
    stack->redo();
    QCOMPARE(view->saveState(), afterSecond);
    QCOMPARE(stack->count(), 2);  // undo and redo record nothing themselves
}

void TestUndo::savedStateRoundTripsExactlyAfterADrag_data()
{
    sliderDragIsOneExactStep_data();
}

void TestUndo::savedStateRoundTripsExactlyAfterADrag()
{
    // Undo shows a state through restoreState(saveState()): it must give back every double as it was.
    QFETCH(QString, id);
    View* view = m_window->view(id);
    QSlider* slider = firstSlider(*view);
    QVERIFY(slider != nullptr);
    dragSlider(*slider, 7, roomyDirection(*slider, 7));
    const QJsonObject dragged = view->saveState();
    const std::unique_ptr<View> fresh = createView(id);
    QCOMPARE(fresh->restoreState(dragged), QString());
    QCOMPARE(fresh->saveState(), dragged);
}

void TestUndo::resetAllIsOneUndoableStep_data()
{
    sliderDragIsOneExactStep_data();
}

void TestUndo::resetAllIsOneUndoableStep()
{
    QFETCH(QString, id);
    m_window->setCurrentView(id);
    View* view = m_window->view(id);
    QUndoStack* stack = m_window->undoStack(id);
    const QJsonObject defaults = createView(id)->saveState();
    QSlider* slider = firstSlider(*view);
    QVERIFY(slider != nullptr);
    dragSlider(*slider, 10, roomyDirection(*slider, 10));
    const QJsonObject edited = view->saveState();
    QVERIFY(edited != defaults);

    QAction* resetAll = editAction(*m_window, QStringLiteral("Reset all"));
    QVERIFY(resetAll != nullptr);
    resetAll->trigger();
    QCOMPARE(view->saveState(), defaults);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Reset all to defaults"));
    stack->undo();
    QCOMPARE(view->saveState(), edited);
    stack->redo();
    QCOMPARE(view->saveState(), defaults);

    // Nothing to reset: no step.
    resetAll->trigger();
    QCOMPARE(stack->count(), 2);
}

void TestUndo::wheelZoomBurstIsOneStep()
{
    auto* view = static_cast<CurvesView*>(m_window->view(QStringLiteral("curves")));
    QUndoStack* stack = m_window->undoStack(QStringLiteral("curves"));
    CurvesPlot* plot = view->plot();
    const QPointF centre = plot->functionRect()->rect().center();
    const QJsonObject start = view->saveState();

    for (int i = 0; i < 6; ++i) wheel(*plot, centre, 1);
    QTRY_VERIFY(!view->isInteracting());  // the burst settles on its own after a quiet moment
    const QJsonObject zoomed = view->saveState();
    QVERIFY(zoomed != start);
    QCOMPARE(stack->count(), 1);

    for (int i = 0; i < 4; ++i) wheel(*plot, centre, -1);
    QTRY_VERIFY(!view->isInteracting());
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Zoom or pan"));

    stack->undo();
    QCOMPARE(view->saveState(), zoomed);
    stack->undo();
    QCOMPARE(view->saveState(), start);
}

void TestUndo::panDragIsOneStep()
{
    auto* view = static_cast<CurvesView*>(m_window->view(QStringLiteral("curves")));
    QUndoStack* stack = m_window->undoStack(QStringLiteral("curves"));
    CurvesPlot* plot = view->plot();
    const QPoint from = plot->functionRect()->rect().center();
    const QJsonObject start = view->saveState();

    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i) QTest::mouseMove(plot, from + QPoint(7 * i, 3 * i));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, from + QPoint(70, 30));
    QVERIFY(!view->isInteracting());
    const QJsonObject panned = view->saveState();
    QVERIFY(panned != start);
    QCOMPARE(stack->count(), 1);

    stack->undo();
    QCOMPARE(view->saveState(), start);
    stack->redo();
    QCOMPARE(view->saveState(), panned);
}

void TestUndo::probeLineDragIsOneStepAndAClickAnother()
{
    auto* view = static_cast<CurvesView*>(m_window->view(QStringLiteral("curves")));
    QUndoStack* stack = m_window->undoStack(QStringLiteral("curves"));
    CurvesPlot* plot = view->plot();
    QTRY_VERIFY(plot->functionRect()->width() > 200);
    const QJsonObject start = view->saveState();

    // Grabbed on its line and dragged, released a few pixels on from the last move: one step.
    const QRect area = plot->functionRect()->rect();
    const QPoint line(qRound(plot->xAxis->coordToPixel(view->state().probeX)), area.center().y());
    QTest::mousePress(plot, Qt::LeftButton, {}, line);
    for (int i = 1; i <= 6; ++i) QTest::mouseMove(plot, line - QPoint(11 * i, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, line - QPoint(70, 0));
    QVERIFY(!view->isInteracting());
    const QJsonObject dragged = view->saveState();
    QVERIFY(dragged != start);
    QCOMPARE(stack->count(), 1);

    // A click elsewhere: a step of its own.
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(area.left() + area.width() / 5, area.center().y()));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(view->saveState(), dragged);
    stack->undo();
    QCOMPARE(view->saveState(), start);
}

void TestUndo::maxoutPlotDragIsOneStep()
{
    m_window->setCurrentView(QStringLiteral("maxout"));
    auto* view = static_cast<MaxoutView*>(m_window->view(QStringLiteral("maxout")));
    QUndoStack* stack = m_window->undoStack(QStringLiteral("maxout"));
    MaxoutLinePlot* plot = view->linePlot();
    QTRY_VERIFY(plot->width() > 200);
    const QJsonObject start = view->saveState();

    // Whatever the press takes hold of — a line or the probe — the drag is one step.
    const QPoint from(plot->width() / 3, plot->height() / 4);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 8; ++i) QTest::mouseMove(plot, from + QPoint(9 * i, 5 * i));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, from + QPoint(72, 40));
    QVERIFY(view->saveState() != start);
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(view->saveState(), start);

    // A new press is a new gesture, even on the same spot.
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(plot, from + QPoint(30, 12));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, from + QPoint(30, 12));
    QTest::mousePress(plot, Qt::LeftButton, {}, from + QPoint(60, 0));
    QTest::mouseMove(plot, from + QPoint(90, 20));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, from + QPoint(90, 20));
    QCOMPARE(stack->count(), 2);
}

void TestUndo::dragBackToTheStartLeavesNoStep()
{
    m_window->setCurrentView(QStringLiteral("depth"));
    View* view = m_window->view(QStringLiteral("depth"));
    QUndoStack* stack = m_window->undoStack(QStringLiteral("depth"));
    QSlider* slider = firstSlider(*view);
    QVERIFY(slider != nullptr);
    const QJsonObject start = view->saveState();
    const int value = slider->value();
    const int direction = roomyDirection(*slider, 5);
    slider->setSliderDown(true);
    for (int i = 1; i <= 5; ++i) slider->setValue(value + i * direction);
    for (int i = 4; i >= 0; --i) slider->setValue(value + i * direction);
    slider->setSliderDown(false);
    QCOMPARE(view->saveState(), start);
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
}

void TestUndo::discreteEditsAreStepsOfTheirOwn()
{
    // Arrow keys on the plot: each press moves the probe, each is a step named after it.
    auto* view = static_cast<CurvesView*>(m_window->view(QStringLiteral("curves")));
    QUndoStack* stack = m_window->undoStack(QStringLiteral("curves"));
    const QJsonObject start = view->saveState();
    view->plot()->setFocus();
    QTest::keyClick(view->plot(), Qt::Key_Right);
    QTest::keyClick(view->plot(), Qt::Key_Right);
    QTest::keyClick(view->plot(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->undoText(), QStringLiteral("Move the probe"));
    while (stack->canUndo()) stack->undo();
    QCOMPARE(view->saveState(), start);
}

void TestUndo::themeAndLanguageAreNoSteps()
{
    View* curves = m_window->view(QStringLiteral("curves"));
    QSlider* slider = firstSlider(*curves);
    QVERIFY(slider != nullptr);
    const QJsonObject start = curves->saveState();
    dragSlider(*slider, 6, roomyDirection(*slider, 6));
    const QJsonObject edited = curves->saveState();

    for (const QString& theme :
         {QStringLiteral("dark"), QStringLiteral("presentation"), QStringLiteral("light")})
        m_window->setScreenTheme(theme);
    m_window->setLanguage(QStringLiteral("zh_CN"));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    for (const QString& id : viewIds()) QCOMPARE(m_window->undoStack(id)->count(), id == u"curves" ? 1 : 0);

    // The step outlived the views the language change rebuilt, and undoes the new view.
    View* rebuilt = m_window->view(QStringLiteral("curves"));
    QCOMPARE(rebuilt->saveState(), edited);
    m_window->undoStack(QStringLiteral("curves"))->undo();
    QCOMPARE(rebuilt->saveState(), start);
    // And the new view's edits are recorded.
    dragSlider(*firstSlider(*rebuilt), 3, 1);
    QCOMPARE(m_window->undoStack(QStringLiteral("curves"))->count(), 1);
    QVERIFY(m_window->undoStack(QStringLiteral("curves"))->canUndo());
}

void TestUndo::openingASceneIsAStep()
{
    m_window->setCurrentView(QStringLiteral("curves"));
    View* softmax = m_window->view(QStringLiteral("softmax"));
    const QJsonObject before = softmax->saveState();
    Scene scene = m_window->currentScene();
    scene.viewId = QStringLiteral("softmax");
    scene.state = before;
    scene.state[QStringLiteral("temperature")] = 0.37;
    QCOMPARE(m_window->showScene(scene), QString());
    QCOMPARE(m_window->currentView(), softmax);
    QUndoStack* stack = m_window->undoStack(QStringLiteral("softmax"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Open scene"));
    stack->undo();
    QCOMPARE(softmax->saveState(), before);

    // A scene that shows what is already there is no step.
    scene.state = before;
    QCOMPARE(m_window->showScene(scene), QString());
    QCOMPARE(stack->count(), 1);
    QVERIFY(!stack->canUndo());
}

void TestUndo::settingsReadAtStartAreNoStep()
{
    const QString path = m_dir.filePath(QStringLiteral("settings.conf"));
    {
        QSlider* slider = firstSlider(*m_window->view(QStringLiteral("depth")));
        dragSlider(*slider, 5, roomyDirection(*slider, 5));
        QSettings settings(path, QSettings::IniFormat);
        m_window->writeSettings(settings);
    }
    MainWindow window;
    QSettings settings(path, QSettings::IniFormat);
    window.readSettings(settings);
    QCOMPARE(window.view(QStringLiteral("depth"))->saveState(),
             m_window->view(QStringLiteral("depth"))->saveState());
    for (const QString& id : viewIds()) QCOMPARE(window.undoStack(id)->count(), 0);
}

void TestUndo::editMenuFollowsTheCurrentView()
{
    QAction* undo = editAction(*m_window, QStringLiteral("Undo"));
    QAction* redo = editAction(*m_window, QStringLiteral("Redo"));
    QVERIFY(undo != nullptr && redo != nullptr);
    QVERIFY(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    m_window->setCurrentView(QStringLiteral("curves"));
    auto* curves = static_cast<CurvesView*>(m_window->view(QStringLiteral("curves")));
    curves->plot()->setFocus();
    QTest::keyClick(curves->plot(), Qt::Key_Right);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Move the probe"));

    // Another view has nothing to undo; back on curves, Ctrl+Z undoes and Ctrl+Shift+Z redoes.
    m_window->setCurrentView(QStringLiteral("softmax"));
    QVERIFY(!undo->isEnabled());
    m_window->setCurrentView(QStringLiteral("curves"));
    QVERIFY(undo->isEnabled());
    const QJsonObject moved = curves->saveState();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(moved != curves->saveState());
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Move the probe"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(curves->saveState(), moved);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
