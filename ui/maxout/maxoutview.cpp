#include "ui/maxout/maxoutview.h"

#include "ui/common/scrollareas.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/maxout/maxoutgradienttable.h"
#include "ui/maxout/maxoutlineplot.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutstatejson.h"
#include "ui/maxout/maxoutunittable.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <limits>
#include <random>

namespace actlab {

namespace {

/// Seeds drawn by "randomize" stay below this, short enough to read aloud and write on a slide.
constexpr int kDrawnSeedLimit = 1000000;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

}  // namespace

MaxoutView::MaxoutView(QWidget* parent) : View(parent)
{
    // Widgets join the Tab order as they are made: the controls on the left first, then the plots.
    QScrollArea* scroll = controlsScrollArea(buildControls(), 400, 460, this);

    m_figure = new QStackedWidget(this);
    m_linePlot = new MaxoutLinePlot(m_figure);
    m_mapPlot = new MaxoutMapPlot(m_figure);
    m_figure->addWidget(m_linePlot);
    m_figure->addWidget(m_mapPlot);

    // Two inputs in the presentation theme need more than a 1024 × 700 projector leaves beside the
    // controls (the maps' title and probe row are wide): the figure scrolls rather than force the window.
    QScrollArea* figureScroll = figureScrollArea(m_figure, this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll);
    layout->addWidget(figureScroll, 1);

    // Dragging a line or the probe is one undo step, from press to release.
    trackDragsOn(m_linePlot);
    trackDragsOn(m_mapPlot);
    connect(m_linePlot, &MaxoutLinePlot::unitDragged, this,
            [this](std::size_t unit, const MaxoutUnit& value) {
                edit([&](MaxoutState& s) { s.setUnit(unit, value); });
            });
    connect(m_linePlot, &MaxoutLinePlot::probeMoved, this,
            [this](double x) { edit([x](MaxoutState& s) { s.oneInput.probe = x; }); });
    connect(m_mapPlot, &MaxoutMapPlot::probeMoved, this,
            [this](PlanePoint p) { edit([p](MaxoutState& s) { s.twoInput.probe = p; }); });
    render();
}

QWidget* MaxoutView::buildControls()
{
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(12, 12, 12, 12);
    column->setSpacing(8);

    column->addWidget(heading(tr("Inputs"), panel));
    m_oneInput = new QRadioButton(tr("One input x"), panel);
    m_twoInput = new QRadioButton(tr("Two inputs x\u2081, x\u2082 (the lecture's example)"), panel);
    m_oneInput->setToolTip(
        tr("Units are lines z\u2C7C = w\u2C7C\u00b7x + b\u2C7C: see the pieces, the breakpoints and "
           "the step-shaped derivative."));
    m_twoInput->setToolTip(
        tr("Units are planes z\u2C7C = w\u2C7C\u2081x\u2081 + w\u2C7C\u2082x\u2082 + b\u2C7C: each "
           "output becomes a colour map with the regions where each unit wins."));
    auto* modes = new QButtonGroup(panel);
    modes->addButton(m_oneInput);
    modes->addButton(m_twoInput);
    column->addWidget(m_oneInput);
    column->addWidget(m_twoInput);
    connect(m_oneInput, &QRadioButton::toggled, this, [this](bool on) {
        if (on) edit([](MaxoutState& s) { s.mode = MaxoutMode::OneInput; });
    });
    connect(m_twoInput, &QRadioButton::toggled, this, [this](bool on) {
        if (on) edit([](MaxoutState& s) { s.mode = MaxoutMode::TwoInput; });
    });

    column->addSpacing(6);
    column->addWidget(heading(tr("Units and groups"), panel));
    auto* sliders = new QFormLayout;
    const auto addEntry = [&](const QString& label, const QString& objectName, const QString& tip) {
        auto* entry = new NumberEntry(label, panel);
        entry->setObjectNames(objectName);
        entry->setDescription(tip);
        entry->setRange(1, double(kMaxoutMaxUnits), Scale::Integer);
        entry->placeInForm(sliders);
        return entry;
    };
    m_unitCount = addEntry(
        tr("&Units m"), QStringLiteral("unitCount"),
        tr("how many linear units the layer has; new units come from the seed, so moving back and forth "
           "is reversible"));
    m_groupSize =
        addEntry(tr("&Group size k"), QStringLiteral("groupSize"),
                 tr("how many consecutive units share one maximum: ⌈m/k⌉ outputs, the last group smaller "
                    "when k does not divide m"));
    column->addLayout(sliders);
    connect(m_unitCount, &NumberEntry::valueEdited, this,
            [this](double m) { edit([m](MaxoutState& s) { s.setUnitCount(std::size_t(m)); }); });
    connect(m_groupSize, &NumberEntry::valueEdited, this,
            [this](double k) { edit([k](MaxoutState& s) { s.setGroupSize(std::size_t(k)); }); });
    m_groups = new QLabel(panel);
    m_groups->setWordWrap(true);
    m_groups->setAccessibleName(tr("Groups"));

    column->addSpacing(6);
    column->addWidget(heading(tr("Presets"), panel));
    auto* presets = new QGridLayout;
    int index = 0;
    for (const MaxoutPreset preset : kMaxoutPresets) {
        auto* button = new QPushButton(panel);
        button->setObjectName(QStringLiteral("preset_") + presetId(preset));
        presets->addWidget(button, index / 2, index % 2);
        presets->setColumnStretch(index % 2, 1);  // two equal columns, whatever the labels of the mode
        m_presetButtons[preset] = button;
        connect(button, &QPushButton::clicked, this,
                [this, preset] { edit([preset](MaxoutState& s) { applyPreset(s, preset); }); });
        ++index;
    }
    column->addLayout(presets);

    auto* randomRow = new QHBoxLayout;
    m_randomize = new QPushButton(tr("&Randomize"), panel);
    m_randomize->setObjectName(QStringLiteral("randomize"));
    m_randomize->setToolTip(
        tr("New random weights and biases from a new seed. The seed is shown: type it back "
           "to get the same layer again."));
    auto* seedLabel = new QLabel(tr("&seed"), panel);
    m_seed = new QSpinBox(panel);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(
        tr("The seed of the random layer (std::mt19937_64). Type a seed and press Enter to "
           "recreate its layer at the current m and k."));
    m_seed->setKeyboardTracking(false);
    seedLabel->setBuddy(m_seed);
    randomRow->addWidget(m_randomize);
    randomRow->addStretch(1);
    randomRow->addWidget(seedLabel);
    randomRow->addWidget(m_seed);
    column->addLayout(randomRow);
    // The layer's summary grows a line while approximating (and another for an uneven last group):
    // below every button, so that a click on a preset never moves the buttons under the pointer.
    column->addWidget(m_groups);
    connect(m_randomize, &QPushButton::clicked, this, [this] {
        const int seed = int(std::random_device{}() % kDrawnSeedLimit);
        edit([seed](MaxoutState& s) { s.randomize(std::uint64_t(seed)); });
    });
    connect(m_seed, &QSpinBox::editingFinished, this, [this] {
        const int seed = m_seed->value();
        if (std::uint64_t(seed) != m_state.seed)
            edit([seed](MaxoutState& s) { s.randomize(std::uint64_t(seed)); });
    });

    column->addSpacing(6);
    m_unitsHeading = heading(QString(), panel);
    column->addWidget(m_unitsHeading);
    m_unitTable = new MaxoutUnitTable(panel);
    m_unitTable->setMinimumHeight(170);
    column->addWidget(m_unitTable, 3);
    connect(m_unitTable, &MaxoutUnitTable::unitEdited, this,
            [this](std::size_t unit, const MaxoutUnit& value) {
                edit([&](MaxoutState& s) { s.setUnit(unit, value); });
            });

    m_gradientHeading = heading(QString(), panel);
    column->addWidget(m_gradientHeading);
    m_gradientTable = new MaxoutGradientTable(panel);
    m_gradientTable->setMinimumHeight(170);
    column->addWidget(m_gradientTable, 3);
    auto* note = new QLabel(tr("Only each group's winning unit receives gradient, so only its weights are "
                               "updated; the losers get exactly 0, like a ReLU unit whose output is 0."),
                            panel);
    note->setWordWrap(true);
    column->addWidget(note);
    return panel;
}

QSlider* MaxoutView::unitCountSlider() const
{
    return m_unitCount->slider();
}

QSlider* MaxoutView::groupSizeSlider() const
{
    return m_groupSize->slider();
}

QWidget* MaxoutView::figure()
{
    // Export may grab before the window ever laid the view out: size the figure and draw it now.
    if (layout() != nullptr) layout()->activate();
    return m_figure;
}

void MaxoutView::edit(const std::function<void(MaxoutState&)>& change)
{
    MaxoutState next = m_state;
    change(next);
    setState(next);
}

void MaxoutView::setState(const MaxoutState& state)
{
    m_state = state;
    render();
    emit stateChanged();
}

QJsonObject MaxoutView::saveState() const
{
    return maxoutStateToJson(m_state);
}

QString MaxoutView::restoreState(const QJsonObject& json)
{
    MaxoutState state = m_state;
    if (QString error = maxoutStateFromJson(json, state); !error.isEmpty()) return error;
    setState(state);
    return {};
}

void MaxoutView::applyTheme(const Theme& theme)
{
    m_theme = theme;
    render();
}

QString MaxoutView::groupsText() const
{
    QString text = layerSummary(m_state.layer());
    if (m_state.approximating())
        text +=
            u'\n' +
            tr("While approximating, m = k: one group of tangent lines, and either slider sets how many.");
    return text;
}

void MaxoutView::render()
{
    const MaxoutLayer& layer = m_state.layer();
    const bool one = m_state.mode == MaxoutMode::OneInput;
    {
        const QSignalBlocker blockOne(m_oneInput);
        const QSignalBlocker blockTwo(m_twoInput);
        const QSignalBlocker blockSeed(m_seed);
        m_oneInput->setChecked(one);
        m_twoInput->setChecked(!one);
        m_seed->setValue(
            int(std::min<std::uint64_t>(m_state.seed, std::uint64_t(std::numeric_limits<int>::max()))));
    }
    m_unitCount->setValue(double(layer.units.size()));
    m_groupSize->setRange(1, double(m_state.approximating() ? kMaxoutMaxUnits : layer.units.size()),
                          Scale::Integer);
    m_groupSize->setValue(double(layer.groupSize));
    m_groups->setText(groupsText());
    for (const auto& [preset, button] : m_presetButtons) {
        button->setText(presetLabel(preset, m_state.mode));
        button->setToolTip(presetToolTip(preset, m_state.mode));
        button->setAccessibleName(presetLabel(preset, m_state.mode));
    }
    m_unitsHeading->setText(
        one ? tr("Units z\u2C7C = w\u2C7C\u00b7x + b\u2C7C (edit here or drag the lines)")
            : tr("Units z\u2C7C = w\u2C7C\u2081x\u2081 + w\u2C7C\u2082x\u2082 + b\u2C7C"));
    m_unitTable->setLayer(layer, m_theme);

    const std::vector<double> probe = m_state.probePoint();
    QString at = compactText(probe[0], 3);
    if (!one) at = u'(' + at + QStringLiteral(", ") + compactText(probe[1], 3) + u')';
    m_gradientHeading->setText(
        one ? tr("Gradient at the probe x = %1, for \u2202L/\u2202out = 1").arg(at)
            : tr("Gradient at the probe (x\u2081, x\u2082) = %1, for \u2202L/\u2202out = 1").arg(at));
    if (maxoutLayerError(layer).empty() && layer.inputSize() == probe.size())
        m_gradientTable->showGradient(layer, probe, m_theme);

    m_figure->setCurrentIndex(one ? 0 : 1);
    if (one) {
        m_linePlot->render(m_state.oneInput, m_theme);
        m_mapPlot->release();
    } else {
        m_mapPlot->render(m_state.twoInput, m_theme);
    }
}

}  // namespace actlab
