// GiNaC expressions as the mathematics a lecturer writes: x², √(1 + x²), x·σ(x), (1 − x)/2, |x|, with
// the typographic minus, not code syntax.

#include <ginac/ginac.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace actlab::expression {

namespace {

enum Precedence { kSum = 0, kProduct = 1, kPower = 2, kAtom = 3 };

struct Printed {
    std::string text;
    int precedence;
};

const std::string kMinus = "\u2212";

std::string superscript(long n)
{
    static const std::array<const char*, 10> digits{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string text = n < 0 ? "⁻" : "";
    for (const char c : std::to_string(std::labs(n))) text += digits[std::size_t(c - '0')];
    return text;
}

std::string wrap(const Printed& p, int needed)
{
    return p.precedence < needed ? "(" + p.text + ")" : p.text;
}

std::string integerText(const GiNaC::numeric& n)
{
    std::ostringstream out;
    out << GiNaC::abs(n);
    return out.str();
}

Printed print(const GiNaC::ex& e);

Printed number(const GiNaC::numeric& n)
{
    const bool negative = n.is_negative();
    std::string text;
    if (n.is_rational()) {
        text = integerText(n.numer());
        if (!n.is_integer()) {
            text += '/';
            text += integerText(n.denom());
        }
    } else {
        std::array<char, 32> buffer{};
        const double v = std::fabs(n.to_double());
        text.assign(buffer.data(), std::to_chars(buffer.data(), buffer.data() + buffer.size(), v).ptr);
    }
    const bool fraction = n.is_rational() && !n.is_integer();
    if (negative) return {kMinus + text, kSum};
    return {text, fraction ? kProduct : kAtom};
}

bool isNegativeTerm(const GiNaC::ex& term)
{
    if (GiNaC::is_a<GiNaC::numeric>(term)) return GiNaC::ex_to<GiNaC::numeric>(term).is_negative();
    if (GiNaC::is_a<GiNaC::mul>(term)) {
        const GiNaC::ex coefficient = term.op(term.nops() - 1);
        return GiNaC::is_a<GiNaC::numeric>(coefficient) && GiNaC::ex_to<GiNaC::numeric>(coefficient).is_negative();
    }
    return false;
}

Printed sum(const GiNaC::ex& e)
{
    // GiNaC orders terms by hash, which changes with every function registered. Ours: positive terms
    // first (1/2 − x/2), numbers last (x² + 1), shorter before longer, then by text.
    std::vector<GiNaC::ex> terms;
    for (std::size_t i = 0; i < e.nops(); ++i) terms.push_back(e.op(i));
    auto key = [](const GiNaC::ex& t) {
        const std::string text = print(t).text;
        return std::tuple(isNegativeTerm(t), GiNaC::is_a<GiNaC::numeric>(t), text.size(), text);
    };
    std::stable_sort(terms.begin(), terms.end(), [&](const GiNaC::ex& a, const GiNaC::ex& b) { return key(a) < key(b); });
    std::string text;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const GiNaC::ex& term = terms[i];
        if (i == 0) {
            text = print(term).text;
        } else if (isNegativeTerm(term)) {
            text += " " + kMinus + " " + wrap(print(-term), kProduct);
        } else {
            text += " + " + wrap(print(term), kProduct);
        }
    }
    return {text, kSum};
}

Printed product(const GiNaC::ex& e)
{
    GiNaC::numeric coefficient(1);
    std::vector<GiNaC::ex> numerator;
    std::vector<GiNaC::ex> denominator;
    for (std::size_t i = 0; i < e.nops(); ++i) {
        const GiNaC::ex factor = e.op(i);
        if (GiNaC::is_a<GiNaC::numeric>(factor)) {
            coefficient *= GiNaC::ex_to<GiNaC::numeric>(factor);
        } else if (GiNaC::is_a<GiNaC::power>(factor) && GiNaC::is_a<GiNaC::numeric>(factor.op(1)) &&
                   GiNaC::ex_to<GiNaC::numeric>(factor.op(1)).is_negative()) {
            denominator.push_back(GiNaC::pow(factor.op(0), -factor.op(1)));
        } else {
            numerator.push_back(factor);
        }
    }
    // Constants (√2, π) first, then x (x·σ(x), 2x·Φ(x)), then functions, each by text: not GiNaC's
    // hash order, which changes with every function registered.
    auto key = [](const GiNaC::ex& f) {
        const bool constant = GiNaC::is_a<GiNaC::constant>(f) ||
                              (GiNaC::is_a<GiNaC::power>(f) && GiNaC::is_a<GiNaC::numeric>(f.op(0)));
        const bool symbolic = GiNaC::is_a<GiNaC::symbol>(f) ||
                              (GiNaC::is_a<GiNaC::power>(f) && GiNaC::is_a<GiNaC::symbol>(f.op(0)));
        return std::tuple(constant ? 0 : symbolic ? 1 : 2, print(f).text);
    };
    std::stable_sort(numerator.begin(), numerator.end(), [&](const GiNaC::ex& a, const GiNaC::ex& b) { return key(a) < key(b); });
    const bool negative = coefficient.is_negative();
    coefficient = GiNaC::abs(coefficient);
    std::string top;
    if (coefficient.is_rational() && !coefficient.numer().is_equal(1)) top = integerText(coefficient.numer());
    if (!coefficient.is_rational()) top = number(coefficient).text;
    for (const GiNaC::ex& factor : numerator) {
        const Printed p = print(factor);
        // "2x" and "2x²", but "2·σ(x)", "x·σ(x)" and "√2·x"
        const bool digitsOnly = !top.empty() && top.find_first_not_of("0123456789") == std::string::npos;
        const bool ofX = GiNaC::is_a<GiNaC::symbol>(factor) ||
                         (GiNaC::is_a<GiNaC::power>(factor) && GiNaC::is_a<GiNaC::symbol>(factor.op(0)));
        const bool juxtapose = top.empty() || (digitsOnly && ofX);
        top += (juxtapose ? "" : "·") + wrap(p, kPower);
    }
    std::string bottom;
    std::size_t bottomFactors = denominator.size();
    if (coefficient.is_rational() && !coefficient.denom().is_equal(1)) {
        bottom = integerText(coefficient.denom());
        ++bottomFactors;
    }
    for (const GiNaC::ex& factor : denominator) bottom += (bottom.empty() ? "" : "·") + wrap(print(factor), kPower);
    if (top.empty()) top = "1";
    std::string text = top;
    if (!bottom.empty()) {
        const bool topNeedsParentheses = numerator.size() + (top != "1" && !numerator.empty() && coefficient.numer() != 1) > 1 &&
                                         top.find("·") != std::string::npos;
        text = (topNeedsParentheses ? "(" + top + ")" : top) + "/" + (bottomFactors > 1 ? "(" + bottom + ")" : bottom);
    }
    if (negative) return {kMinus + text, kSum};
    return {text, kProduct};
}

Printed powerOf(const GiNaC::ex& e)
{
    const GiNaC::ex base = e.op(0);
    const GiNaC::ex exponent = e.op(1);
    const Printed b = print(base);
    if (GiNaC::is_a<GiNaC::numeric>(exponent)) {
        const GiNaC::numeric n = GiNaC::ex_to<GiNaC::numeric>(exponent);
        if (n.is_integer() && n.is_positive()) return {wrap(b, kAtom) + superscript(n.to_long()), kPower};
        if (n.is_equal(GiNaC::numeric(1, 2))) return {"√" + wrap(b, kAtom), kPower};
        if (n.is_negative()) return {"1/" + wrap(print(GiNaC::pow(base, -exponent)), kPower), kProduct};
    }
    return {wrap(b, kAtom) + "^" + wrap(print(exponent), kAtom), kPower};
}

Printed functionCall(const GiNaC::function& f)
{
    std::string name = f.get_name();
    if (name.rfind("actlab_", 0) == 0) name = name.substr(7);
    std::string arguments;
    for (std::size_t i = 0; i < f.nops(); ++i) arguments += (i > 0 ? ", " : "") + print(f.op(i)).text;
    if (name == "abs") return {"|" + arguments + "|", kAtom};
    if (name == "sigmoid") name = "σ";
    if (name == "Phi") name = "Φ";
    return {name + "(" + arguments + ")", kAtom};
}

Printed printUncached(const GiNaC::ex& e);

/// Each distinct subexpression is printed once per call of readableMathematics: GiNaC shares them, and
/// the sorting above prints its operands to compare them, which without the cache is exponential in
/// the depth of a product (found by fuzz_expression: the derivative of -x^x^2^x^2^x^-x^x^2^x^2-x).
std::map<GiNaC::ex, Printed, GiNaC::ex_is_less>& printed()
{
    static thread_local std::map<GiNaC::ex, Printed, GiNaC::ex_is_less> cache;
    return cache;
}

Printed print(const GiNaC::ex& e)
{
    auto& cache = printed();
    if (const auto it = cache.find(e); it != cache.end()) return it->second;
    Printed p = printUncached(e);
    cache.emplace(e, p);
    return p;
}

Printed printUncached(const GiNaC::ex& e)
{
    if (GiNaC::is_a<GiNaC::numeric>(e)) return number(GiNaC::ex_to<GiNaC::numeric>(e));
    if (GiNaC::is_a<GiNaC::symbol>(e)) return {GiNaC::ex_to<GiNaC::symbol>(e).get_name(), kAtom};
    if (e.is_equal(GiNaC::Pi)) return {"π", kAtom};
    if (GiNaC::is_a<GiNaC::add>(e)) return sum(e);
    if (GiNaC::is_a<GiNaC::mul>(e)) return product(e);
    if (GiNaC::is_a<GiNaC::power>(e)) return powerOf(e);
    if (GiNaC::is_a<GiNaC::function>(e)) return functionCall(GiNaC::ex_to<GiNaC::function>(e));
    std::ostringstream out;
    out << e;
    return {out.str(), kAtom};
}

}  // namespace

std::string readableMathematics(const GiNaC::ex& e)
{
    printed().clear();
    std::string text = print(e).text;
    printed().clear();
    return text;
}

}  // namespace actlab::expression
