#include "ui/curves/curveanalysis.h"

#include "core/expression/typedactivation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace actlab::curves {

namespace {

/// Enough for every checked function at a few parameter values each.
constexpr std::size_t kCapacity = 64;

bool sameParameters(const ParameterValues& a, const ParameterValues& b)
{
    return std::equal(a.begin(), a.end(), b.begin());
}

CurveAnalysis analyse(const Activation& activation, const ParameterValues& p)
{
    CurveAnalysis result;
    result.peak = peakGradient(activation, p);
    result.limits = limits(activation, p);
    for (const NotablePoint& point : notablePoints(activation, p)) {
        if (point.kind == NotablePoint::Kind::Minimum && point.value < 0)
            result.negativeMinima.push_back(point);
    }
    result.kinks = activation.kinksOf(p);
    for (std::size_t k = 0; k < result.kinks.count; ++k) {
        const double x = result.kinks.at[k];
        const double left = activation.derivative(x, p);
        const double right =
            activation.derivative(std::nextafter(x, std::numeric_limits<double>::infinity()), p);
        // elu with α = 1 has a kink on paper but a continuous derivative: no jump to show.
        const double scale = std::max({1.0, std::fabs(left), std::fabs(right)});
        if (std::fabs(left - right) > 1e-9 * scale) {
            result.jumps[result.jumpCount++] = {x, activation.value(x, p), left, right};
        }
    }
    if (activation.id == std::string_view("softplus")) {
        if (const Activation* relu = findAnyActivation("relu")) {
            result.reluGap = largestGap(activation, p, *relu, relu->defaults());
        }
    }
    return result;
}

template <typename Entries, typename Matches, typename Make>
auto& lookUp(Entries& entries, Matches matches, Make make)
{
    const auto it = std::find_if(entries.begin(), entries.end(), matches);
    if (it != entries.end()) {
        // Most recently used last, so the oldest is the first to go.
        entries.splice(entries.end(), entries, it);
        return entries.back();
    }
    if (entries.size() >= kCapacity) entries.pop_front();
    entries.push_back(make());
    return entries.back();
}

}  // namespace

const CurveAnalysis& AnalysisCache::analysisOf(const Activation& activation, const ParameterValues& p)
{
    return lookUp(
               m_entries,
               [&](const Entry& e) { return e.activation == &activation && sameParameters(e.p, p); },
               [&] {
                   ++m_computations;
                   return Entry{&activation, p, analyse(activation, p)};
               })
        .analysis;
}

const std::vector<Interval>& AnalysisCache::saturationOf(const Activation& activation,
                                                         const ParameterValues& p, double epsilon)
{
    return lookUp(
               m_saturation,
               [&](const SaturationEntry& e) {
                   return e.activation == &activation && sameParameters(e.p, p) && e.epsilon == epsilon;
               },
               [&] {
                   ++m_computations;
                   return SaturationEntry{&activation, p, epsilon,
                                          saturationIntervals(activation, p, epsilon)};
               })
        .intervals;
}

}  // namespace actlab::curves
