// The hard (piecewise-linear) variants, cheap approximations of the smooth ones.

#include "activation_kernels.h"
#include "activations.h"

#include <cmath>

namespace actlab {
namespace {

using kernels::NoParams;

struct Hardsigmoid {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        // PyTorch's relu6(x + 3)/6; x + 3 is exact where it matters (near −3, by Sterbenz).
        f = x <= -3 ? 0.0 : (x >= 3 ? 1.0 : (x + 3.0) / 6.0);
        df = (x > -3 && x <= 3) ? 1.0 / 6.0 : 0.0;  // left derivatives at the corners
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? 1.0 : 0.0;
        df = 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::kinksAt(-3.0, 3.0); }
};

struct Hardswish {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        const bool middle = x > -3 && x <= 3;
        f = middle ? x * (x + 3.0) / 6.0 : (x > 3 ? x : 0.0);
        df = middle ? (2.0 * x + 3.0) / 6.0 : (x > 3 ? 1.0 : 0.0);  // 2x + 3 is exact near its root −1.5
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? HUGE_VAL : 0.0;
        df = positive ? 1.0 : 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::kinksAt(-3.0, 3.0); }
};

struct Hardtanh {
    struct Params {
        double low;
        double high;
    };
    static Params prepare(const ParameterValues& p) { return {p[0], p[1]}; }
    static void finite(double x, const Params& p, double& f, double& df)
    {
        f = x <= p.low ? p.low : (x >= p.high ? p.high : x);
        df = (x > p.low && x <= p.high) ? 1.0 : 0.0;  // left derivatives at the corners
    }
    static void infinite(bool positive, const Params& p, double& f, double& df)
    {
        f = positive ? p.high : p.low;
        df = 0.0;
    }
    static Kinks kinks(const Params& p) { return kernels::kinksAt(p.low, p.high); }
};

constexpr ParameterSpec kHardtanhParameters[] = {
    {"min_val", "lower bound a", -1.0, -10.0, -0.1, false},
    {"max_val", "upper bound b", 1.0, 0.1, 10.0, false},
};

const Activation kHard[] = {
    kernels::describe<Hardsigmoid>(
        "hardsigmoid", "Hard sigmoid", Family::Hard, "f(x) = min(max(0, x + 3), 6) / 6",
        "f′(x) = 1/6 if −3 < x ≤ 3, else 0",
        "A piecewise-linear sigmoid (PyTorch's definition) that needs no exponential. Outside [−3, 3] "
        "its gradient is exactly 0.",
        {}),
    kernels::describe<Hardswish>(
        "hardswish", "Hard swish", Family::Hard, "f(x) = x·min(max(0, x + 3), 6) / 6",
        "f′(x) = 0 if x ≤ −3; (2x + 3)/6 if −3 < x ≤ 3; 1 if x > 3",
        "SiLU with the sigmoid replaced by the hard sigmoid, from MobileNetV3. Its derivative jumps at "
        "x = ±3 (left derivatives shown).",
        {}),
    kernels::describe<Hardtanh>(
        "hardtanh", "Hard tanh", Family::Hard, "f(x) = min(max(x, a), b)", "f′(x) = 1 if a < x ≤ b, else 0",
        "The identity clipped to [a, b] (default [−1, 1]). Its gradient is 1 inside and exactly 0 outside.",
        kHardtanhParameters),
};

}  // namespace

std::span<const Activation> hardActivations() { return kHard; }

}  // namespace actlab
