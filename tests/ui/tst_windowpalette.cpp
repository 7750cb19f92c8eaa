// The dark screen theme darkens the whole window, controls included, and the light one gives back the
// look the application started with.

#include "ui/common/view.h"
#include "ui/common/windowpalette.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QPushButton>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace actlab;

class TestWindowPalette : public QObject {
    Q_OBJECT
private slots:
    void darkThemeDarkensTheWholeWindow();
    void darkPaletteReadsWell_data();
    void darkPaletteReadsWell();
};

void TestWindowPalette::darkThemeDarkensTheWholeWindow()
{
    const QPalette startPalette = QApplication::palette();
    const QString startStyle = QApplication::style()->name();
    MainWindow window;
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.setScreenTheme(QStringLiteral("dark"));
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 180);
    // A control of a view, not just its plots: the buttons are dark too, and drawn dark.
    QPushButton* button = window.currentView()->findChild<QPushButton*>();
    QVERIFY(button != nullptr);
    QVERIFY(button->palette().color(QPalette::Button).lightness() < 100);
    const QImage grabbed = window.grab().toImage();
    qint64 lightness = 0;
    for (int y = 0; y < grabbed.height(); y += 8)
        for (int x = 0; x < grabbed.width(); x += 8) lightness += grabbed.pixelColor(x, y).lightness();
    const qint64 samples = qint64((grabbed.height() + 7) / 8) * ((grabbed.width() + 7) / 8);
    QVERIFY2(lightness / samples < 90, qPrintable(QString::number(lightness / samples)));

    // Print and light: the look the application started with.
    window.setScreenTheme(QStringLiteral("print"));
    QCOMPARE(QApplication::style()->name(), startStyle);
    QCOMPARE(QApplication::palette(), startPalette);
    window.setScreenTheme(QStringLiteral("dark"));
    window.setScreenTheme(QStringLiteral("light"));
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::palette(), startPalette);
    QVERIFY(window.palette().color(QPalette::Window).lightness() > 180);
}

void TestWindowPalette::darkPaletteReadsWell_data()
{
    QTest::addColumn<int>("background");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<bool>("dimmedWhenDisabled");
    // WCAG 2's 4.5 : 1 for text throughout; disabled text dimmer, yet at 2.5 : 1 still legible.
    QTest::newRow("window text") << int(QPalette::Window) << int(QPalette::WindowText) << true;
    QTest::newRow("text") << int(QPalette::Base) << int(QPalette::Text) << true;
    QTest::newRow("button text") << int(QPalette::Button) << int(QPalette::ButtonText) << true;
    QTest::newRow("highlighted text") << int(QPalette::Highlight) << int(QPalette::HighlightedText) << true;
    QTest::newRow("tool tip") << int(QPalette::ToolTipBase) << int(QPalette::ToolTipText) << false;
}

namespace {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

void TestWindowPalette::darkPaletteReadsWell()
{
    QFETCH(int, background);
    QFETCH(int, foreground);
    QFETCH(bool, dimmedWhenDisabled);
    const QPalette palette = darkWindowPalette();
    const auto back = QPalette::ColorRole(background);
    const auto fore = QPalette::ColorRole(foreground);
    const double active =
        contrastRatio(palette.color(QPalette::Active, back), palette.color(QPalette::Active, fore));
    QVERIFY2(active >= 4.5, qPrintable(QString::number(active)));
    if (!dimmedWhenDisabled) return;
    const double disabled =
        contrastRatio(palette.color(QPalette::Disabled, back), palette.color(QPalette::Disabled, fore));
    QVERIFY2(disabled < active, qPrintable(QString::number(disabled)));
    QVERIFY2(disabled >= 2.5, qPrintable(QString::number(disabled)));
}

QTEST_MAIN(TestWindowPalette)
#include "tst_windowpalette.moc"
