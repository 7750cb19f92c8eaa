#pragma once

#include "core/expression/bfloat16.h"
#include "core/expression/dualrules.h"
#include "core/expression/expressiontree.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace actlab::expression {

enum class OpCode : unsigned char {
    Constant, X, Parameter, Negate, Add, Subtract, Multiply, Divide, Power, Call1, Call2, Call3,
};

struct Instruction {
    OpCode op;
    Function function = Function::Exp;  ///< Call1, Call2, Call3
    std::uint32_t index = 0;            ///< Constant: into constants; Parameter: into the parameters
};

/// A parsed formula lowered to a stack program that evaluates f and f′ together (forward-mode dual
/// numbers), in the order the formula was written: no operation is merged, reordered or folded.
class Program {
public:
    /// Lowers `expression`; its parameters keep their indices.
    explicit Program(const Expression& expression);

    std::size_t parameterCount() const { return m_parameterCount; }
    std::span<const Instruction> instructions() const { return m_code; }

    /// f(x[i]) → f[i], f′(x[i]) → df[i], every operation in T (double, float, or BFloat16: float32
    /// rounded to bfloat16 after each operation). `parameters` in the expression's order, converted to
    /// T once. At a kink f′ is the derivative from `side`. Runs the program over blocks of points, so
    /// the interpretation costs once per block rather than once per point.
    template <class T>
    void evaluate(std::span<const T> x, std::span<T> f, std::span<T> df, std::span<const double> parameters,
                  Side side = Side::Left) const;

    /// One point, in double.
    Dual<double> evaluate(double x, std::span<const double> parameters, Side side = Side::Left) const;

    /// The same in double, for drawing: each instruction runs as a vector loop through glibc's vector
    /// math library (libmvec, a few ulp per call where libm is correctly rounded or nearly), about an
    /// order of magnitude faster. The numerics lens uses evaluate(), which calls libm as a program
    /// written in C would.
    void evaluateFast(std::span<const double> x, std::span<double> f, std::span<double> df,
                      std::span<const double> parameters, Side side = Side::Left) const;

private:
    void lower(const Expression& expression, std::int32_t node);

    std::vector<Instruction> m_code;
    std::vector<double> m_constants;
    std::size_t m_parameterCount = 0;
    std::size_t m_stackDepth = 0;
    std::size_t m_depth = 0;  // while lowering
};

extern template void Program::evaluate<double>(std::span<const double>, std::span<double>, std::span<double>,
                                               std::span<const double>, Side) const;
extern template void Program::evaluate<float>(std::span<const float>, std::span<float>, std::span<float>,
                                              std::span<const double>, Side) const;
extern template void Program::evaluate<BFloat16>(std::span<const BFloat16>, std::span<BFloat16>,
                                                 std::span<BFloat16>, std::span<const double>, Side) const;

}  // namespace actlab::expression
