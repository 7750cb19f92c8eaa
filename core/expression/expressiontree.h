#pragma once

#include "core/expression/functions.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace actlab::expression {

enum class NodeKind : unsigned char {
    Number,     ///< a literal, `value`
    Variable,   ///< x
    Parameter,  ///< a free name other than x: parameters[index]
    Pi,
    E,
    Negate,     ///< −a
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,      ///< a ^ b
    Call,       ///< function(a), function(a, b) or function(a, b, c)
};

/// One node of a formula as it was typed: nothing is simplified or reordered, so the tree evaluates
/// exactly the operations the user wrote, in their order.
struct Node {
    NodeKind kind = NodeKind::Number;
    double value = 0;              ///< Number
    std::size_t index = 0;         ///< Parameter
    Function function = Function::Exp;  ///< Call
    std::int32_t first = -1;       ///< operand, left operand, or first argument (an index into nodes)
    std::int32_t second = -1;      ///< right operand or second argument
    std::int32_t third = -1;       ///< third argument (where)
    std::size_t column = 0;        ///< 1-based column where the node's text starts, for messages
    std::size_t offset = 0;        ///< Number: where its digits stand in Expression::text, in bytes
    std::size_t length = 0;        ///< Number: how many bytes they take ("0.044715", read exactly later)
};

/// A parsed formula: its nodes (children before parents), the root, and the names of its parameters in
/// the order they first appear.
struct Expression {
    std::string text;
    std::vector<Node> nodes;
    std::int32_t root = -1;
    std::vector<std::string> parameters;

    const Node& node(std::int32_t i) const { return nodes[std::size_t(i)]; }
};

}  // namespace actlab::expression
