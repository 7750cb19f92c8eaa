#pragma once

#include "core/activation.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace actlab {

/// Widest x any control, zoom or scene file may reach: every activation is finite there, so nothing
/// on screen is ever inf or NaN.
inline constexpr double kCurvesMaxAbsX = 1e6;
/// Narrowest x range: below this the samples of one pixel column stop being distinct doubles.
inline constexpr double kCurvesMinXSpan = 1e-6;
/// Largest |y| a zoomed y range may reach.
inline constexpr double kCurvesMaxAbsY = 1e12;
/// The ε of the vanishing-gradient shading: |f′| < ε counts as vanished.
inline constexpr double kCurvesMinEpsilon = 1e-9;
inline constexpr double kCurvesMaxEpsilon = 0.5;

/// f and f′ in one panel, or f above and f′ below sharing the x axis.
enum class CurvesLayout { Overlay, Stacked };

struct AxisRange {
    double from;
    double to;
    bool operator==(const AxisRange&) const = default;
};

/// The lessons drawn on the plot, each switched on its own. A highlight only appears for the functions
/// it concerns (the relu ↔ softplus gap when softplus is checked, …).
struct CurvesHighlights {
    /// The peak of |f′| marked and labelled (max σ′ = 0.25 at x = 0); for relu-like functions the
    /// plateau "gradient 1 for every x > 0".
    bool peak = true;
    /// The intervals where |f′| < epsilon shaded as "vanishing gradient", for functions whose f′
    /// vanishes in both tails.
    bool saturation = true;
    double epsilon = 0.01;
    /// When max |f′| < 1: the bound max|f′|ⁿ on the gradient through n layers.
    bool depthNote = true;
    /// At every jump of f′: the used (left) derivative as a closed dot, the other side as an open one.
    bool kinks = true;
    /// The negative minimum of f (silu, swish, gelu, mish, …) marked with its value.
    bool minimum = true;
    /// softplus: relu drawn beside it and the gap between them shaded, its maximum (ln 2 / β) labelled.
    bool reluGap = true;
    /// softplus: σ(βx) drawn on softplus′, which it equals.
    bool softplusSigmoid = true;
    /// tanh: 2σ(2x) − 1 drawn on tanh, which it equals.
    bool tanhSigmoid = false;

    bool operator==(const CurvesHighlights&) const = default;
};

/// Everything the curves view shows, as plain data. The view draws exactly this and nothing else, so
/// the same struct can be persisted in settings, saved in a scene file and rendered headless.
struct CurvesState {
    /// Core's activation ids (e.g. "leaky_relu"), in drawing order; each is drawn as f and f′.
    std::vector<std::string> activationIds{"sigmoid"};
    /// The function whose formula is shown and whose tangent the probe draws; any of core's ids, checked
    /// or not (the formula panel can explain a function before it is drawn).
    std::string selectedId = "sigmoid";
    /// Parameter values per activation id; an activation without an entry uses core's defaults.
    std::map<std::string, ParameterValues, std::less<>> parameters;
    /// The x range, both ends drawn.
    double xFrom = -8.0;
    double xTo = 8.0;
    /// The y range of f (of everything, in the overlay layout); none: fitted to the curves.
    std::optional<AxisRange> yRange;
    /// The y range of the f′ panel in the stacked layout; none: fitted to the derivatives.
    std::optional<AxisRange> derivativeYRange;
    CurvesLayout layout = CurvesLayout::Overlay;
    /// The probe: a vertical line at probeX with f, f′ and the tangent there.
    double probeX = 1.5;
    bool probeVisible = true;
    CurvesHighlights highlights;

    /// The values to draw `activation` with.
    ParameterValues parametersFor(const Activation& activation) const
    {
        const auto it = parameters.find(activation.id);
        return it != parameters.end() ? it->second : activation.defaults();
    }

    bool operator==(const CurvesState&) const = default;
};

}  // namespace actlab
