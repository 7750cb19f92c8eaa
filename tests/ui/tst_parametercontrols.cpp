// The one generator of parameter controls: for every parameter in core's registry, the curves view and
// the depth view show the same entry (range, scale, tooltip, names, value shown), and a slider moved to
// the same place gives both views the same value.

#include "core/activation.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/parametercontrols.h"
#include "ui/curves/curvesview.h"
#include "ui/depth/depthview.h"

#include "tests/common/exactcompare.h"

#include <QLabel>
#include <QSlider>
#include <QTest>

#include <memory>

using namespace actlab;

namespace {

/// The entry named "<id>.<parameter>" under `view`.
NumberEntry* entryIn(const QWidget& view, const QString& id, const QString& parameter)
{
    return view.findChild<NumberEntry*>(id + u'.' + parameter);
}

}  // namespace

class TestParameterControls : public QObject {
    Q_OBJECT

private slots:
    void curvesAndDepthShowTheSameEntry_data();
    void curvesAndDepthShowTheSameEntry();
    void entriesComeFromCore_data();
    void entriesComeFromCore();
    void rowsFollowTheActivations();
};

void TestParameterControls::curvesAndDepthShowTheSameEntry_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("position");  ///< where both sliders are moved
    int row = 0;
    for (const Activation& activation : activations()) {
        for (const ParameterSpec& spec : activation.parameters) {
            QTest::newRow(qPrintable(toQString(activation.id) + u'.' + toQString(spec.id)))
                << toQString(activation.id) << toQString(spec.id) << 137 + 211 * row++;
        }
    }
}

void TestParameterControls::curvesAndDepthShowTheSameEntry()
{
    QFETCH(QString, id);
    QFETCH(QString, parameter);
    QFETCH(int, position);
    CurvesView curves;
    CurvesState curvesState = curves.state();
    curvesState.activationIds = {id.toStdString()};
    curvesState.selectedId = id.toStdString();
    curves.setState(curvesState);
    DepthView depth;
    DepthState depthState = depth.state();
    depthState.activationIds = {id.toStdString()};
    depth.setState(depthState);

    NumberEntry* a = entryIn(curves, id, parameter);
    NumberEntry* b = entryIn(depth, id, parameter);
    QVERIFY(a != nullptr && b != nullptr);
    QVERIFY(a->scale() == b->scale());
    COMPARE_EXACT(a->typedMinimum(), b->typedMinimum());
    COMPARE_EXACT(a->typedMaximum(), b->typedMaximum());
    QCOMPARE(a->slider()->toolTip(), b->slider()->toolTip());
    QCOMPARE(a->box()->toolTip(), b->box()->toolTip());
    QCOMPARE(a->slider()->accessibleName(), b->slider()->accessibleName());
    QCOMPARE(a->box()->accessibleName(), b->box()->accessibleName());
    QCOMPARE(a->slider()->minimum(), b->slider()->minimum());
    QCOMPARE(a->slider()->maximum(), b->slider()->maximum());
    QCOMPARE(a->slider()->pageStep(), b->slider()->pageStep());
    QCOMPARE(a->slider()->value(), b->slider()->value());
    QCOMPARE(a->box()->text(), b->box()->text());

    // The same place on the slider: the same number in both states and boxes.
    a->slider()->setValue(position % (a->slider()->maximum() + 1));
    b->slider()->setValue(position % (b->slider()->maximum() + 1));
    const Activation& activation = *findActivation(id.toStdString());
    const auto index = static_cast<std::size_t>(activation.parameterIndex(parameter.toStdString()));
    COMPARE_EXACT(curves.state().parametersFor(activation)[index],
                  depth.state().parametersFor(activation)[index]);
    QCOMPARE(a->box()->text(), b->box()->text());
    QCOMPARE(a->box()->text(), roundTripText(curves.state().parametersFor(activation)[index]));
}

void TestParameterControls::entriesComeFromCore_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    for (const Activation& activation : activations()) {
        for (std::size_t i = 0; i < activation.parameters.size(); ++i) {
            QTest::newRow(
                qPrintable(toQString(activation.id) + u'.' + toQString(activation.parameters[i].id)))
                << toQString(activation.id) << int(i);
        }
    }
}

// Range, scale, default, label, names and tooltip of the generated entry are core's ParameterSpec.
void TestParameterControls::entriesComeFromCore()
{
    QFETCH(QString, id);
    QFETCH(int, index);
    const Activation& activation = *findActivation(id.toStdString());
    const ParameterSpec& spec = activation.parameters[std::size_t(index)];
    std::unique_ptr<NumberEntry> entry(ParameterControls::makeEntry(activation, std::size_t(index), nullptr));
    COMPARE_EXACT(entry->scale().minimum(), spec.minimum);
    COMPARE_EXACT(entry->scale().maximum(), spec.maximum);
    QCOMPARE(entry->scale().scale(), spec.logScale ? Scale::Logarithmic : Scale::Linear);
    COMPARE_EXACT(entry->typedMinimum(), spec.minimum);
    COMPARE_EXACT(entry->typedMaximum(), spec.maximum);
    COMPARE_EXACT(entry->value(), spec.defaultValue);
    QCOMPARE(entry->box()->text(), roundTripText(spec.defaultValue));
    QCOMPARE(entry->objectName(), id + u'.' + toQString(spec.id));
    QCOMPARE(entry->slider()->objectName(), id + u'.' + toQString(spec.id) + QStringLiteral(".slider"));
    QCOMPARE(entry->slider()->accessibleName(), toQString(activation.name) + u' ' + toQString(spec.label));
    QCOMPARE(entry->slider()->toolTip(),
             NumberEntry::toolTipText(
                 toQString(spec.label),
                 QStringLiteral("parameter %1 of %2, default %3")
                     .arg(toQString(spec.id), toQString(activation.name), compactText(spec.defaultValue, 6)),
                 entry->scale(), spec.minimum, spec.maximum));
}

// Ticking and unticking functions adds and removes their rows, in the order of the list, with the
// values given.
void TestParameterControls::rowsFollowTheActivations()
{
    ParameterControls controls(ParameterControls::Grouping::OneForm);
    const auto defaults = [](const Activation& activation) { return activation.defaults(); };
    controls.sync({"sigmoid", "relu"}, defaults);
    QVERIFY(controls.isEmpty());
    controls.sync({"elu", "hardtanh", "softplus"}, defaults);
    QVERIFY(!controls.isEmpty());
    QStringList names;
    for (const NumberEntry* entry : controls.findChildren<NumberEntry*>()) names << entry->objectName();
    QCOMPARE(names, (QStringList{QStringLiteral("elu.alpha"), QStringLiteral("hardtanh.min_val"),
                                 QStringLiteral("hardtanh.max_val"), QStringLiteral("softplus.beta")}));
    // One form: the label says whose parameter it is.
    QCOMPARE(controls.entry("softplus", "beta")->label()->text(), QStringLiteral("Softplus β"));
    controls.sync({"softplus"}, [](const Activation&) { return ParameterValues{2.51, 0}; });
    QCOMPARE(controls.findChildren<NumberEntry*>().size(), 1);
    QVERIFY(controls.entry("elu", "alpha") == nullptr);
    QCOMPARE(controls.entry("softplus", "beta")->box()->text(), QStringLiteral("2.51"));
}

QTEST_MAIN(TestParameterControls)
#include "tst_parametercontrols.moc"
