#include "core/expression/actlabforms.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace actlab::expression {

namespace {

// One per activation of core's registry; tst_expression checks each against core to 1e-12.
constexpr std::pair<std::string_view, std::string_view> kForms[] = {
    {"sigmoid", "sigmoid(x)"},
    {"tanh", "tanh(x)"},
    {"relu", "relu(x)"},
    {"leaky_relu", "max(x, negative_slope*x)"},
    {"elu", "max(x, 0) + min(0, alpha*expm1(x))"},
    {"selu", "1.0507009873554804934*(max(x, 0) + min(0, 1.6732632423543772848*expm1(x)))"},
    {"softplus", "softplus(beta*x)/beta"},
    {"relu6", "min(max(x, 0), 6)"},
    {"silu", "x*sigmoid(x)"},
    {"swish", "x*sigmoid(beta*x)"},
    {"gelu", "x*Phi(x)"},
    {"gelu_tanh", "x*sigmoid(2*sqrt(2/pi)*(x + 0.044715*x^3))"},
    {"mish", "x*tanh(softplus(x))"},
    {"softsign", "x/(1 + abs(x))"},
    {"hardsigmoid", "min(max(x/6 + 1/2, 0), 1)"},
    {"hardswish", "x*min(max(x + 3, 0), 6)/6"},
    {"hardtanh", "max(min_val, min(x, max_val))"},
};

}  // namespace

std::string_view actlabForm(std::string_view activationId)
{
    const auto it = std::find_if(std::begin(kForms), std::end(kForms),
                                 [&](const auto& form) { return form.first == activationId; });
    return it != std::end(kForms) ? it->second : std::string_view();
}

}  // namespace actlab::expression
