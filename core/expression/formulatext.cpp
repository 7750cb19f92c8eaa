#include "core/expression/formulatext.h"

#include <array>
#include <charconv>
#include <initializer_list>
#include <string_view>

namespace actlab::expression {

namespace {

enum Precedence { kSum = 1, kProduct = 2, kSign = 3, kPower = 4, kAtom = 5 };

/// Where a leading minus may stand without parentheses: first in a sum, after another sign, as an
/// exponent (2^-x). Elsewhere it is parenthesised for the reader: 2*(-x).
enum class Sign { Bare, Parenthesised };

std::string concat(std::initializer_list<std::string_view> parts)
{
    std::string text;
    for (const std::string_view part : parts) text.append(part);
    return text;
}

int precedenceOf(const Node& node)
{
    switch (node.kind) {
    case NodeKind::Add:
    case NodeKind::Subtract: return kSum;
    case NodeKind::Multiply:
    case NodeKind::Divide: return kProduct;
    case NodeKind::Negate: return kSign;
    case NodeKind::Power: return kPower;
    default: return kAtom;
    }
}

class Printer {
public:
    explicit Printer(const Expression& e) : m_e(e) {}

    std::string print(std::int32_t index) const
    {
        const Node& node = m_e.node(index);
        switch (node.kind) {
        case NodeKind::Number: return number(node);
        case NodeKind::Variable: return "x";
        case NodeKind::Parameter: return m_e.parameters[node.index];
        case NodeKind::Pi: return "pi";
        case NodeKind::E: return "e";
        case NodeKind::Negate: return concat({"-", operand(node.first, kSign, Sign::Bare)});
        case NodeKind::Add: return binary(node, " + ", kSum, Sign::Bare);
        case NodeKind::Subtract: return binary(node, " - ", kSum, Sign::Bare);
        case NodeKind::Multiply: return binary(node, "*", kProduct, Sign::Parenthesised);
        case NodeKind::Divide: return binary(node, "/", kProduct, Sign::Parenthesised);
        case NodeKind::Power:
            return concat({operand(node.first, kAtom, Sign::Parenthesised), "^", operand(node.second, kSign, Sign::Bare)});
        case NodeKind::Call: {
            const std::string second = node.second >= 0 ? concat({", ", print(node.second)}) : std::string();
            const std::string third = node.third >= 0 ? concat({", ", print(node.third)}) : std::string();
            return concat({functionName(node.function), "(", print(node.first), second, third, ")"});
        }
        }
        return {};
    }

private:
    /// a op b, each side parenthesised where it binds looser than the operator; the right side also
    /// where it binds equally, so a − (b − c) and a + (b + c) keep the order they were written in.
    std::string binary(const Node& node, std::string_view op, int precedence, Sign firstSign) const
    {
        return concat({operand(node.first, precedence, firstSign), op,
                       operand(node.second, precedence + 1, Sign::Parenthesised)});
    }

    /// A child printed where at least `needed` binds without parentheses.
    std::string operand(std::int32_t index, int needed, Sign sign) const
    {
        const Node& child = m_e.node(index);
        const bool parenthesise = precedenceOf(child) < needed ||
                                  (child.kind == NodeKind::Negate && sign == Sign::Parenthesised);
        return parenthesise ? concat({"(", print(index), ")"}) : print(index);
    }

    std::string number(const Node& node) const
    {
        if (node.length > 0 && node.offset + node.length <= m_e.text.size()) return m_e.text.substr(node.offset, node.length);
        std::array<char, 32> buffer{};
        return std::string(buffer.data(), std::to_chars(buffer.data(), buffer.data() + buffer.size(), node.value).ptr);
    }

    const Expression& m_e;
};

}  // namespace

std::string formulaText(const Expression& expression)
{
    return expression.root < 0 ? std::string() : Printer(expression).print(expression.root);
}

}  // namespace actlab::expression
