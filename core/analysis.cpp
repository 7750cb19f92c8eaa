#include "analysis.h"

#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

namespace actlab {
namespace {

// Fine enough to see every feature of the built-in functions in the default window (spacing 0.01)
// before each one is refined to full precision.
constexpr std::size_t kScanPoints = 8001;

struct Scan {
    std::vector<double> x, f, df;
};

Scan scan(const Activation& a, const ParameterValues& p, Interval window)
{
    if (!(window.from < window.to) || !std::isfinite(window.from) || !std::isfinite(window.to))
        throw std::invalid_argument("analysis: the window must be finite with from < to");
    Scan s;
    s.x.resize(kScanPoints);
    s.f.resize(kScanPoints);
    s.df.resize(kScanPoints);
    for (std::size_t i = 0; i < kScanPoints; ++i) s.x[i] = evenlySpaced(window.from, window.to, i, kScanPoints);
    a.evaluateBatch(s.x.data(), s.f.data(), s.df.data(), kScanPoints, p);
    return s;
}

/// The boundary between lo (where `inside` is false) and hi (where it is true), to adjacent doubles.
double bisect(double lo, double hi, const std::function<bool(double)>& inside)
{
    for (int i = 0; i < 2100; ++i) {
        const double mid = lo + (hi - lo) / 2;
        if (mid == lo || mid == hi) break;
        (inside(mid) ? hi : lo) = mid;
    }
    return hi;
}

/// The simplest decimal near x (0, then fewer significant digits first) that scores no worse on
/// `score`, so a peak found at 3e-10 by search is reported at the 0 where it really is.
double simplestNoWorse(double x, double lo, double hi, const std::function<double(double)>& score)
{
    const double target = score(x);
    auto acceptable = [&](double c) { return c >= lo && c <= hi && score(c) >= target; };
    if (acceptable(0.0)) return 0.0;
    for (int digits = 1; digits <= 16; ++digits) {
        const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::fabs(x))));
        const double c = std::round(x * scale) / scale;
        if (acceptable(c)) return c;
    }
    return x;
}

/// A plateau end found by bisection sits within rounding of where it really is: at a kink (relu's plateau
/// starts at 0, not at the next double) or at a round number (elu′ = eˣ rounds to 1 from x ≈ −5.6e-17).
double snappedEnd(double x, const Kinks& kinks, double tolerance)
{
    for (std::size_t k = 0; k < kinks.count; ++k) {
        if (std::fabs(x - kinks.at[k]) <= tolerance) return kinks.at[k];
    }
    if (std::fabs(x) <= tolerance) return 0.0;
    for (int digits = 1; digits <= 12; ++digits) {
        const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::fabs(x))));
        const double c = std::round(x * scale) / scale;
        if (std::fabs(c - x) <= tolerance) return c;
    }
    return x;
}

}  // namespace

PeakGradient peakGradient(const Activation& activation, const ParameterValues& p, Interval window)
{
    const Scan s = scan(activation, p, window);
    auto magnitude = [&](double x) { return std::fabs(activation.derivative(x, p)); };
    std::size_t best = 0;
    for (std::size_t i = 1; i < kScanPoints; ++i) {
        if (std::fabs(s.df[i]) > std::fabs(s.df[best])) best = i;
    }
    const double peak = std::fabs(s.df[best]);
    std::size_t last = best;
    while (last + 1 < kScanPoints && std::fabs(s.df[last + 1]) == peak) ++last;

    if (last > best + 1) {
        // A plateau (relu: 1 on all of (0, ∞)): locate its ends exactly.
        auto onPlateau = [&](double x) { return magnitude(x) == peak; };
        double from = best == 0 ? window.from : bisect(s.x[best - 1], s.x[best], onPlateau);
        double to = last + 1 == kScanPoints
                              ? window.to
                              : bisect(s.x[last + 1], s.x[last], onPlateau);
        const Kinks kinks = activation.kinksOf(p);
        const double tolerance = 1e-12 * (window.to - window.from);
        if (best > 0) from = snappedEnd(from, kinks, tolerance);
        if (last + 1 < kScanPoints) to = snappedEnd(to, kinks, tolerance);
        return {from, s.df[best], {from, to}, onPlateau(from), onPlateau(to)};
    }

    // An isolated maximum: golden-section search between the neighbouring samples.
    double lo = s.x[best == 0 ? 0 : best - 1];
    double hi = s.x[best + 1 == kScanPoints ? best : best + 1];
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    for (int i = 0; i < 200 && hi - lo > 4 * std::numeric_limits<double>::epsilon() * std::fabs(lo + hi); ++i) {
        const double a = hi - ratio * (hi - lo);
        const double b = lo + ratio * (hi - lo);
        if (magnitude(a) < magnitude(b)) lo = a;
        else hi = b;
    }
    double x = magnitude(lo) >= magnitude(hi) ? lo : hi;
    if (magnitude(s.x[best]) > magnitude(x)) x = s.x[best];
    const double searchLo = s.x[best == 0 ? 0 : best - 1];
    const double searchHi = s.x[best + 1 == kScanPoints ? best : best + 1];
    x = simplestNoWorse(x, searchLo, searchHi, magnitude);
    return {x, activation.derivative(x, p), {x, x}};
}

Limits limits(const Activation& activation, const ParameterValues& p)
{
    const double x[2] = {-HUGE_VAL, HUGE_VAL};
    double f[2];
    double df[2];
    activation.evaluateBatch(x, f, df, 2, p);
    return {f[0], f[1], df[0], df[1]};
}

std::vector<Interval> saturationIntervals(const Activation& activation, const ParameterValues& p, double epsilon,
                                          Interval window)
{
    const Scan s = scan(activation, p, window);
    auto saturated = [&](double x) { return std::fabs(activation.derivative(x, p)) < epsilon; };
    std::vector<Interval> intervals;
    bool open = false;
    double start = 0;
    for (std::size_t i = 0; i < kScanPoints; ++i) {
        const bool now = std::fabs(s.df[i]) < epsilon;
        if (now && !open) {
            start = i == 0 ? window.from : bisect(s.x[i - 1], s.x[i], saturated);
            open = true;
        } else if (!now && open) {
            const double end = bisect(s.x[i], s.x[i - 1], saturated);
            intervals.push_back({start, end});
            open = false;
        }
    }
    if (open) intervals.push_back({start, window.to});
    return intervals;
}

Gap largestGap(const Activation& a, const ParameterValues& pa, const Activation& b, const ParameterValues& pb,
               Interval window)
{
    const Scan sa = scan(a, pa, window);
    const Scan sb = scan(b, pb, window);
    auto gapAt = [&](double x) { return a.value(x, pa) - b.value(x, pb); };
    auto magnitude = [&](double x) { return std::fabs(gapAt(x)); };
    std::size_t best = 0;
    for (std::size_t i = 1; i < kScanPoints; ++i) {
        if (std::fabs(sa.f[i] - sb.f[i]) > std::fabs(sa.f[best] - sb.f[best])) best = i;
    }
    // Golden-section search between the neighbouring samples, then the kinks of both functions, where
    // a maximum often sits exactly (softplus − relu at 0).
    double lo = sa.x[best == 0 ? 0 : best - 1];
    double hi = sa.x[best + 1 == kScanPoints ? best : best + 1];
    const double searchLo = lo;
    const double searchHi = hi;
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    for (int i = 0; i < 200 && hi - lo > 4 * std::numeric_limits<double>::epsilon() * std::fabs(lo + hi); ++i) {
        const double l = hi - ratio * (hi - lo);
        const double r = lo + ratio * (hi - lo);
        if (magnitude(l) < magnitude(r)) lo = l;
        else hi = r;
    }
    double x = magnitude(lo) >= magnitude(hi) ? lo : hi;
    if (magnitude(sa.x[best]) > magnitude(x)) x = sa.x[best];
    x = simplestNoWorse(x, searchLo, searchHi, magnitude);
    for (const Kinks& kinks : {a.kinksOf(pa), b.kinksOf(pb)}) {
        for (std::size_t k = 0; k < kinks.count; ++k) {
            const double at = kinks.at[k];
            if (at >= window.from && at <= window.to && magnitude(at) > magnitude(x)) x = at;
        }
    }
    return {x, gapAt(x)};
}

std::vector<NotablePoint> notablePoints(const Activation& activation, const ParameterValues& p, Interval window)
{
    const Scan s = scan(activation, p, window);
    std::vector<NotablePoint> points;
    auto add = [&](NotablePoint::Kind kind, double x) {
        double f = 0;
        double df = 0;
        activation.evaluateBatch(&x, &f, &df, 1, p);
        points.push_back({kind, x, f, df});
    };
    auto f = [&](double x) { return activation.value(x, p); };
    auto df = [&](double x) { return activation.derivative(x, p); };

    for (std::size_t i = 0; i + 1 < kScanPoints; ++i) {
        const double a = s.x[i];
        const double b = s.x[i + 1];
        // Extrema: f′ strictly changes sign (a jump onto or off 0 at a kink is not an extremum).
        if (s.df[i] < 0 && s.df[i + 1] > 0) add(NotablePoint::Kind::Minimum, bisect(a, b, [&](double x) { return df(x) > 0; }));
        if (s.df[i] > 0 && s.df[i + 1] < 0) add(NotablePoint::Kind::Maximum, bisect(a, b, [&](double x) { return df(x) < 0; }));
        // Roots: a strict sign change of f, or an exact zero between a negative and a positive sample.
        if (s.f[i] < 0 && s.f[i + 1] > 0) add(NotablePoint::Kind::Root, bisect(a, b, [&](double x) { return f(x) >= 0; }));
        if (s.f[i] > 0 && s.f[i + 1] < 0) add(NotablePoint::Kind::Root, bisect(a, b, [&](double x) { return f(x) <= 0; }));
        if (i > 0 && s.f[i] == 0 && ((s.f[i - 1] < 0 && s.f[i + 1] > 0) || (s.f[i - 1] > 0 && s.f[i + 1] < 0)))
            add(NotablePoint::Kind::Root, a);
    }
    const Kinks kinks = activation.kinksOf(p);
    for (std::size_t k = 0; k < kinks.count; ++k) {
        if (kinks.at[k] >= window.from && kinks.at[k] <= window.to) add(NotablePoint::Kind::Kink, kinks.at[k]);
    }
    const PeakGradient peak = peakGradient(activation, p, window);
    add(NotablePoint::Kind::PeakGradient, peak.x);
    std::stable_sort(points.begin(), points.end(),
                     [](const NotablePoint& l, const NotablePoint& r) { return l.x < r.x; });
    return points;
}

}  // namespace actlab
