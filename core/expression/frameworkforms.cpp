// The framework forms for the numerics lens: each activation as a textbook writes it and as PyTorch's
// (and, where it computes differently, TensorFlow's or Keras's) CPU kernels compute it, f and the
// backward pass, so the lens can show where each one loses its digits.
//
// Provenance. Every framework formula was read from the source, not from memory:
//  - PyTorch v2.6.0 as released (the pytorch-v2.6.0 source tree, here from Debian's pytorch 2.6.0+dfsg
//    source package); line numbers below are of that tree. The kernels quoted are unchanged in the
//    pytorch/pytorch snapshots indexed in 2025 that were spot-checked (e.g. hardsigmoid's float 1/6).
//  - TensorFlow: the kernels in tensorflow/core/kernels at r2.0, commit
//    1cf0898dd4331baf93fe77205550f2c2e6c90ee5, whose elu/selu/relu6 functors are unchanged at
//    tensorflow/tensorflow@12b1fb47f72fd26e02193f2724fe052c479ff488; softplus_op.h at
//    @0501f8f4448be108705de290e7383f00c2d68974 (log1p since r2.0's log(e + 1)); nn_grad.py at
//    @01064be9e4d45f323fe4d813e99661f354b0fbc8 (Softplus's gradient is grad·sigmoid(x) in Python).
//  - Keras 3: keras-team/keras@3422977a5e38fb2f7709aaa9a08e47f0c43d0f60 (its TensorFlow backend).
//
// How a kernel becomes a formula. The backward formula is the kernel's expression with the incoming
// gradient set to 1; products with that 1 (and with PyTorch's scale = 1, input_scale = 1 for elu) are
// exact, so they are left out. Kernel constants are written as the double the kernel holds (17
// significant digits), so converting them to float or bfloat16 rounds them as the kernel's
// scalar_t(constant) does. x*x*x is written out, never x^3, since pow is not what the kernel calls.
// Comparisons become where(): PyTorch's `a <= 0 ? neg : pos` is where(x, pos, neg); `b > t` is
// where(b - t, …), which for IEEE numbers has the same sign as b > t.
//
// What a formula cannot say: PyTorch computes bfloat16 (and half) kernels in float32 and rounds once
// at the end, while the lens's bfloat16 rounds after every operation; float32 GELU (erf) on a build
// with oneDNN goes through oneDNN's eltwise_gelu_erf rather than the ATen kernel quoted; TensorFlow's
// float32 sigmoid and tanh are Eigen's rational approximations (UnaryFunctors.h), written here as the
// double formulas 1/(1 + exp(−x)) and tanh(x).

#include "core/expression/frameworkforms.h"

#include <algorithm>
#include <iterator>

namespace actlab::expression {
namespace {

// PyTorch's sigmoid as UnaryOpsKernel.cpp:58 (scalar) and :60-65 (vector: 0 − x, exp, 1 +, reciprocal)
// compute it. Not parenthesised: wrap it wherever it is a factor.
#define PT_SIGMOID(u) "1/(1 + exp(-" u "))"

// TensorFlow's softplus threshold, log(ε) + 2 (softplus_op.h:44-45), in whatever precision the lens
// evaluates: |(4/3 − 1)·3 − 1| is exactly that format's ε (2⁻⁵², 2⁻²³, 2⁻⁷), so the threshold is −34.04
// in float64, −13.94 in float32 and −2.85 in bfloat16, as TensorFlow's is for each dtype.
#define TF_SOFTPLUS_T "(log(abs((4/3 - 1)*3 - 1)) + 2)"
// softplus_op.h:48-56: u > −T → u; u < T → exp(u); else log1p(exp(u)).
// clang-format off
#define TF_SOFTPLUS(u) \
    "where(" u " + " TF_SOFTPLUS_T ", " u ", " \
          "where(" TF_SOFTPLUS_T " - " u ", exp(" u "), log1p(exp(" u "))))"
// clang-format on
#define TF_SOFTPLUS_X TF_SOFTPLUS("x")

// PyTorch's kernel constants as doubles: kGeluBeta = M_SQRT2·M_2_SQRTPI·0.5 (Gelu.h:7), the erf form's
// kBeta = M_2_SQRTPI·M_SQRT1_2·0.5 (Activation.cpp:539), M_SQRT1_2, and SELU's α, λ
// (native/Activation.cpp:243-244).
#define PT_GELU_BETA "0.7978845608028654"
#define PT_GELU_INNER "(" PT_GELU_BETA "*(x + 0.044715*(x*x*x)))"
#define PT_SQRT1_2 "0.70710678118654752440"
#define SELU_ALPHA "1.6732632423543772848170429916717"
#define SELU_SCALE "1.0507009873554804934193349852946"
// TensorFlow's precomputed λα (relu_op_functor.h:171).
#define TF_SELU_SCALE_ALPHA "1.7580993408473768599402175208123"

constexpr FrameworkForm kForms[] = {
    // ---- sigmoid ----------------------------------------------------------------------------------
    {"sigmoid", "textbook", "1/(1 + exp(-x))", "1/(1 + exp(-x))*(1 - 1/(1 + exp(-x)))",
     "σ(x) = 1/(1 + e^−x), σ′ = σ(1 − σ)", ""},
    // derivatives.yaml:1512-1513: sigmoid_backward(grad, result); BinaryOpsKernel.cpp:855 a·(1 − b)·b.
    {"sigmoid", "PyTorch", PT_SIGMOID("x"), "(1 - " PT_SIGMOID("x") ")*(" PT_SIGMOID("x") ")",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/UnaryOpsKernel.cpp:58 (sigmoid_kernel); "
     "aten/src/ATen/native/cpu/BinaryOpsKernel.cpp:855 (sigmoid_backward_kernel: a*(1 - b)*b); "
     "tools/autograd/derivatives.yaml:1512-1513 (backward from the result)",
     "The backward pass reads the output s: (1 − s)·s is 0 once s rounds to 1 (x ≈ 36.7 in float64, "
     "16.6 in float32). TensorFlow's SigmoidGrad is y·(1 − y) (cwise_ops_gradients.h:55), the same numbers."},

    // ---- tanh -------------------------------------------------------------------------------------
    {"tanh", "textbook", "(exp(x) - exp(-x))/(exp(x) + exp(-x))",
     "1 - ((exp(x) - exp(-x))/(exp(x) + exp(-x)))^2", "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), tanh′ = 1 − tanh²",
     ""},
    // derivatives.yaml:1750-1751: tanh_backward(grad, result); BinaryOpsKernel.cpp:952 a·(1 − b·b).
    {"tanh", "PyTorch", "tanh(x)", "1 - tanh(x)*tanh(x)",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/BinaryOpsKernel.cpp:952 (tanh_backward_kernel: a*(1 - b*b)); "
     "tools/autograd/derivatives.yaml:1750-1751 (backward from the result)",
     "1 − t² is 0 once t rounds to 1 (x ≈ 19.06 in float64). TensorFlow's TanhGrad is dy·(1 − y·y) "
     "(cwise_ops_gradients.h:32), the same numbers."},

    // ---- relu -------------------------------------------------------------------------------------
    {"relu", "textbook", "max(0, x)", "step(x)", "relu(x) = max(0, x), relu′ = 1 if x > 0 else 0", ""},
    // native/Activation.cpp:513 clamp_min(self, 0); derivatives.yaml:2091-2092
    // threshold_backward(grad, result, 0); cpu/Activation.cpp:181 `x <= threshold ? value : other`.
    {"relu", "PyTorch", "max(x, 0)", "where(max(x, 0), 1, 0)",
     "PyTorch v2.6.0 aten/src/ATen/native/Activation.cpp:511-513 (relu = clamp_min(self, 0)); "
     "tools/autograd/derivatives.yaml:2091-2092 (threshold_backward(grad, result, 0)); "
     "aten/src/ATen/native/cpu/Activation.cpp:181 (threshold_kernel)",
     ""},

    // ---- leaky_relu -------------------------------------------------------------------------------
    {"leaky_relu", "textbook", "max(negative_slope*x, x)", "where(x, 1, negative_slope)",
     "f(x) = max(a·x, x) for 0 ≤ a ≤ 1", ""},
    {"leaky_relu", "PyTorch", "where(x, x, x*negative_slope)", "where(x, 1, negative_slope)",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:934 (leaky_relu_kernel: a > 0 ? a : a*negval), "
     ":974 (leaky_relu_backward_kernel); tools/autograd/derivatives.yaml:2147-2148",
     "TensorFlow's LeakyRelu and LeakyReluGrad select the same way (relu_op_functor.h)."},

    // ---- elu --------------------------------------------------------------------------------------
    {"elu", "textbook", "where(x, x, alpha*(exp(x) - 1))", "where(x, 1, alpha*exp(x))",
     "Clevert et al. 2015: f = x if x > 0 else α(eˣ − 1), f′ = 1 or α·eˣ", ""},
    // elu_kernel with scale = input_scale = 1: (exp(a) − 1)·negcoef, negcoef = α; elu_backward_kernel
    // (is_result false): grad·negiptcoef·negcoef·exp(b) = α·exp(x).
    {"elu", "PyTorch", "where(x, x, (exp(x) - 1)*alpha)", "where(x, 1, alpha*exp(x))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:233 (elu_kernel), :300 (elu_backward_kernel, "
     "is_result = false); tools/autograd/derivatives.yaml:2103-2104",
     "exp(x) − 1, not expm1: the forward loses its relative digits just left of 0."},
    // Keras: tf.where(x > 0, res, alpha·res) with res = tf.nn.elu(x); EluGrad reads the output:
    // (res + 1)·g for res < 0, and g = α on that side (SelectV2 then Mul gradients).
    {"elu", "TensorFlow", "where(x, x, alpha*(exp(x) - 1))", "where(x, 1, (exp(x) - 1 + 1)*alpha)",
     "Keras keras/src/backend/tensorflow/nn.py:118-123@3422977a5e38 (tf.where(x > 0, res, alpha*res)); "
     "TensorFlow tensorflow/core/kernels/relu_op_functor.h:136-139 (Elu: exp(x) - 1), :154-156 (EluGrad: "
     "(y + 1)*g from the output y)@1cf0898dd433; tensorflow/python/ops/nn_grad.py:462-463@1cf0898dd433",
     "The gradient is rebuilt from the output as (eˣ − 1) + 1: it cancels for x < 0 and is 0 below "
     "x ≈ −37.4 in float64, where the truth is αeˣ."},

    // ---- selu -------------------------------------------------------------------------------------
    {"selu", "textbook", SELU_SCALE "*where(x, x, " SELU_ALPHA "*(exp(x) - 1))",
     SELU_SCALE "*where(x, 1, " SELU_ALPHA "*exp(x))", "Klambauer et al. 2017: λ·(x if x > 0 else α(eˣ − 1))",
     ""},
    // selu = elu(self, SELU_ALPHA, SELU_SCALE): negcoef = α·λ computed in the kernel's type.
    {"selu", "PyTorch", "where(x, x*" SELU_SCALE ", (exp(x) - 1)*(" SELU_ALPHA "*" SELU_SCALE "))",
     "where(x, " SELU_SCALE ", " SELU_ALPHA "*" SELU_SCALE "*exp(x))",
     "PyTorch v2.6.0 aten/src/ATen/native/Activation.cpp:243-244 (SELU_ALPHA, SELU_SCALE), :521-522 "
     "(selu = elu(self, SELU_ALPHA, SELU_SCALE)); aten/src/ATen/native/cpu/Activation.cpp:233, :300",
     ""},
    // Selu: features < 0 ? λα·(exp(x) − 1) : λ·x; SeluGrad from the output: y < 0 ? g·(y + λα) : g·λ.
    {"selu", "TensorFlow", "where(-x, " TF_SELU_SCALE_ALPHA "*(exp(x) - 1), " SELU_SCALE "*x)",
     "where(-(" TF_SELU_SCALE_ALPHA "*(exp(x) - 1)), " TF_SELU_SCALE_ALPHA
     "*(exp(x) - 1) + " TF_SELU_SCALE_ALPHA ", " SELU_SCALE ")",
     "TensorFlow tensorflow/core/kernels/relu_op_functor.h:171-177 (Selu), :193-196 (SeluGrad: "
     "g*(y + scale_alpha) from the output y)@1cf0898dd433; tensorflow/python/ops/nn_grad.py:467-468",
     "Like elu: the gradient λα(eˣ − 1) + λα cancels for x < 0 and is 0 far left."},

    // ---- softplus ---------------------------------------------------------------------------------
    {"softplus", "textbook", "log(1 + exp(beta*x))/beta", "1/(1 + exp(-(beta*x)))",
     "softplus(x) = ln(1 + e^{βx})/β, softplus′ = σ(βx)", "exp overflows above βx ≈ 709.78 in float64."},
    // softplus_kernel: (a·β) > threshold ? a : log1p(exp(a·β))/β; backward z = exp(b·β),
    // (b·β) > threshold ? grad : grad·z/(z + 1). threshold defaults to 20.
    {"softplus", "PyTorch", "where(x*beta - 20, x, log1p(exp(x*beta))/beta)",
     "where(x*beta - 20, 1, exp(x*beta)/(exp(x*beta) + 1))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:1016-1017 (softplus_kernel), :1063-1064 "
     "(softplus_backward_kernel); tools/autograd/derivatives.yaml:2207-2208 (threshold=20)",
     "Above βx = 20 it returns x itself, off by log1p(e^{−βx})/β (2e-9 at the threshold)."},
    // tf.math.softplus(x·β)/β: Softplus with TensorFlow's per-dtype threshold; its gradient is
    // grad·sigmoid(u) (nn_grad.py), then RealDiv (grad/β) and Mul (·β) gradients around it.
    {"softplus", "TensorFlow", TF_SOFTPLUS("x*beta") "/beta", "1/beta*(" PT_SIGMOID("(x*beta)") ")*beta",
     "TensorFlow tensorflow/core/kernels/softplus_op.h:44-56 (threshold log(eps) + 2; x, exp(x) or "
     "log1p(exp(x)))@0501f8f4448b; tensorflow/python/ops/nn_grad.py _SoftplusGrad (grad * sigmoid(x))"
     "@01064be9e4d4; Keras keras/src/backend/tensorflow/nn.py:66-67@3422977a5e38 (tf.math.softplus)",
     "tf.nn.softplus has no β: this is tf.nn.softplus(βx)/β, exactly the op at β = 1. Past |x| = 34.04 "
     "(float64) it returns x or eˣ."},

    // ---- relu6 ------------------------------------------------------------------------------------
    {"relu6", "textbook", "min(max(0, x), 6)", "step(x)*step(6 - x)", "f(x) = min(max(0, x), 6)", ""},
    // relu6 = hardtanh(self, 0, 6) = clamp; hardtanh_backward: x <= 0 || x >= 6 ? 0 : grad.
    {"relu6", "PyTorch", "min(max(x, 0), 6)", "where(x, where(6 - x, 1, 0), 0)",
     "PyTorch v2.6.0 aten/src/ATen/native/Activation.cpp:525-526 (relu6 = hardtanh(self, 0, 6)); "
     "aten/src/ATen/native/cpu/TensorCompareKernel.cpp:365 (clamp: min(max(a, min), max)); "
     "aten/src/ATen/native/cpu/Activation.cpp:758 (hardtanh_backward_kernel)",
     "f′(6) = 0 (both ends open), where ActLab's left derivative is 1. TensorFlow's Relu6Grad is the same."},

    // ---- silu -------------------------------------------------------------------------------------
    {"silu", "textbook", "x/(1 + exp(-x))", "1/(1 + exp(-x)) + x*(1/(1 + exp(-x)))*(1 - 1/(1 + exp(-x)))",
     "Elfwing et al. 2017: x·σ(x), product rule σ + x·σ(1 − σ)", ""},
    // silu_kernel: x/(1 + exp(−x)); silu_backward_kernel: dy·σ·(1 + x·(1 − σ)), σ = 1/(1 + exp(−x)).
    // (silu's derivatives.yaml entry uses this kernel unless the backward itself is being differentiated.)
    {"silu", "PyTorch", "x/(1 + exp(-x))", PT_SIGMOID("x") "*(1 + x*(1 - " PT_SIGMOID("x") "))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:1189 (silu_kernel), :1228-1230 "
     "(silu_backward_kernel); tools/autograd/derivatives.yaml:2095-2096",
     ""},
    // tf.nn.silu = swish(features, beta=1): features·sigmoid(β·features); custom gradient
    // σ·(1 + βx·(1 − σ)) with σ recomputed.
    {"silu", "TensorFlow", "x*(" PT_SIGMOID("x") ")", PT_SIGMOID("x") "*(1 + x*(1 - " PT_SIGMOID("x") "))",
     "TensorFlow tensorflow/python/ops/nn_impl.py swish (tf.nn.silu, custom gradient "
     "sigmoid(beta*x)*(1 + beta*x*(1 - sigmoid(beta*x)))); r2.0 nn_impl.py:507-543@1cf0898dd433; "
     "Keras keras/src/backend/tensorflow/nn.py:90-91@3422977a5e38",
     "The same backward as PyTorch; the forward multiplies by σ(x) instead of dividing by 1 + e^−x."},

    // ---- swish ------------------------------------------------------------------------------------
    {"swish", "textbook", "x/(1 + exp(-(beta*x)))",
     "1/(1 + exp(-(beta*x))) + beta*x*(1/(1 + exp(-(beta*x))))*(1 - 1/(1 + exp(-(beta*x))))",
     "Ramachandran et al. 2017: x·σ(βx), f′ = σ(βx) + βx·σ(βx)(1 − σ(βx))", ""},
    // No swish op with β in PyTorch: x * torch.sigmoid(beta * x) through autograd. mul.Tensor gives
    // σ to x directly and x to σ; sigmoid_backward x·(1 − σ)·σ; mul.Scalar multiplies that by β.
    {"swish", "PyTorch", "x*(" PT_SIGMOID("(x*beta)") ")",
     PT_SIGMOID("(x*beta)") " + x*(1 - " PT_SIGMOID("(x*beta)") ")*(" PT_SIGMOID("(x*beta)") ")*beta",
     "PyTorch v2.6.0 x*torch.sigmoid(beta*x) under autograd: tools/autograd/derivatives.yaml:1212-1214 "
     "(mul.Tensor), :1217-1218 (mul.Scalar), :1512-1513 (sigmoid); aten/src/ATen/native/cpu/"
     "UnaryOpsKernel.cpp:58; aten/src/ATen/native/cpu/BinaryOpsKernel.cpp:855",
     "PyTorch has no swish with β: this is the composition a user writes."},
    {"swish", "TensorFlow", "x*(" PT_SIGMOID("(beta*x)") ")",
     PT_SIGMOID("(beta*x)") "*(1 + beta*x*(1 - " PT_SIGMOID("(beta*x)") "))",
     "TensorFlow tensorflow/python/ops/nn_impl.py swish(features, beta) (custom gradient "
     "sigmoid(beta*x)*(1 + beta*x*(1 - sigmoid(beta*x)))); the β = 1 version at r2.0 "
     "nn_impl.py:507-543@1cf0898dd433",
     ""},

    // ---- gelu -------------------------------------------------------------------------------------
    {"gelu", "textbook", "x*(1 + erf(x/sqrt(2)))/2", "(1 + erf(x/sqrt(2)))/2 + x*exp(-x^2/2)/sqrt(2*pi)",
     "Hendrycks & Gimpel 2016: x·Φ(x) = ½x(1 + erf(x/√2)), f′ = Φ(x) + x·φ(x)",
     "1 + erf cancels below x ≈ −8 (float64)."},
    // scalar_gelu: x·0.5·(1 + erf(x·M_SQRT1_2)); backward cdf + x·pdf with cdf = 0.5·(1 + erf(x·α)),
    // pdf = kBeta·exp(x·x·(−0.5)).
    {"gelu", "PyTorch", "x*0.5*(1 + erf(x*" PT_SQRT1_2 "))",
     "0.5*(1 + erf(x*" PT_SQRT1_2 ")) + x*(0.3989422804014327*exp(x*x*-0.5))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Gelu.h:52-56 (scalar_gelu), aten/src/ATen/native/cpu/"
     "Activation.cpp:538-543 (GeluBackwardKernelImpl, approximate='none'); "
     "tools/autograd/derivatives.yaml:2119-2120",
     "float32 on a oneDNN build runs oneDNN's gelu_erf instead (native/Activation.cpp:394-398)."},

    // ---- gelu_tanh --------------------------------------------------------------------------------
    {"gelu_tanh", "textbook", "0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))",
     "0.5*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3))) + 0.5*x*(1 - tanh(sqrt(2/pi)*(x + 0.044715*x^3))^2)"
     "*sqrt(2/pi)*(1 + 3*0.044715*x^2)",
     "Hendrycks & Gimpel 2016: ½x(1 + tanh(√(2/π)(x + 0.044715x³)))", ""},
    // scalar_gelu_approximated_with_tanh; GeluBackwardKernelImpl (tanh): left = 0.5x, right = 1 + t,
    // left_derivative = 0.5·right, right_derivative = left·(1 − t²)·kBeta·(1 + 3κ·x²).
    {"gelu_tanh", "PyTorch", "0.5*x*(1 + tanh" PT_GELU_INNER ")",
     "0.5*(1 + tanh" PT_GELU_INNER ") + 0.5*x*(1 - tanh" PT_GELU_INNER "*tanh" PT_GELU_INNER
     ")*(" PT_GELU_BETA "*(1 + 3*0.044715*(x*x)))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Gelu.h:7-8 (kGeluBeta, kGeluKappa), :23-29 "
     "(scalar_gelu_approximated_with_tanh); aten/src/ATen/native/cpu/Activation.cpp:452-471 "
     "(GeluBackwardKernelImpl, approximate='tanh')",
     "1 − t·t is 0 once t rounds to 1, and 1 + t cancels far left."},

    // ---- mish -------------------------------------------------------------------------------------
    {"mish", "textbook", "x*tanh(log(1 + exp(x)))",
     "tanh(log(1 + exp(x))) + x*(1/(1 + exp(-x)))*(1 - tanh(log(1 + exp(x)))^2)",
     "Misra 2019: x·tanh(softplus(x)), f′ = tanh(sp) + x·σ(x)·sech²(sp)", ""},
    {"mish", "PyTorch", "x*tanh(log1p(exp(x)))",
     "tanh(log1p(exp(x))) + x*(" PT_SIGMOID("x") ")*(1 - tanh(log1p(exp(x)))*tanh(log1p(exp(x))))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:1263 (mish_kernel), :1305-1308 "
     "(mish_backward_kernel); tools/autograd/derivatives.yaml:2099-2100",
     ""},
    // Keras: x * tanh(softplus(x)) on TensorFlow ops; Mul gives tanh(sp) to x and x to tanh;
    // TanhGrad x·(1 − t·t); Softplus's gradient ·sigmoid(x).
    {"mish", "TensorFlow", "x*tanh(" TF_SOFTPLUS_X ")",
     "tanh(" TF_SOFTPLUS_X ") + x*(1 - tanh(" TF_SOFTPLUS_X ")*tanh(" TF_SOFTPLUS_X
     "))*(" PT_SIGMOID("x") ")",
     "Keras keras/src/activations/activations.py:618-619@3422977a5e38 (x * tanh(softplus(x))); TensorFlow "
     "softplus_op.h:44-56@0501f8f4448b, nn_grad.py _SoftplusGrad@01064be9e4d4, cwise_ops_gradients.h:32 "
     "(TanhGrad)@1cf0898dd433",
     "Keras's mish on the TensorFlow backend, through TensorFlow's softplus and its thresholds."},

    // ---- softsign ---------------------------------------------------------------------------------
    {"softsign", "textbook", "x/(1 + abs(x))", "1/(1 + abs(x))^2",
     "softsign(x) = x/(1 + |x|), f′ = 1/(1 + |x|)²", ""},
    // F.softsign is input / (input.abs() + 1) in Python; autograd: div gives 1/d to x and
    // −((x/d)/d) to d, abs multiplies that by sgn(x) (written step(x) − step(−x)), and the two add.
    {"softsign", "PyTorch", "x/(abs(x) + 1)",
     "1/(abs(x) + 1) + -(x/(abs(x) + 1)/(abs(x) + 1))*(step(x) - step(-x))",
     "PyTorch v2.6.0 torch/nn/functional.py:2039 (input / (input.abs() + 1)); "
     "tools/autograd/derivatives.yaml:221-222 (abs: grad*self.sgn()), :588-590 (div.Tensor); "
     "torch/csrc/autograd/FunctionsManual.cpp:614 (grad/other), :637 (-grad*((self/other)/other))",
     "The backward is 1/d − |x|/d², a difference of nearly equal terms for large |x|."},
    // Softsign x/(|x| + 1); SoftsignGrad g/(|x| + 1).square().
    {"softsign", "TensorFlow", "x/(abs(x) + 1)", "1/((abs(x) + 1)*(abs(x) + 1))",
     "TensorFlow tensorflow/core/kernels/softsign_op.h:36-37 (Softsign), :52-53 (SoftsignGrad)"
     "@1cf0898dd433; tensorflow/python/ops/nn_grad.py:490-491",
     ""},

    // ---- hardsigmoid ------------------------------------------------------------------------------
    {"hardsigmoid", "textbook", "max(0, min(1, x/6 + 1/2))", "step(x + 3)*step(3 - x)/6",
     "f(x) = max(0, min(1, x/6 + ½)), f′ = 1/6 on (−3, 3)", ""},
    // Forward min(max(x + 3, 0), 6)/6; backward (x > −3 && x < 3) ? grad·one_sixth : 0 with
    // `const scalar_t one_sixth(1.0f / 6.0f)`: a float 1/6 even for double, 0.1666666716337204.
    {"hardsigmoid", "PyTorch", "min(max(x + 3, 0), 6)/6",
     "where(x + 3, where(3 - x, 0.1666666716337204, 0), 0)",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:597 (hardsigmoid_kernel), :641 "
     "(one_sixth(1.0f / 6.0f)), :648-650 (hardsigmoid_backward_kernel); "
     "tools/autograd/derivatives.yaml:788-789",
     "The float64 gradient is float32's 1/6 = 0.1666666716337204: 3e-8 relative off, about 1.8e8 ulps."},
    // Keras: relu6(x + 3)/6 on TensorFlow ops; RealDiv's gradient g/6, Relu6Grad masks 0 < x + 3 < 6.
    {"hardsigmoid", "TensorFlow", "min(max(x + 3, 0), 6)/6", "where(x + 3, where(6 - (x + 3), 1/6, 0), 0)",
     "Keras keras/src/backend/tensorflow/nn.py:109-111@3422977a5e38 (relu6(x + 3)/6); TensorFlow "
     "tensorflow/core/kernels/relu_op_functor.h:68-69 (Relu6), :88-90 (Relu6Grad)@1cf0898dd433; "
     "tensorflow/python/ops/math_grad.py:1273-1292 (_RealDivGrad)@1cf0898dd433",
     "Keras 3's hard_sigmoid; Keras 2 (tf.keras) used the different 0.2x + 0.5."},

    // ---- hardswish --------------------------------------------------------------------------------
    {"hardswish", "textbook", "x*min(max(0, x + 3), 6)/6", "where(x + 3, where(x - 3, 1, (2*x + 3)/6), 0)",
     "Howard et al. 2019 (MobileNetV3): x·ReLU6(x + 3)/6", ""},
    // Forward x·min(max(x + 3, 0), 6)/6; backward (vectorised path) x < −3 → 0, x ≥ 3 → grad, else
    // grad·(x/3 + 0.5). The scalar path takes x/3 + 0.5 at x = 3 exactly (1.5, not 1).
    {"hardswish", "PyTorch", "x*min(max(x + 3, 0), 6)/6", "where(-3 - x, 0, where(3 - x, x/3 + 0.5, 1))",
     "PyTorch v2.6.0 aten/src/ATen/native/cpu/Activation.cpp:807 (hardswish_kernel), :881-900 "
     "(hardswish_backward_kernel); tools/autograd/derivatives.yaml:795-796",
     "f′(−3) = −0.5 (right derivative) where ActLab's left derivative is 0."},
    // Keras hard_silu = x * hard_sigmoid(x): Mul gives hs to x and x to hs, then g/6 and Relu6Grad.
    {"hardswish", "TensorFlow", "x*(min(max(x + 3, 0), 6)/6)",
     "min(max(x + 3, 0), 6)/6 + where(x + 3, where(6 - (x + 3), x/6, 0), 0)",
     "Keras keras/src/backend/tensorflow/nn.py:114-115@3422977a5e38 (x * hard_sigmoid(x)); TensorFlow "
     "relu_op_functor.h:88-90 (Relu6Grad)@1cf0898dd433; math_grad.py:1161-1177 (_MulGrad), :1273-1292 "
     "(_RealDivGrad)@1cf0898dd433",
     ""},

    // ---- hardtanh ---------------------------------------------------------------------------------
    {"hardtanh", "textbook", "max(min_val, min(max_val, x))", "step(x - min_val)*step(max_val - x)",
     "f(x) = max(a, min(b, x)), f′ = 1 on (a, b)", ""},
    {"hardtanh", "PyTorch", "min(max(x, min_val), max_val)",
     "where(x - min_val, where(max_val - x, 1, 0), 0)",
     "PyTorch v2.6.0 aten/src/ATen/native/Activation.cpp:453 (hardtanh = clamp_out); "
     "aten/src/ATen/native/cpu/TensorCompareKernel.cpp:365 (clamp); aten/src/ATen/native/cpu/"
     "Activation.cpp:758 (hardtanh_backward_kernel: x <= min || x >= max ? 0 : grad); "
     "tools/autograd/derivatives.yaml:2143-2144",
     "f′(max_val) = 0 (both ends open), where ActLab's left derivative is 1."},
};

#undef PT_SIGMOID
#undef TF_SOFTPLUS_T
#undef TF_SOFTPLUS
#undef TF_SOFTPLUS_X
#undef PT_GELU_BETA
#undef PT_GELU_INNER
#undef PT_SQRT1_2
#undef SELU_ALPHA
#undef SELU_SCALE
#undef TF_SELU_SCALE_ALPHA

}  // namespace

std::span<const FrameworkForm> frameworkForms(std::string_view activationId)
{
    const auto first = std::find_if(std::begin(kForms), std::end(kForms), [&](const FrameworkForm& form) {
        return form.activationId == activationId;
    });
    const auto last = std::find_if(first, std::end(kForms), [&](const FrameworkForm& form) {
        return form.activationId != activationId;
    });
    return {first, last};
}

std::span<const FrameworkForm> allFrameworkForms()
{
    return kForms;
}

}  // namespace actlab::expression
