// The right-click menu every plot has, opened as a user opens it (a context-menu event on the plot): Copy
// image puts the plot on the clipboard as a PNG, Copy values the numbers the plot shows (its probe, its
// marker, its matrix, or the layer under the pointer) as tab-separated round-trip text that equals
// core's numbers, Reset view (on the plot that pans and zooms) resets it, and Export figure… asks the
// window for its export dialog.

#include "core/maxout.h"
#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvesview.h"
#include "ui/depth/depthnumbers.h"
#include "ui/depth/depthplot.h"
#include "ui/depth/depthview.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutview.h"
#include "ui/softmax/jacobianheatmap.h"
#include "ui/softmax/probabilitychart.h"
#include "ui/softmax/sliceplot.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxnumbers.h"
#include "ui/softmax/softmaxview.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace actlab;

namespace {

enum class Plot { Curves, MaxoutLines, MaxoutMaps, Probabilities, Slice, Jacobian, Depth };

/// A view showing the plot, the plot, where the right-click goes and what Copy values must give.
struct Fixture {
    std::unique_ptr<View> view;
    QCustomPlot* plot = nullptr;
    QPoint at;
    QString values;
};

QString row(const QStringList& fields)
{
    return fields.join(u'\t') + u'\n';
}

Fixture curves()
{
    auto view = std::make_unique<CurvesView>();
    CurvesState state = view->state();
    state.activationIds = {"sigmoid", "tanh"};
    state.probeX = 0.75;
    view->setState(state);
    Fixture fixture;
    fixture.plot = view->plot();
    fixture.at = view->plot()->functionRect()->rect().center();
    const QString x = roundTripText(0.75);
    fixture.values = row({QStringLiteral("function"), QStringLiteral("x"), QStringLiteral("f(x)"),
                          QStringLiteral("f\u2032(x)")});
    for (const char* id : {"sigmoid", "tanh"}) {
        const Activation& activation = *findActivation(id);
        fixture.values += row({QString::fromLatin1(id), x, roundTripText(activation.value(0.75, {})),
                               roundTripText(activation.derivative(0.75, {}))});
    }
    fixture.view = std::move(view);
    return fixture;
}

Fixture maxout(bool maps)
{
    auto view = std::make_unique<MaxoutView>();
    MaxoutState state = view->state();
    if (maps) state.mode = MaxoutMode::TwoInput;
    view->setState(state);
    Fixture fixture;
    const std::vector<double> probe = state.probePoint();
    const MaxoutForward forward = maxoutForward(state.layer(), probe);
    if (maps) {
        fixture.plot = view->mapPlot();
        fixture.values = row({QStringLiteral("output"), QStringLiteral("x\u2081"), QStringLiteral("x\u2082"),
                              QStringLiteral("out"), QStringLiteral("winner")});
    } else {
        fixture.plot = view->linePlot();
        fixture.values = row({QStringLiteral("output"), QStringLiteral("x"), QStringLiteral("out"),
                              QStringLiteral("winner"), QStringLiteral("\u2202out/\u2202x")});
    }
    for (std::size_t g = 0; g < forward.outputs.size(); ++g) {
        const std::size_t winner = forward.winners[g];
        QStringList fields{QStringLiteral("out") + QChar(char16_t(0x2081 + g))};
        for (const double x : probe) fields << roundTripText(x);
        fields << roundTripText(forward.outputs[g]) << QStringLiteral("z") + QChar(char16_t(0x2081 + winner));
        if (!maps) fields << roundTripText(state.layer().units[winner].weights[0]);
        fixture.values += row(fields);
    }
    fixture.view = std::move(view);
    return fixture;
}

Fixture softmax(Plot which)
{
    auto view = std::make_unique<SoftmaxView>();
    SoftmaxState state = view->state();
    state.sliceOutput = 1;
    state.sliceLogit = 2;
    view->setState(state);
    SoftmaxNumbers numbers;
    computeSoftmaxNumbers(state, 2, numbers);
    const std::size_t n = state.classCount();
    Fixture fixture;
    if (which == Plot::Probabilities) {
        fixture.plot = view->probabilityChart();
        fixture.values = row({QStringLiteral("class"), QStringLiteral("a"), QStringLiteral("s"),
                              QStringLiteral("log s")});
        for (std::size_t i = 0; i < n; ++i) {
            fixture.values += row({QString::number(i + 1), roundTripText(state.logits[i]),
                                   roundTripText(numbers.probabilities[i]),
                                   roundTripText(numbers.logProbabilities[i])});
        }
    } else if (which == Plot::Slice) {
        fixture.plot = view->slicePlot();
        fixture.values = row({QStringLiteral("a\u2083"), QStringLiteral("s\u2082"),
                              QStringLiteral("\u2202s\u2082/\u2202a\u2083")}) +
                         row({roundTripText(state.logits[2]), roundTripText(numbers.probabilities[1]),
                              roundTripText(numbers.jacobianAt(1, 2))});
    } else {
        fixture.plot = view->heatMap();
        QStringList header{QStringLiteral("\u2202s/\u2202a")};
        for (std::size_t j = 0; j < n; ++j) header << logitName(j);
        fixture.values = row(header);
        for (std::size_t i = 0; i < n; ++i) {
            QStringList fields{probabilityName(i)};
            for (std::size_t j = 0; j < n; ++j) fields << roundTripText(numbers.jacobianAt(i, j));
            fixture.values += row(fields);
        }
    }
    fixture.view = std::move(view);
    return fixture;
}

Fixture depth()
{
    auto view = std::make_unique<DepthView>();
    Fixture fixture;
    fixture.plot = view->plot();
    fixture.view = std::move(view);
    return fixture;  // the layer under the pointer is known once the plot is laid out
}

Fixture fixtureFor(Plot which)
{
    switch (which) {
        case Plot::Curves: return curves();
        case Plot::MaxoutLines: return maxout(false);
        case Plot::MaxoutMaps: return maxout(true);
        case Plot::Probabilities:
        case Plot::Slice:
        case Plot::Jacobian: return softmax(which);
        case Plot::Depth: return depth();
    }
    return {};
}

/// What the depth plot must copy for a right-click at `at`: the layer nearest the pointer, from core.
QString depthValues(const DepthView& view, QPoint at)
{
    DepthNumbers numbers;
    numbers.compute(view.state());
    const double x = view.plot()->gradientRect()->axis(QCPAxis::atBottom)->pixelToCoord(at.x());
    const auto l = static_cast<std::size_t>(std::lround(x));
    QString text = row({QStringLiteral("function"), QStringLiteral("l"), QStringLiteral("\u2202h\u2097/\u2202x"),
                        QStringLiteral("log\u2081\u2080|\u2202h\u2097/\u2202x|"),
                        QStringLiteral("w\u2097\u00b7act\u2032(z\u2097)")});
    for (const DepthSeries& series : numbers.series) {
        const DepthLayer& layer = series.layers[l - 1];
        text += row({QString::fromUtf8(series.activation->id.data(), qsizetype(series.activation->id.size())),
                     QString::number(l), roundTripText(layer.gradient),
                     roundTripText(layer.log10AbsGradient()), roundTripText(layer.factor)});
    }
    return text;
}

QStringList actionNames(const QMenu& menu)
{
    QStringList names;
    for (const QAction* action : menu.actions()) {
        if (!action->isSeparator()) names << action->objectName();
    }
    return names;
}

QAction* action(const QMenu& menu, const QString& name)
{
    for (QAction* action : menu.actions()) {
        if (action->objectName() == name) return action;
    }
    return nullptr;
}

}  // namespace

Q_DECLARE_METATYPE(Plot)

class TestPlotContextMenu : public QObject {
    Q_OBJECT

private slots:
    void everyPlotHasTheMenu_data();
    void everyPlotHasTheMenu();
    void resetViewResetsTheCurves();
};

void TestPlotContextMenu::everyPlotHasTheMenu_data()
{
    QTest::addColumn<Plot>("which");
    QTest::addColumn<bool>("resets");  // only the curves plot pans and zooms
    QTest::newRow("curves") << Plot::Curves << true;
    QTest::newRow("maxout lines") << Plot::MaxoutLines << false;
    QTest::newRow("maxout maps") << Plot::MaxoutMaps << false;
    QTest::newRow("softmax probabilities") << Plot::Probabilities << false;
    QTest::newRow("softmax slice") << Plot::Slice << false;
    QTest::newRow("softmax Jacobian") << Plot::Jacobian << false;
    QTest::newRow("depth") << Plot::Depth << false;
}

void TestPlotContextMenu::everyPlotHasTheMenu()
{
    QFETCH(Plot, which);
    QFETCH(bool, resets);
    Fixture fixture = fixtureFor(which);
    fixture.view->resize(1500, 950);
    fixture.view->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.view.get()));
    QCustomPlot& plot = *fixture.plot;
    plot.replot(QCustomPlot::rpImmediateRefresh);
    if (which == Plot::Depth) {
        auto* depthView = static_cast<DepthView*>(fixture.view.get());
        const QRect area = depthView->plot()->gradientRect()->rect();
        fixture.at = QPoint(area.left() + area.width() * 2 / 3, area.center().y());
        fixture.values = depthValues(*depthView, fixture.at);
    } else if (fixture.at.isNull()) {
        fixture.at = plot.rect().center();
    }

    QContextMenuEvent event(QContextMenuEvent::Mouse, fixture.at, plot.mapToGlobal(fixture.at));
    QApplication::sendEvent(&plot, &event);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY2(menu != nullptr, "no menu popped up");
    QStringList expected{PlotContextMenu::copyImageName(), PlotContextMenu::copyValuesName()};
    if (resets) expected << PlotContextMenu::resetViewName();
    expected << PlotContextMenu::exportName();
    QCOMPARE(actionNames(*menu), expected);
    for (const QAction* item : menu->actions()) QVERIFY(item->isSeparator() || !item->text().isEmpty());

    action(*menu, PlotContextMenu::copyValuesName())->trigger();
    QCOMPARE(QApplication::clipboard()->text(), fixture.values);

    action(*menu, PlotContextMenu::copyImageName())->trigger();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime != nullptr && mime->hasFormat(QStringLiteral("image/png")));
    const QImage image = QImage::fromData(mime->data(QStringLiteral("image/png")), "PNG");
    QCOMPARE(image.size(), plot.size() * plot.devicePixelRatioF());
    // A picture of the plot, not an empty image: the background and the ink of the frame at least.
    const QRgb corner = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 7) {
        for (int x = 0; x < image.width() && !drawn; x += 7) drawn = image.pixel(x, y) != corner;
    }
    QVERIFY(drawn);

    QSignalSpy exportAsked(fixture.view.get(), &View::exportRequested);
    action(*menu, PlotContextMenu::exportName())->trigger();
    QCOMPARE(exportAsked.count(), 1);
    menu->close();
}

void TestPlotContextMenu::resetViewResetsTheCurves()
{
    CurvesView view;
    CurvesState state = view.state();
    state.xFrom = -1.5;
    state.xTo = 40;
    state.yRange = AxisRange{-3, 3};
    const double probe = state.probeX;
    view.setState(state);
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint at = view.plot()->functionRect()->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view.plot()->mapToGlobal(at));
    QApplication::sendEvent(view.plot(), &event);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY(menu != nullptr);
    action(*menu, PlotContextMenu::resetViewName())->trigger();
    menu->close();
    QCOMPARE(view.state().xFrom, -8.0);
    QCOMPARE(view.state().xTo, 8.0);
    QVERIFY(!view.state().yRange);
    QCOMPARE(view.state().probeX, probe);  // a right-click moves no probe
}

QTEST_MAIN(TestPlotContextMenu)
#include "tst_plotcontextmenu.moc"
