// The smooth modern activations: silu/swish, gelu, mish, softsign.

#include "activation_kernels.h"
#include "activations.h"
#include "stable_math.h"

#include <cmath>

namespace actlab {
namespace {

using kernels::NoParams;

/// x·σ(u) and its derivative σ(u)·(1 + u·σ(−u)), u = βx, shared by silu (β = 1) and swish.
inline void gatedBySigmoid(double x, dd::Double2 u, double& f, double& df)
{
    const stable::SigmoidPair s = stable::sigmoidPair(u);
    f = x * s.positive;
    // u·σ(−u) is 0 once σ(−u) has underflowed, also when βx itself overflowed to inf.
    const double tail = s.negative == 0.0 ? 0.0 : u.hi * s.negative;
    // Once σ(u) has underflowed the derivative is 0, even where 1 + tail is −inf (βx = −inf).
    df = s.positive == 0.0 ? 0.0 : s.positive * (1.0 + tail);
}

inline void gatedLimits(bool positive, double& f, double& df)
{
    // x·σ(βx) → x on the right and → 0 (as x·e^{βx}) on the left.
    f = positive ? HUGE_VAL : 0.0;
    df = positive ? 1.0 : 0.0;
}

struct Silu {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df) { gatedBySigmoid(x, {x, 0.0}, f, df); }
    static void infinite(bool positive, const Params&, double& f, double& df) { gatedLimits(positive, f, df); }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct Swish {
    struct Params {
        double beta;
    };
    static Params prepare(const ParameterValues& p) { return {p[0]}; }
    static void finite(double x, const Params& p, double& f, double& df)
    {
        gatedBySigmoid(x, dd::twoProduct(p.beta, x), f, df);
    }
    static void infinite(bool positive, const Params&, double& f, double& df) { gatedLimits(positive, f, df); }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct Gelu {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        // Φ via erfc, never 1 + erf (which is 0 below x ≈ −8.3 where Φ is still 1e-17).
        const double density = stable::normalDensity(x);
        const double cdf = stable::normalDistribution(x, density);
        f = x * cdf;
        df = cdf + x * density;
    }
    static void infinite(bool positive, const Params&, double& f, double& df) { gatedLimits(positive, f, df); }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct GeluTanh {
    using Params = NoParams;
    static constexpr dd::Double2 kTwoSqrtTwoOverPi{1.5957691216057308, -9.96930880911092e-17};
    static constexpr dd::Double2 kCubic{0.044715, 2.1960211427085595e-18};
    // Past this |x| the gate is exactly 0 or 1 in double precision and x³ would overflow.
    static constexpr double kSaturated = 1e100;

    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        // ½x(1 + tanh(u)) = x·σ(2u) with 2u = 2√(2/π)(x + 0.044715x³) in double-double: 1 + tanh cancels
        // for negative x, and σ(2u) far left is e^{2u}, sensitive to every rounding of 2u. Beyond
        // kSaturated the gate is exactly 0 or 1 and x³ would overflow, so x is clamped for the gate.
        const double c = x < -kSaturated ? -kSaturated : (x > kSaturated ? kSaturated : x);
        const dd::Double2 square = dd::twoProduct(c, c);
        const dd::Double2 cube = dd::multiply(c, square);
        const dd::Double2 inner = dd::add({c, 0.0}, dd::multiply(cube, kCubic));
        const dd::Double2 u = dd::multiply(inner, kTwoSqrtTwoOverPi);
        const stable::SigmoidPair s = stable::sigmoidPair(u);
        f = x * s.positive;
        const double slope = kTwoSqrtTwoOverPi.hi * (1.0 + 3.0 * kCubic.hi * square.hi);
        df = s.positive * (1.0 + c * s.negative * slope);
    }
    static void infinite(bool positive, const Params&, double& f, double& df) { gatedLimits(positive, f, df); }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct Mish {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        // tanh(softplus(x)) = n/(n + 2) with n = eˣ(eˣ + 2); for x > 0 written in e⁻ˣ so nothing overflows.
        // 1 − t is formed directly, never as 1 − tanh, so sech² keeps its digits far right. Both sides use
        // e = e^{−|x|} and are computed; the sign of x selects.
        const double e = std::exp(-std::fabs(x));
        const double n = e * (e + 2.0);
        const double qLeft = 1.0 / (n + 2.0);
        const double twoE = 2.0 * e;
        const double qRight = 1.0 / (1.0 + twoE + twoE * e);
        const bool left = x <= 0;
        const double t = left ? n * qLeft : (1.0 + twoE) * qRight;
        const double oneMinusT = left ? 2.0 * qLeft : twoE * e * qRight;
        const double r = 1.0 / (1.0 + e);
        const double sigma = left ? e * r : r;
        f = x * t;
        const double sech2 = oneMinusT * (1.0 + t);
        const double tail = sech2 == 0.0 ? 0.0 : x * sigma * sech2;
        df = t + tail;
    }
    static void infinite(bool positive, const Params&, double& f, double& df) { gatedLimits(positive, f, df); }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct Softsign {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        const double d = 1.0 + std::fabs(x);
        f = x / d;
        const double r = 1.0 / d;
        df = r * r;  // not 1/d², which overflows to 0 early
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? 1.0 : -1.0;
        df = 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

constexpr ParameterSpec kSwishParameters[] = {{"beta", "β", 1.0, 0.01, 100.0, true}};

const Activation kSmooth[] = {
    kernels::describe<Silu>(
        "silu", "SiLU", Family::Smooth, "silu(x) = x·σ(x)", "silu′(x) = σ(x)·(1 + x·(1 − σ(x)))",
        "Smooth and non-monotonic: it dips to a minimum of about −0.278 at x ≈ −1.278 before rising "
        "like relu. Also called swish with β = 1.",
        {}),
    kernels::describe<Swish>(
        "swish", "Swish", Family::Smooth, "swish(x) = x·σ(βx)", "swish′(x) = σ(βx)·(1 + βx·(1 − σ(βx)))",
        "SiLU with a tunable sharpness β: as β grows it approaches relu, at β → 0 it becomes the line x/2.",
        kSwishParameters),
    kernels::describe<Gelu>(
        "gelu", "GELU", Family::Smooth, "gelu(x) = x·Φ(x)", "gelu′(x) = Φ(x) + x·φ(x)",
        "Weights the input by the probability Φ(x) that a standard normal variable is below it; the "
        "default in Transformers. Slightly negative for x < 0, with a minimum near x ≈ −0.75.",
        {}),
    kernels::describe<GeluTanh>(
        "gelu_tanh", "GELU (tanh approx.)", Family::Smooth,
        "f(x) = ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))",
        "f′(x) = ½(1 + tanh u) + ½x·sech²(u)·√(2/π)·(1 + 0.134145x²)",
        "The tanh approximation of GELU used by GPT-2 and BERT; it differs from the exact GELU by less "
        "than 0.0005.",
        {}),
    kernels::describe<Mish>(
        "mish", "Mish", Family::Smooth, "mish(x) = x·tanh(softplus(x))",
        "mish′(x) = tanh(sp(x)) + x·σ(x)·sech²(sp(x))",
        "Smooth and non-monotonic like SiLU, with a slightly deeper minimum of about −0.309 near "
        "x ≈ −1.19.",
        {}),
    kernels::describe<Softsign>(
        "softsign", "Softsign", Family::Smooth, "softsign(x) = x / (1 + |x|)", "softsign′(x) = 1 / (1 + |x|)²",
        "A tanh-like squashing function whose tails approach ±1 polynomially rather than exponentially, "
        "so it saturates more gently.",
        {}),
};

}  // namespace

std::span<const Activation> smoothActivations() { return kSmooth; }

}  // namespace actlab
