#pragma once

#include "ui/depth/depthstate.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace actlab {

class NumberEntry;
class ParameterControls;

/// The depth view's controls: depth L, input x, weight w and bias b, per-layer randomization with its
/// seed, the activations to compare (core's registry as a check list), and entries for the parameters of
/// the ticked ones, generated from core's ParameterSpec. Every edit is reported as a whole new state.
class DepthControls : public QWidget {
    Q_OBJECT

public:
    explicit DepthControls(QWidget* parent = nullptr);

    /// Shows `state` without emitting `edited`.
    void setState(const DepthState& state);

signals:
    void edited(const DepthState& state);

private:
    QGroupBox* buildChain();
    QGroupBox* buildRandomization();
    QGroupBox* buildActivations();
    QGroupBox* buildParameters();
    /// An entry for one number of the state, in `form`, that edits `field`.
    NumberEntry* addEntry(QFormLayout* form, const QString& label, double DepthState::*field);
    /// The list holds an item for each typed formula `state` compares (and keeps those it listed before).
    void syncTypedItems(const DepthState& state);
    /// An unchecked item for `activation` at the end of the list.
    void addItem(const Activation& activation);
    void edit(DepthState state);

    DepthState m_state;
    NumberEntry* m_layers = nullptr;
    NumberEntry* m_x = nullptr;
    NumberEntry* m_weight = nullptr;
    NumberEntry* m_bias = nullptr;
    QCheckBox* m_randomized = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_newSeed = nullptr;
    NumberEntry* m_spread = nullptr;
    QListWidget* m_functions = nullptr;
    QGroupBox* m_parameterBox = nullptr;
    ParameterControls* m_parameters = nullptr;
};

}  // namespace actlab
