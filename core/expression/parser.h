#pragma once

#include "core/expression/expressiontree.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace actlab::expression {

/// Longest formula accepted, in bytes, and deepest nesting of parentheses, calls and operators:
/// beyond them a formula is refused before any work is done on it.
inline constexpr std::size_t kMaxFormulaLength = 1000;
inline constexpr std::size_t kMaxNesting = 100;

/// Why a formula was refused: one line for the user, and the 1-based column it points at (0 when it
/// concerns the whole formula).
struct ParseError {
    std::string message;  ///< e.g. "expected ')' at column 14"
    std::size_t column = 0;
};

/// Reads a formula in x as it is written: numbers (1, 2.5, 1e-3), x, pi and e (π too), free names as
/// parameters, + − * / ^ (right-associative: a^b^c = a^(b^c); −x^2 = −(x^2)), parentheses and calls to
/// the functions in functions.h. Nothing is simplified: the tree evaluates exactly what was typed.
std::variant<Expression, ParseError> parse(std::string_view formula);

}  // namespace actlab::expression
