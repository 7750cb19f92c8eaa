// Program::evaluateFast: the stack program in double, each instruction a vector loop over a block of
// points held as separate arrays of values and derivatives, so the compiler can run the dual-number
// rules (inlined, their function fixed per loop) through libmvec several points at a time.

#include "core/expression/vectormath.h"  // first: the simd declarations must precede the rules' calls

#include "core/expression/program.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace actlab::expression {

namespace {

constexpr std::size_t kBlock = 128;

// As core's kernels: each loop compiled for three x86-64 levels, the best picked at load time (AVX2 and
// AVX-512 run 4 and 8 lanes of libmvec where the baseline runs 2).
#if defined(ACTLAB_VECTOR_MATH)
#define ACTLAB_LOOP_TARGETS [[gnu::target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4")]]
#else
#define ACTLAB_LOOP_TARGETS
#endif

template <Function F>
ACTLAB_LOOP_TARGETS void unaryLoop(double* v, double* d, std::size_t n, Side side)
{
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
        const Dual<double> r = rules::apply<F>(Dual<double>{v[i], d[i]}, side);
        v[i] = r.v;
        d[i] = r.d;
    }
}

/// tanh and its derivative from one expm1: t = e^{−2|u|} − 1 gives tanh|u| = −t/(2 + t) and
/// sech²u = 4(1 + t)/(2 + t)², with no cancellation; two libmvec calls (tanh and exp) cost twice this.
ACTLAB_LOOP_TARGETS void tanhLoop(double* v, double* d, std::size_t n)
{
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
        const double u = v[i];
        const double t = std::expm1(-2.0 * std::fabs(u));
        const double p = 2.0 + t;
        v[i] = std::copysign(-t / p, u);
        d[i] = d[i] == 0.0 ? 0.0 : d[i] * (4.0 * (1.0 + t) / (p * p));
    }
}

void unary(Function function, double* v, double* d, std::size_t n, Side side)
{
    if (function == Function::Tanh) {
        tanhLoop(v, d, n);
        return;
    }
    rules::visitUnary(function, [&]<Function F>() { unaryLoop<F>(v, d, n, side); });
}

/// a ∘ b into a, for the binary operators and the two-argument functions.
template <class Rule>
ACTLAB_LOOP_TARGETS void binaryLoop(double* av, double* ad, const double* bv, const double* bd, std::size_t n, Rule rule)
{
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
        const Dual<double> r = rule(Dual<double>{av[i], ad[i]}, Dual<double>{bv[i], bd[i]});
        av[i] = r.v;
        ad[i] = r.d;
    }
}

}  // namespace

void Program::evaluateFast(std::span<const double> x, std::span<double> f, std::span<double> df,
                           std::span<const double> parameters, Side side) const
{
    if (f.size() < x.size() || df.size() < x.size() || parameters.size() < m_parameterCount)
        throw std::invalid_argument("Program::evaluateFast: output or parameter arrays too short");
    const std::size_t depthMax = std::max<std::size_t>(m_stackDepth, 1);
    std::vector<double> values(depthMax * kBlock);
    std::vector<double> derivatives(depthMax * kBlock);
    for (std::size_t start = 0; start < x.size(); start += kBlock) {
        const std::size_t n = std::min(kBlock, x.size() - start);
        std::size_t depth = 0;
        for (const Instruction& in : m_code) {
            double* v = values.data() + (depth > 0 ? depth - 1 : 0) * kBlock;  // the top block
            double* d = derivatives.data() + (depth > 0 ? depth - 1 : 0) * kBlock;
            auto push = [&](double value, double derivative, const double* from) {
                double* pv = values.data() + depth * kBlock;
                double* pd = derivatives.data() + depth * kBlock;
                ++depth;
                for (std::size_t i = 0; i < n; ++i) {
                    pv[i] = from != nullptr ? from[i] : value;
                    pd[i] = derivative;
                }
            };
            switch (in.op) {
            case OpCode::Constant: push(m_constants[in.index], 0.0, nullptr); break;
            case OpCode::Parameter: push(parameters[in.index], 0.0, nullptr); break;
            case OpCode::X: push(0.0, 1.0, x.data() + start); break;
            case OpCode::Negate:
                for (std::size_t i = 0; i < n; ++i) {
                    v[i] = -v[i];
                    d[i] = -d[i];
                }
                break;
            case OpCode::Call1: unary(in.function, v, d, n, side); break;
            case OpCode::Call3: {
                double* cv = v - 2 * kBlock;
                double* cd = d - 2 * kBlock;
                const double* av = v - kBlock;
                const double* ad = d - kBlock;
#pragma omp simd
                for (std::size_t i = 0; i < n; ++i) {
                    const Dual<double> r =
                        rules::where(Dual<double>{cv[i], cd[i]}, Dual<double>{av[i], ad[i]}, Dual<double>{v[i], d[i]});
                    cv[i] = r.v;
                    cd[i] = r.d;
                }
                depth -= 2;
                break;
            }
            default: {
                double* av = v - kBlock;
                double* ad = d - kBlock;
                switch (in.op) {
                case OpCode::Add: binaryLoop(av, ad, v, d, n, rules::add<double>); break;
                case OpCode::Subtract: binaryLoop(av, ad, v, d, n, rules::subtract<double>); break;
                case OpCode::Multiply: binaryLoop(av, ad, v, d, n, rules::multiply<double>); break;
                case OpCode::Divide: binaryLoop(av, ad, v, d, n, rules::divide<double>); break;
                case OpCode::Power: binaryLoop(av, ad, v, d, n, rules::power<double>); break;
                case OpCode::Call2:
                    binaryLoop(av, ad, v, d, n, [&](Dual<double> a, Dual<double> b) {
                        return rules::call(in.function, a, b, side);
                    });
                    break;
                default: break;
                }
                --depth;
            }
            }
        }
        std::copy_n(values.data(), n, f.data() + start);
        std::copy_n(derivatives.data(), n, df.data() + start);
    }
}

}  // namespace actlab::expression
