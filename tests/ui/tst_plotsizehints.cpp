// A plot's size hints change with what it draws (a title, the number of maxout maps, the font), and
// QCustomPlot tells no one: the layouts around it kept the largest minimum it had ever had, and a window
// could not be made smaller again (found by the GUI stress test: the window stayed 1525 px wide).

#include "ui/common/bufferreleasingplot.h"

#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace actlab;

namespace {

/// A plot whose minimum width is its title's.
struct TitledPlot {
    BufferReleasingPlot* plot;
    QCPTextElement* title;
};

TitledPlot titledPlot()
{
    auto* plot = new BufferReleasingPlot;
    auto* title = new QCPTextElement(plot, QString());
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, title);
    return {plot, title};
}

void setTitle(const TitledPlot& titled, const QString& text)
{
    titled.title->setText(text);
    titled.plot->replot();
    QCoreApplication::processEvents();
}

}  // namespace

class TestPlotSizeHints : public QObject {
    Q_OBJECT
private slots:
    void aWindowShrinksWhenItsPlotAsksForLess_data();
    void aWindowShrinksWhenItsPlotAsksForLess();
};

void TestPlotSizeHints::aWindowShrinksWhenItsPlotAsksForLess_data()
{
    QTest::addColumn<bool>("onHiddenPage");
    QTest::newRow("plot shown") << false;
    QTest::newRow("plot on a stacked page not shown") << true;
}

void TestPlotSizeHints::aWindowShrinksWhenItsPlotAsksForLess()
{
    QFETCH(bool, onHiddenPage);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* stack = new QStackedWidget;
    layout->addWidget(stack);
    const TitledPlot titled = titledPlot();
    auto* other = new QWidget;
    stack->addWidget(other);
    stack->addWidget(titled.plot);
    stack->setCurrentWidget(titled.plot);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    setTitle(titled, QString(200, QLatin1Char('W')));
    const int wide = window.minimumSizeHint().width();
    QVERIFY2(wide > 1000, qPrintable(QString::number(wide)));
    QVERIFY(window.width() >= wide);

    if (onHiddenPage) stack->setCurrentWidget(other);
    setTitle(titled, QStringLiteral("W"));
    // Layout requests travel up one widget per event-loop turn.
    QTRY_VERIFY_WITH_TIMEOUT(window.minimumSize().width() < 200, 1000);
    window.resize(400, 300);
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), QSize(400, 300));
}

QTEST_MAIN(TestPlotSizeHints)
#include "tst_plotsizehints.moc"
