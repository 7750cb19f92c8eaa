// The one number-entry control of every view: its scales (linear, logarithmic, integer) map slider
// positions to values and back, its one rounding rule gives slider values a person can read without
// merging neighbouring positions, its box takes what is typed exactly or refuses it, and it reports
// edits, steps, names and explains itself the same way wherever it is used.

#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/sliderscale.h"

#include "tests/common/exactcompare.h"
#include "tests/ui/typenumber.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>
#include <limits>
#include <memory>

using namespace actlab;
using actlab::testing::typeNumber;

Q_DECLARE_METATYPE(actlab::SliderScale)

namespace {

constexpr double kMax = std::numeric_limits<double>::max();

/// The scales the views use, by name, so that rows read as what they test.
SliderScale softplusBeta()
{
    return {0.01, 100.0, Scale::Logarithmic};
}
SliderScale temperature()
{
    return {0.05, 20.0, Scale::Logarithmic};
}
SliderScale probeOverDefaultView()
{
    return {-8.0, 8.0, Scale::Linear};
}
SliderScale logits()
{
    return {-10.0, 10.0, Scale::Linear, 2000};
}
SliderScale unitCount()
{
    return {1.0, 16.0, Scale::Integer};
}

/// An entry over `scale` showing `value`; its box takes [−typedMaximum, typedMaximum], or the scale's
/// range when typedMaximum is NaN.
std::unique_ptr<NumberEntry> entryWith(const SliderScale& scale, double value, double typedMaximum = NAN)
{
    auto entry = std::make_unique<NumberEntry>(QStringLiteral("v"));
    entry->setRange(scale.minimum(), scale.maximum(), scale.scale(), scale.lastPosition());
    if (!std::isnan(typedMaximum)) entry->setTypedRange(-typedMaximum, typedMaximum);
    entry->setValue(value);
    return entry;
}

/// Significant digits in the shortest text of `value`: 2.51 has 3, 1e308 has 1.
int significantDigits(double value)
{
    QString mantissa = roundTripText(std::fabs(value)).section(u'e', 0, 0).remove(u'.');
    while (mantissa.startsWith(u'0')) mantissa.remove(0, 1);
    while (mantissa.endsWith(u'0')) mantissa.chop(1);
    return std::max(1, static_cast<int>(mantissa.size()));
}

}  // namespace

class TestNumberEntry : public QObject {
    Q_OBJECT

private slots:
    void positionsMapToValuesAndBack_data();
    void positionsMapToValuesAndBack();
    void sliderValuesAreShortDistinctAndExactAtTheEnds_data();
    void sliderValuesAreShortDistinctAndExactAtTheEnds();
    void sliderValueReachesTheBox_data();
    void sliderValueReachesTheBox();
    void typedValuesAreKeptExactly_data();
    void typedValuesAreKeptExactly();
    void refusedTextBringsThePreviousValueBack_data();
    void refusedTextBringsThePreviousValueBack();
    void keysStepTheBox_data();
    void keysStepTheBox();
    void draggingAndFinishedSignals();
    void setValueEmitsNothing();
    void toolTipText_data();
    void toolTipText();
    void keyboardAndScreenReader();
    void integerScaleHasOnePositionPerValue();
};

void TestNumberEntry::positionsMapToValuesAndBack_data()
{
    QTest::addColumn<SliderScale>("scale");
    QTest::addColumn<int>("position");
    QTest::addColumn<double>("value");
    QTest::newRow("linear start") << probeOverDefaultView() << 0 << -8.0;
    QTest::newRow("linear middle") << probeOverDefaultView() << 500 << 0.0;
    QTest::newRow("linear end") << probeOverDefaultView() << 1000 << 8.0;
    QTest::newRow("linear 1.504 reads 1.5") << probeOverDefaultView() << 594 << 1.5;
    QTest::newRow("linear 1.52") << probeOverDefaultView() << 595 << 1.52;
    QTest::newRow("linear steps of 0.1") << SliderScale(-50, 50, Scale::Linear) << 123 << -37.7;
    QTest::newRow("logits in hundredths") << logits() << 1350 << 3.5;
    QTest::newRow("log start") << softplusBeta() << 0 << 0.01;
    QTest::newRow("log quarter") << softplusBeta() << 250 << 0.1;
    QTest::newRow("log middle") << softplusBeta() << 500 << 1.0;
    QTest::newRow("softplus β at 2.5118864315…") << softplusBeta() << 600 << 2.51;
    QTest::newRow("log end") << softplusBeta() << 1000 << 100.0;
    QTest::newRow("temperature quarter") << temperature() << 250 << 0.224;
    QTest::newRow("temperature 1 in the middle") << temperature() << 500 << 1.0;
    QTest::newRow("integer m") << unitCount() << 4 << 4.0;
    QTest::newRow("integer L at its end") << SliderScale(1, 60, Scale::Integer) << 60 << 60.0;
}

void TestNumberEntry::positionsMapToValuesAndBack()
{
    QFETCH(SliderScale, scale);
    QFETCH(int, position);
    QFETCH(double, value);
    COMPARE_EXACT(scale.valueAt(position), value);
    QCOMPARE(scale.positionOf(value), position);
}

void TestNumberEntry::sliderValuesAreShortDistinctAndExactAtTheEnds_data()
{
    QTest::addColumn<SliderScale>("scale");
    QTest::newRow("softplus β, log 0.01 … 100") << softplusBeta();
    QTest::newRow("temperature, log 0.05 … 20") << temperature();
    QTest::newRow("ε, log 1e-6 … 0.5") << SliderScale(1e-6, 0.5, Scale::Logarithmic);
    QTest::newRow("probe, −8 … 8") << probeOverDefaultView();
    QTest::newRow("x range, −50 … 50") << SliderScale(-50, 50, Scale::Linear);
    QTest::newRow("logits, −10 … 10 in 2000") << logits();
    QTest::newRow("hardtanh min_val, −10 … −0.1") << SliderScale(-10, -0.1, Scale::Linear);
    QTest::newRow("a zoomed view, −3.7 … 12.9") << SliderScale(-3.7, 12.9, Scale::Linear);
    QTest::newRow("a tiny span, 0 … 1e-7") << SliderScale(0, 1e-7, Scale::Linear);
    QTest::newRow("far from zero, 1e6 … 1e6 + 1") << SliderScale(1e6, 1e6 + 1, Scale::Linear);
}

// Every position of the slider: the ends are the range's ends, no two neighbours read the same, every
// value maps back to its own position, and no value has more digits than its step needs.
void TestNumberEntry::sliderValuesAreShortDistinctAndExactAtTheEnds()
{
    QFETCH(SliderScale, scale);
    const int first = scale.firstPosition();
    const int last = scale.lastPosition();
    COMPARE_EXACT(scale.valueAt(first), scale.minimum());
    COMPARE_EXACT(scale.valueAt(last), scale.maximum());
    const bool log = scale.scale() == Scale::Logarithmic;
    const double ratio = std::pow(scale.maximum() / scale.minimum(), 1.0 / (last - first));
    for (int p = first; p <= last; ++p) {
        const double value = scale.valueAt(p);
        QVERIFY2(scale.positionOf(value) == p, qPrintable(QStringLiteral("%1 at %2").arg(value).arg(p)));
        if (p > first) QVERIFY2(scale.valueAt(p - 1) < value, qPrintable(QString::number(p)));
        if (value == 0 || p == first || p == last) continue;
        // The width of the interval the rule may choose from; a decimal with the digits it needs lies in it.
        const double width = log ? value * (ratio - 1) : (scale.maximum() - scale.minimum()) / (last - first);
        const int needed = static_cast<int>(std::floor(std::log10(std::fabs(value))) -
                                            std::floor(std::log10(0.98 * width))) +
                           1;
        QVERIFY2(
            significantDigits(value) <= std::max(needed, 1),
            qPrintable(
                QStringLiteral("%1 at %2 needs %3 digits").arg(roundTripText(value)).arg(p).arg(needed)));
    }
}

void TestNumberEntry::sliderValueReachesTheBox_data()
{
    QTest::addColumn<SliderScale>("scale");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("text");
    QTest::newRow("softplus β") << softplusBeta() << 600 << QStringLiteral("2.51");
    QTest::newRow("softplus β near 40: 39.81… reads 39.8") << softplusBeta() << 900 << QStringLiteral("39.8");
    QTest::newRow("temperature") << temperature() << 250 << QStringLiteral("0.224");
    QTest::newRow("a logit") << logits() << 1350 << QStringLiteral("3.5");
    QTest::newRow("probe: 1.536 reads 1.54") << probeOverDefaultView() << 596 << QStringLiteral("1.54");
}

// What the slider gives is what the box shows and what the entry reports.
void TestNumberEntry::sliderValueReachesTheBox()
{
    QFETCH(SliderScale, scale);
    QFETCH(int, position);
    QFETCH(QString, text);
    auto entry = entryWith(scale, scale.minimum());
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    entry->slider()->setValue(position);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(roundTripText(edited.at(0).at(0).toDouble()), text);
    QCOMPARE(entry->box()->text(), text);
    QCOMPARE(roundTripText(entry->value()), text);
}

void TestNumberEntry::typedValuesAreKeptExactly_data()
{
    QTest::addColumn<SliderScale>("scale");
    QTest::addColumn<double>("typedMaximum");  ///< the box takes ±this, or the scale's range if NaN
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("position");
    QTest::newRow("1e308, unbounded") << logits() << kMax << QStringLiteral("1e308") << 1e308 << 2000;
    QTest::newRow("-1e308, unbounded") << logits() << kMax << QStringLiteral("-1e308") << -1e308 << 0;
    QTest::newRow("largest double") << logits() << kMax << QStringLiteral("1.7976931348623157e308") << kMax
                                    << 2000;
    QTest::newRow("-2.5e-7") << logits() << kMax << QStringLiteral("-2.5e-7") << -2.5e-7 << 1000;
    QTest::newRow("spaces around") << logits() << kMax << QStringLiteral(" 7.25 ") << 7.25 << 1725;
    QTest::newRow("β between positions, not rounded")
        << softplusBeta() << double(NAN) << QStringLiteral("2.718281828") << 2.718281828 << 609;
    QTest::newRow("β at a quarter") << softplusBeta() << double(NAN) << QStringLiteral("0.1") << 0.1 << 250;
    QTest::newRow("x beyond the slider")
        << SliderScale(-50, 50, Scale::Linear) << 1e6 << QStringLiteral("-123456.789") << -123456.789 << 0;
    QTest::newRow("a count") << unitCount() << double(NAN) << QStringLiteral("7") << 7.0 << 7;
    QTest::newRow("a count written 7.0") << unitCount() << double(NAN) << QStringLiteral("7.0") << 7.0 << 7;
}

void TestNumberEntry::typedValuesAreKeptExactly()
{
    QFETCH(SliderScale, scale);
    QFETCH(double, typedMaximum);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(int, position);
    auto entry = entryWith(scale, scale.valueAt(scale.firstPosition() + 1), typedMaximum);
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    QSignalSpy finished(entry.get(), &NumberEntry::editingFinished);
    typeNumber(entry->box(), text);
    QCOMPARE(edited.count(), 1);
    COMPARE_EXACT(edited.at(0).at(0).toDouble(), value);
    QCOMPARE(edited.at(0).at(1).toBool(), false);
    QCOMPARE(finished.count(), 1);
    COMPARE_EXACT(entry->value(), value);
    COMPARE_EXACT(entry->box()->value(), value);
    QCOMPARE(entry->box()->text(), roundTripText(value));
    QCOMPARE(entry->slider()->value(), position);
}

void TestNumberEntry::refusedTextBringsThePreviousValueBack_data()
{
    QTest::addColumn<SliderScale>("scale");
    QTest::addColumn<double>("typedMaximum");  ///< as in typedValuesAreKeptExactly
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("beyond the largest double") << logits() << kMax << 2.0 << QStringLiteral("1e309");
    QTest::newRow("empty") << logits() << kMax << 2.0 << QString();
    QTest::newRow("a sign only") << logits() << kMax << 2.0 << QStringLiteral("-");
    QTest::newRow("an exponent without digits") << logits() << kMax << 2.0 << QStringLiteral("2e");
    QTest::newRow("letters are not even typed") << logits() << kMax << 2.0 << QStringLiteral("abc");
    QTest::newRow("inf") << logits() << kMax << 2.0 << QStringLiteral("inf");
    QTest::newRow("β above its range") << softplusBeta() << double(NAN) << 1.0 << QStringLiteral("101");
    QTest::newRow("β below its range") << softplusBeta() << double(NAN) << 1.0 << QStringLiteral("0.001");
    QTest::newRow("β negative") << softplusBeta() << double(NAN) << 1.0 << QStringLiteral("-1");
    QTest::newRow("x past ±10⁶") << SliderScale(-50, 50, Scale::Linear) << 1e6 << 3.0
                                 << QStringLiteral("1000001");
    QTest::newRow("half a unit") << unitCount() << double(NAN) << 4.0 << QStringLiteral("2.5");
    QTest::newRow("more units than allowed") << unitCount() << double(NAN) << 4.0 << QStringLiteral("17");
}

void TestNumberEntry::refusedTextBringsThePreviousValueBack()
{
    QFETCH(SliderScale, scale);
    QFETCH(double, typedMaximum);
    QFETCH(double, value);
    QFETCH(QString, text);
    auto entry = entryWith(scale, value, typedMaximum);
    const int position = entry->slider()->value();
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    QSignalSpy finished(entry.get(), &NumberEntry::editingFinished);
    typeNumber(entry->box(), text);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(finished.count(), 0);
    COMPARE_EXACT(entry->value(), value);
    QCOMPARE(entry->box()->text(), roundTripText(value));  // the value in force comes back
    QCOMPARE(entry->slider()->value(), position);
}

void TestNumberEntry::keysStepTheBox_data()
{
    QTest::addColumn<SliderScale>("scale");
    QTest::addColumn<double>("typedMaximum");  ///< as in typedValuesAreKeptExactly
    QTest::addColumn<double>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("value");
    const SliderScale probe = probeOverDefaultView();
    QTest::newRow("1.5 up: the second digit") << probe << 1e6 << 1.5 << int(Qt::Key_Up) << 1.6;
    QTest::newRow("1 down: 0.99") << probe << 1e6 << 1.0 << int(Qt::Key_Down) << 0.99;
    QTest::newRow("0.25 up") << probe << 1e6 << 0.25 << int(Qt::Key_Up) << 0.26;
    QTest::newRow("-2.5 up, towards zero") << probe << 1e6 << -2.5 << int(Qt::Key_Up) << -2.4;
    QTest::newRow("-1 up: -0.99") << probe << 1e6 << -1.0 << int(Qt::Key_Up) << -0.99;
    QTest::newRow("0.2 page up: 0.3, not 0.30000000000000004")
        << probe << 1e6 << 0.2 << int(Qt::Key_PageUp) << 0.3;
    QTest::newRow("1.5 page down") << probe << 1e6 << 1.5 << int(Qt::Key_PageDown) << 0.5;
    QTest::newRow("0 up: the logits' step") << logits() << kMax << 0.0 << int(Qt::Key_Up) << 0.01;
    QTest::newRow("1e308 up") << logits() << kMax << 1e308 << int(Qt::Key_Up) << 1.1e308;
    QTest::newRow("the largest double stays") << logits() << kMax << kMax << int(Qt::Key_Up) << kMax;
    QTest::newRow("β stays at its minimum")
        << softplusBeta() << double(NAN) << 0.01 << int(Qt::Key_Down) << 0.01;
    QTest::newRow("β 2.51 up") << softplusBeta() << double(NAN) << 2.51 << int(Qt::Key_Up) << 2.61;
    QTest::newRow("a count up by one") << unitCount() << double(NAN) << 4.0 << int(Qt::Key_Up) << 5.0;
    QTest::newRow("a count page up stops at its end")
        << unitCount() << double(NAN) << 14.0 << int(Qt::Key_PageUp) << 16.0;
}

void TestNumberEntry::keysStepTheBox()
{
    QFETCH(SliderScale, scale);
    QFETCH(double, typedMaximum);
    QFETCH(double, start);
    QFETCH(int, key);
    QFETCH(double, value);
    auto entry = entryWith(scale, start, typedMaximum);
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    QTest::keyClick(entry->box(), Qt::Key(key));
    COMPARE_EXACT(entry->value(), value);
    QCOMPARE(entry->box()->text(), roundTripText(value));
    QCOMPARE(edited.count(), value == start ? 0 : 1);
    QCOMPARE(entry->slider()->value(), scale.positionOf(value));
}

// The slider held reports drafts; its release, a key on the slider and a number entered finish.
void TestNumberEntry::draggingAndFinishedSignals()
{
    auto entry = entryWith(softplusBeta(), 1.0);
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    QSignalSpy finished(entry.get(), &NumberEntry::editingFinished);
    QSlider* slider = entry->slider();
    slider->setSliderDown(true);
    QVERIFY(entry->isDragging());
    slider->setSliderPosition(550);
    slider->setSliderPosition(600);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(0).toDouble(), 2.51);
    QCOMPARE(edited.at(1).at(1).toBool(), true);
    QCOMPARE(finished.count(), 0);
    slider->setSliderDown(false);
    QVERIFY(!entry->isDragging());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(edited.count(), 2);

    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(edited.count(), 3);
    COMPARE_EXACT(edited.at(2).at(0).toDouble(), softplusBeta().valueAt(601));
    QCOMPARE(edited.at(2).at(1).toBool(), false);
    QCOMPARE(finished.count(), 2);

    typeNumber(entry->box(), QStringLiteral("3"));
    QCOMPARE(edited.count(), 4);
    QCOMPARE(edited.at(3).at(1).toBool(), false);
    QCOMPARE(finished.count(), 3);
}

void TestNumberEntry::setValueEmitsNothing()
{
    auto entry = entryWith(softplusBeta(), 1.0);
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    QSignalSpy finished(entry.get(), &NumberEntry::editingFinished);
    entry->setValue(2.718281828);
    entry->setRange(0.1, 10, Scale::Linear);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(finished.count(), 0);
    COMPARE_EXACT(entry->value(), 2.718281828);
    QCOMPARE(entry->box()->text(), QStringLiteral("2.718281828"));
}

void TestNumberEntry::toolTipText_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("description");
    QTest::addColumn<SliderScale>("scale");
    QTest::addColumn<double>("typedMaximum");  ///< as in typedValuesAreKeptExactly
    QTest::addColumn<QString>("tip");
    QTest::newRow("log scale") << QStringLiteral("β")
                               << QStringLiteral("parameter beta of Softplus, default 1") << softplusBeta()
                               << double(NAN)
                               << QStringLiteral(
                                      "β: parameter beta of Softplus, default 1 (range 0.01 – 100, "
                                      "log scale)");
    QTest::newRow("a box reaching further")
        << QStringLiteral("x from") << QStringLiteral("left end of the x range")
        << SliderScale(-50, 50, Scale::Linear) << 1e6
        << QStringLiteral("x from: left end of the x range (slider −50 – 50; typed −1 × 10⁶ – 1 × 10⁶)");
    QTest::newRow("any number") << QStringLiteral("a₁") << QStringLiteral("logit") << logits() << kMax
                                << QStringLiteral("a₁: logit (slider −10 – 10; typed any number)");
    QTest::newRow("a count without description") << QStringLiteral("&Units m") << QString() << unitCount()
                                                 << double(NAN) << QStringLiteral("Units m (range 1 – 16)");
}

// One tooltip style, on the slider, the box and the label alike.
void TestNumberEntry::toolTipText()
{
    QFETCH(QString, label);
    QFETCH(QString, description);
    QFETCH(SliderScale, scale);
    QFETCH(double, typedMaximum);
    QFETCH(QString, tip);
    NumberEntry entry(label);
    entry.setRange(scale.minimum(), scale.maximum(), scale.scale(), scale.lastPosition());
    if (!std::isnan(typedMaximum)) entry.setTypedRange(-typedMaximum, typedMaximum);
    entry.setDescription(description);
    QCOMPARE(entry.slider()->toolTip(), tip);
    QCOMPARE(entry.box()->toolTip(), tip);
    QCOMPARE(entry.label()->toolTip(), tip);
}

// Tab reaches the slider, then the box; both carry the label as their name; the label's mnemonic goes to
// the box.
void TestNumberEntry::keyboardAndScreenReader()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* before = new QLineEdit(&window);
    auto* entry = new NumberEntry(QStringLiteral("&Group size k"), &window);
    auto* after = new QLineEdit(&window);
    layout->addWidget(before);
    layout->addWidget(entry);
    layout->addWidget(after);
    entry->setRange(1, 16, Scale::Integer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), entry->slider());
    QTest::keyClick(entry->slider(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->parentWidget() == entry->box() ||
                 QApplication::focusWidget() == entry->box(),
             true);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), after);

    QCOMPARE(entry->slider()->accessibleName(), QStringLiteral("Group size k"));
    QCOMPARE(entry->box()->accessibleName(), QStringLiteral("Group size k"));
    entry->setAccessibleNames(QStringLiteral("Maxout group size"));
    QCOMPARE(entry->slider()->accessibleName(), QStringLiteral("Maxout group size"));
    QCOMPARE(entry->box()->accessibleName(), QStringLiteral("Maxout group size"));
    QCOMPARE(entry->label()->buddy(), entry->box());

    entry->setObjectNames(QStringLiteral("groupSize"));
    QCOMPARE(window.findChild<QSlider*>(QStringLiteral("groupSize.slider")), entry->slider());
    QCOMPARE(window.findChild<NumberBox*>(QStringLiteral("groupSize.box")), entry->box());
}

void TestNumberEntry::integerScaleHasOnePositionPerValue()
{
    auto entry = entryWith(unitCount(), 4);
    QCOMPARE(entry->slider()->minimum(), 1);
    QCOMPARE(entry->slider()->maximum(), 16);
    QCOMPARE(entry->slider()->value(), 4);
    QCOMPARE(entry->slider()->tickPosition(), QSlider::TicksBelow);
    QCOMPARE(entry->box()->text(), QStringLiteral("4"));
    // A range that shrinks keeps the value inside it, silently: k ≤ m.
    QSignalSpy edited(entry.get(), &NumberEntry::valueEdited);
    entry->setRange(1, 3, Scale::Integer);
    QCOMPARE(entry->slider()->maximum(), 3);
    QCOMPARE(entry->box()->text(), QStringLiteral("3"));
    QCOMPARE(edited.count(), 0);
}

QTEST_MAIN(TestNumberEntry)
#include "tst_numberentry.moc"
