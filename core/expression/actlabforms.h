#pragma once

#include <string_view>

namespace actlab::expression {

/// Each built-in activation as ActLab's formula language writes it stably, the way core computes it:
/// sigmoid, softplus, Phi and expm1 rather than exp inside a quotient or a logarithm, max/min at the
/// kinks, parameters by their PyTorch names. Under the numerics lens it is LensSubject{f, nullptr}: f′
/// comes from dual numbers, whose rules are exact in form (σ′ as σ(u)σ(−u), sech² from e^−2|u|), so
/// this is also the reference the framework forms are measured against. Empty for an unknown id.
std::string_view actlabForm(std::string_view activationId);

}  // namespace actlab::expression
