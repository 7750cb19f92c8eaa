#include "softmax_analysis.h"

#include "compensated_sum.h"
#include "softmax.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace actlab {

double softmaxEntropy(std::span<const double> logits, double temperature)
{
    std::vector<double> s(logits.size());
    std::vector<double> logS(logits.size());
    softmax(logits, temperature, s);
    logSoftmax(logits, temperature, logS);
    // Every term is ≥ 0, so the sum has no cancellation; compensation keeps it to a few ulp for any n.
    CompensatedSum total;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // sᵢ = 0 (an underflow or a −inf logit) contributes its limit 0, not 0·(−inf).
        if (s[i] != 0.0) total.add(-(s[i] * logS[i]));
    }
    return total.value();
}

double compensatedSum(std::span<const double> values)
{
    CompensatedSum total;
    for (const double v : values) total.add(v);
    return total.value();
}

double softmaxCrossover(std::span<const double> logits, double temperature, std::size_t logit)
{
    if (logits.size() < 2 || logit >= logits.size())
        throw std::invalid_argument("softmaxCrossover: needs n ≥ 2 and a logit index below n");
    std::vector<double> others;
    others.reserve(logits.size() - 1);
    for (std::size_t k = 0; k < logits.size(); ++k) {
        if (k != logit) others.push_back(logits[k]);
    }
    std::vector<double> logS(others.size());
    logSoftmax(others, temperature, logS);
    // T·log Σ e^{aₖ/T} = m − T·log sₘ for the largest of the others, m: log sₘ lies in [−log(n − 1), 0],
    // so nothing of size 1e308 is ever exponentiated or divided.
    const auto largest =
        static_cast<std::size_t>(std::max_element(others.begin(), others.end()) - others.begin());
    return others[largest] - temperature * logS[largest];
}

void softmaxSlice(std::span<const double> logits, double temperature, std::size_t output, std::size_t logit,
                  std::span<const double> sweep, std::span<double> probability, std::span<double> derivative)
{
    const std::size_t n = logits.size();
    if (output >= n || logit >= n)
        throw std::invalid_argument("softmaxSlice: the output and logit indices must be below n");
    if (probability.size() != sweep.size() || derivative.size() != sweep.size())
        throw std::invalid_argument("softmaxSlice: the outputs must be as long as the sweep");
    std::vector<double> a(logits.begin(), logits.end());
    std::vector<double> s(n);
    std::vector<double> jacobian(n * n);
    for (std::size_t k = 0; k < sweep.size(); ++k) {
        a[logit] = sweep[k];
        softmax(a, temperature, s);
        softmaxJacobian(a, temperature, jacobian);
        probability[k] = s[output];
        derivative[k] = jacobian[output * n + logit];
    }
}

}  // namespace actlab
