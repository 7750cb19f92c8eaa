#pragma once

#include "ui/maxout/maxoutstate.h"

#include <QString>

#include <array>

namespace actlab {

/// The layers the explorer offers with one click.
enum class MaxoutPreset {
    Lecture,           ///< The defaults: 4 units in 2 groups of 2.
    Relu,              ///< relu(x) = max(0, x): units ordered (0, x) so the tie at 0 gives relu′(0) = 0.
    Abs,               ///< |x| = max(−x, x).
    LeakyRelu,         ///< max(0.1·x, x) = leaky_relu(x; negative_slope = 0.1).
    SquareTangents,    ///< x² from below by k tangent lines.
    SoftplusTangents,  ///< softplus(x) from below by k tangent lines.
};

inline constexpr std::array kMaxoutPresets{
    MaxoutPreset::Lecture,   MaxoutPreset::Relu,           MaxoutPreset::Abs,
    MaxoutPreset::LeakyRelu, MaxoutPreset::SquareTangents, MaxoutPreset::SoftplusTangents};

/// The leaky ReLU preset's negative slope: PyTorch's default 0.01 would look exactly like ReLU on screen.
inline constexpr double kLeakyPresetSlope = 0.1;
/// How many tangents the approximation presets start with; the k slider then changes it.
inline constexpr std::size_t kTangentPresetCount = 4;

/// Sets the current mode's layer to `preset`. In two-input mode ReLU, |x| and leaky ReLU act on x1 and x2
/// separately (2 groups of 2). The approximation presets switch to one-input mode.
void applyPreset(MaxoutState& state, MaxoutPreset preset);

/// A stable id for object names and tests: "lecture", "relu", "abs", "leaky_relu", "square", "softplus".
QString presetId(MaxoutPreset preset);
/// The button text, translated; it names the formula the preset builds in `mode`.
QString presetLabel(MaxoutPreset preset, MaxoutMode mode);
/// A sentence for the button's tooltip, translated.
QString presetToolTip(MaxoutPreset preset, MaxoutMode mode);

}  // namespace actlab
