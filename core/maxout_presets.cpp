#include "maxout_presets.h"

#include "activation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>

// The grid loop is compiled for baseline x86-64 and for x86-64-v3, picked at load time: v3 has fused
// multiply-add in hardware, where the baseline calls libm's fma. fma is correctly rounded either way, so
// both give the same bits. A build can pin one level as for the activation kernels.
#if defined(ACTLAB_KERNEL_BASELINE)
#define ACTLAB_GRID_TARGETS
#elif defined(ACTLAB_KERNEL_TARGET)
#define ACTLAB_GRID_TARGETS [[gnu::target(ACTLAB_KERNEL_TARGET)]]
#elif defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ACTLAB_GRID_TARGETS [[gnu::target_clones("default", "arch=x86-64-v3")]]
#else
#define ACTLAB_GRID_TARGETS
#endif

namespace actlab {

namespace {

void requireLayer(const MaxoutLayer& layer, std::size_t inputs, const char* who)
{
    if (const std::string error = maxoutLayerError(layer); !error.empty())
        throw std::invalid_argument(std::string(who) + ": " + error);
    if (layer.inputSize() != inputs)
        throw std::invalid_argument(std::string(who) + ": the layer must have " + std::to_string(inputs) +
                                    (inputs == 1 ? " input" : " inputs"));
}

void requireInterval(double from, double to, const char* who)
{
    if (!(std::isfinite(from) && std::isfinite(to) && from < to))
        throw std::invalid_argument(std::string(who) + ": the interval must be finite with from < to");
}

/// A unit's line z = w·x + b, as maxoutForward evaluates it (one fused multiply-add).
struct Line {
    double w;
    double b;
    std::size_t unit;
    double at(double x) const { return std::fma(w, x, b); }
};

/// Where line `a` and line `b` (a.w < b.w) meet.
double crossing(const Line& a, const Line& b)
{
    return (a.b - b.b) / (b.w - a.w);
}

/// The lines that form the group's upper envelope over the whole real line, by ascending slope: the
/// classic convex-hull construction, exact in its choices up to the rounding of the crossings.
std::vector<Line> upperEnvelope(const MaxoutLayer& layer, std::size_t group)
{
    std::vector<Line> lines;
    for (std::size_t j = layer.groupBegin(group); j < layer.groupEnd(group); ++j)
        lines.push_back({layer.units[j].weights[0], layer.units[j].bias, j});
    // Equal slopes: the larger bias is above everywhere; of identical lines the lowest index wins.
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        if (a.w != b.w) return a.w < b.w;
        if (a.b != b.b) return a.b > b.b;
        return a.unit < b.unit;
    });
    std::vector<Line> hull;
    for (const Line& line : lines) {
        if (!hull.empty() && hull.back().w == line.w) continue;
        // The middle of three lines is on the envelope only on an interval of positive length; one that
        // touches it at a single point (three lines through one point) wins nowhere.
        while (hull.size() >= 2 &&
               crossing(hull[hull.size() - 2], hull.back()) >= crossing(hull.back(), line))
            hull.pop_back();
        hull.push_back(line);
    }
    return hull;
}

double targetValue(ConvexTarget target, double x)
{
    double f = 0.0;
    convexTargetValues(target, std::span<const double>(&x, 1), std::span<double>(&f, 1));
    return f;
}

const Activation& softplus()
{
    static const Activation* const activation = findActivation("softplus");
    if (activation == nullptr) throw std::logic_error("core has no softplus");
    return *activation;
}

ParameterValues softplusBetaOne()
{
    ParameterValues p = softplus().defaults();
    p[static_cast<std::size_t>(softplus().parameterIndex("beta"))] = 1.0;
    return p;
}

double targetSlope(ConvexTarget target, double x)
{
    if (target == ConvexTarget::Square) return 2.0 * x;
    return softplus().derivative(x, softplusBetaOne());
}

/// The bias f(t) − t·f′(t) of the tangent at t, in a form without cancellation. For softplus it is
/// softplus(−|t|) + |t|·σ(−|t|), the same for t and −t (softplus(t) − t = softplus(−t), σ(t) = 1 − σ(−t)):
/// the subtraction f(t) − t·σ(t) lost up to 14 bits at t = 10, and computed apart at ±t it gave mirrored
/// tangents different biases, so that they crossed at 2.4e−16 rather than at 0.
double tangentBias(ConvexTarget target, double t)
{
    if (target == ConvexTarget::Square) return -(t * t);
    const double a = std::abs(t);
    return targetValue(target, -a) + a * targetSlope(target, -a);
}

/// Where target′(x) = w, or NaN when no x has that slope.
double pointOfSlope(ConvexTarget target, double w)
{
    if (target == ConvexTarget::Square) return 0.5 * w;
    // softplus′ = σ, whose inverse is the logit.
    if (w > 0.0 && w < 1.0) return std::log(w) - std::log1p(-w);
    return std::numeric_limits<double>::quiet_NaN();
}

/// Keeps the part of a convex polygon where a1·x1 + a2·x2 + c ≥ 0 (Sutherland–Hodgman, one edge).
std::vector<PlanePoint> clip(const std::vector<PlanePoint>& polygon, double a1, double a2, double c)
{
    std::vector<PlanePoint> kept;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0; i < n; ++i) {
        const PlanePoint& p = polygon[i];
        const PlanePoint& q = polygon[(i + 1) % n];
        const double dp = a1 * p[0] + a2 * p[1] + c;
        const double dq = a1 * q[0] + a2 * q[1] + c;
        if (dp >= 0.0) kept.push_back(p);
        if ((dp > 0.0 && dq < 0.0) || (dp < 0.0 && dq > 0.0)) {
            const double t = dp / (dp - dq);
            kept.push_back({p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
        }
    }
    return kept;
}

/// splitmix64's finaliser: spreads (seed, index) pairs that differ in one bit over the whole seed space.
std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// A draw in [−bound, bound] rounded to 0.01. The mapping from the engine's integers is spelt out
/// rather than left to std::uniform_real_distribution, whose algorithm differs between libraries.
double draw(std::mt19937_64& engine, double bound)
{
    const double unit = static_cast<double>(engine() >> 11) * 0x1.0p-53;  // [0, 1)
    const double value = std::round((2.0 * unit - 1.0) * bound * 100.0) / 100.0;
    return value == 0.0 ? 0.0 : value;  // never −0, which a table would print as "-0"
}

}  // namespace

std::vector<MaxoutPiece> maxoutPieces(const MaxoutLayer& layer, std::size_t group, double from, double to)
{
    requireLayer(layer, 1, "maxoutPieces");
    requireInterval(from, to, "maxoutPieces");
    if (group >= layer.groupCount()) throw std::invalid_argument("maxoutPieces: no such group");

    const std::vector<Line> hull = upperEnvelope(layer, group);
    std::vector<MaxoutPiece> pieces;
    double begin = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < hull.size(); ++i) {
        const double end =
            i + 1 < hull.size() ? crossing(hull[i], hull[i + 1]) : std::numeric_limits<double>::infinity();
        const double lo = std::max(begin, from);
        const double hi = std::min(end, to);
        if (lo < hi) {
            const Line& line = hull[i];
            pieces.push_back({lo, hi, line.unit, line.w, line.at(lo), line.at(hi)});
        }
        begin = end;
    }
    return pieces;
}

MaxoutRegion maxoutRegion(const MaxoutLayer& layer, std::size_t unit, const PlaneBox& box)
{
    requireLayer(layer, 2, "maxoutRegion");
    requireInterval(box.x1From, box.x1To, "maxoutRegion");
    requireInterval(box.x2From, box.x2To, "maxoutRegion");
    if (unit >= layer.units.size()) throw std::invalid_argument("maxoutRegion: no such unit");

    std::vector<PlanePoint> polygon{
        {box.x1From, box.x2From}, {box.x1To, box.x2From}, {box.x1To, box.x2To}, {box.x1From, box.x2To}};
    const std::size_t group = unit / layer.groupSize;
    const MaxoutUnit& u = layer.units[unit];
    for (std::size_t i = layer.groupBegin(group); i < layer.groupEnd(group) && !polygon.empty(); ++i) {
        if (i == unit) continue;
        const MaxoutUnit& other = layer.units[i];
        const double a1 = u.weights[0] - other.weights[0];
        const double a2 = u.weights[1] - other.weights[1];
        const double c = u.bias - other.bias;
        if (a1 == 0.0 && a2 == 0.0) {
            // Parallel planes: one is above everywhere; identical ones go to the lower index.
            if (c > 0.0 || (c == 0.0 && unit < i)) continue;
            polygon.clear();
            break;
        }
        polygon = clip(polygon, a1, a2, c);
    }

    MaxoutRegion region;
    if (polygon.size() < 3) return region;
    // Shoelace area and centroid, about the first vertex so large offsets do not cancel.
    const PlanePoint origin = polygon.front();
    double twiceArea = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const PlanePoint& p = polygon[i];
        const PlanePoint& q = polygon[(i + 1) % polygon.size()];
        const double px = p[0] - origin[0];
        const double py = p[1] - origin[1];
        const double qx = q[0] - origin[0];
        const double qy = q[1] - origin[1];
        const double cross = px * qy - qx * py;
        twiceArea += cross;
        cx += (px + qx) * cross;
        cy += (py + qy) * cross;
    }
    if (!(twiceArea > 0.0)) return region;  // a segment or a point: no area to win
    region.vertices = std::move(polygon);
    region.area = 0.5 * twiceArea;
    region.centroid = {origin[0] + cx / (3.0 * twiceArea), origin[1] + cy / (3.0 * twiceArea)};
    return region;
}

namespace {

/// One row of the grid for one group: the group's maximum at (x1s[i], x2) for every i. Units outermost and
/// points innermost, so the loop vectorises; each point still sees the same operations in the same order
/// as maxoutForward (one fused multiply-add per weight, then strictly-greater comparisons in unit order).
ACTLAB_GRID_TARGETS void groupRow(const double* planes, std::size_t units, const double* x1s, std::size_t n,
                                  double x2, double* out)
{
    for (std::size_t u = 0; u < units; ++u) {
        const double w1 = planes[3 * u];
        const double w2 = planes[3 * u + 1];
        const double b = planes[3 * u + 2];
        if (u == 0) {
            for (std::size_t i = 0; i < n; ++i) out[i] = std::fma(w2, x2, std::fma(w1, x1s[i], b));
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                const double z = std::fma(w2, x2, std::fma(w1, x1s[i], b));
                out[i] = (z > out[i] || std::isnan(out[i])) ? z : out[i];
            }
        }
    }
}

}  // namespace

void maxoutGrid(const MaxoutLayer& layer, std::span<const double> x1s, std::span<const double> x2s,
                std::span<double> outputs)
{
    requireLayer(layer, 2, "maxoutGrid");
    const std::size_t plane = x1s.size() * x2s.size();
    const std::size_t groups = layer.groupCount();
    if (outputs.size() != groups * plane)
        throw std::invalid_argument("maxoutGrid: outputs needs one entry per group and grid point");

    std::vector<double> planes;  // w1, w2, b per unit of the group, side by side
    for (std::size_t g = 0; g < groups; ++g) {
        planes.clear();
        for (std::size_t u = layer.groupBegin(g); u < layer.groupEnd(g); ++u) {
            const MaxoutUnit& unit = layer.units[u];
            planes.insert(planes.end(), {unit.weights[0], unit.weights[1], unit.bias});
        }
        const std::size_t units = planes.size() / 3;
        double* out = outputs.data() + g * plane;
        for (std::size_t j = 0; j < x2s.size(); ++j)
            groupRow(planes.data(), units, x1s.data(), x1s.size(), x2s[j], out + j * x1s.size());
    }
}

void convexTargetValues(ConvexTarget target, std::span<const double> x, std::span<double> f)
{
    if (x.size() != f.size()) throw std::invalid_argument("convexTargetValues: x and f differ in size");
    if (target == ConvexTarget::Square) {
        for (std::size_t i = 0; i < x.size(); ++i) f[i] = x[i] * x[i];
        return;
    }
    const ParameterValues p = softplusBetaOne();
    for (std::size_t i = 0; i < x.size(); ++i) f[i] = softplus().value(x[i], p);
}

MaxoutLayer tangentLayer(ConvexTarget target, std::size_t count, double from, double to)
{
    requireInterval(from, to, "tangentLayer");
    if (count == 0) throw std::invalid_argument("tangentLayer: at least one tangent is needed");
    MaxoutLayer layer;
    layer.groupSize = count;
    layer.units.reserve(count);
    const double step = (to - from) / static_cast<double>(count);
    // About the middle, so that the points of an interval symmetric about 0 are exact negatives of
    // each other, and so are their tangents' slopes (with equal biases from tangentBias).
    const double middle = from + 0.5 * (to - from);
    const double half = 0.5 * static_cast<double>(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = middle + (static_cast<double>(i) + 0.5 - half) * step;
        // The tangent through (t, f(t)): z = w·x + (f(t) − w·t).
        layer.units.push_back({{targetSlope(target, t)}, tangentBias(target, t)});
    }
    return layer;
}

ApproximationError maxApproximationError(ConvexTarget target, const MaxoutLayer& layer, std::size_t group,
                                         double from, double to)
{
    // Every candidate point (piece ends, and inside a piece where target′ = w) with its error.
    std::vector<std::pair<double, double>> candidates;
    for (const MaxoutPiece& piece : maxoutPieces(layer, group, from, to)) {
        const double bias = layer.units[piece.unit].bias;
        const auto consider = [&](double x) {
            candidates.emplace_back(x, std::abs(targetValue(target, x) - std::fma(piece.slope, x, bias)));
        };
        consider(piece.from);
        const double touch = pointOfSlope(target, piece.slope);
        if (piece.from < touch && touch < piece.to) consider(touch);
        consider(piece.to);
    }
    ApproximationError worst{-1.0, from, {}};
    for (const auto& [x, error] : candidates) {
        if (error > worst.value) worst = {error, x, {}};
    }
    for (const auto& [x, error] : candidates) {
        const bool peak = error >= worst.value * (1.0 - 1e-9);
        if (peak && (worst.peaks.empty() || x > worst.peaks.back())) worst.peaks.push_back(x);
    }
    // Errors equal in exact arithmetic differ by rounding; the leftmost of them is the one reported.
    if (!worst.peaks.empty()) worst.at = worst.peaks.front();
    return worst;
}

MaxoutUnit randomMaxoutUnit(std::uint64_t seed, std::size_t index, std::size_t inputs)
{
    std::mt19937_64 engine(mix(seed ^ mix(static_cast<std::uint64_t>(index) + 0x9e3779b97f4a7c15ULL)));
    MaxoutUnit unit;
    unit.weights.reserve(inputs);
    for (std::size_t i = 0; i < inputs; ++i) unit.weights.push_back(draw(engine, kRandomWeightBound));
    unit.bias = draw(engine, kRandomBiasBound);
    return unit;
}

MaxoutLayer randomMaxoutLayer(std::uint64_t seed, std::size_t units, std::size_t inputs,
                              std::size_t groupSize)
{
    MaxoutLayer layer;
    layer.groupSize = groupSize;
    layer.units.reserve(units);
    for (std::size_t j = 0; j < units; ++j) layer.units.push_back(randomMaxoutUnit(seed, j, inputs));
    return layer;
}

}  // namespace actlab
