#include "ui/common/coretext.h"

#include "core/expression/typedactivation.h"

#include "core/activation.h"
#include "ui/common/numberformat.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace actlab {

namespace {

// For lupdate only: core's text as it stands, under the context "actlab::core". When core's text changes,
// run `/usr/lib/qt6/bin/lupdate` after updating this list; tst_translation names any string missing here.
[[maybe_unused]] const char* const kCoreTexts[] = {
    QT_TRANSLATE_NOOP("actlab::core", "Sigmoid"),
    QT_TRANSLATE_NOOP("actlab::core", "σ(x) = 1 / (1 + e⁻ˣ)"),
    QT_TRANSLATE_NOOP("actlab::core", "σ′(x) = σ(x)·(1 − σ(x))"),
    QT_TRANSLATE_NOOP("actlab::core", "Squashes every input into (0, 1). Its derivative never exceeds 0.25 (at x = 0), so each sigmoid layer shrinks the gradient at least fourfold: deep sigmoid networks suffer vanishing gradients."),
    QT_TRANSLATE_NOOP("actlab::core", "Tanh"),
    QT_TRANSLATE_NOOP("actlab::core", "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)"),
    QT_TRANSLATE_NOOP("actlab::core", "tanh′(x) = 1 − tanh²(x)"),
    QT_TRANSLATE_NOOP("actlab::core", "Zero-centred with range (−1, 1) and a peak derivative of 1 at x = 0; tanh(x) = 2σ(2x) − 1. It still saturates: for |x| beyond about 3 the gradient all but vanishes."),
    QT_TRANSLATE_NOOP("actlab::core", "ReLU"),
    QT_TRANSLATE_NOOP("actlab::core", "relu(x) = max(0, x)"),
    QT_TRANSLATE_NOOP("actlab::core", "relu′(x) = 1 if x > 0, else 0"),
    QT_TRANSLATE_NOOP("actlab::core", "The gradient is exactly 1 for every positive input, so it does not vanish there, and it is cheap. For negative inputs the gradient is 0 and the unit does not learn. At x = 0 the left derivative 0 is used, as autograd does."),
    QT_TRANSLATE_NOOP("actlab::core", "Softplus"),
    QT_TRANSLATE_NOOP("actlab::core", "softplus(x) = ln(1 + exp(βx)) / β"),
    QT_TRANSLATE_NOOP("actlab::core", "softplus′(x) = σ(βx)"),
    QT_TRANSLATE_NOOP("actlab::core", "A smooth ReLU: it never exceeds relu by more than ln 2 / β (at x = 0) and closes in on it as β grows. Its derivative is exactly the sigmoid σ(βx)."),
    QT_TRANSLATE_NOOP("actlab::core", "β"),
    QT_TRANSLATE_NOOP("actlab::core", "Hard sigmoid"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = min(max(0, x + 3), 6) / 6"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = 1/6 if −3 < x ≤ 3, else 0"),
    QT_TRANSLATE_NOOP("actlab::core", "A piecewise-linear sigmoid (PyTorch's definition) that needs no exponential. Outside [−3, 3] its gradient is exactly 0."),
    QT_TRANSLATE_NOOP("actlab::core", "Hard swish"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = x·min(max(0, x + 3), 6) / 6"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = 0 if x ≤ −3; (2x + 3)/6 if −3 < x ≤ 3; 1 if x > 3"),
    QT_TRANSLATE_NOOP("actlab::core", "SiLU with the sigmoid replaced by the hard sigmoid, from MobileNetV3. Its derivative jumps at x = ±3 (left derivatives shown)."),
    QT_TRANSLATE_NOOP("actlab::core", "Hard tanh"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = min(max(x, a), b)"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = 1 if a < x ≤ b, else 0"),
    QT_TRANSLATE_NOOP("actlab::core", "The identity clipped to [a, b] (default [−1, 1]). Its gradient is 1 inside and exactly 0 outside."),
    QT_TRANSLATE_NOOP("actlab::core", "lower bound a"),
    QT_TRANSLATE_NOOP("actlab::core", "upper bound b"),
    QT_TRANSLATE_NOOP("actlab::core", "Leaky ReLU"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = x if x > 0, else a·x"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = 1 if x > 0, else a"),
    QT_TRANSLATE_NOOP("actlab::core", "Like relu, but a small slope a on the negative side keeps some gradient flowing, so units cannot die. At x = 0 the left derivative a is used."),
    QT_TRANSLATE_NOOP("actlab::core", "ELU"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = x if x > 0, else α·(eˣ − 1)"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = 1 if x > 0, else α·eˣ"),
    QT_TRANSLATE_NOOP("actlab::core", "Smooth for x < 0 and saturating to −α, which pushes mean activations towards 0. With α = 1 the derivative is continuous at 0."),
    QT_TRANSLATE_NOOP("actlab::core", "SELU"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = λ·x if x > 0, else λ·α·(eˣ − 1)"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = λ if x > 0, else λ·α·eˣ"),
    QT_TRANSLATE_NOOP("actlab::core", "ELU scaled by λ ≈ 1.0507 with α ≈ 1.6733, chosen so activations keep zero mean and unit variance through many layers (self-normalising)."),
    QT_TRANSLATE_NOOP("actlab::core", "ReLU6"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = min(max(0, x), 6)"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = 1 if 0 < x ≤ 6, else 0"),
    QT_TRANSLATE_NOOP("actlab::core", "ReLU capped at 6, popular on low-precision hardware. Past 6 the gradient is 0 again."),
    QT_TRANSLATE_NOOP("actlab::core", "negative slope a"),
    QT_TRANSLATE_NOOP("actlab::core", "α"),
    QT_TRANSLATE_NOOP("actlab::core", "SiLU"),
    QT_TRANSLATE_NOOP("actlab::core", "silu(x) = x·σ(x)"),
    QT_TRANSLATE_NOOP("actlab::core", "silu′(x) = σ(x)·(1 + x·(1 − σ(x)))"),
    QT_TRANSLATE_NOOP("actlab::core", "Smooth and non-monotonic: it dips to a minimum of about −0.278 at x ≈ −1.278 before rising like relu. Also called swish with β = 1."),
    QT_TRANSLATE_NOOP("actlab::core", "Swish"),
    QT_TRANSLATE_NOOP("actlab::core", "swish(x) = x·σ(βx)"),
    QT_TRANSLATE_NOOP("actlab::core", "swish′(x) = σ(βx)·(1 + βx·(1 − σ(βx)))"),
    QT_TRANSLATE_NOOP("actlab::core", "SiLU with a tunable sharpness β: as β grows it approaches relu, at β → 0 it becomes the line x/2."),
    QT_TRANSLATE_NOOP("actlab::core", "GELU"),
    QT_TRANSLATE_NOOP("actlab::core", "gelu(x) = x·Φ(x)"),
    QT_TRANSLATE_NOOP("actlab::core", "gelu′(x) = Φ(x) + x·φ(x)"),
    QT_TRANSLATE_NOOP("actlab::core", "Weights the input by the probability Φ(x) that a standard normal variable is below it; the default in Transformers. Slightly negative for x < 0, with a minimum near x ≈ −0.75."),
    QT_TRANSLATE_NOOP("actlab::core", "GELU (tanh approx.)"),
    QT_TRANSLATE_NOOP("actlab::core", "f(x) = ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))"),
    QT_TRANSLATE_NOOP("actlab::core", "f′(x) = ½(1 + tanh u) + ½x·sech²(u)·√(2/π)·(1 + 0.134145x²)"),
    QT_TRANSLATE_NOOP("actlab::core", "The tanh approximation of GELU used by GPT-2 and BERT; it differs from the exact GELU by less than 0.0005."),
    QT_TRANSLATE_NOOP("actlab::core", "Mish"),
    QT_TRANSLATE_NOOP("actlab::core", "mish(x) = x·tanh(softplus(x))"),
    QT_TRANSLATE_NOOP("actlab::core", "mish′(x) = tanh(sp(x)) + x·σ(x)·sech²(sp(x))"),
    QT_TRANSLATE_NOOP("actlab::core", "Smooth and non-monotonic like SiLU, with a slightly deeper minimum of about −0.309 near x ≈ −1.19."),
    QT_TRANSLATE_NOOP("actlab::core", "Softsign"),
    QT_TRANSLATE_NOOP("actlab::core", "softsign(x) = x / (1 + |x|)"),
    QT_TRANSLATE_NOOP("actlab::core", "softsign′(x) = 1 / (1 + |x|)²"),
    QT_TRANSLATE_NOOP("actlab::core", "A tanh-like squashing function whose tails approach ±1 polynomially rather than exponentially, so it saturates more gently."),
};

}  // namespace

QString coreText(std::string_view text)
{
    if (text.empty()) return {};
    const QByteArray source(text.data(), qsizetype(text.size()));  // translate() wants a terminated string
    return QCoreApplication::translate(kCoreTextContext, source.constData());
}

QString activationText(const Activation& activation, std::string_view text)
{
    return isTypedId(activation.id) ? toQString(text) : coreText(text);
}

QStringList coreTexts()
{
    QStringList texts;
    for (const Activation& activation : activations()) {
        for (std::string_view text : {activation.name, activation.formula, activation.derivativeFormula, activation.note})
            texts << toQString(text);
        for (const ParameterSpec& spec : activation.parameters) texts << toQString(spec.label);
    }
    texts.removeDuplicates();
    return texts;
}

}  // namespace actlab
