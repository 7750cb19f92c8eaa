#include "softmax.h"

#include "compensated_sum.h"
#include "double_double.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace actlab {
namespace {

void requireValid(std::span<const double> logits, double temperature, std::size_t outSize)
{
    if (logits.empty() || logits.size() > kMaxSoftmaxLength)
        throw std::invalid_argument("softmax: the vector must have 1 to 4096 entries");
    if (!(temperature > 0) || !std::isfinite(temperature))
        throw std::invalid_argument("softmax: the temperature must be positive and finite");
    if (std::any_of(logits.begin(), logits.end(), [](double a) { return std::isnan(a); }))
        throw std::invalid_argument("softmax: a logit is NaN");
    if (outSize != logits.size()) throw std::invalid_argument("softmax: output size does not match");
}

/// (aᵢ − max)/T as hi + lo. The subtraction is error-free (TwoSum) and the division's remainder is exact
/// (fma), so a probability of e^{−700} is not off by 700 ulp.
dd::Double2 shiftedLogit(double a, double maximum, double temperature)
{
    if (a == maximum) return {0.0, 0.0};
    if (a == -HUGE_VAL) return {-HUGE_VAL, 0.0};
    const dd::Double2 d = dd::twoSum(a, -maximum);
    if (std::isinf(d.hi)) return {a / temperature - maximum / temperature, 0.0};  // gap beyond DBL_MAX
    // Next to ±DBL_MAX the error term itself can overflow part-way (inf − inf); the weight e^q has
    // underflowed long before such a gap matters, so the correction is dropped there.
    const double low = std::isfinite(d.lo) ? d.lo : 0.0;
    const double q = d.hi / temperature;
    if (std::isinf(q) || q == 0.0) return {q, 0.0};
    const double remainder = std::fma(-q, temperature, d.hi);
    return {q, (remainder + low) / temperature};
}

/// The unnormalised weights e^{(aᵢ − max)/T} (1 for every maximal logit) and their sum.
struct Weights {
    std::vector<double> shifted;  ///< (aᵢ − max)/T, rounded
    std::vector<double> shiftedLow;
    std::vector<double> e;
    double total = 0.0;
};

Weights weightsOf(std::span<const double> logits, double temperature)
{
    const double maximum = *std::max_element(logits.begin(), logits.end());
    Weights w;
    w.shifted.resize(logits.size());
    w.shiftedLow.resize(logits.size());
    w.e.resize(logits.size());
    CompensatedSum total;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        double ei;
        dd::Double2 z;
        if (std::isinf(maximum)) {
            // All the mass sits on the infinite maxima (or, if every logit is −inf, spreads evenly).
            z = logits[i] == maximum ? dd::Double2{0.0, 0.0} : dd::Double2{-HUGE_VAL, 0.0};
            ei = logits[i] == maximum ? 1.0 : 0.0;
        } else {
            z = shiftedLogit(logits[i], maximum, temperature);
            const double base = std::exp(z.hi);
            ei = base + base * z.lo;
        }
        w.shifted[i] = z.hi;
        w.shiftedLow[i] = z.lo;
        w.e[i] = ei;
        total.add(ei);
    }
    w.total = total.value();
    return w;
}

}  // namespace

void softmax(std::span<const double> logits, double temperature, std::span<double> probabilities)
{
    requireValid(logits, temperature, probabilities.size());
    const Weights w = weightsOf(logits, temperature);
    for (std::size_t i = 0; i < logits.size(); ++i) probabilities[i] = w.e[i] / w.total;
}

void logSoftmax(std::span<const double> logits, double temperature, std::span<double> out)
{
    requireValid(logits, temperature, out.size());
    const Weights w = weightsOf(logits, temperature);
    // log Σ = log1p(Σ − 1), with Σ − 1 summed directly from every weight but one maximal one.
    const auto first = static_cast<std::size_t>(std::find(w.e.begin(), w.e.end(), 1.0) - w.e.begin());
    CompensatedSum rest;
    for (std::size_t i = 0; i < w.e.size(); ++i) {
        if (i != first) rest.add(w.e[i]);
    }
    const double logTotal = std::log1p(rest.value());
    for (std::size_t i = 0; i < logits.size(); ++i) out[i] = w.shifted[i] - logTotal + w.shiftedLow[i];
}

void softmaxJacobian(std::span<const double> logits, double temperature, std::span<double> jacobian)
{
    const std::size_t n = logits.size();
    requireValid(logits, temperature, n);
    if (jacobian.size() != n * n) throw std::invalid_argument("softmaxJacobian: the output must hold n×n entries");
    const Weights w = weightsOf(logits, temperature);

    std::vector<double> s(n);
    for (std::size_t i = 0; i < n; ++i) s[i] = w.e[i] / w.total;
    // 1 − sᵢ = (Σⱼ≠ᵢ eⱼ)/Σ from compensated prefix and suffix sums: no cancellation when sᵢ ≈ 1.
    std::vector<double> before(n);
    std::vector<double> after(n);
    CompensatedSum running;
    for (std::size_t i = 0; i < n; ++i) {
        before[i] = running.value();
        running.add(w.e[i]);
    }
    running = {};
    for (std::size_t i = n; i-- > 0;) {
        after[i] = running.value();
        running.add(w.e[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double others = (before[i] + after[i]) / w.total;
        for (std::size_t j = 0; j < n; ++j) {
            jacobian[i * n + j] = i == j ? s[i] * others / temperature : -(s[i] * s[j]) / temperature;
        }
    }
}

}  // namespace actlab
