// What the views ask of a theme: the sizes of their marks, named fields set by each theme, larger in the
// presentation theme for the back row and the same on every screen theme, so a view never guesses the
// theme from its font size.

#include "ui/common/theme.h"

#include <QTest>

#include <functional>

using namespace actlab;

namespace {

/// One of Theme's mark sizes, as a number, with its name for the row.
using MarkSize = std::function<double(const Theme&)>;

}  // namespace

Q_DECLARE_METATYPE(MarkSize)

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void marksAreLargerForTheBackRow_data();
    void marksAreLargerForTheBackRow();
    void everyThemeIsKnownById_data();
    void everyThemeIsKnownById();
};

void TestTheme::marksAreLargerForTheBackRow_data()
{
    QTest::addColumn<MarkSize>("size");
    QTest::newRow("axisWidth") << MarkSize([](const Theme& t) { return t.axisWidth; });
    QTest::newRow("legendIconSize width")
        << MarkSize([](const Theme& t) { return t.legendIconSize.width(); });
    QTest::newRow("legendIconSize height")
        << MarkSize([](const Theme& t) { return t.legendIconSize.height(); });
    QTest::newRow("markerSize") << MarkSize([](const Theme& t) { return t.markerSize; });
    QTest::newRow("smallMarkerSize") << MarkSize([](const Theme& t) { return t.smallMarkerSize; });
    QTest::newRow("dataPointSize") << MarkSize([](const Theme& t) { return t.dataPointSize; });
    QTest::newRow("ringSize") << MarkSize([](const Theme& t) { return t.ringSize; });
    QTest::newRow("ringWidth") << MarkSize([](const Theme& t) { return t.ringWidth; });
    QTest::newRow("probeLineWidth") << MarkSize([](const Theme& t) { return t.probeLineWidth; });
    QTest::newRow("guideWidth") << MarkSize([](const Theme& t) { return t.guideWidth; });
    QTest::newRow("emphasisWidth") << MarkSize([](const Theme& t) { return t.emphasisWidth; });
    QTest::newRow("colourScaleBarWidth") << MarkSize([](const Theme& t) { return t.colourScaleBarWidth; });
}

void TestTheme::marksAreLargerForTheBackRow()
{
    QFETCH(MarkSize, size);
    const double light = size(Theme::light());
    QVERIFY(light > 0);
    // The screen themes draw their marks alike: only colours tell them apart.
    QCOMPARE(size(Theme::dark()), light);
    QCOMPARE(size(Theme::print()), light);
    // The presentation theme draws every mark larger, by about as much as its text (18 pt against 11).
    const double presentation = size(Theme::presentation());
    QVERIFY2(presentation >= 1.2 * light && presentation <= 2.0 * light,
             qPrintable(QStringLiteral("%1 against %2").arg(presentation).arg(light)));
}

void TestTheme::everyThemeIsKnownById_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : Theme::ids()) QTest::newRow(qPrintable(id)) << id;
}

void TestTheme::everyThemeIsKnownById()
{
    QFETCH(QString, id);
    bool ok = false;
    const Theme theme = Theme::byId(id, &ok);
    QVERIFY(ok);
    QCOMPARE(theme.id, id);
    // Only the presentation theme's text is large, and its marks with it.
    const bool large = id == u"presentation";
    QCOMPARE(theme.fontPointSize > Theme::light().fontPointSize, large);
    QCOMPARE(theme.markerSize > Theme::light().markerSize, large);
}

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
