#include "core/expression/symbolic.h"

#include <ginac/ginac.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <sstream>

namespace actlab::expression {

namespace {

// ActLab's functions in GiNaC. GiNaC's own abs and step do not follow ActLab's kink convention
// (abs′(0) is undefined, step(0) = ½), so these replace them.
DECLARE_FUNCTION_1P(actlab_relu)
DECLARE_FUNCTION_1P(actlab_step)
DECLARE_FUNCTION_1P(actlab_abs)
DECLARE_FUNCTION_2P(actlab_max)
DECLARE_FUNCTION_2P(actlab_min)
DECLARE_FUNCTION_1P(actlab_sigmoid)
DECLARE_FUNCTION_1P(actlab_softplus)
DECLARE_FUNCTION_1P(actlab_erf)
DECLARE_FUNCTION_1P(actlab_erfc)
DECLARE_FUNCTION_1P(actlab_Phi)
DECLARE_FUNCTION_1P(actlab_log1p)
DECLARE_FUNCTION_1P(actlab_expm1)
DECLARE_FUNCTION_3P(actlab_where)

using GiNaC::ex;

ex twoOverRootPi() { return 2 / GiNaC::sqrt(GiNaC::Pi); }

ex reluDerivative(const ex& u, unsigned) { return actlab_step(u); }
ex stepDerivative(const ex&, unsigned) { return 0; }
ex absDerivative(const ex& u, unsigned) { return 2 * actlab_step(u) - 1; }  // −1 at 0: the left one
ex maxDerivative(const ex& a, const ex& b, unsigned which)
{
    return which == 0 ? ex(actlab_step(a - b)) : 1 - actlab_step(a - b);
}
ex minDerivative(const ex& a, const ex& b, unsigned which)
{
    return which == 0 ? ex(actlab_step(b - a)) : 1 - actlab_step(b - a);
}
ex sigmoidDerivative(const ex& u, unsigned) { return actlab_sigmoid(u) * actlab_sigmoid(-u); }
ex softplusDerivative(const ex& u, unsigned) { return actlab_sigmoid(u); }
ex erfDerivative(const ex& u, unsigned) { return twoOverRootPi() * GiNaC::exp(-GiNaC::pow(u, 2)); }
ex erfcDerivative(const ex& u, unsigned) { return -twoOverRootPi() * GiNaC::exp(-GiNaC::pow(u, 2)); }
ex phiDerivative(const ex& u, unsigned)
{
    return GiNaC::exp(-GiNaC::pow(u, 2) / 2) / GiNaC::sqrt(2 * GiNaC::Pi);
}
ex log1pDerivative(const ex& u, unsigned) { return 1 / (1 + u); }
ex expm1Derivative(const ex& u, unsigned) { return GiNaC::exp(u); }
ex whereDerivative(const ex& c, const ex&, const ex&, unsigned which)
{
    return which == 0 ? ex(0) : which == 1 ? ex(actlab_step(c)) : 1 - actlab_step(c);
}

void absLatex(const ex& u, const GiNaC::print_context& c)
{
    c.s << "\\left|";
    u.print(c);
    c.s << "\\right|";
}

REGISTER_FUNCTION(actlab_relu, derivative_func(reluDerivative).latex_name("\\operatorname{relu}"))
REGISTER_FUNCTION(actlab_step, derivative_func(stepDerivative).latex_name("\\operatorname{step}"))
REGISTER_FUNCTION(actlab_abs, derivative_func(absDerivative).print_func<GiNaC::print_latex>(absLatex))
REGISTER_FUNCTION(actlab_max, derivative_func(maxDerivative).latex_name("\\max"))
REGISTER_FUNCTION(actlab_min, derivative_func(minDerivative).latex_name("\\min"))
REGISTER_FUNCTION(actlab_sigmoid, derivative_func(sigmoidDerivative).latex_name("\\sigma"))
REGISTER_FUNCTION(actlab_softplus, derivative_func(softplusDerivative).latex_name("\\operatorname{softplus}"))
REGISTER_FUNCTION(actlab_erf, derivative_func(erfDerivative).latex_name("\\operatorname{erf}"))
REGISTER_FUNCTION(actlab_erfc, derivative_func(erfcDerivative).latex_name("\\operatorname{erfc}"))
REGISTER_FUNCTION(actlab_Phi, derivative_func(phiDerivative).latex_name("\\Phi"))
REGISTER_FUNCTION(actlab_log1p, derivative_func(log1pDerivative).latex_name("\\operatorname{log1p}"))
REGISTER_FUNCTION(actlab_expm1, derivative_func(expm1Derivative).latex_name("\\operatorname{expm1}"))
REGISTER_FUNCTION(actlab_where, derivative_func(whereDerivative).latex_name("\\operatorname{where}"))

/// Exact results larger than this many bits are computed in double instead: 9^(9^9) exactly would take
/// 18 s and 800 MB.
constexpr double kMaxExactBits = 4096;

/// Largest derivative shown and run, in nodes written out as a tree.
constexpr std::size_t kMaxDerivativeNodes = 20000;

double bitsOf(const GiNaC::numeric& n)
{
    if (n.is_zero()) return 0;
    const GiNaC::numeric magnitude = GiNaC::abs(n.numer()) + GiNaC::abs(n.denom());
    return double(GiNaC::numeric(magnitude).int_length());
}

class ToGinac {
public:
    ToGinac(const Expression& f, const GiNaC::symbol& x, const std::vector<GiNaC::symbol>& parameters)
        : m_f(f), m_x(x), m_parameters(parameters)
    {
    }

    ex convert(std::int32_t index) const
    {
        const Node& node = m_f.node(index);
        switch (node.kind) {
        case NodeKind::Number: return exactNumber(node);
        case NodeKind::Variable: return m_x;
        case NodeKind::Parameter: return m_parameters[node.index];
        case NodeKind::Pi: return GiNaC::Pi;
        case NodeKind::E: return GiNaC::exp(ex(1));
        case NodeKind::Negate: return -convert(node.first);
        case NodeKind::Add: return convert(node.first) + convert(node.second);
        case NodeKind::Subtract: return convert(node.first) - convert(node.second);
        case NodeKind::Multiply: return product(convert(node.first), convert(node.second));
        case NodeKind::Divide: return product(convert(node.first), power(convert(node.second), -1));
        case NodeKind::Power: return power(convert(node.first), convert(node.second));
        case NodeKind::Call: return call(node);
        }
        return 0;
    }

private:
    /// The literal as typed, as an exact rational: 0.044715 is 44715/10⁶, not the double nearest it.
    ex exactNumber(const Node& node) const
    {
        const std::string text = m_f.text.substr(node.offset, node.length);
        std::string digits;
        long exponent = 0;
        bool fraction = false;
        std::size_t i = 0;
        for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
            if (text[i] == '.') {
                fraction = true;
            } else {
                digits += text[i];
                if (fraction) --exponent;
            }
        }
        if (i < text.size()) exponent += std::strtol(text.c_str() + i + 1, nullptr, 10);
        const GiNaC::numeric mantissa(digits.c_str());
        return mantissa * GiNaC::pow(GiNaC::numeric(10), GiNaC::numeric(exponent));
    }

    /// a·b, in double when both are numbers whose exact product would be too long (or either is
    /// already a floating-point number).
    static ex product(const ex& a, const ex& b)
    {
        if (GiNaC::is_a<GiNaC::numeric>(a) && GiNaC::is_a<GiNaC::numeric>(b)) {
            const GiNaC::numeric& x = GiNaC::ex_to<GiNaC::numeric>(a);
            const GiNaC::numeric& y = GiNaC::ex_to<GiNaC::numeric>(b);
            if (!x.is_rational() || !y.is_rational() || bitsOf(x) + bitsOf(y) > kMaxExactBits)
                return inDouble(x.to_double() * y.to_double());
        }
        return a * b;
    }

    /// a^b, in double when both are numbers whose exact power would be too long. Not in GiNaC's own
    /// floating point: CLN's exponents are unbounded, and 2^2^3^3^3 made it allocate 950 GB (found by
    /// fuzz_expression).
    static ex power(const ex& base, const ex& exponent)
    {
        if (GiNaC::is_a<GiNaC::numeric>(base) && GiNaC::is_a<GiNaC::numeric>(exponent)) {
            const GiNaC::numeric& b = GiNaC::ex_to<GiNaC::numeric>(base);
            const GiNaC::numeric& e = GiNaC::ex_to<GiNaC::numeric>(exponent);
            // GiNaC throws on 0^−n from inside its allocator and loses the node (found by fuzz_expression:
            // h/0): say it first.
            if (b.is_zero() && e.is_negative()) throw std::domain_error("division by zero");
            if (b.is_zero() && e.is_zero()) throw std::domain_error("0^0 is undefined");
            if (!b.is_rational() || !e.is_rational() || !(bitsOf(b) * std::fabs(e.to_double()) <= kMaxExactBits))
                return inDouble(std::pow(b.to_double(), e.to_double()));
        }
        return GiNaC::pow(base, exponent);
    }

    /// A constant computed in double, or the refusal when it is beyond a double: the symbolic side has
    /// no infinity (the program still evaluates the formula, in floating point).
    static ex inDouble(double value)
    {
        if (!std::isfinite(value)) throw std::overflow_error("a constant in the formula is beyond the largest double");
        return GiNaC::numeric(value);
    }

    ex call(const Node& node) const
    {
        const ex a = convert(node.first);
        const ex b = node.second >= 0 ? convert(node.second) : ex();
        const ex c = node.third >= 0 ? convert(node.third) : ex();
        switch (node.function) {
        case Function::Exp: return GiNaC::exp(a);
        case Function::Log: return GiNaC::log(a);
        case Function::Sqrt: return GiNaC::sqrt(a);
        case Function::Sin: return GiNaC::sin(a);
        case Function::Cos: return GiNaC::cos(a);
        case Function::Tan: return GiNaC::tan(a);
        case Function::Asin: return GiNaC::asin(a);
        case Function::Acos: return GiNaC::acos(a);
        case Function::Atan: return GiNaC::atan(a);
        case Function::Sinh: return GiNaC::sinh(a);
        case Function::Cosh: return GiNaC::cosh(a);
        case Function::Tanh: return GiNaC::tanh(a);
        case Function::Asinh: return GiNaC::asinh(a);
        case Function::Acosh: return GiNaC::acosh(a);
        case Function::Atanh: return GiNaC::atanh(a);
        case Function::Relu: return actlab_relu(a);
        case Function::Max: return actlab_max(a, b);
        case Function::Min: return actlab_min(a, b);
        case Function::Abs: return actlab_abs(a);
        case Function::Step: return actlab_step(a);
        case Function::Sigmoid: return actlab_sigmoid(a);
        case Function::Softplus: return actlab_softplus(a);
        case Function::Erf: return actlab_erf(a);
        case Function::Erfc: return actlab_erfc(a);
        case Function::Phi: return actlab_Phi(a);
        case Function::Log1p: return actlab_log1p(a);
        case Function::Expm1: return actlab_expm1(a);
        case Function::Where: return actlab_where(a, b, c);
        }
        return 0;
    }

    const Expression& m_f;
    const GiNaC::symbol& m_x;
    const std::vector<GiNaC::symbol>& m_parameters;
};

/// A GiNaC expression back into ActLab's tree, so the symbolic derivative runs through the same program.
class FromGinac {
public:
    FromGinac(Expression& out, const GiNaC::symbol& x, const std::vector<GiNaC::symbol>& parameters)
        : m_out(out), m_x(x), m_parameters(parameters)
    {
    }

    std::int32_t convert(const ex& e)
    {
        if (GiNaC::is_a<GiNaC::numeric>(e)) {
            const GiNaC::numeric& n = GiNaC::ex_to<GiNaC::numeric>(e);
            if (!n.is_real()) throw std::runtime_error("the derivative is complex-valued");
            return number(n.to_double());
        }
        if (GiNaC::is_a<GiNaC::symbol>(e)) {
            if (e.is_equal(m_x)) return add(NodeKind::Variable);
            for (std::size_t i = 0; i < m_parameters.size(); ++i) {
                if (e.is_equal(m_parameters[i])) {
                    const std::int32_t n = add(NodeKind::Parameter);
                    m_out.nodes[std::size_t(n)].index = i;
                    return n;
                }
            }
            throw std::runtime_error("an unknown symbol in the derivative");
        }
        if (GiNaC::is_a<GiNaC::constant>(e)) {
            if (e.is_equal(GiNaC::Pi)) return add(NodeKind::Pi);
            return number(GiNaC::ex_to<GiNaC::numeric>(GiNaC::evalf(e)).to_double());
        }
        if (GiNaC::is_a<GiNaC::add>(e) || GiNaC::is_a<GiNaC::mul>(e)) {
            const NodeKind kind = GiNaC::is_a<GiNaC::add>(e) ? NodeKind::Add : NodeKind::Multiply;
            std::int32_t result = convert(e.op(0));
            for (std::size_t i = 1; i < e.nops(); ++i) result = add(kind, result, convert(e.op(i)));
            return result;
        }
        if (GiNaC::is_a<GiNaC::power>(e)) return add(NodeKind::Power, convert(e.op(0)), convert(e.op(1)));
        if (GiNaC::is_a<GiNaC::function>(e)) return function(GiNaC::ex_to<GiNaC::function>(e));
        throw std::runtime_error("GiNaC gave a derivative ActLab cannot run");
    }

private:
    std::int32_t function(const GiNaC::function& f)
    {
        static const std::map<unsigned, Function> kFunctions{
            {GiNaC::exp_SERIAL::serial, Function::Exp},       {GiNaC::log_SERIAL::serial, Function::Log},
            {GiNaC::sin_SERIAL::serial, Function::Sin},       {GiNaC::cos_SERIAL::serial, Function::Cos},
            {GiNaC::tan_SERIAL::serial, Function::Tan},       {GiNaC::asin_SERIAL::serial, Function::Asin},
            {GiNaC::acos_SERIAL::serial, Function::Acos},     {GiNaC::atan_SERIAL::serial, Function::Atan},
            {GiNaC::sinh_SERIAL::serial, Function::Sinh},     {GiNaC::cosh_SERIAL::serial, Function::Cosh},
            {GiNaC::tanh_SERIAL::serial, Function::Tanh},     {GiNaC::asinh_SERIAL::serial, Function::Asinh},
            {GiNaC::acosh_SERIAL::serial, Function::Acosh},   {GiNaC::atanh_SERIAL::serial, Function::Atanh},
            {actlab_relu_SERIAL::serial, Function::Relu},     {actlab_max_SERIAL::serial, Function::Max},
            {actlab_min_SERIAL::serial, Function::Min},       {actlab_abs_SERIAL::serial, Function::Abs},
            {actlab_step_SERIAL::serial, Function::Step},     {actlab_sigmoid_SERIAL::serial, Function::Sigmoid},
            {actlab_softplus_SERIAL::serial, Function::Softplus}, {actlab_erf_SERIAL::serial, Function::Erf},
            {actlab_erfc_SERIAL::serial, Function::Erfc},     {actlab_Phi_SERIAL::serial, Function::Phi},
            {actlab_log1p_SERIAL::serial, Function::Log1p},   {actlab_expm1_SERIAL::serial, Function::Expm1},
            {actlab_where_SERIAL::serial, Function::Where},
        };
        const auto it = kFunctions.find(f.get_serial());
        if (it == kFunctions.end()) throw std::runtime_error("GiNaC gave a function ActLab cannot run: " + f.get_name());
        const std::int32_t first = convert(f.op(0));
        const std::int32_t second = f.nops() > 1 ? convert(f.op(1)) : -1;
        const std::int32_t third = f.nops() > 2 ? convert(f.op(2)) : -1;
        const std::int32_t n = add(NodeKind::Call, first, second);
        m_out.nodes[std::size_t(n)].function = it->second;
        m_out.nodes[std::size_t(n)].third = third;
        return n;
    }

    std::int32_t number(double value)
    {
        const std::int32_t n = add(NodeKind::Number);
        m_out.nodes[std::size_t(n)].value = value;
        return n;
    }

    std::int32_t add(NodeKind kind, std::int32_t first = -1, std::int32_t second = -1)
    {
        Node node;
        node.kind = kind;
        node.first = first;
        node.second = second;
        m_out.nodes.push_back(node);
        return std::int32_t(m_out.nodes.size() - 1);
    }

    Expression& m_out;
    const GiNaC::symbol& m_x;
    const std::vector<GiNaC::symbol>& m_parameters;
};

/// How many nodes `e` has written out as a tree (GiNaC shares subexpressions; printing and running
/// them does not), counted once per distinct subexpression and capped at `cap` + 1.
std::size_t treeSize(const ex& e, std::size_t cap, std::map<ex, std::size_t, GiNaC::ex_is_less>& counted)
{
    if (const auto it = counted.find(e); it != counted.end()) return it->second;
    std::size_t size = 1;
    for (std::size_t i = 0; i < e.nops() && size <= cap; ++i) size += treeSize(e.op(i), cap, counted);
    size = std::min(size, cap + 1);
    counted.emplace(e, size);
    return size;
}

std::string latexOf(const ex& e)
{
    std::ostringstream out;
    out << GiNaC::latex << e;
    return out.str();
}

}  // namespace

std::string readableMathematics(const GiNaC::ex& e);  // readablemath.cpp

std::variant<Symbolic, ParseError> differentiate(const Expression& f)
{
    try {
        const GiNaC::symbol x("x");
        std::vector<GiNaC::symbol> parameters;
        for (const std::string& name : f.parameters) parameters.emplace_back(name);
        const ex function = ToGinac(f, x, parameters).convert(f.root);
        const ex derivative = function.diff(x);
        // A derivative can be exponentially larger written out than GiNaC holds it (nested powers):
        // refuse it rather than print or run a formula no one can read.
        std::map<ex, std::size_t, GiNaC::ex_is_less> counted;
        if (treeSize(derivative, kMaxDerivativeNodes, counted) > kMaxDerivativeNodes)
            return ParseError{"cannot differentiate symbolically: the derivative has over " +
                                  std::to_string(kMaxDerivativeNodes) + " terms written out",
                              0};
        Symbolic result;
        result.text = readableMathematics(function);
        result.latex = latexOf(function);
        result.derivativeText = readableMathematics(derivative);
        result.derivativeLatex = latexOf(derivative);
        result.derivative.parameters = f.parameters;
        result.derivative.root = FromGinac(result.derivative, x, parameters).convert(derivative);
        return result;
    } catch (const std::exception& error) {
        // GiNaC's messages start with its internal function's name: "log_eval(): log(0)".
        std::string what = error.what();
        if (const std::size_t colon = what.find("(): "); colon != std::string::npos) what.erase(0, colon + 4);
        return ParseError{"cannot differentiate symbolically: " + what, 0};
    }
}

}  // namespace actlab::expression
