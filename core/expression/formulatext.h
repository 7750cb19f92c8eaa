#pragma once

#include "core/expression/expressiontree.h"

#include <string>

namespace actlab::expression {

/// The formula as text a user can type back, with only the parentheses its reading needs (and those
/// that keep its order of evaluation: a + (b + c) keeps them). Numbers keep the digits typed.
std::string formulaText(const Expression& expression);

}  // namespace actlab::expression
