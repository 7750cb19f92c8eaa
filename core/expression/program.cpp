#include "core/expression/program.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace actlab::expression {

namespace {

/// Points run through the program together: large enough that dispatching an instruction is a small
/// part of its cost, small enough that the stack of blocks stays in the first-level cache.
constexpr std::size_t kBlock = 128;

}  // namespace

Program::Program(const Expression& expression) : m_parameterCount(expression.parameters.size())
{
    if (expression.root < 0) throw std::invalid_argument("Program: an expression without a root");
    lower(expression, expression.root);
}

void Program::lower(const Expression& expression, std::int32_t index)
{
    const Node& node = expression.node(index);
    auto push = [&](Instruction instruction, std::ptrdiff_t stackChange) {
        m_code.push_back(instruction);
        m_depth = std::size_t(std::ptrdiff_t(m_depth) + stackChange);
        m_stackDepth = std::max(m_stackDepth, m_depth);
    };
    auto constant = [&](double value) {
        m_constants.push_back(value);
        push({OpCode::Constant, Function::Exp, std::uint32_t(m_constants.size() - 1)}, +1);
    };
    switch (node.kind) {
    case NodeKind::Number: constant(node.value); return;
    case NodeKind::Pi: constant(std::numbers::pi); return;
    case NodeKind::E: constant(std::numbers::e); return;
    case NodeKind::Variable: push({OpCode::X}, +1); return;
    case NodeKind::Parameter: push({OpCode::Parameter, Function::Exp, std::uint32_t(node.index)}, +1); return;
    case NodeKind::Negate:
        lower(expression, node.first);
        push({OpCode::Negate}, 0);
        return;
    case NodeKind::Call:
        lower(expression, node.first);
        if (node.second < 0) {
            push({OpCode::Call1, node.function}, 0);
        } else if (node.third < 0) {
            lower(expression, node.second);
            push({OpCode::Call2, node.function}, -1);
        } else {
            lower(expression, node.second);
            lower(expression, node.third);
            push({OpCode::Call3, node.function}, -2);
        }
        return;
    case NodeKind::Add:
    case NodeKind::Subtract:
    case NodeKind::Multiply:
    case NodeKind::Divide:
    case NodeKind::Power: {
        lower(expression, node.first);
        lower(expression, node.second);
        static constexpr OpCode kBinary[] = {OpCode::Add, OpCode::Subtract, OpCode::Multiply, OpCode::Divide,
                                             OpCode::Power};
        push({kBinary[int(node.kind) - int(NodeKind::Add)]}, -1);
        return;
    }
    }
}

template <class T>
void Program::evaluate(std::span<const T> x, std::span<T> f, std::span<T> df, std::span<const double> parameters,
                       Side side) const
{
    if (f.size() < x.size() || df.size() < x.size() || parameters.size() < m_parameterCount)
        throw std::invalid_argument("Program::evaluate: output or parameter arrays too short");
    std::vector<T> constants(m_constants.begin(), m_constants.end());
    std::vector<T> values(parameters.begin(), parameters.end());
    // The stack: m_stackDepth blocks of values and derivatives.
    std::vector<Dual<T>> stack(std::max<std::size_t>(m_stackDepth, 1) * kBlock);
    for (std::size_t start = 0; start < x.size(); start += kBlock) {
        const std::size_t n = std::min(kBlock, x.size() - start);
        std::size_t depth = 0;  // blocks on the stack
        auto pushBlock = [&] { return stack.data() + (depth++) * kBlock; };
        for (const Instruction& in : m_code) {
            Dual<T>* top = depth > 0 ? stack.data() + (depth - 1) * kBlock : nullptr;
            switch (in.op) {
            case OpCode::Constant:
                top = pushBlock();
                for (std::size_t i = 0; i < n; ++i) top[i] = {constants[in.index], T(0.0)};
                break;
            case OpCode::Parameter:
                top = pushBlock();
                for (std::size_t i = 0; i < n; ++i) top[i] = {values[in.index], T(0.0)};
                break;
            case OpCode::X:
                top = pushBlock();
                for (std::size_t i = 0; i < n; ++i) top[i] = {x[start + i], T(1.0)};
                break;
            case OpCode::Negate:
                for (std::size_t i = 0; i < n; ++i) top[i] = rules::negate(top[i]);
                break;
            case OpCode::Call1:
                for (std::size_t i = 0; i < n; ++i) top[i] = rules::call(in.function, top[i], side);
                break;
            case OpCode::Call3: {
                Dual<T>* condition = top - 2 * kBlock;
                Dual<T>* a = top - kBlock;
                for (std::size_t i = 0; i < n; ++i) condition[i] = rules::where(condition[i], a[i], top[i]);
                depth -= 2;
                break;
            }
            default: {
                Dual<T>* left = top - kBlock;
                switch (in.op) {
                case OpCode::Add:
                    for (std::size_t i = 0; i < n; ++i) left[i] = rules::add(left[i], top[i]);
                    break;
                case OpCode::Subtract:
                    for (std::size_t i = 0; i < n; ++i) left[i] = rules::subtract(left[i], top[i]);
                    break;
                case OpCode::Multiply:
                    for (std::size_t i = 0; i < n; ++i) left[i] = rules::multiply(left[i], top[i]);
                    break;
                case OpCode::Divide:
                    for (std::size_t i = 0; i < n; ++i) left[i] = rules::divide(left[i], top[i]);
                    break;
                case OpCode::Power:
                    for (std::size_t i = 0; i < n; ++i) left[i] = rules::power(left[i], top[i]);
                    break;
                case OpCode::Call2:
                    for (std::size_t i = 0; i < n; ++i) left[i] = rules::call(in.function, left[i], top[i], side);
                    break;
                default: break;
                }
                --depth;
            }
            }
        }
        const Dual<T>* result = stack.data();  // one block left: the formula's value
        for (std::size_t i = 0; i < n; ++i) {
            f[start + i] = result[i].v;
            df[start + i] = result[i].d;
        }
    }
}

Dual<double> Program::evaluate(double x, std::span<const double> parameters, Side side) const
{
    double f = 0;
    double df = 0;
    evaluate<double>(std::span(&x, 1), std::span(&f, 1), std::span(&df, 1), parameters, side);
    return {f, df};
}

template void Program::evaluate<double>(std::span<const double>, std::span<double>, std::span<double>,
                                        std::span<const double>, Side) const;
template void Program::evaluate<float>(std::span<const float>, std::span<float>, std::span<float>,
                                       std::span<const double>, Side) const;
template void Program::evaluate<BFloat16>(std::span<const BFloat16>, std::span<BFloat16>, std::span<BFloat16>,
                                          std::span<const double>, Side) const;

}  // namespace actlab::expression
