// The colours the views ask of a palette, each named for its job and set by every theme, and the one
// diverging scale: −max, 0 and +max are the theme's negative, neutral and positive colours, and the
// softmax heat map and the maxout maps colour by the same gradient.

#include "tests/ui/maxoutstates.h"
#include "ui/common/plotstyle.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutview.h"
#include "ui/softmax/jacobianheatmap.h"
#include "ui/softmax/softmaxview.h"

#include <QTest>

#include <functional>

using namespace actlab;

namespace {

using NamedColour = std::function<QColor(const Palette&)>;

bool isGrey(const QColor& c)
{
    return c.red() == c.green() && c.green() == c.blue();
}

/// Within `tolerance` per channel: the gradient's 512 levels put 0 a fraction of a level off its stop.
bool near(const QColor& a, const QColor& b, int tolerance = 2)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// The colour scale a plot shows beside its map: the gradient its cells are coloured by.
QCPColorGradient scaleGradient(QCustomPlot& plot)
{
    const QList<QCPColorScale*> scales = plot.findChildren<QCPColorScale*>();
    return scales.size() == 1 ? scales.front()->gradient() : QCPColorGradient();
}

}  // namespace

Q_DECLARE_METATYPE(NamedColour)

class TestPalette : public QObject {
    Q_OBJECT

private slots:
    void everyThemeSetsEveryColour_data();
    void everyThemeSetsEveryColour();
    void divergingScaleMapsSignToColour_data();
    void divergingScaleMapsSignToColour();
    void heatMapAndMaxoutMapsShareTheScale_data();
    void heatMapAndMaxoutMapsShareTheScale();
    void textReadsOnAnyFill_data();
    void textReadsOnAnyFill();
};

void TestPalette::everyThemeSetsEveryColour_data()
{
    QTest::addColumn<NamedColour>("colour");
    QTest::newRow("secondaryInk") << NamedColour([](const Palette& p) { return p.secondaryInk; });
    QTest::newRow("referenceLine") << NamedColour([](const Palette& p) { return p.referenceLine; });
    QTest::newRow("cellBorder") << NamedColour([](const Palette& p) { return p.cellBorder; });
    QTest::newRow("backdropBand") << NamedColour([](const Palette& p) { return p.backdropBand; });
    QTest::newRow("barFill") << NamedColour([](const Palette& p) { return p.barFill; });
    QTest::newRow("barEdge") << NamedColour([](const Palette& p) { return p.barEdge; });
    QTest::newRow("hatch") << NamedColour([](const Palette& p) { return p.hatch; });
    QTest::newRow("winnerFill") << NamedColour([](const Palette& p) { return p.winnerFill; });
    QTest::newRow("diverging negative") << NamedColour([](const Palette& p) { return p.diverging.negative; });
    QTest::newRow("diverging neutral") << NamedColour([](const Palette& p) { return p.diverging.neutral; });
    QTest::newRow("diverging positive") << NamedColour([](const Palette& p) { return p.diverging.positive; });
}

void TestPalette::everyThemeSetsEveryColour()
{
    QFETCH(NamedColour, colour);
    for (const QString& id : Theme::ids()) {
        const Palette palette = Theme::byId(id).palette;
        const QColor c = colour(palette);
        QVERIFY2(c.isValid() && c.alpha() > 0, qPrintable(id));
        // Print has no colour at all, only greys (a semi-transparent band is a grey on white too).
        if (id == u"print") QVERIFY2(isGrey(c), qPrintable(c.name()));
        // Seen against the page: not the background itself.
        QVERIFY2(c.rgb() != palette.background.rgb(), qPrintable(id + u' ' + c.name()));
    }
    // Light and dark differ where the background does: a colour for white paper is not one for a dark room.
    QVERIFY(colour(Palette::light()).rgba() != colour(Palette::dark()).rgba());
}

void TestPalette::divergingScaleMapsSignToColour_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString& id : Theme::ids()) QTest::newRow(qPrintable(id)) << id;
}

void TestPalette::divergingScaleMapsSignToColour()
{
    QFETCH(QString, theme);
    const Theme t = Theme::byId(theme);
    const DivergingScale& scale = t.palette.diverging;
    QCPColorGradient gradient = divergingGradient(t);
    for (const QCPRange range : {QCPRange(-1, 1), QCPRange(-2.5e-7, 2.5e-7)}) {
        QVERIFY(near(QColor::fromRgb(gradient.color(range.lower, range)), scale.negative));
        QVERIFY(near(QColor::fromRgb(gradient.color(0.0, range)), scale.neutral));
        QVERIFY(near(QColor::fromRgb(gradient.color(range.upper, range)), scale.positive));
    }
    if (t.monochrome) {
        // Greys carry the sign as lightness: dark negative, mid zero, white positive.
        QVERIFY(scale.negative.lightness() < scale.neutral.lightness());
        QVERIFY(scale.neutral.lightness() < scale.positive.lightness());
    } else {
        QVERIFY2(scale.negative.blue() > scale.negative.red(), "negative is blue");
        QVERIFY2(scale.positive.red() > scale.positive.blue(), "positive is red");
        // Zero is near the background, so that only a sign stands out.
        QVERIFY(std::abs(scale.neutral.lightness() - t.palette.background.lightness()) < 40);
    }
}

void TestPalette::heatMapAndMaxoutMapsShareTheScale_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString& id : Theme::ids()) QTest::newRow(qPrintable(id)) << id;
}

void TestPalette::heatMapAndMaxoutMapsShareTheScale()
{
    QFETCH(QString, theme);
    const Theme t = Theme::byId(theme);
    SoftmaxView softmax;
    softmax.applyTheme(t);
    MaxoutView maxout;
    maxout.resize(1400, 900);
    maxout.setState(stateWith(MaxoutMode::TwoInput, 0, 4, 2));
    maxout.applyTheme(t);
    const QCPColorGradient heatMap = scaleGradient(*softmax.heatMap());
    const QCPColorGradient maps = scaleGradient(*maxout.mapPlot());
    QVERIFY(heatMap == divergingGradient(t));
    QVERIFY(maps == divergingGradient(t));
    // Every map's cells are coloured by the scale beside them.
    for (std::size_t g = 0; g < maxout.mapPlot()->outputCount(); ++g)
        QVERIFY(maxout.mapPlot()->colorMap(g)->gradient() == maps);
}

void TestPalette::textReadsOnAnyFill_data()
{
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<bool>("darkText");
    QTest::newRow("white") << QColor(0xff, 0xff, 0xff) << true;
    QTest::newRow("light RdBu neutral") << Palette::light().diverging.neutral << true;
    QTest::newRow("light RdBu positive") << Palette::light().diverging.positive << false;
    QTest::newRow("dark neutral") << Palette::dark().diverging.neutral << false;
    QTest::newRow("print negative") << Palette::print().diverging.negative << false;
    QTest::newRow("print positive") << Palette::print().diverging.positive << true;
}

void TestPalette::textReadsOnAnyFill()
{
    QFETCH(QColor, fill);
    QFETCH(bool, darkText);
    const QColor text = Palette::textOn(fill);
    QCOMPARE(text.lightness() < 128, darkText);
    QVERIFY2(std::abs(text.lightness() - fill.lightness()) > 60, qPrintable(fill.name()));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
