#include "core/expression/reference.h"

#include <arb.h>
#include <arb_hypgeom.h>

#include <cmath>
#include <string>
#include <vector>

namespace actlab::expression {

namespace {

class Ball {
public:
    Ball() { arb_init(m_value); }
    ~Ball() { arb_clear(m_value); }
    Ball(const Ball&) = delete;
    Ball& operator=(const Ball&) = delete;
    arb_ptr get() { return m_value; }
    arb_srcptr get() const { return m_value; }

private:
    arb_t m_value;
};

struct BallDual {
    Ball v;
    Ball d;
};

/// The ball's single double, if both of its ends round to the same one.
bool roundsToOneDouble(arb_srcptr ball, double& out)
{
    if (arb_is_exact(ball) && arf_is_nan(arb_midref(ball))) return false;
    arf_t lower;
    arf_t upper;
    arf_init(lower);
    arf_init(upper);
    arb_get_lbound_arf(lower, ball, ARF_PREC_EXACT);
    arb_get_ubound_arf(upper, ball, ARF_PREC_EXACT);
    const double low = arf_get_d(lower, ARF_RND_NEAR);
    const double high = arf_get_d(upper, ARF_RND_NEAR);
    arf_clear(lower);
    arf_clear(upper);
    if (low != high || std::isnan(low)) return false;
    out = low;
    return true;
}

class Evaluator {
public:
    Evaluator(const Expression& e, double x, std::span<const double> parameters, Side side, slong bits)
        : m_e(e), m_x(x), m_parameters(parameters), m_side(side), m_bits(bits)
    {
    }

    void evaluate(std::int32_t index, BallDual& out)
    {
        const Node& node = m_e.node(index);
        arb_ptr v = out.v.get();
        arb_ptr d = out.d.get();
        switch (node.kind) {
        case NodeKind::Number:
            arb_set_str(v, m_e.text.substr(node.offset, node.length).c_str(), m_bits);
            arb_zero(d);
            return;
        case NodeKind::Variable:
            arb_set_d(v, m_x);
            arb_one(d);
            return;
        case NodeKind::Parameter:
            arb_set_d(v, m_parameters[node.index]);
            arb_zero(d);
            return;
        case NodeKind::Pi:
            arb_const_pi(v, m_bits);
            arb_zero(d);
            return;
        case NodeKind::E:
            arb_const_e(v, m_bits);
            arb_zero(d);
            return;
        case NodeKind::Negate:
            evaluate(node.first, out);
            arb_neg(v, v);
            arb_neg(d, d);
            return;
        case NodeKind::Call: call(node, out); return;
        default: binary(node, out); return;
        }
    }

private:
    void binary(const Node& node, BallDual& out)
    {
        BallDual a;
        BallDual b;
        evaluate(node.first, a);
        evaluate(node.second, b);
        arb_ptr v = out.v.get();
        arb_ptr d = out.d.get();
        Ball t;
        switch (node.kind) {
        case NodeKind::Add:
            arb_add(v, a.v.get(), b.v.get(), m_bits);
            arb_add(d, a.d.get(), b.d.get(), m_bits);
            return;
        case NodeKind::Subtract:
            arb_sub(v, a.v.get(), b.v.get(), m_bits);
            arb_sub(d, a.d.get(), b.d.get(), m_bits);
            return;
        case NodeKind::Multiply:
            arb_mul(d, a.d.get(), b.v.get(), m_bits);
            arb_addmul(d, a.v.get(), b.d.get(), m_bits);
            arb_mul(v, a.v.get(), b.v.get(), m_bits);
            return;
        case NodeKind::Divide:  // (a′ − v·b′)/b
            arb_div(v, a.v.get(), b.v.get(), m_bits);
            arb_mul(t.get(), v, b.d.get(), m_bits);
            arb_sub(d, a.d.get(), t.get(), m_bits);
            arb_div(d, d, b.v.get(), m_bits);
            return;
        case NodeKind::Power: power(a, b, out); return;
        default: return;
        }
    }

    void power(BallDual& a, BallDual& b, BallDual& out)
    {
        arb_ptr v = out.v.get();
        arb_ptr d = out.d.get();
        arb_pow(v, a.v.get(), b.v.get(), m_bits);
        if (arb_is_zero(b.d.get())) {  // constant exponent: b·a^(b−1)·a′
            if (arb_is_zero(a.d.get()) || arb_is_zero(b.v.get())) {
                arb_zero(d);
                return;
            }
            Ball e;
            arb_sub_ui(e.get(), b.v.get(), 1, m_bits);
            arb_pow(d, a.v.get(), e.get(), m_bits);
            arb_mul(d, d, b.v.get(), m_bits);
            arb_mul(d, d, a.d.get(), m_bits);
            return;
        }
        Ball logA;
        Ball t;
        arb_log(logA.get(), a.v.get(), m_bits);
        arb_mul(t.get(), b.d.get(), logA.get(), m_bits);
        arb_div(d, b.v.get(), a.v.get(), m_bits);
        arb_mul(d, d, a.d.get(), m_bits);
        arb_add(d, d, t.get(), m_bits);
        arb_mul(d, d, v, m_bits);
    }

    /// out.d = slope·a′
    void chain(BallDual& out, arb_srcptr slope, arb_srcptr argumentDerivative)
    {
        arb_mul(out.d.get(), slope, argumentDerivative, m_bits);
    }

    /// How the argument, exactly at a kink, moves as x moves to the chosen side: 1 up, −1 down, 0 not at
    /// all, 2 when the ball of its derivative does not say.
    int direction(arb_srcptr derivative) const
    {
        if (arb_is_zero(derivative)) return 0;
        if (arb_is_positive(derivative)) return m_side == Side::Right ? 1 : -1;
        if (arb_is_negative(derivative)) return m_side == Side::Right ? -1 : 1;
        return 2;  // undecided
    }

    void call(const Node& node, BallDual& out)
    {
        BallDual a;
        evaluate(node.first, a);
        if (node.third >= 0) {
            BallDual b;
            BallDual c;
            evaluate(node.second, b);
            evaluate(node.third, c);
            where(a, b, c, out);
            return;
        }
        if (node.second >= 0) {
            BallDual b;
            evaluate(node.second, b);
            extremum(node.function == Function::Max, a, b, out);
            return;
        }
        arb_ptr v = out.v.get();
        arb_ptr d = out.d.get();
        arb_srcptr u = a.v.get();
        arb_srcptr du = a.d.get();
        Ball s;  // the slope f′(u)
        Ball t;
        switch (node.function) {
        case Function::Exp: arb_exp(v, u, m_bits); arb_set(s.get(), v); break;
        case Function::Log: arb_log(v, u, m_bits); arb_inv(s.get(), u, m_bits); break;
        case Function::Sqrt:
            arb_sqrt(v, u, m_bits);
            arb_mul_2exp_si(t.get(), v, 1);
            arb_inv(s.get(), t.get(), m_bits);
            break;
        case Function::Sin: arb_sin_cos(v, s.get(), u, m_bits); break;
        case Function::Cos: arb_sin_cos(s.get(), v, u, m_bits); arb_neg(s.get(), s.get()); break;
        case Function::Tan:
            arb_tan(v, u, m_bits);
            arb_cos(t.get(), u, m_bits);
            arb_sqr(t.get(), t.get(), m_bits);
            arb_inv(s.get(), t.get(), m_bits);
            break;
        case Function::Asin:
        case Function::Acos:
            (node.function == Function::Asin ? arb_asin : arb_acos)(v, u, m_bits);
            arb_sqr(t.get(), u, m_bits);
            arb_sub_ui(t.get(), t.get(), 1, m_bits);
            arb_neg(t.get(), t.get());
            arb_rsqrt(s.get(), t.get(), m_bits);
            if (node.function == Function::Acos) arb_neg(s.get(), s.get());
            break;
        case Function::Atan:
            arb_atan(v, u, m_bits);
            arb_sqr(t.get(), u, m_bits);
            arb_add_ui(t.get(), t.get(), 1, m_bits);
            arb_inv(s.get(), t.get(), m_bits);
            break;
        case Function::Sinh: arb_sinh_cosh(v, s.get(), u, m_bits); break;
        case Function::Cosh: arb_sinh_cosh(s.get(), v, u, m_bits); break;
        case Function::Tanh:
            arb_tanh(v, u, m_bits);
            arb_sech(t.get(), u, m_bits);
            arb_sqr(s.get(), t.get(), m_bits);
            break;
        case Function::Asinh:
        case Function::Acosh:
            (node.function == Function::Asinh ? arb_asinh : arb_acosh)(v, u, m_bits);
            arb_sqr(t.get(), u, m_bits);
            if (node.function == Function::Asinh) arb_add_ui(t.get(), t.get(), 1, m_bits);
            else arb_sub_ui(t.get(), t.get(), 1, m_bits);
            arb_rsqrt(s.get(), t.get(), m_bits);
            break;
        case Function::Atanh:
            arb_atanh(v, u, m_bits);
            arb_sqr(t.get(), u, m_bits);
            arb_sub_ui(t.get(), t.get(), 1, m_bits);
            arb_neg(t.get(), t.get());
            arb_inv(s.get(), t.get(), m_bits);
            break;
        case Function::Relu:
        case Function::Abs:
        case Function::Step: kink(node.function, a, out); return;
        case Function::Sigmoid:
        case Function::Softplus:
            // σ(u) = 1/(1 + e^{−u}), σ′(u) = σ(u)·σ(−u): no cancellation, so no precision is wasted.
            arb_neg(t.get(), u);
            arb_exp(t.get(), t.get(), m_bits);
            arb_add_ui(t.get(), t.get(), 1, m_bits);
            arb_inv(s.get(), t.get(), m_bits);  // σ(u)
            if (node.function == Function::Sigmoid) {
                arb_set(v, s.get());
                arb_exp(t.get(), u, m_bits);
                arb_add_ui(t.get(), t.get(), 1, m_bits);
                arb_div(s.get(), s.get(), t.get(), m_bits);  // σ(u)·σ(−u)
            } else {
                arb_exp(t.get(), u, m_bits);
                arb_log1p(v, t.get(), m_bits);
            }
            break;
        case Function::Erf:
        case Function::Erfc:
            (node.function == Function::Erf ? arb_hypgeom_erf : arb_hypgeom_erfc)(v, u, m_bits);
            arb_sqr(t.get(), u, m_bits);
            arb_neg(t.get(), t.get());
            arb_exp(t.get(), t.get(), m_bits);
            arb_const_sqrt_pi(s.get(), m_bits);
            arb_div(s.get(), t.get(), s.get(), m_bits);
            arb_mul_2exp_si(s.get(), s.get(), 1);
            if (node.function == Function::Erfc) arb_neg(s.get(), s.get());
            break;
        case Function::Phi: {
            Ball root2;
            arb_sqrt_ui(root2.get(), 2, m_bits);
            arb_div(t.get(), u, root2.get(), m_bits);
            arb_neg(t.get(), t.get());
            arb_hypgeom_erfc(v, t.get(), m_bits);
            arb_mul_2exp_si(v, v, -1);
            arb_sqr(t.get(), u, m_bits);
            arb_mul_2exp_si(t.get(), t.get(), -1);
            arb_neg(t.get(), t.get());
            arb_exp(t.get(), t.get(), m_bits);
            arb_const_pi(s.get(), m_bits);
            arb_mul_2exp_si(s.get(), s.get(), 1);
            arb_rsqrt(s.get(), s.get(), m_bits);
            arb_mul(s.get(), s.get(), t.get(), m_bits);
            break;
        }
        case Function::Log1p:
            arb_log1p(v, u, m_bits);
            arb_add_ui(t.get(), u, 1, m_bits);
            arb_inv(s.get(), t.get(), m_bits);
            break;
        case Function::Expm1:
            arb_expm1(v, u, m_bits);
            arb_exp(s.get(), u, m_bits);
            break;
        case Function::Max:
        case Function::Min:
        case Function::Where: return;
        }
        if (arb_is_zero(du)) arb_zero(d);
        else chain(out, s.get(), du);
        // Outside the function's domain (log of a negative number) there is no derivative either.
        if (!arb_is_finite(v)) arb_indeterminate(d);
    }

    /// relu, abs and step: each side of 0 has its own piece; exactly at 0 the derivative is one-sided in
    /// x; a ball that straddles 0 holds both pieces.
    void kink(Function function, BallDual& a, BallDual& out)
    {
        arb_ptr v = out.v.get();
        arb_ptr d = out.d.get();
        arb_srcptr u = a.v.get();
        arb_srcptr du = a.d.get();
        // The value and slope of each piece: below 0 and above 0.
        const int belowSlope = function == Function::Relu ? 0 : (function == Function::Abs ? -1 : 0);
        const int aboveSlope = function == Function::Step ? 0 : 1;
        auto piece = [&](bool above, arb_ptr value, arb_ptr slope) {
            if (function == Function::Step) arb_set_ui(value, above ? 1 : 0);
            else if (function == Function::Abs && !above) arb_neg(value, u);
            else if (function == Function::Relu && !above) arb_zero(value);
            else arb_set(value, u);
            arb_mul_si(slope, du, above ? aboveSlope : belowSlope, m_bits);
        };
        if (arb_is_positive(u) || arb_is_negative(u)) {
            piece(arb_is_positive(u), v, d);
            return;
        }
        if (arb_is_zero(u)) {
            arb_zero(v);  // relu(0) = |0| = step(0) = 0
            const int moves = direction(du);
            if (moves == 2) {
                Ball other;
                Ball unused;
                piece(false, unused.get(), d);
                piece(true, unused.get(), other.get());
                arb_union(d, d, other.get(), m_bits);
            } else if (moves == 0) {
                arb_zero(d);
            } else {
                Ball unused;
                piece(moves > 0, unused.get(), d);
            }
            return;
        }
        // Straddling: the ball holds both pieces' values and slopes.
        Ball otherValue;
        Ball otherSlope;
        piece(false, v, d);
        piece(true, otherValue.get(), otherSlope.get());
        arb_union(v, v, otherValue.get(), m_bits);
        arb_union(d, d, otherSlope.get(), m_bits);
    }

    /// where(c, a, b): a where c > 0, else b; both where the ball of c straddles 0.
    void where(BallDual& c, BallDual& a, BallDual& b, BallDual& out)
    {
        if (arb_is_positive(c.v.get()) || arb_is_nonpositive(c.v.get())) {
            BallDual& chosen = arb_is_positive(c.v.get()) ? a : b;
            arb_set(out.v.get(), chosen.v.get());
            arb_set(out.d.get(), chosen.d.get());
            return;
        }
        arb_union(out.v.get(), a.v.get(), b.v.get(), m_bits);
        arb_union(out.d.get(), a.d.get(), b.d.get(), m_bits);
    }

    void extremum(bool isMax, BallDual& a, BallDual& b, BallDual& out)
    {
        Ball difference;
        arb_sub(difference.get(), a.v.get(), b.v.get(), m_bits);
        BallDual* winner = nullptr;
        if (arb_is_positive(difference.get())) winner = isMax ? &a : &b;
        if (arb_is_negative(difference.get())) winner = isMax ? &b : &a;
        if (winner != nullptr) {
            arb_set(out.v.get(), winner->v.get());
            arb_set(out.d.get(), winner->d.get());
            return;
        }
        (isMax ? arb_max : arb_min)(out.v.get(), a.v.get(), b.v.get(), m_bits);
        if (arb_is_zero(difference.get())) {  // a tie: left of it max follows min(a′, b′)
            const bool takeLarger = isMax == (m_side == Side::Right);
            (takeLarger ? arb_max : arb_min)(out.d.get(), a.d.get(), b.d.get(), m_bits);
        } else {
            arb_union(out.d.get(), a.d.get(), b.d.get(), m_bits);
        }
    }

    const Expression& m_e;
    double m_x;
    std::span<const double> m_parameters;
    Side m_side;
    slong m_bits;
};

}  // namespace

ReferencePoint referenceAt(const Expression& expression, double x, std::span<const double> parameters, Side side,
                           long maxBits)
{
    ReferencePoint point;
    for (long bits = 64; bits <= maxBits; bits *= 2) {
        BallDual result;
        Evaluator(expression, x, parameters, side, bits).evaluate(expression.root, result);
        if (!point.f.determined && roundsToOneDouble(result.v.get(), point.f.value)) {
            point.f.determined = true;
            point.f.bits = bits;
        }
        if (!point.df.determined && roundsToOneDouble(result.d.get(), point.df.value)) {
            point.df.determined = true;
            point.df.bits = bits;
        }
        if (point.f.determined && point.df.determined) break;
    }
    if (!point.f.determined) point.f.bits = maxBits;
    if (!point.df.determined) point.df.bits = maxBits;
    return point;
}

void releaseThreadReferenceCaches()
{
    // Arb keeps its constants (π, log 2, …) at the precisions asked for in thread-local caches, which
    // FLINT frees, for the calling thread, here.
    flint_cleanup();
}

}  // namespace actlab::expression
