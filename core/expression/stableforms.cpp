#include "core/expression/stableforms.h"

#include "core/expression/formulatext.h"

namespace actlab::expression {

namespace {

class Rewriter {
public:
    explicit Rewriter(Expression& e) : m_e(e) {}

    std::int32_t rewrite(std::int32_t index)
    {
        Node node = m_e.node(index);
        if (node.first >= 0) node.first = rewrite(node.first);
        if (node.second >= 0) node.second = rewrite(node.second);
        if (node.third >= 0) node.third = rewrite(node.third);
        const Node& before = m_e.node(index);
        if (node.first != before.first || node.second != before.second || node.third != before.third)
            index = add(node);
        return simplify(index);
    }

    std::vector<std::string> applied;

private:
    std::int32_t simplify(std::int32_t n)
    {
        const Node node = m_e.node(n);
        std::int32_t u = -1;
        switch (node.kind) {
        case NodeKind::Call:
            if (node.function == Function::Log && (u = onePlusExp(node.first)) >= 0)
                return rule("log(1 + exp(u)) → softplus(u)", call(Function::Softplus, u));
            if (node.function == Function::Log1p && (u = callArgument(node.first, Function::Exp)) >= 0)
                return rule("log1p(exp(u)) → softplus(u)", call(Function::Softplus, u));
            if (node.function == Function::Log && (u = onePlus(node.first)) >= 0)
                return rule("log(1 + u) → log1p(u)", call(Function::Log1p, u));
            break;
        case NodeKind::Divide: {
            const std::int32_t w = onePlusExp(node.second);
            if (w >= 0 && isNumber(node.first, 1))
                return rule("1/(1 + exp(−u)) → sigmoid(u)", call(Function::Sigmoid, negated(w)));
            if (w >= 0 && isNegationOf(w, node.first))
                return rule("u/(1 + exp(−u)) → u·sigmoid(u)",
                            binary(NodeKind::Multiply, node.first, call(Function::Sigmoid, node.first)));
            const Node& denominator = m_e.node(node.second);
            if (denominator.kind == NodeKind::Power && isNumber(denominator.second, 2)) {
                const std::int32_t v = onePlusExp(denominator.first);
                const std::int32_t e = callArgument(node.first, Function::Exp);
                if (v >= 0 && e >= 0 && equal(v, e) && m_e.node(v).kind == NodeKind::Negate)
                    return rule("exp(−u)/(1 + exp(−u))² → sigmoid(u)·sigmoid(−u)", sigmoidPair(m_e.node(v).first));
            }
            break;
        }
        case NodeKind::Add:
            for (const auto& [one, other] : {std::pair{node.first, node.second}, std::pair{node.second, node.first}})
                if (isNumber(one, 1) && (u = callArgument(other, Function::Erf)) >= 0)
                    return rule("1 + erf(u) → erfc(−u)", call(Function::Erfc, negated(u)));
            break;
        case NodeKind::Subtract:
            if (isNumber(node.first, 1) && (u = callArgument(node.second, Function::Erf)) >= 0)
                return rule("1 − erf(u) → erfc(u)", call(Function::Erfc, u));
            if (isNumber(node.first, 1) && m_e.node(node.second).kind == NodeKind::Power &&
                isNumber(m_e.node(node.second).second, 2) &&
                (u = callArgument(m_e.node(node.second).first, Function::Tanh)) >= 0) {
                const std::int32_t twoU = binary(NodeKind::Multiply, number(2), u);
                return rule("1 − tanh(u)² → 4·sigmoid(2u)·sigmoid(−2u)",
                            binary(NodeKind::Multiply, number(4), sigmoidPair(twoU)));
            }
            if (isNumber(node.second, 1) && (u = callArgument(node.first, Function::Exp)) >= 0)
                return rule("exp(u) − 1 → expm1(u)", call(Function::Expm1, u));
            break;
        case NodeKind::Multiply:
            for (const auto& [s, rest] : {std::pair{node.first, node.second}, std::pair{node.second, node.first}}) {
                const std::int32_t a = callArgument(s, Function::Sigmoid);
                const Node& r = m_e.node(rest);
                if (a >= 0 && r.kind == NodeKind::Subtract && isNumber(r.first, 1)) {
                    const std::int32_t b = callArgument(r.second, Function::Sigmoid);
                    if (b >= 0 && equal(a, b)) return rule("σ(u)(1 − σ(u)) → sigmoid(u)·sigmoid(−u)", sigmoidPair(a));
                }
            }
            break;
        default: break;
        }
        return n;
    }

    std::int32_t rule(const char* text, std::int32_t result)
    {
        applied.emplace_back(text);
        return result;
    }

    /// u when `n` is 1 + exp(u) or exp(u) + 1.
    std::int32_t onePlusExp(std::int32_t n) const
    {
        const std::int32_t rest = onePlus(n);
        return rest >= 0 ? callArgument(rest, Function::Exp) : -1;
    }

    /// u when `n` is 1 + u or u + 1.
    std::int32_t onePlus(std::int32_t n) const
    {
        const Node& node = m_e.node(n);
        if (node.kind != NodeKind::Add) return -1;
        if (isNumber(node.first, 1)) return node.second;
        if (isNumber(node.second, 1)) return node.first;
        return -1;
    }

    std::int32_t callArgument(std::int32_t n, Function function) const
    {
        const Node& node = m_e.node(n);
        return node.kind == NodeKind::Call && node.function == function ? node.first : -1;
    }

    bool isNumber(std::int32_t n, double value) const
    {
        const Node& node = m_e.node(n);
        return node.kind == NodeKind::Number && node.value == value;
    }

    /// Whether `w` is −u.
    bool isNegationOf(std::int32_t w, std::int32_t u) const
    {
        const Node& node = m_e.node(w);
        return node.kind == NodeKind::Negate && equal(node.first, u);
    }

    bool equal(std::int32_t a, std::int32_t b) const
    {
        const Node& x = m_e.node(a);
        const Node& y = m_e.node(b);
        if (x.kind != y.kind) return false;
        switch (x.kind) {
        case NodeKind::Number: return x.value == y.value;
        case NodeKind::Parameter: return x.index == y.index;
        case NodeKind::Call:
            if (x.function != y.function) return false;
            break;
        default: break;
        }
        for (const auto& [i, j] : {std::pair{x.first, y.first}, std::pair{x.second, y.second}, std::pair{x.third, y.third}})
            if ((i < 0) != (j < 0) || (i >= 0 && !equal(i, j))) return false;
        return true;
    }

    /// −w, or u when w is −u.
    std::int32_t negated(std::int32_t w)
    {
        const Node& node = m_e.node(w);
        if (node.kind == NodeKind::Negate) return node.first;
        Node negate;
        negate.kind = NodeKind::Negate;
        negate.first = w;
        return add(negate);
    }

    std::int32_t sigmoidPair(std::int32_t u)
    {
        return binary(NodeKind::Multiply, call(Function::Sigmoid, u), call(Function::Sigmoid, negated(u)));
    }

    std::int32_t call(Function function, std::int32_t argument)
    {
        Node node;
        node.kind = NodeKind::Call;
        node.function = function;
        node.first = argument;
        return add(node);
    }

    std::int32_t binary(NodeKind kind, std::int32_t a, std::int32_t b)
    {
        Node node;
        node.kind = kind;
        node.first = a;
        node.second = b;
        return add(node);
    }

    std::int32_t number(double value)
    {
        Node node;
        node.kind = NodeKind::Number;
        node.value = value;
        return add(node);
    }

    std::int32_t add(Node node)
    {
        m_e.nodes.push_back(node);
        return std::int32_t(m_e.nodes.size() - 1);
    }

    Expression& m_e;
};

}  // namespace

StableSuggestion suggestStableForm(const Expression& expression)
{
    Expression copy = expression;
    Rewriter rewriter(copy);
    copy.root = rewriter.rewrite(copy.root);
    return {formulaText(copy), std::move(rewriter.applied)};
}

}  // namespace actlab::expression
