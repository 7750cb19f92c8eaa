#include "ui/depth/depthcontrols.h"

#include "ui/common/coretext.h"
#include "ui/common/taborder.h"
#include "ui/depth/sliderspin.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace actlab {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

DepthControls::DepthControls(QWidget* parent) : QWidget(parent)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(10, 10, 10, 10);
    column->addWidget(buildChain());
    column->addWidget(buildRandomization());
    column->addWidget(buildActivations(), 1);
    m_parameterBox = new QGroupBox(tr("Parameters"), this);
    m_parameterForm = new QFormLayout(m_parameterBox);
    column->addWidget(m_parameterBox);
    setState(m_state);
}

QGroupBox* DepthControls::buildChain()
{
    auto* box = new QGroupBox(tr("Chain h₀ = x,  hₗ = act(wₗ·hₗ₋₁ + bₗ)"), this);
    auto* form = new QFormLayout(box);

    auto* layersRow = new QWidget(box);
    auto* layersLayout = new QHBoxLayout(layersRow);
    layersLayout->setContentsMargins(0, 0, 0, 0);
    m_layers = new QSlider(Qt::Horizontal, layersRow);
    m_layers->setObjectName(QStringLiteral("layers"));
    m_layers->setRange(kDepthMinLayers, kDepthMaxLayers);
    m_layersBox = new QSpinBox(layersRow);
    m_layersBox->setObjectName(QStringLiteral("layersBox"));
    m_layersBox->setRange(kDepthMinLayers, kDepthMaxLayers);
    for (QWidget* w : {static_cast<QWidget*>(m_layers), static_cast<QWidget*>(m_layersBox)}) {
        w->setAccessibleName(tr("Number of layers L"));
        w->setToolTip(tr("How many layers the input passes through (1 to %1)").arg(kDepthMaxLayers));
    }
    layersLayout->addWidget(m_layers, 1);
    layersLayout->addWidget(m_layersBox);
    form->addRow(tr("Layers L"), layersRow);
    connect(m_layers, &QSlider::valueChanged, this, [this](int layers) {
        DepthState next = m_state;
        next.layers = layers;
        edit(next);
    });
    connect(m_layersBox, &QSpinBox::valueChanged, this, [this](int layers) {
        DepthState next = m_state;
        next.layers = layers;
        edit(next);
    });

    const auto valueRow = [&](const QString& objectName, const QString& label, const QString& name,
                              const QString& toolTip, double DepthState::*field) {
        auto* row = new SliderSpin(-kDepthValueRange, kDepthValueRange, 3, false, box);
        row->setObjectName(objectName);
        row->describe(name, toolTip);
        form->addRow(label, row);
        connect(row, &SliderSpin::valueEdited, this, [this, field](double value) {
            DepthState next = m_state;
            next.*field = value;
            edit(next);
        });
        return row;
    };
    m_x = valueRow(QStringLiteral("x"), tr("Input x"), tr("Input x"),
                   tr("The input h₀ fed to the first layer"), &DepthState::x);
    m_weight = valueRow(QStringLiteral("weight"), tr("Weight w"), tr("Weight w"),
                        tr("The weight of every layer (the centre of the range when randomized)"),
                        &DepthState::weight);
    m_bias =
        valueRow(QStringLiteral("bias"), tr("Bias b"), tr("Bias b"),
                 tr("The bias of every layer (the centre of the range when randomized)"), &DepthState::bias);
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

    m_spread = new SliderSpin(0.0, kDepthMaxSpread, 3, false, box);
    m_spread->setObjectName(QStringLiteral("spread"));
    m_spread->describe(tr("Spread"), tr("How far each layer's w and b may lie from the sliders' values"));
    form->addRow(tr("Spread ±"), m_spread);

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
    connect(m_spread, &SliderSpin::valueEdited, this, [this](double spread) {
        DepthState next = m_state;
        next.spread = spread;
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
    for (const Activation& activation : activations()) {
        auto* item = new QListWidgetItem(coreText(activation.name), m_functions);
        item->setData(Qt::UserRole, toQString(activation.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(coreText(activation.derivativeFormula));
    }
    layout->addWidget(m_functions);
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

void DepthControls::rebuildParameters()
{
    std::string key;
    for (const std::string& id : m_state.activationIds) {
        const Activation* activation = findActivation(id);
        if (activation && !activation->parameters.empty()) key += id + ',';
    }
    if (key != m_parameterKey) {
        m_parameterKey = key;
        while (m_parameterForm->rowCount() > 0) m_parameterForm->removeRow(0);
        m_parameterRows.clear();
        for (const std::string& id : m_state.activationIds) {
            const Activation* activation = findActivation(id);
            if (!activation) continue;
            for (std::size_t i = 0; i < activation->parameters.size(); ++i) {
                const ParameterSpec& spec = activation->parameters[i];
                auto* row = new SliderSpin(spec.minimum, spec.maximum, 3, spec.logScale, m_parameterBox);
                const QString label = coreText(activation->name) + u' ' + coreText(spec.label);
                row->setObjectName(QString::fromStdString(id) + u'.' + toQString(spec.id));
                row->describe(label, tr("%1 of %2, from %3 to %4")
                                         .arg(coreText(spec.label), coreText(activation->name))
                                         .arg(spec.minimum)
                                         .arg(spec.maximum));
                m_parameterForm->addRow(label, row);
                m_parameterRows[{id, i}] = row;
                connect(row, &SliderSpin::valueEdited, this, [this, activation, i](double value) {
                    DepthState next = m_state;
                    ParameterValues values = next.parametersFor(*activation);
                    values[i] = value;
                    next.parameters[std::string(activation->id)] = values;
                    edit(next);
                });
            }
        }
        // Rows made after the window was built join the end of its Tab order: bring them back here.
        keepTabOrderInside(m_parameterBox);
    }
    m_parameterBox->setVisible(!m_parameterRows.empty());
    for (const auto& [where, row] : m_parameterRows) {
        row->setValue(m_state.parametersFor(*findActivation(where.first))[where.second]);
    }
}

void DepthControls::setState(const DepthState& state)
{
    m_state = state;
    {
        const QSignalBlocker a(m_layers);
        const QSignalBlocker b(m_layersBox);
        const QSignalBlocker c(m_randomized);
        const QSignalBlocker d(m_seed);
        const QSignalBlocker e(m_functions);
        m_layers->setValue(state.layers);
        m_layersBox->setValue(state.layers);
        m_randomized->setChecked(state.randomized);
        m_seed->setValue(static_cast<int>(state.seed));
        for (int i = 0; i < m_functions->count(); ++i) {
            QListWidgetItem* item = m_functions->item(i);
            const std::string id = item->data(Qt::UserRole).toString().toStdString();
            const bool on = std::find(state.activationIds.begin(), state.activationIds.end(), id) !=
                            state.activationIds.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_x->setValue(state.x);
    m_weight->setValue(state.weight);
    m_bias->setValue(state.bias);
    m_spread->setValue(state.spread);
    m_seed->setEnabled(state.randomized);
    m_spread->setEnabled(state.randomized);
    rebuildParameters();
}

void DepthControls::edit(DepthState state)
{
    if (state == m_state) return;
    emit edited(state);
}

}  // namespace actlab
