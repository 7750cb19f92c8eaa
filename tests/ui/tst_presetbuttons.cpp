// The maxout preset buttons stay under the pointer: a click on one changes the notes and summaries of the
// controls (the approximation note, the uneven last group, the button labels of the other mode), and none
// of that may move any preset button, or Randomize, that a second click would aim at.

#include "ui/maxout/maxoutpresets.h"
#include "ui/maxout/maxoutview.h"

#include <QPushButton>
#include <QSlider>
#include <QTest>

#include <map>

using namespace actlab;

Q_DECLARE_METATYPE(MaxoutPreset)
Q_DECLARE_METATYPE(MaxoutMode)

namespace {

/// Where every button of the presets section is, in the view's coordinates.
std::map<QString, QRect> buttonPlaces(MaxoutView& view)
{
    std::map<QString, QRect> places;
    const auto add = [&](QPushButton* button) {
        places[button->objectName()] = QRect(button->mapTo(&view, QPoint(0, 0)), button->size());
    };
    for (const MaxoutPreset preset : kMaxoutPresets) add(view.presetButton(preset));
    add(view.randomizeButton());
    return places;
}

}  // namespace

class TestPresetButtons : public QObject {
    Q_OBJECT

private slots:
    void buttonsKeepTheirPlaceWhenNotesChange_data();
    void buttonsKeepTheirPlaceWhenNotesChange();
};

void TestPresetButtons::buttonsKeepTheirPlaceWhenNotesChange_data()
{
    QTest::addColumn<MaxoutMode>("mode");
    QTest::addColumn<int>("units");  // the layer before the click: m units in groups of 2
    QTest::addColumn<MaxoutPreset>("preset");
    for (const MaxoutPreset preset : kMaxoutPresets) {
        // From the default layer, from an uneven one (its summary has a line more), and from the other
        // mode (the approximation presets switch to one input and relabel every button).
        QTest::addRow("%s, one input", qPrintable(presetId(preset))) << MaxoutMode::OneInput << 4 << preset;
        QTest::addRow("%s, uneven groups", qPrintable(presetId(preset))) << MaxoutMode::OneInput << 5 << preset;
        QTest::addRow("%s, two inputs", qPrintable(presetId(preset))) << MaxoutMode::TwoInput << 4 << preset;
    }
}

void TestPresetButtons::buttonsKeepTheirPlaceWhenNotesChange()
{
    QFETCH(MaxoutMode, mode);
    QFETCH(int, units);
    QFETCH(MaxoutPreset, preset);
    MaxoutView view;
    MaxoutState state = view.state();
    state.mode = mode;
    view.setState(state);
    view.resize(1500, 950);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.unitCountSlider()->setValue(units);
    QTest::qWait(0);
    const std::map<QString, QRect> before = buttonPlaces(view);

    QTest::mouseClick(view.presetButton(preset), Qt::LeftButton);
    QTest::qWait(0);  // the layouts settle
    QCOMPARE(buttonPlaces(view), before);

    // And back: the note or the uneven line going away moves nothing either.
    view.randomizeButton()->click();
    QTest::qWait(0);
    QCOMPARE(buttonPlaces(view), before);
}

QTEST_MAIN(TestPresetButtons)
#include "tst_presetbuttons.moc"
