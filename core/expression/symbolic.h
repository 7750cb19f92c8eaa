#pragma once

#include "core/expression/expressiontree.h"
#include "core/expression/parser.h"

#include <string>
#include <variant>

namespace actlab::expression {

/// A formula and its derivative as mathematics. GiNaC differentiates; ActLab's own tree stays what runs.
struct Symbolic {
    std::string text;              ///< f as readable mathematics: "x·σ(x)", "x²", "√(1 + x²)"
    std::string latex;             ///< f for a slide: "x \sigma(x)"
    std::string derivativeText;    ///< f′, simplified by GiNaC's own rules, readable
    std::string derivativeLatex;
    /// f′ as a tree (parameters in f's order), so the symbolic derivative can be run and compared with
    /// the dual-number one.
    Expression derivative;
};

/// f′ of `f` by GiNaC, with ActLab's functions (relu, max, min, abs, step/heaviside, sigmoid, softplus,
/// erf, erfc, Phi, log1p, expm1) registered with their derivatives. Exact arithmetic that would explode
/// (9^(9^9)) is done in floating point instead. GiNaC is not thread-safe: call this from one thread only.
/// A ParseError (column 0) when GiNaC cannot take the formula.
std::variant<Symbolic, ParseError> differentiate(const Expression& f);

}  // namespace actlab::expression
