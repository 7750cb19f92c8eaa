#pragma once

// What the maxout explorer needs beyond a forward and backward pass: the exact pieces of a one-input
// group's output, the exact regions where each unit wins in two inputs, a whole grid of outputs at
// once, tangent-line approximations of convex curves with their exact maximum error, and reproducible
// random layers.

#include "maxout.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace actlab {

/// One stretch of a one-input group's output where a single unit wins: out(x) = slope·x + bias of
/// `unit` for every x strictly inside (from, to).
struct MaxoutPiece {
    double from = 0.0;
    double to = 0.0;
    std::size_t unit = 0;
    double slope = 0.0;      ///< The winner's weight: the output's derivative on the piece.
    double valueFrom = 0.0;  ///< The winner's z at `from` and at `to`, rounded as maxoutForward rounds it.
    double valueTo = 0.0;
};

/// The output of `group` of a one-input layer over [from, to], as consecutive pieces that cover the
/// interval. The breakpoints are where two units' lines intersect, solved from their weights and biases
/// ((b_i − b_j) / (w_j − w_i)), not found by sampling; a unit that wins only at isolated points gets no
/// piece. Ties between identical lines go to the lowest index, as in maxoutForward.
/// Throws std::invalid_argument for an unusable layer, more than one input, a group out of range, or
/// an interval that is not finite with from < to.
std::vector<MaxoutPiece> maxoutPieces(const MaxoutLayer& layer, std::size_t group, double from, double to);

/// A point (x1, x2) of the input plane.
using PlanePoint = std::array<double, 2>;

/// An axis-aligned box of the input plane: x1 ∈ [x1From, x1To], x2 ∈ [x2From, x2To].
struct PlaneBox {
    double x1From = -1.0;
    double x1To = 1.0;
    double x2From = -1.0;
    double x2To = 1.0;
};

/// Where one unit of a two-input layer wins its group inside a box: a convex polygon.
struct MaxoutRegion {
    std::vector<PlanePoint> vertices;  ///< Counter-clockwise; empty when the unit wins nowhere.
    double area = 0.0;
    PlanePoint centroid{0.0, 0.0};  ///< Of the polygon's area; (0, 0) when it is empty.
};

/// The region of `box` where `unit` is its group's maximum, cut exactly from the box by the half-planes
/// z_unit ≥ z_i of the other units in the group. Of two identical units only the lower index gets the
/// region (ties → lowest index); boundaries, where two units tie, have no area and belong to both.
/// Throws std::invalid_argument for an unusable layer, a layer without exactly two inputs, a unit out of
/// range, or a box that is not finite with from < to on both axes.
MaxoutRegion maxoutRegion(const MaxoutLayer& layer, std::size_t unit, const PlaneBox& box);

/// Every group's output at every point of a grid, for a two-input layer: entry
/// g·(x1s.size()·x2s.size()) + j·x1s.size() + i of `outputs` is out_g at (x1s[i], x2s[j]).
/// The values are bit for bit those maxoutForward returns at the same point. `outputs` needs
/// groupCount()·x1s.size()·x2s.size() entries (std::invalid_argument otherwise).
void maxoutGrid(const MaxoutLayer& layer, std::span<const double> x1s, std::span<const double> x2s,
                std::span<double> outputs);

/// A convex curve for maxout to approximate with tangent lines.
enum class ConvexTarget {
    Square,    ///< x²
    Softplus,  ///< log(1 + eˣ): core's softplus with beta = 1
};

/// f(x[i]) into f[i] (same sizes, or std::invalid_argument).
void convexTargetValues(ConvexTarget target, std::span<const double> x, std::span<double> f);

/// A one-input layer with a single group of `count` units: the tangents of `target` at
/// t_i = from + (i + ½)·(to − from)/count, in ascending order (so the slopes ascend too). For x² this
/// placement is the minimax one: the error peaks at every breakpoint and both ends at
/// ((to − from)/(2·count))². Throws std::invalid_argument for count 0 or a bad interval.
MaxoutLayer tangentLayer(ConvexTarget target, std::size_t count, double from, double to);

/// The largest |target(x) − out_group(x)| over [from, to] and where it occurs.
struct ApproximationError {
    double value = 0.0;
    double at = 0.0;  ///< The leftmost of `peaks`.
    /// Every point checked whose error is within a relative 1e-9 of the largest, ascending: for x² and
    /// tangentLayer's minimax placement, both ends and every breakpoint (the error equioscillates).
    std::vector<double> peaks;
};

/// Exact rather than sampled: on each piece the error target(x) − (w·x + b) is convex, so its largest
/// value is at an end of the piece and its smallest where target′(x) = w; only those points are checked.
/// Same preconditions as maxoutPieces.
ApproximationError maxApproximationError(ConvexTarget target, const MaxoutLayer& layer, std::size_t group,
                                         double from, double to);

/// Bounds of the weights and biases randomMaxoutUnit draws.
inline constexpr double kRandomWeightBound = 2.0;
inline constexpr double kRandomBiasBound = 1.5;

/// A random unit with `inputs` weights in [−2, 2] and a bias in [−1.5, 1.5], each rounded to 0.01 so it
/// reads cleanly in a table. Drawn from std::mt19937_64 seeded from (seed, index), so unit j is the same
/// on every platform and whatever the number of units around it: adding units keeps the first ones.
MaxoutUnit randomMaxoutUnit(std::uint64_t seed, std::size_t index, std::size_t inputs);

/// `units` random units (randomMaxoutUnit for indices 0 … units − 1) in groups of `groupSize`.
MaxoutLayer randomMaxoutLayer(std::uint64_t seed, std::size_t units, std::size_t inputs,
                              std::size_t groupSize);

}  // namespace actlab
