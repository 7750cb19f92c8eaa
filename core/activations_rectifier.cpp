// The rectifier family: piecewise with a linear positive side.

#include "activation_kernels.h"
#include "activations.h"

#include <cmath>

namespace actlab {
namespace {

using kernels::NoParams;

struct LeakyRelu {
    struct Params {
        double slope;
    };
    static Params prepare(const ParameterValues& p) { return {p[0]}; }
    static void finite(double x, const Params& p, double& f, double& df)
    {
        f = x > 0 ? x : p.slope * x;
        df = x > 0 ? 1.0 : p.slope;  // left derivative at 0, as autograd
    }
    static void infinite(bool positive, const Params& p, double& f, double& df)
    {
        // slope · (−inf) would be NaN for slope 0, where the function is 0 on the whole left side.
        f = positive ? HUGE_VAL : (p.slope == 0 ? 0.0 : -HUGE_VAL);
        df = positive ? 1.0 : p.slope;
    }
    static Kinks kinks(const Params&) { return kernels::kinksAt(0.0); }
};

/// ELU scaled: scale·x for x > 0, scale·α·(eˣ − 1) otherwise; elu is scale 1, selu has fixed constants.
struct ScaledExponentialParams {
    double scale;
    double scaleAlpha;
};

inline void scaledExponentialUnit(double x, const ScaledExponentialParams& p, double& f, double& df)
{
    // eˣ − 1 from expm1 (the textbook form loses every digit near 0) and the derivative from eˣ itself
    // (1 + expm1 would lose it far left). Both sides are computed; the positive side is selected after.
    const double negative = x < 0 ? x : 0.0;
    const double m = std::expm1(negative);
    const double e = std::exp(negative);
    f = x > 0 ? p.scale * x : p.scaleAlpha * m;
    df = x > 0 ? p.scale : p.scaleAlpha * e;
}

inline void scaledExponentialLimits(bool positive, const ScaledExponentialParams& p, double& f, double& df)
{
    f = positive ? HUGE_VAL : -p.scaleAlpha;
    df = positive ? p.scale : 0.0;
}

struct Elu {
    using Params = ScaledExponentialParams;
    static Params prepare(const ParameterValues& p) { return {1.0, p[0]}; }
    static void finite(double x, const Params& p, double& f, double& df) { scaledExponentialUnit(x, p, f, df); }
    static void infinite(bool positive, const Params& p, double& f, double& df)
    {
        scaledExponentialLimits(positive, p, f, df);
    }
    static Kinks kinks(const Params& p) { return p.scaleAlpha == 1.0 ? kernels::noKinks() : kernels::kinksAt(0.0); }
};

// PyTorch's constants, from Klambauer et al. (2017).
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluScale = 1.0507009873554804934193349852946;

struct Selu {
    using Params = ScaledExponentialParams;
    static Params prepare(const ParameterValues&) { return {kSeluScale, kSeluScale * kSeluAlpha}; }
    static void finite(double x, const Params& p, double& f, double& df) { scaledExponentialUnit(x, p, f, df); }
    static void infinite(bool positive, const Params& p, double& f, double& df)
    {
        scaledExponentialLimits(positive, p, f, df);
    }
    static Kinks kinks(const Params&) { return kernels::kinksAt(0.0); }
};

struct Relu6 {
    using Params = NoParams;
    static Params prepare(const ParameterValues&) { return {}; }
    static void finite(double x, const Params&, double& f, double& df)
    {
        f = x > 6 ? 6.0 : (x > 0 ? x : 0.0);
        df = (x > 0 && x <= 6) ? 1.0 : 0.0;  // left derivatives: 0 at 0, 1 at 6
    }
    static void infinite(bool positive, const Params&, double& f, double& df)
    {
        f = positive ? 6.0 : 0.0;
        df = 0.0;
    }
    static Kinks kinks(const Params&) { return kernels::kinksAt(0.0, 6.0); }
};

constexpr ParameterSpec kLeakyReluParameters[] = {{"negative_slope", "negative slope a", 0.01, 0.0, 1.0, false}};
constexpr ParameterSpec kEluParameters[] = {{"alpha", "α", 1.0, 0.0, 5.0, false}};

const Activation kRectifiers[] = {
    kernels::describe<LeakyRelu>(
        "leaky_relu", "Leaky ReLU", Family::Rectifier, "f(x) = x if x > 0, else a·x",
        "f′(x) = 1 if x > 0, else a",
        "Like relu, but a small slope a on the negative side keeps some gradient flowing, so units "
        "cannot die. At x = 0 the left derivative a is used.",
        kLeakyReluParameters),
    kernels::describe<Elu>(
        "elu", "ELU", Family::Rectifier, "f(x) = x if x > 0, else α·(eˣ − 1)",
        "f′(x) = 1 if x > 0, else α·eˣ",
        "Smooth for x < 0 and saturating to −α, which pushes mean activations towards 0. With α = 1 the "
        "derivative is continuous at 0.",
        kEluParameters),
    kernels::describe<Selu>(
        "selu", "SELU", Family::Rectifier, "f(x) = λ·x if x > 0, else λ·α·(eˣ − 1)",
        "f′(x) = λ if x > 0, else λ·α·eˣ",
        "ELU scaled by λ ≈ 1.0507 with α ≈ 1.6733, chosen so activations keep zero mean and unit "
        "variance through many layers (self-normalising).",
        {}),
    kernels::describe<Relu6>(
        "relu6", "ReLU6", Family::Rectifier, "f(x) = min(max(0, x), 6)",
        "f′(x) = 1 if 0 < x ≤ 6, else 0",
        "ReLU capped at 6, popular on low-precision hardware. Past 6 the gradient is 0 again.", {}),
};

}  // namespace

std::span<const Activation> rectifierActivations() { return kRectifiers; }

}  // namespace actlab
