#include "depth.h"

#include "compensated_sum.h"
#include "double_double.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <random>
#include <string_view>

namespace actlab {

namespace {

/// A number as ln|v| and the sign of v; sign 0 means v is exactly 0 (and log is −inf).
struct LogMagnitude {
    double log;
    int sign;
};

constexpr LogMagnitude kExactZero{-HUGE_VAL, 0};

int signOf(double v)
{
    return v > 0 ? 1 : (v < 0 ? -1 : 0);
}

LogMagnitude logMagnitude(double v)
{
    return v == 0 ? kExactZero : LogMagnitude{std::log(std::fabs(v)), signOf(v)};
}

/// ln σ(u) for any finite u: min(u, 0) − ln(1 + e^{−|u|}), never forming σ itself.
double logSigmoid(double u)
{
    return std::min(u, 0.0) - std::log1p(std::exp(-std::fabs(u)));
}

/// σ(−u) = 1 − σ(u), which is 1 exactly in double once u is far left.
double sigmoidOfNegative(double u)
{
    const double e = std::exp(-std::fabs(u));
    return u >= 0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
}

/// x·σ(u)'s derivative in u-terms, σ(u)·(1 + u·σ(−u)), as a log magnitude (silu: u = x; swish: u = βx).
LogMagnitude gatedBySigmoid(double u)
{
    const double bracket = 1.0 + u * sigmoidOfNegative(u);
    if (bracket == 0) return kExactZero;
    return {logSigmoid(u) + std::log(std::fabs(bracket)), signOf(bracket)};
}

/// Mills' ratio M(t) = (1 − Φ(t))/φ(t) for t ≥ 5, from its continued fraction
/// 1/(t + 1/(t + 2/(t + 3/(t + …)))), evaluated backwards; 200 terms are exact to double at t = 5.
double millsRatio(double t)
{
    double tail = t;
    for (int k = 200; k >= 1; --k) tail = t + k / tail;
    return 1.0 / tail;
}

/// gelu′(z) = Φ(z) + z·φ(z) for z ≤ −5. With t = −z, Φ(−t) = φ(t)·M(t), so gelu′(z) = −φ(t)·(t − M(t)):
/// ln|gelu′| = −t²/2 − ln√(2π) + ln(t − M(t)), with t² formed exactly.
LogMagnitude geluLeftTail(double z)
{
    constexpr double kLogSqrtTwoPi = 0.91893853320467274178;
    const double t = -z;
    const dd::Double2 square = dd::twoProduct(t, t);
    return {
        -0.5 * square.hi - (kLogSqrtTwoPi + 0.5 * dd::finiteOrZero(square.lo)) + std::log(t - millsRatio(t)),
        -1};
}

/// The tanh approximation of gelu for z ≤ 0: f = z·σ(2u), so f′ = σ(2u)·(1 + z·σ(−2u)·2u′) with
/// 2u = 2√(2/π)(z + 0.044715z³) and 2u′ = 2√(2/π)(1 + 3·0.044715z²). Past |z| = 1e100 the bracket is fixed in
/// double and z³ would overflow, as in core's own kernel.
LogMagnitude geluTanhLeftTail(double z)
{
    constexpr double kSqrtTwoOverPi = 0.79788456080286535588;
    constexpr double kCubic = 0.044715;
    const double c = std::max(z, -1e100);
    const double twoU = 2.0 * kSqrtTwoOverPi * (c + kCubic * c * c * c);
    const double slope = 2.0 * kSqrtTwoOverPi * (1.0 + 3.0 * kCubic * c * c);
    const double bracket = 1.0 + c * sigmoidOfNegative(twoU) * slope;
    if (bracket == 0) return kExactZero;
    return {logSigmoid(twoU) + std::log(std::fabs(bracket)), signOf(bracket)};
}

/// mish′(z) for z ≤ 0 in terms of e = eᶻ (which may underflow to 0, harmlessly):
/// tanh(softplus z) = e(2 + e)/D and x·σ·sech² = 4z·e(1 + e)/D² with D = 2 + 2e + e², so
/// mish′(z) = e·[(2 + e)/D + 4z(1 + e)/D²].
LogMagnitude mishLeftTail(double z)
{
    const double e = std::exp(z);
    const double d = 2.0 + 2.0 * e + e * e;
    const double bracket = (2.0 + e) / d + 4.0 * z * (1.0 + e) / (d * d);
    if (bracket == 0) return kExactZero;
    return {z + std::log(std::fabs(bracket)), signOf(bracket)};
}

/// ln|act′(z)| where the double derivative `d` is 0 or subnormal, from the activation's closed form. Only
/// the smooth activations get there with a nonzero true value; the piecewise ones are exactly 0 (or
/// exactly a constant) wherever their derivative is that small, so `d` stands.
LogMagnitude derivativeTail(const Activation& activation, double z, const ParameterValues& p, double d)
{
    const std::string_view id = activation.id;
    if (id == "sigmoid") return {logSigmoid(z) + logSigmoid(-z), 1};
    if (id == "tanh")
        return {std::log(4.0) + logSigmoid(2.0 * z) + logSigmoid(-2.0 * z), 1};  // sech² = 4σ(2z)σ(−2z)
    if (id == "softplus") return {logSigmoid(p[0] * z), 1};
    if ((id == "elu" || id == "selu") && z <= 0) {
        // f′(z) = f′(0)·eᶻ on the left (f′(0) is the left derivative α or λα), so its log is exact.
        const LogMagnitude atZero = logMagnitude(activation.derivative(0.0, p));
        return atZero.sign == 0 ? kExactZero : LogMagnitude{atZero.log + z, atZero.sign};
    }
    if (id == "silu") return gatedBySigmoid(z);
    if (id == "swish") return gatedBySigmoid(p[0] * z);
    if (id == "gelu" && z <= -5) return geluLeftTail(z);
    if (id == "gelu_tanh" && z <= 0) return geluTanhLeftTail(z);
    if (id == "mish" && z <= 0) return mishLeftTail(z);
    if (id == "softsign") return {-2.0 * std::log1p(std::fabs(z)), 1};
    return logMagnitude(d);
}

/// ln|act′(z)| and its sign: from core's double derivative where that is a normal number, otherwise from
/// the closed form, so that a derivative below the double range still has its logarithm.
LogMagnitude logDerivative(const Activation& activation, double z, const ParameterValues& p, double d)
{
    if (std::fabs(d) >= DBL_MIN) return logMagnitude(d);
    return derivativeTail(activation, z, p, d);
}

/// A product of doubles kept as mantissa·2^exponent, so partial products never over- or underflow; only
/// the final conversion rounds to the double range, as the true value would.
class ScaledProduct {
public:
    void multiply(double v)
    {
        int exponent = 0;
        const double mantissa = std::frexp(v, &exponent);
        int carry = 0;
        m_mantissa = std::frexp(m_mantissa * mantissa, &carry);
        m_exponent += exponent + carry;
    }
    double value() const
    {
        const long clamped = std::clamp(m_exponent, -100000L, 100000L);
        return std::ldexp(m_mantissa, static_cast<int>(clamped));
    }

private:
    double m_mantissa = 1.0;
    long m_exponent = 0;
};

/// A compensated sum of logarithms that stays −inf once a term is −inf (an exact 0 in the product).
class LogSum {
public:
    void add(double logTerm)
    {
        if (logTerm == -HUGE_VAL) m_zero = true;
        if (!m_zero) m_sum.add(logTerm);
    }
    double value() const { return m_zero ? -HUGE_VAL : m_sum.value(); }

private:
    CompensatedSum m_sum;
    bool m_zero = false;
};

}  // namespace

std::vector<LayerWeights> layerWeights(const ChainSettings& settings)
{
    std::vector<LayerWeights> layers(settings.layers, LayerWeights{settings.weight, settings.bias});
    if (!settings.randomized) return layers;
    std::mt19937_64 generator(settings.seed);
    const auto draw = [&](double centre) {
        const double u = static_cast<double>(generator() >> 11) * 0x1p-53;  // [0, 1), every value exact
        return centre + settings.spread * (2.0 * u - 1.0);
    };
    for (LayerWeights& layer : layers) {
        layer.weight = draw(settings.weight);
        layer.bias = draw(settings.bias);
    }
    return layers;
}

double logAbsDerivative(const Activation& activation, double z, const ParameterValues& parameters)
{
    return logDerivative(activation, z, parameters, activation.derivative(z, parameters)).log;
}

void gradientThroughDepth(const Activation& activation, const ParameterValues& parameters, double x,
                          std::span<const LayerWeights> weights, std::vector<DepthLayer>& out)
{
    out.clear();
    out.reserve(weights.size());
    double h = x;
    LogSum logGradient;
    ScaledProduct product;
    // The scaled product is exact to a few ulp while every factor is a normal double; a factor that
    // underflowed (only its logarithm survives) hands the value over to exp(log) for the rest of the chain.
    bool productExact = true;
    int sign = 1;
    for (const LayerWeights& layerWeights : weights) {
        DepthLayer layer;
        layer.weight = layerWeights.weight;
        layer.bias = layerWeights.bias;
        layer.preActivation = layerWeights.weight * h + layerWeights.bias;
        double d = 0.0;
        activation.evaluateBatch(&layer.preActivation, &layer.output, &d, 1, parameters);
        layer.factor = layerWeights.weight * d;

        const LogMagnitude derivative = logDerivative(activation, layer.preActivation, parameters, d);
        const LogMagnitude weight = logMagnitude(layerWeights.weight);
        const int factorSign = weight.sign * derivative.sign;
        // ln|w| + ln|act′| rather than ln|w·act′|: the sigmoid bound sums ln|w| + ln(1/4) the same way,
        // so where σ′ = 1/4 exactly the two agree to the last bit.
        layer.logAbsFactor = factorSign == 0 ? -HUGE_VAL : weight.log + derivative.log;

        sign *= factorSign;
        logGradient.add(layer.logAbsFactor);
        layer.gradientSign = sign;
        layer.logAbsGradient = logGradient.value();
        productExact = productExact && std::isnormal(layer.factor);
        if (sign == 0) {
            layer.gradient = 0.0;
        } else if (productExact) {
            product.multiply(layer.factor);
            layer.gradient = product.value();
        } else {
            layer.gradient = sign * std::exp(layer.logAbsGradient);
        }
        out.push_back(layer);
        h = layer.output;
    }
}

std::vector<DepthLayer> gradientThroughDepth(const Activation& activation, const ParameterValues& parameters,
                                             const ChainSettings& settings)
{
    std::vector<DepthLayer> layers;
    gradientThroughDepth(activation, parameters, settings.x, layerWeights(settings), layers);
    return layers;
}

void sigmoidBound(std::span<const LayerWeights> weights, std::vector<SigmoidBound>& out)
{
    // σ′ peaks at σ′(0) = 1/4; ln(1/4) is formed by the same std::log a sigmoid layer's factor uses.
    const double logQuarter = std::log(0.25);
    out.clear();
    out.reserve(weights.size());
    LogSum logBound;
    for (const LayerWeights& layer : weights) {
        SigmoidBound bound;
        bound.logMaxFactor = layer.weight == 0 ? -HUGE_VAL : std::log(std::fabs(layer.weight)) + logQuarter;
        logBound.add(bound.logMaxFactor);
        bound.logBound = logBound.value();
        out.push_back(bound);
    }
}

}  // namespace actlab
