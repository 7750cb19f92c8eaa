#pragma once

#include "core/expression/expressiontree.h"

#include <string>
#include <vector>

namespace actlab::expression {

/// A typed formula rewritten into forms that neither overflow nor cancel.
struct StableSuggestion {
    std::string formula;                ///< the rewritten formula, as text to type back
    std::vector<std::string> rewrites;  ///< each rule applied, e.g. "log(1 + exp(u)) → softplus(u)"
};

/// The common rewrites, applied wherever they match: log(1 + exp(u)) → softplus(u),
/// 1/(1 + exp(−u)) → sigmoid(u), u/(1 + exp(−u)) → u·sigmoid(u), exp(−u)/(1 + exp(−u))² and
/// σ(u)(1 − σ(u)) → sigmoid(u)·sigmoid(−u), 1 ± erf(u) → erfc(∓u), 1 − tanh(u)² → 4σ(2u)σ(−2u),
/// exp(u) − 1 → expm1(u), log(1 + u) → log1p(u). No rules matched: `rewrites` is empty and `formula`
/// is the formula as it was.
StableSuggestion suggestStableForm(const Expression& expression);

}  // namespace actlab::expression
