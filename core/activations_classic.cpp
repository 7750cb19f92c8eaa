// The lecture's classic four: sigmoid, tanh, relu, softplus.

#include "activation_kernels.h"
#include "activations.h"
#include "stable_math.h"

namespace actlab {
namespace {

using kernels::NoParams;

struct Sigmoid {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        // σ′ = σ(x)·σ(−x): the textbook σ(1 − σ) is 0 past |x| ≈ 37 where the true value is 1e-17.
        const stable::SigmoidPair s = stable::sigmoidPair(x);
        f = s.positive;
        df = s.positive * s.negative;
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? 1.0 : 0.0;
        df = 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct Tanh {
    using Params = NoParams;
    // tanh's Taylor coefficients of x³, x⁵, …, x²³ (from mpmath); on |x| ≤ 0.25 eleven terms leave a
    // truncation error of 2e-18 relative.
    static constexpr double kSeries[] = {
        -0.3333333333333333,     0.13333333333333333,   -0.05396825396825397,  0.021869488536155203,
        -0.008863235529902197,   0.003592128036572481,  -0.0014558343870513183, 0.000590027440945586,
        -0.00023912911424355248, 9.691537956929451e-05, -3.927832388331683e-05,
    };
    static constexpr double kSeriesLimit = 0.25;

    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        // Away from 0: tanh|x| = (1 − e)/(1 + e) and sech² = 4e/(1 + e)² with e = e^{−2|x|}, never
        // 1 − tanh², which is 0 past |x| ≈ 19. Near 0, where 1 − e cancels, the series, and there 1 − t²
        // is harmless. One exponential per point either way.
        const double a = std::fabs(x);
        const double e = std::exp(-2.0 * a);
        const double q = 1.0 / (1.0 + e);
        const double tFar = (1.0 - e) * q;
        const double dfFar = 4.0 * e * q * q;

        const double s = a * a;
        double series = kSeries[10];
        for (int k = 9; k >= 0; --k) series = series * s + kSeries[k];
        const double tNear = a + a * (s * series);
        const double dfNear = 1.0 - tNear * tNear;

        const bool near = a <= kSeriesLimit;
        f = std::copysign(near ? tNear : tFar, x);
        df = near ? dfNear : dfFar;
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? 1.0 : -1.0;
        df = 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

struct Relu {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        f = x > 0 ? x : 0.0;
        df = x > 0 ? 1.0 : 0.0;  // left derivative at 0, as autograd
    }
    static void infinite(bool positive, const Params& p, double& f, double& df)
    {
        finite(positive ? HUGE_VAL : -HUGE_VAL, p, f, df);
    }
    static Kinks kinks(const Params&) { return kernels::kinksAt(0.0); }
};

struct Softplus {
    struct Params {
        double beta;
    };
    static Params prepare(const ParameterValues& p) { return {p[0]}; }
    static void finite(double x, const Params& p, double& f, double& df)
    {
        // log(1 + e^{βx})/β with no threshold: for βx > 0 it is x + log1p(e^{−βx})/β, never overflowing.
        // βx is carried in double-double: in the far left tail f ≈ e^{βx}/β, where one rounding of βx
        // would cost |βx| ulp.
        const dd::Double2 u = dd::twoProduct(p.beta, x);
        const stable::SigmoidPair s = stable::sigmoidPair(u);
        const double rest = stable::log1pExpRest(u, s) / p.beta;
        f = u.hi > 0 ? x + rest : rest;  // log(1 + e^u) = max(u, 0) + rest, and max(βx, 0)/β = max(x, 0)
        df = s.positive;
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? HUGE_VAL : 0.0;
        df = positive ? 1.0 : 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::noKinks(); }
};

constexpr ParameterSpec kSoftplusParameters[] = {{"beta", "β", 1.0, 0.01, 100.0, true}};

const Activation kClassic[] = {
    kernels::describe<Sigmoid>(
        "sigmoid", "Sigmoid", Family::Classic, "σ(x) = 1 / (1 + e⁻ˣ)", "σ′(x) = σ(x)·(1 − σ(x))",
        "Squashes every input into (0, 1). Its derivative never exceeds 0.25 (at x = 0), so each sigmoid "
        "layer shrinks the gradient at least fourfold: deep sigmoid networks suffer vanishing gradients.",
        {}),
    kernels::describe<Tanh>(
        "tanh", "Tanh", Family::Classic, "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)", "tanh′(x) = 1 − tanh²(x)",
        "Zero-centred with range (−1, 1) and a peak derivative of 1 at x = 0; tanh(x) = 2σ(2x) − 1. "
        "It still saturates: for |x| beyond about 3 the gradient all but vanishes.",
        {}),
    kernels::describe<Relu>(
        "relu", "ReLU", Family::Classic, "relu(x) = max(0, x)", "relu′(x) = 1 if x > 0, else 0",
        "The gradient is exactly 1 for every positive input, so it does not vanish there, and it is cheap. "
        "For negative inputs the gradient is 0 and the unit does not learn. At x = 0 the left derivative 0 "
        "is used, as autograd does.",
        {}),
    kernels::describe<Softplus>(
        "softplus", "Softplus", Family::Classic, "softplus(x) = ln(1 + exp(βx)) / β",
        "softplus′(x) = σ(βx)",
        "A smooth ReLU: it never exceeds relu by more than ln 2 / β (at x = 0) and closes in on it as β "
        "grows. Its derivative is exactly the sigmoid σ(βx).",
        kSoftplusParameters),
};

}  // namespace

std::span<const Activation> classicActivations() { return kClassic; }

}  // namespace actlab
