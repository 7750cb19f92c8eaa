#include "ui/depth/depthcontrols.h"

#include "core/expression/typedactivation.h"

#include "ui/common/coretext.h"
#include "ui/common/formulaentry.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/parametercontrols.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace actlab {

DepthControls::DepthControls(QWidget* parent) : QWidget(parent)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(10, 10, 10, 10);
    column->addWidget(buildChain());
    column->addWidget(buildRandomization());
    column->addWidget(buildActivations(), 1);
    column->addWidget(buildParameters());
    setState(m_state);
}

QGroupBox* DepthControls::buildChain()
{
    auto* box = new QGroupBox(tr("Chain h₀ = x,  hₗ = act(wₗ·hₗ₋₁ + bₗ)"), this);
    auto* form = new QFormLayout(box);

    m_layers = new NumberEntry(tr("Layers L"), box);
    m_layers->setObjectNames(QStringLiteral("layers"));
    m_layers->setAccessibleNames(tr("Number of layers L"));
    m_layers->setDescription(tr("how many layers the input passes through"));
    m_layers->setRange(kDepthMinLayers, kDepthMaxLayers, Scale::Integer);
    m_layers->placeInForm(form);
    connect(m_layers, &NumberEntry::valueEdited, this, [this](double layers) {
        DepthState next = m_state;
        next.layers = static_cast<int>(layers);
        edit(next);
    });

    m_x = addEntry(form, tr("Input x"), &DepthState::x);
    m_x->setObjectNames(QStringLiteral("x"));
    m_x->setDescription(tr("the input h₀ fed to the first layer"));
    m_weight = addEntry(form, tr("Weight w"), &DepthState::weight);
    m_weight->setObjectNames(QStringLiteral("weight"));
    m_weight->setDescription(tr("the weight of every layer (the centre of the range when randomized)"));
    m_bias = addEntry(form, tr("Bias b"), &DepthState::bias);
    m_bias->setObjectNames(QStringLiteral("bias"));
    m_bias->setDescription(tr("the bias of every layer (the centre of the range when randomized)"));
    return box;
}

QGroupBox* DepthControls::buildRandomization()
{
    auto* box = new QGroupBox(tr("Per-layer weights"), this);
    auto* form = new QFormLayout(box);
    m_randomized = new QCheckBox(tr("Randomize each layer's w and b"), box);
    m_randomized->setObjectName(QStringLiteral("randomized"));
    m_randomized->setAccessibleName(tr("Randomize each layer"));
    m_randomized->setToolTip(
        tr("Each layer draws its own weight from [w − spread, w + spread) and bias from "
           "[b − spread, b + spread), reproducibly from the seed"));
    form->addRow(m_randomized);

    auto* seedRow = new QWidget(box);
    auto* seedLayout = new QHBoxLayout(seedRow);
    seedLayout->setContentsMargins(0, 0, 0, 0);
    m_seed = new QSpinBox(seedRow);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, static_cast<int>(kDepthMaxSeed));
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setToolTip(tr("The same seed gives the same layers, on every machine"));
    m_newSeed = new QPushButton(tr("New seed"), seedRow);
    m_newSeed->setObjectName(QStringLiteral("newSeed"));
    m_newSeed->setAccessibleName(tr("New seed"));
    m_newSeed->setToolTip(tr("Draw different layers: the next seed"));
    seedLayout->addWidget(m_seed, 1);
    seedLayout->addWidget(m_newSeed);
    form->addRow(tr("Seed"), seedRow);

    m_spread = addEntry(form, tr("Spread ±"), &DepthState::spread);
    m_spread->setObjectNames(QStringLiteral("spread"));
    m_spread->setAccessibleNames(tr("Spread"));
    m_spread->setDescription(tr("how far each layer's w and b may lie from the sliders' values"));
    m_spread->setRange(0.0, kDepthMaxSpread, Scale::Linear);

    connect(m_randomized, &QCheckBox::toggled, this, [this](bool on) {
        DepthState next = m_state;
        next.randomized = on;
        edit(next);
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int seed) {
        DepthState next = m_state;
        next.seed = seed;
        edit(next);
    });
    connect(m_newSeed, &QPushButton::clicked, this, [this] {
        DepthState next = m_state;
        next.seed = next.seed >= kDepthMaxSeed ? 0 : next.seed + 1;
        next.randomized = true;
        edit(next);
    });
    return box;
}

QGroupBox* DepthControls::buildActivations()
{
    auto* box = new QGroupBox(tr("Activations"), this);
    auto* layout = new QVBoxLayout(box);
    m_functions = new QListWidget(box);
    m_functions->setObjectName(QStringLiteral("functions"));
    m_functions->setAccessibleName(tr("Activations to compare"));
    m_functions->setToolTip(tr("Tick the activations whose gradient to follow through the layers"));
    for (const Activation& activation : activations()) addItem(activation);
    layout->addWidget(m_functions);
    // A typed formula joins the comparison; its item stays in the list while the state holds it.
    auto* entry = new FormulaEntry(box);
    layout->addWidget(entry);
    connect(entry, &FormulaEntry::formulaEntered, this, [this](const QString& id) {
        DepthState next = m_state;
        const std::string key = id.toStdString();
        if (std::find(next.activationIds.begin(), next.activationIds.end(), key) == next.activationIds.end())
            next.activationIds.push_back(key);
        edit(next);
    });
    connect(m_functions, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        DepthState next = m_state;
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        auto& ids = next.activationIds;
        const auto it = std::find(ids.begin(), ids.end(), id);
        if (item->checkState() == Qt::Checked && it == ids.end()) ids.push_back(id);
        if (item->checkState() != Qt::Checked && it != ids.end()) ids.erase(it);
        edit(next);
    });
    return box;
}

QGroupBox* DepthControls::buildParameters()
{
    m_parameterBox = new QGroupBox(tr("Parameters"), this);
    auto* layout = new QVBoxLayout(m_parameterBox);
    m_parameters = new ParameterControls(ParameterControls::Grouping::OneForm, m_parameterBox);
    layout->addWidget(m_parameters);
    connect(m_parameters, &ParameterControls::parameterEdited, this,
            [this](const QString& id, int index, double value) {
                const Activation* activation = findAnyActivation(id.toStdString());
                if (activation == nullptr) return;
                DepthState next = m_state;
                ParameterValues values = next.parametersFor(*activation);
                values[static_cast<std::size_t>(index)] = value;
                next.parameters[std::string(activation->id)] = values;
                edit(next);
            });
    return m_parameterBox;
}

NumberEntry* DepthControls::addEntry(QFormLayout* form, const QString& label, double DepthState::*field)
{
    auto* entry = new NumberEntry(label, form->parentWidget());
    entry->setRange(-kDepthValueRange, kDepthValueRange, Scale::Linear);
    entry->placeInForm(form);
    connect(entry, &NumberEntry::valueEdited, this, [this, field](double value) {
        DepthState next = m_state;
        next.*field = value;
        edit(next);
    });
    return entry;
}

void DepthControls::syncTypedItems(const DepthState& state)
{
    // Only ever added: an unchecked formula stays listed, and no item is deleted inside its own signal.
    for (const std::string& id : state.activationIds) {
        if (!isTypedId(id)) continue;
        const QString key = QString::fromStdString(id);
        bool listed = false;
        for (int i = 0; i < m_functions->count() && !listed; ++i)
            listed = m_functions->item(i)->data(Qt::UserRole).toString() == key;
        const Activation* activation = findAnyActivation(id);
        if (listed || activation == nullptr) continue;
        addItem(*activation);
    }
}

void DepthControls::addItem(const Activation& activation)
{
    auto* item = new QListWidgetItem(activationText(activation, activation.name), m_functions);
    item->setData(Qt::UserRole, toQString(activation.id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(activationText(activation, activation.derivativeFormula));
}

void DepthControls::setState(const DepthState& state)
{
    m_state = state;
    {
        const QSignalBlocker c(m_randomized);
        const QSignalBlocker d(m_seed);
        const QSignalBlocker e(m_functions);
        m_randomized->setChecked(state.randomized);
        m_seed->setValue(static_cast<int>(state.seed));
        syncTypedItems(state);
        for (int i = 0; i < m_functions->count(); ++i) {
            QListWidgetItem* item = m_functions->item(i);
            const std::string id = item->data(Qt::UserRole).toString().toStdString();
            const bool on = std::find(state.activationIds.begin(), state.activationIds.end(), id) !=
                            state.activationIds.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_layers->setValue(state.layers);
    m_x->setValue(state.x);
    m_weight->setValue(state.weight);
    m_bias->setValue(state.bias);
    m_spread->setValue(state.spread);
    m_seed->setEnabled(state.randomized);
    m_spread->setEnabled(state.randomized);
    m_parameters->sync(state.activationIds,
                       [&state](const Activation& activation) { return state.parametersFor(activation); });
    m_parameterBox->setVisible(!m_parameters->isEmpty());
}

void DepthControls::edit(DepthState state)
{
    if (state == m_state) return;
    emit edited(state);
}

}  // namespace actlab
