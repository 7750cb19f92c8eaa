#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace actlab {

/// Which way of writing a built-in activation the lens examines: ActLab's stable form (actlabForm), the
/// textbook's, or what PyTorch's or TensorFlow's kernels compute (frameworkForms).
enum class LensForm { ActLab, Textbook, PyTorch, TensorFlow };
inline constexpr std::array kLensForms{LensForm::ActLab, LensForm::Textbook, LensForm::PyTorch,
                                       LensForm::TensorFlow};

/// Which quantity the figure shows: f, f′ or both, one panel each.
enum class LensPanels { Value, Derivative, Both };

/// The lens's x range may reach this far either side of 0: past ±1000 every format has long
/// overflowed or underflowed for the functions taught here, and Arb's cost grows with the exponent.
inline constexpr double kLensMaxAbsX = 1e6;
/// Points along the range, from a sketch to a fine sampling.
inline constexpr int kLensMinPoints = 10;
inline constexpr int kLensMaxPoints = 20000;

/// Everything the numerics lens shows, as plain data: the function under the lens (a built-in in one
/// of its forms, or a typed formula), the range and the formats. The view draws exactly this; settings
/// persist it and scene files hold it.
struct LensState {
    /// A built-in activation (activationId) or the typed `formula`. Both are kept, so switching back
    /// finds the other as it was.
    bool typed = false;
    std::string activationId = "sigmoid";     ///< core's id
    std::string formula = "1/(1 + exp(-x))";  ///< in x, as typed; free names are parameters set to 1
    /// For a built-in: the form examined, and other forms drawn beside it (never the examined one).
    LensForm form = LensForm::PyTorch;
    std::vector<LensForm> overlays{LensForm::ActLab};
    LensPanels panels = LensPanels::Derivative;
    double from = -40;
    double to = 40;
    /// float64, float32, bfloat16 (core's Precision order): which are drawn.
    std::array<bool, 3> precisions{true, true, true};
    int points = 2000;

    bool showsValue() const { return panels != LensPanels::Derivative; }
    bool showsDerivative() const { return panels != LensPanels::Value; }

    bool operator==(const LensState&) const = default;
};

}  // namespace actlab
