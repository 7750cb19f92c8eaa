// Pointing at a plot, as a user does: a click sets the probe where it is (snapped to the shortest decimal
// in its pixel column), a drag that starts on the probe line moves the probe, any other drag pans (curves)
// or moves the probe (maxout, whose lines keep their own drag), and the arrow keys move the probe by a
// step that is at least one pixel column (Shift: ten steps). The helpers these share are tested first.

#include "ui/common/numberformat.h"
#include "ui/common/plotinteraction.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvesview.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutpresets.h"
#include "ui/maxout/maxoutview.h"

#include "tests/common/exactcompare.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace actlab;

namespace {

/// The pointer moved to `at` with the left button held.
void dragTo(QWidget& widget, QPointF at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent move(QEvent::MouseMove, at, widget.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(&widget, &move);
}

/// The x of the device pixel column at `pixel`, snapped as a click there must snap it.
double expectedProbe(const QCPAxis& axis, double pixel, double ratio)
{
    const double at = axis.pixelToCoord(pixel);
    const double half = plotinteraction::devicePixelSpan(axis, ratio) / 2;
    return shortestDecimalIn(at - half, at + half);
}

/// A curves view at `size`, shown and laid out, with x over [from, to].
void showCurves(CurvesView& view, QSize size, double from = -8, double to = 8,
                CurvesLayout layout = CurvesLayout::Overlay)
{
    CurvesState state = view.state();
    state.xFrom = from;
    state.xTo = to;
    state.layout = layout;
    view.setState(state);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
}

}  // namespace

class TestPlotInteraction : public QObject {
    Q_OBJECT

private slots:
    void keyStepIsTheSmallestRoundStepOfAPixel_data();
    void keyStepIsTheSmallestRoundStepOfAPixel();
    void steppedProbeMovesAtLeastAPixel_data();
    void steppedProbeMovesAtLeastAPixel();
    void snappedRangeEndsAreShortDecimals_data();
    void snappedRangeEndsAreShortDecimals();

    void clickSetsTheProbe_data();
    void clickSetsTheProbe();
    void aShakyClickIsStillAClick();
    void dragOnTheProbeLineMovesTheProbe_data();
    void dragOnTheProbeLineMovesTheProbe();
    void dragElsewherePans();
    void cursorShowsTheProbeLineCanBeGrabbed();
    void arrowKeysStepAtLeastAPixelColumn_data();
    void arrowKeysStepAtLeastAPixelColumn();

    void maxoutClickSetsASnappedProbe();
    void maxoutProbeLineDragsAndLinesStillDrag_data();
    void maxoutProbeLineDragsAndLinesStillDrag();
    void maxoutArrowKeysStepAtLeastAPixel_data();
    void maxoutArrowKeysStepAtLeastAPixel();
};

void TestPlotInteraction::keyStepIsTheSmallestRoundStepOfAPixel_data()
{
    QTest::addColumn<double>("pixel");
    QTest::addColumn<double>("step");
    QTest::newRow("16 over 1000 px") << 0.016 << 0.02;
    QTest::newRow("exactly 0.01") << 0.01 << 0.01;
    QTest::newRow("just over 0.01") << 0.0101 << 0.02;
    QTest::newRow("just over 0.2") << 0.21 << 0.5;
    QTest::newRow("just over 0.5") << 0.51 << 1.0;
    QTest::newRow("2e6 over 1000 px") << 2000.0 << 2000.0;
    QTest::newRow("1e-6 over 1600 px") << 6.25e-10 << 1e-9;
}

void TestPlotInteraction::keyStepIsTheSmallestRoundStepOfAPixel()
{
    QFETCH(double, pixel);
    QFETCH(double, step);
    const double got = plotinteraction::keyStep(pixel);
    QVERIFY2(std::abs(got - step) <= 1e-12 * step, qPrintable(QString::number(got, 'g', 17)));
    QVERIFY(got >= pixel * (1 - 1e-12));
}

void TestPlotInteraction::steppedProbeMovesAtLeastAPixel_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("pixel");
    QTest::addColumn<double>("expected");
    QTest::newRow("on the grid, right") << 1.5 << 1 << 0.016 << 1.52;
    QTest::newRow("on the grid, left") << 1.5 << -1 << 0.016 << 1.48;
    QTest::newRow("on the grid, Shift right") << 1.5 << 10 << 0.016 << 1.7;
    QTest::newRow("on the grid, Shift left") << 1.5 << -10 << 0.016 << 1.3;
    // Off the grid, the next grid point less than a pixel away is passed by: the press must be seen.
    QTest::newRow("just below a grid point") << 1.519 << 1 << 0.016 << 1.54;
    QTest::newRow("just above a grid point") << 1.481 << -1 << 0.016 << 1.46;
    QTest::newRow("off the grid, a pixel from it") << 1.503 << 1 << 0.016 << 1.52;
    QTest::newRow("through zero") << 0.01 << -1 << 0.016 << -0.02;
    QTest::newRow("wide range") << 123456.0 << 1 << 1250.0 << 126000.0;
    QTest::newRow("narrow range") << 3.0000004 << 1 << 6.25e-10 << 3.000000401;
}

void TestPlotInteraction::steppedProbeMovesAtLeastAPixel()
{
    QFETCH(double, x);
    QFETCH(int, steps);
    QFETCH(double, pixel);
    QFETCH(double, expected);
    const double got = plotinteraction::steppedProbe(x, steps, pixel);
    COMPARE_EXACT(got, expected);  // the decimal itself, not 1.5200000000000002
    QVERIFY(std::abs(got - x) >= pixel * (1 - 1e-9));
    QVERIFY((got - x) * steps > 0);
}

void TestPlotInteraction::snappedRangeEndsAreShortDecimals_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<double>("pixels");
    QTest::addColumn<double>("snappedLower");
    QTest::addColumn<double>("snappedUpper");
    // One wheel notch about x = 4 on −8 … 8: 0.85 of the span.
    QTest::newRow("zoom on the default range") << 4 + (-8 - 4) * 0.85 << 4 + (8 - 4) * 0.85 << 1000.0 << -6.2
                                               << 7.4;
    // Two decimals fit each pixel here; of two, the one nearer to zero.
    QTest::newRow("pan by a third of a unit") << -8 + 1.0 / 3 << 8 + 1.0 / 3 << 1000.0 << -7.66 << 8.33;
    QTest::newRow("far from zero") << 123456.70312345 << 123456.80312345 << 1000.0 << 123456.7031
                                   << 123456.8031;
}

void TestPlotInteraction::snappedRangeEndsAreShortDecimals()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(double, pixels);
    QFETCH(double, snappedLower);
    QFETCH(double, snappedUpper);
    const QCPRange snapped = plotinteraction::snappedRange({lower, upper}, pixels);
    COMPARE_EXACT(snapped.lower, snappedLower);
    COMPARE_EXACT(snapped.upper, snappedUpper);
    // Within half a pixel of the ends asked for: the point under the pointer stays under it.
    const double half = (upper - lower) / pixels / 2;
    QVERIFY(std::abs(snapped.lower - lower) <= half);
    QVERIFY(std::abs(snapped.upper - upper) <= half);
}

void TestPlotInteraction::clickSetsTheProbe_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("fraction");  // of the plotting area's width, from the left
    QTest::addColumn<bool>("stacked");
    QTest::newRow("default range, left") << QSize(1600, 1000) << -8.0 << 8.0 << 0.2 << false;
    QTest::newRow("default range, right") << QSize(1600, 1000) << -8.0 << 8.0 << 0.83 << false;
    QTest::newRow("small window") << QSize(1024, 700) << -8.0 << 8.0 << 0.61 << false;
    QTest::newRow("odd range") << QSize(1300, 900) << -3.14159 << 17.3 << 0.37 << false;
    QTest::newRow("far from zero") << QSize(1300, 900) << 123456.7 << 123456.8 << 0.55 << false;
    QTest::newRow("stacked, f′ panel") << QSize(1600, 1000) << -8.0 << 8.0 << 0.66 << true;
}

void TestPlotInteraction::clickSetsTheProbe()
{
    QFETCH(QSize, size);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, fraction);
    QFETCH(bool, stacked);
    CurvesView view;
    showCurves(view, size, from, to, stacked ? CurvesLayout::Stacked : CurvesLayout::Overlay);
    CurvesPlot* plot = view.plot();
    QCPAxisRect* rect = stacked ? plot->derivativeRect() : plot->functionRect();
    const QRect area = rect->rect();
    const QPoint at(area.left() + int(area.width() * fraction), area.top() + area.height() / 3);
    const CurvesState before = view.state();

    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);

    const QCPAxis& axis = *rect->axis(QCPAxis::atBottom);
    const double expected = expectedProbe(axis, at.x(), plot->devicePixelRatioF());
    COMPARE_EXACT(view.state().probeX, expected);
    // In the pixel column clicked, and as short as a number there can be.
    QVERIFY(std::abs(view.state().probeX - axis.pixelToCoord(at.x())) <=
            plotinteraction::devicePixelSpan(axis, plot->devicePixelRatioF()) / 2);
    QVERIFY2(roundTripText(view.state().probeX).size() <= roundTripText(to).size() + 5,
             qPrintable(roundTripText(view.state().probeX)));
    // A click pans nothing.
    COMPARE_EXACT(view.state().xFrom, before.xFrom);
    COMPARE_EXACT(view.state().xTo, before.xTo);
    QCOMPARE(view.state().yRange, before.yRange);
}

void TestPlotInteraction::aShakyClickIsStillAClick()
{
    CurvesView view;
    showCurves(view, QSize(1600, 1000));
    CurvesPlot* plot = view.plot();
    const QRect area = plot->functionRect()->rect();
    const QPoint at(area.left() + area.width() / 4, area.center().y());
    const QPoint shaken = at + QPoint(QApplication::startDragDistance() / 2, 1);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, at);
    dragTo(*plot, shaken);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, shaken);
    COMPARE_EXACT(view.state().xFrom, -8.0);  // not a pan
    COMPARE_EXACT(view.state().probeX,
                  expectedProbe(*plot->xAxis, at.x(), plot->devicePixelRatioF()));  // where it was pressed
}

void TestPlotInteraction::dragOnTheProbeLineMovesTheProbe_data()
{
    QTest::addColumn<bool>("stacked");
    QTest::addColumn<int>("offset");  // pixels from the line where it is grabbed
    QTest::newRow("on the line") << false << 0;
    QTest::newRow("a few pixels beside it") << false << -int(plotinteraction::kGrabPixels) + 1;
    QTest::newRow("stacked, on the f′ panel's line") << true << 2;
}

void TestPlotInteraction::dragOnTheProbeLineMovesTheProbe()
{
    QFETCH(bool, stacked);
    QFETCH(int, offset);
    CurvesView view;
    showCurves(view, QSize(1600, 1000), -8, 8, stacked ? CurvesLayout::Stacked : CurvesLayout::Overlay);
    CurvesPlot* plot = view.plot();
    QCPAxisRect* rect = stacked ? plot->derivativeRect() : plot->functionRect();
    const QCPAxis& axis = *rect->axis(QCPAxis::atBottom);
    const double line = axis.coordToPixel(view.state().probeX);
    const QPointF grab(std::round(line) + offset, rect->rect().center().y());  // whole pixels, as a mouse gives
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, grab.toPoint());
    const QPointF middle = grab - QPointF(80, 0);
    const QPointF end = grab - QPointF(200, 30);
    dragTo(*plot, middle);
    COMPARE_EXACT(view.state().probeX, expectedProbe(axis, middle.x(), plot->devicePixelRatioF()));
    dragTo(*plot, end);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, end.toPoint());
    COMPARE_EXACT(view.state().probeX, expectedProbe(axis, end.x(), plot->devicePixelRatioF()));
    // The view stays where it was.
    COMPARE_EXACT(view.state().xFrom, -8.0);
    COMPARE_EXACT(view.state().xTo, 8.0);
    QVERIFY(!view.state().yRange && !view.state().derivativeYRange);
}

void TestPlotInteraction::dragElsewherePans()
{
    CurvesView view;
    showCurves(view, QSize(1600, 1000));
    CurvesPlot* plot = view.plot();
    const QRect area = plot->functionRect()->rect();
    const double probe = view.state().probeX;
    const QPoint from(area.left() + area.width() / 5, area.center().y());  // far from the probe at 1.5
    const QPoint to = from + QPoint(area.width() / 4, 40);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    dragTo(*plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    // A quarter of the width to the right: the range moves a quarter of its 16 to the left, to within
    // the half pixel its ends are snapped by; the probe stays.
    const double shift = 16.0 * (area.width() / 4) / area.width();
    const double pixel = plotinteraction::devicePixelSpan(*plot->xAxis, plot->devicePixelRatioF());
    QVERIFY2(std::abs(view.state().xFrom - (-8.0 - shift)) <= pixel / 2, qPrintable(QString::number(view.state().xFrom)));
    QVERIFY(std::abs(view.state().xTo - (8.0 - shift)) <= pixel / 2);
    QVERIFY(view.state().yRange.has_value());
    COMPARE_EXACT(view.state().probeX, probe);
    // The ends read as short decimals in the range boxes.
    QVERIFY2(roundTripText(view.state().xFrom).size() <= 6, qPrintable(roundTripText(view.state().xFrom)));
}

void TestPlotInteraction::cursorShowsTheProbeLineCanBeGrabbed()
{
    CurvesView view;
    showCurves(view, QSize(1600, 1000));
    CurvesPlot* plot = view.plot();
    const QRect area = plot->functionRect()->rect();
    const double line = plot->xAxis->coordToPixel(view.state().probeX);
    const auto hover = [&](double x) {
        QMouseEvent move(QEvent::MouseMove, QPointF(x, area.center().y()),
                         plot->mapToGlobal(QPointF(x, area.center().y())), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(plot, &move);
        return plot->cursor().shape();
    };
    QCOMPARE(hover(line + 2), Qt::SizeHorCursor);
    QCOMPARE(hover(line - 60), Qt::ArrowCursor);
    QCOMPARE(hover(line), Qt::SizeHorCursor);
    CurvesState hidden = view.state();
    hidden.probeVisible = false;  // nothing to grab
    view.setState(hidden);
    QCOMPARE(hover(line), Qt::ArrowCursor);
}

void TestPlotInteraction::arrowKeysStepAtLeastAPixelColumn_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("default range") << QSize(1600, 1000) << -8.0 << 8.0;
    // Here a thousandth of the range (the old step) was less than a pixel: presses that showed nothing.
    QTest::newRow("narrow window") << QSize(1024, 700) << -8.0 << 8.0;
    QTest::newRow("wide range") << QSize(1300, 900) << -1e6 << 1e6;
    QTest::newRow("narrowest range") << QSize(1300, 900) << 1.0 << 1.000001;
}

void TestPlotInteraction::arrowKeysStepAtLeastAPixelColumn()
{
    QFETCH(QSize, size);
    QFETCH(double, from);
    QFETCH(double, to);
    CurvesView view;
    showCurves(view, size, from, to);
    CurvesState state = view.state();
    state.probeX = from + (to - from) * 0.4;
    view.setState(state);
    CurvesPlot* plot = view.plot();
    plot->setFocus();
    // A press, and the frame it asks for: the next press steps by the pixels of the plot as it is drawn.
    const auto press = [plot](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(plot, key, modifiers);
        QApplication::processEvents();
    };
    QApplication::processEvents();
    const double pixel = plotinteraction::devicePixelSpan(*plot->xAxis, plot->devicePixelRatioF());

    double x = view.state().probeX;
    press(Qt::Key_Right);
    const double first = view.state().probeX - x;
    QVERIFY2(first >= pixel * (1 - 1e-9), qPrintable(QStringLiteral("%1 < %2").arg(first).arg(pixel)));
    // Now on the grid: each further press moves one step of at least a pixel, at most a round 2.5 pixels.
    x = view.state().probeX;
    press(Qt::Key_Right);
    const double step = view.state().probeX - x;
    QVERIFY2(step >= pixel * (1 - 1e-9) && step <= 2.5 * pixel * (1 + 1e-9),
             qPrintable(QStringLiteral("step %1, pixel %2").arg(step).arg(pixel)));
    // The round step for this pixel (tested above), and on its grid: a short decimal.
    const double round = plotinteraction::keyStep(pixel);
    QVERIFY(std::abs(step - round) <= 1e-6 * round);
    const double grid = view.state().probeX / round;
    QVERIFY2(std::abs(grid - std::round(grid)) < 1e-6,
             qPrintable(QStringLiteral("%1 after %2: step %3, pixel %4")
                            .arg(roundTripText(view.state().probeX), roundTripText(x))
                            .arg(step, 0, 'g', 17)
                            .arg(pixel)));
    x = view.state().probeX;
    press(Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY2(std::abs((x - view.state().probeX) - 10 * step) <= 1e-3 * step,
             qPrintable(QStringLiteral("%1 vs 10 × %2").arg(x - view.state().probeX).arg(step)));
    press(Qt::Key_Left);
    QVERIFY(x - view.state().probeX > 10 * step);
}

void TestPlotInteraction::maxoutClickSetsASnappedProbe()
{
    MaxoutView view;
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    MaxoutLinePlot& plot = *view.linePlot();
    plot.replot();
    // Away from every line: a quarter in, just under the top of the derivative panel.
    const QRect derivative = plot.derivativeRect()->rect();
    const QPoint at(derivative.left() + derivative.width() / 4 + 3, derivative.top() + 5);
    QTest::mouseClick(&plot, Qt::LeftButton, {}, at);
    COMPARE_EXACT(view.state().oneInput.probe, expectedProbe(*plot.derivativeRect()->axis(QCPAxis::atBottom),
                                                             at.x(), plot.devicePixelRatioF()));

    MaxoutState state = view.state();
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    MaxoutMapPlot& map = *view.mapPlot();
    map.replot();
    QCPAxisRect* rect = map.mapRect(1);
    const QPoint point = rect->rect().center() + QPoint(7, -11);
    QTest::mouseClick(&map, Qt::LeftButton, {}, point);
    const double ratio = map.devicePixelRatioF();
    COMPARE_EXACT(view.state().twoInput.probe[0],
                  expectedProbe(*rect->axis(QCPAxis::atBottom), point.x(), ratio));
    COMPARE_EXACT(view.state().twoInput.probe[1], expectedProbe(*rect->axis(QCPAxis::atLeft), point.y(), ratio));
}

void TestPlotInteraction::maxoutProbeLineDragsAndLinesStillDrag_data()
{
    QTest::addColumn<bool>("approximating");
    QTest::newRow("the default layer") << false;
    // Beside the error panel the derivative panel is narrower: its own scale places its probe line.
    QTest::newRow("softplus by tangents") << true;
}

void TestPlotInteraction::maxoutProbeLineDragsAndLinesStillDrag()
{
    QFETCH(bool, approximating);
    MaxoutView view;
    if (approximating) view.presetButton(MaxoutPreset::SoftplusTangents)->click();
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    MaxoutLinePlot& plot = *view.linePlot();
    plot.replot();
    const QCPAxis& axis = *plot.derivativeRect()->axis(QCPAxis::atBottom);
    // The probe line in the derivative panel, grabbed beside it: the cursor says so, and it follows.
    const QPointF grab(axis.coordToPixel(view.state().oneInput.probe) + 2,
                       plot.derivativeRect()->rect().center().y());
    QMouseEvent hover(QEvent::MouseMove, grab, plot.mapToGlobal(grab), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QApplication::sendEvent(&plot, &hover);
    QCOMPARE(plot.cursor().shape(), Qt::SizeHorCursor);
    const MaxoutLayer layer = view.state().oneInput.layer;
    QTest::mousePress(&plot, Qt::LeftButton, {}, grab.toPoint());
    COMPARE_EXACT(view.state().oneInput.probe, 0.5);  // grabbing does not move it
    const QPointF end = grab + QPointF(120, 0);
    dragTo(plot, end);
    QTest::mouseRelease(&plot, Qt::LeftButton, {}, end.toPoint());
    COMPARE_EXACT(view.state().oneInput.probe, expectedProbe(axis, end.x(), plot.devicePixelRatioF()));
    for (std::size_t j = 0; j < layer.units.size(); ++j) {
        QCOMPARE(view.state().oneInput.layer.units[j].weights, layer.units[j].weights);
        COMPARE_EXACT(view.state().oneInput.layer.units[j].bias, layer.units[j].bias);
    }

    // A drag that starts on a unit's line still moves the line, not the probe.
    plot.replot();
    const double probe = view.state().oneInput.probe;
    const QPoint line = plot.pixelOf(3, 3.0).toPoint();
    QTest::mousePress(&plot, Qt::LeftButton, {}, line);
    dragTo(plot, line + QPoint(0, -40));
    QTest::mouseRelease(&plot, Qt::LeftButton, {}, line + QPoint(0, -40));
    QVERIFY(view.state().oneInput.layer.units[3].bias > layer.units[3].bias);
    COMPARE_EXACT(view.state().oneInput.probe, probe);
}

void TestPlotInteraction::maxoutArrowKeysStepAtLeastAPixel_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("large window") << QSize(1500, 950);
    QTest::newRow("small window") << QSize(1024, 700);
}

void TestPlotInteraction::maxoutArrowKeysStepAtLeastAPixel()
{
    QFETCH(QSize, size);
    MaxoutView view;
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    MaxoutLinePlot& plot = *view.linePlot();
    plot.replot();
    const double pixel =
        plotinteraction::devicePixelSpan(*plot.mainRect()->axis(QCPAxis::atBottom), plot.devicePixelRatioF());
    const double start = view.state().oneInput.probe;  // 0.5: on every round grid
    QTest::keyClick(&plot, Qt::Key_Right);
    const double step = view.state().oneInput.probe - start;
    // The old step was 0.1 whatever the size: ten pixels and more where two would do.
    QVERIFY2(step >= pixel * (1 - 1e-9) && step <= 2.5 * pixel * (1 + 1e-9),
             qPrintable(QStringLiteral("step %1, pixel %2").arg(step).arg(pixel)));
    QTest::keyClick(&plot, Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY(std::abs((start + step - view.state().oneInput.probe) - 10 * step) <= 1e-12);

    MaxoutState state = view.state();
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    MaxoutMapPlot& map = *view.mapPlot();
    map.replot();
    const PlanePoint before = view.state().twoInput.probe;
    QTest::keyClick(&map, Qt::Key_Up);
    QTest::keyClick(&map, Qt::Key_Left);
    const double ratio = map.devicePixelRatioF();
    const double across = plotinteraction::devicePixelSpan(*map.mapRect(0)->axis(QCPAxis::atBottom), ratio);
    const double up = plotinteraction::devicePixelSpan(*map.mapRect(0)->axis(QCPAxis::atLeft), ratio);
    const double dx = before[0] - view.state().twoInput.probe[0];
    const double dy = view.state().twoInput.probe[1] - before[1];
    QVERIFY2(dx >= across * (1 - 1e-9) && dx <= 3.5 * across, qPrintable(QString::number(dx)));
    QVERIFY2(dy >= up * (1 - 1e-9) && dy <= 3.5 * up, qPrintable(QString::number(dy)));
}

QTEST_MAIN(TestPlotInteraction)
#include "tst_plotinteraction.moc"
