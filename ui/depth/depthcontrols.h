#pragma once

#include "ui/depth/depthstate.h"

#include <QWidget>

#include <map>
#include <string>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;

namespace actlab {

class SliderSpin;

/// The depth view's controls: depth L, input x, weight w and bias b, per-layer randomization with its
/// seed, the activations to compare (core's registry as a check list), and sliders for the parameters of
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
    /// Rebuilds the parameter rows when the ticked parametric activations change.
    void rebuildParameters();
    void edit(DepthState state);

    DepthState m_state;
    QSlider* m_layers = nullptr;
    QSpinBox* m_layersBox = nullptr;
    SliderSpin* m_x = nullptr;
    SliderSpin* m_weight = nullptr;
    SliderSpin* m_bias = nullptr;
    QCheckBox* m_randomized = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_newSeed = nullptr;
    SliderSpin* m_spread = nullptr;
    QListWidget* m_functions = nullptr;
    QGroupBox* m_parameterBox = nullptr;
    QFormLayout* m_parameterForm = nullptr;
    std::string m_parameterKey;  ///< the ticked parametric ids the rows were built for
    std::map<std::pair<std::string, std::size_t>, SliderSpin*> m_parameterRows;
};

}  // namespace actlab
