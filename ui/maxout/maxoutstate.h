#pragma once

#include "core/maxout.h"
#include "core/maxout_presets.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace actlab {

/// Most units the explorer offers: enough for 16 pieces in one group, few enough to tell apart.
inline constexpr std::size_t kMaxoutMaxUnits = 16;
/// Largest |weight| and |bias| a unit may have, so every drawn value stays finite and readable.
inline constexpr double kMaxoutWeightLimit = 1000.0;
/// Largest |x| the ranges may reach.
inline constexpr double kMaxoutRangeLimit = 1000.0;

enum class MaxoutMode {
    OneInput,  ///< z_j = w_j·x + b_j: lines, pieces and a step derivative.
    TwoInput,  ///< z_j = w_j·(x1, x2) + b_j: the lecture's example, one colour map per output.
};

/// One input: units are lines over [xFrom, xTo].
struct MaxoutOneInput {
    MaxoutLayer layer = defaultLayer();
    /// A convex curve the units approximate with tangent lines (set by the approximation presets): it
    /// is drawn with its maximum error, and while it is set the sliders choose how many tangents.
    std::optional<ConvexTarget> target;
    double probe = 0.5;  ///< Where the gradient table is evaluated.
    double xFrom = -4.0;
    double xTo = 4.0;

    /// Four units in two groups whose outputs look clearly different: a V and a hockey stick.
    static MaxoutLayer defaultLayer();
};

/// Two inputs: units are planes over the square [from, to]².
struct MaxoutTwoInput {
    MaxoutLayer layer = lectureLayer();
    PlanePoint probe{1.0, -0.5};
    double from = -3.0;
    double to = 3.0;

    PlaneBox box() const { return {from, to, from, to}; }
    /// The lecture's example: x1, x2 → 4 units → 2 groups of 2 → 2 outputs, with weights chosen so the
    /// two outputs bend along different lines.
    static MaxoutLayer lectureLayer();
};

/// Everything the maxout view shows, as plain data: the view draws exactly this, settings and scene
/// files store exactly this.
struct MaxoutState {
    MaxoutMode mode = MaxoutMode::OneInput;
    MaxoutOneInput oneInput;
    MaxoutTwoInput twoInput;
    /// The seed "randomize" last used, shown so a random layer can be recreated.
    std::uint64_t seed = 1;

    /// The layer of the current mode.
    const MaxoutLayer& layer() const
    {
        return mode == MaxoutMode::OneInput ? oneInput.layer : twoInput.layer;
    }
    MaxoutLayer& layer() { return mode == MaxoutMode::OneInput ? oneInput.layer : twoInput.layer; }
    std::size_t inputCount() const { return mode == MaxoutMode::OneInput ? 1 : 2; }
    /// The probe of the current mode as core's input vector.
    std::vector<double> probePoint() const;
    /// Whether the current mode is approximating a convex curve (then m = k: one group of tangents).
    bool approximating() const { return mode == MaxoutMode::OneInput && oneInput.target.has_value(); }

    /// Sets the number of units m of the current mode. New units come from the seed (so growing and
    /// shrinking m is reversible); k shrinks with m. While approximating, m tangents in one group.
    void setUnitCount(std::size_t units);
    /// Sets the group size k (1 … m) of the current mode. While approximating, k tangents in one group.
    void setGroupSize(std::size_t groupSize);
    /// Replaces unit j of the current mode; weights and bias are clamped to ±kMaxoutWeightLimit.
    void setUnit(std::size_t j, MaxoutUnit unit);
    /// A new random layer of the current size from `newSeed`; stops approximating.
    void randomize(std::uint64_t newSeed);
};

}  // namespace actlab
