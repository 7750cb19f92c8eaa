#include "core/expression/typedactivation.h"

#include "core/expression/symbolic.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace actlab {

namespace {

constexpr std::string_view kBlanks = " \t\r\n";

std::string_view trimmed(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(kBlanks);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kBlanks) - first + 1);
}

/// The shortest text that reads back as `v`; NaN whatever its sign bit.
std::string shortest(double v)
{
    if (std::isnan(v)) return "NaN";
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    return {buffer, end};
}

/// Below this many points a batch is a probe or an analysis step: libm as written, not the vector loops.
constexpr std::size_t kVectorBatch = 64;

}  // namespace

bool isTypedId(std::string_view id)
{
    return id.starts_with(kTypedIdPrefix);
}

std::string typedId(std::string_view formula)
{
    return std::string(kTypedIdPrefix) + std::string(trimmed(formula));
}

namespace expression {

namespace {

/// Every typed formula asked for, by id, never freed: views keep references to their activations.
/// The lock guards the map and every call into GiNaC made through it.
struct Registry {
    std::mutex lock;
    std::map<std::string, std::unique_ptr<TypedActivation>, std::less<>> byId;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

}  // namespace

TypedActivation::TypedActivation(std::string id, std::string formula, Expression expression)
    : m_id(std::move(id)),
      m_formula(std::move(formula)),
      m_expression(std::move(expression)),
      m_program(m_expression)
{
    const auto symbolic = differentiate(m_expression);
    if (const auto* result = std::get_if<Symbolic>(&symbolic)) {
        // GiNaC writes exact numbers in full: 1e300 typed would be a name of 301 digits.
        m_name = result->text.size() <= 2 * m_formula.size() + 16 ? result->text : m_formula;
        m_formulaText = "f(x) = " + m_name;
        m_derivativeText = "f′(x) = " + result->derivativeText;
        m_latex = result->latex;
        m_derivativeLatex = result->derivativeLatex;
        m_symbolicDerivative.emplace(result->derivative);
    } else {
        m_symbolicError = std::get<ParseError>(symbolic).message;
        m_name = m_formula;
        m_formulaText = "f(x) = " + m_formula;
        m_derivativeText = "f′(x): " + m_symbolicError;
    }
    m_note = "Typed by you and evaluated as written; f′ is computed with f in one pass (dual numbers), "
             "and the f′ shown here is GiNaC's, checked against it.";
    m_parameterSpecs.reserve(m_expression.parameters.size());
    for (const std::string& name : m_expression.parameters) {
        m_parameterSpecs.push_back(
            ParameterSpec{name, name, 1.0, kTypedParameterMinimum, kTypedParameterMaximum, false});
    }
    m_activation = Activation{m_id,          m_name,           Family::Smooth,
                              m_formulaText, m_derivativeText, m_note,
                              m_parameterSpecs, &TypedActivation::evaluate, &TypedActivation::noKinks,
                              this};
}

std::variant<const TypedActivation*, ParseError> TypedActivation::find(std::string_view id)
{
    if (!isTypedId(id)) return ParseError{std::string("not a typed formula: ").append(id), 0};
    Registry& r = registry();
    const std::scoped_lock hold(r.lock);
    if (const auto it = r.byId.find(id); it != r.byId.end()) return it->second.get();
    const std::string_view formula = trimmed(id.substr(kTypedIdPrefix.size()));
    if (formula.empty()) return ParseError{"the formula is empty", 0};
    auto parsed = parse(formula);
    if (auto* error = std::get_if<ParseError>(&parsed)) return std::move(*error);
    auto& expression = std::get<Expression>(parsed);
    if (expression.parameters.size() > kMaxTypedParameters) {
        std::string names;
        for (const std::string& name : expression.parameters) names += (names.empty() ? "" : ", ") + name;
        std::string message = "at most ";
        message += std::to_string(kMaxTypedParameters) + " parameters, this formula has ";
        message += std::to_string(expression.parameters.size()) + " (" + names + ")";
        return ParseError{message, 0};
    }
    // Not make_unique: the constructor is private.
    std::unique_ptr<TypedActivation> made(
        new TypedActivation(std::string(id), std::string(formula), std::move(expression)));
    const TypedActivation* result = made.get();
    r.byId.emplace(std::string(id), std::move(made));
    return result;
}

void TypedActivation::evaluate(const void* context, const double* x, double* f, double* df, std::size_t n,
                               const ParameterValues& p)
{
    const auto& self = *static_cast<const TypedActivation*>(context);
    const std::span<const double> parameters(p.data(), self.m_program.parameterCount());
    if (n >= kVectorBatch) {
        self.m_program.evaluateFast({x, n}, {f, n}, {df, n}, parameters);
    } else {
        self.m_program.evaluate<double>({x, n}, {f, n}, {df, n}, parameters);
    }
}

Kinks TypedActivation::noKinks(const void* /*context*/, const ParameterValues& /*p*/)
{
    return {};
}

std::string TypedActivation::derivativeDisagreement(double from, double to, const ParameterValues& p) const
{
    if (!m_symbolicDerivative) return {};
    constexpr std::size_t kPoints = 64;
    std::vector<double> x(kPoints);
    for (std::size_t i = 0; i < kPoints; ++i)
        x[i] = from + (to - from) * static_cast<double>(i) / static_cast<double>(kPoints - 1);
    std::vector<double> f(kPoints), dual(kPoints), symbolic(kPoints), ignored(kPoints);
    const std::span<const double> parameters(p.data(), m_program.parameterCount());
    m_program.evaluate<double>(x, f, dual, parameters);
    m_symbolicDerivative->evaluate<double>(x, symbolic, ignored, parameters);
    for (std::size_t i = 0; i < kPoints; ++i) {
        const double a = dual[i];
        const double b = symbolic[i];
        const bool agree = std::isfinite(a) && std::isfinite(b)
                               ? std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a))
                               : (std::isnan(a) && std::isnan(b)) || a == b;
        if (!agree) {
            std::string message = "at x = ";
            return message.append(shortest(x[i]))
                .append(" GiNaC's f′ is ")
                .append(shortest(b))
                .append(" but the formula as written gives ")
                .append(shortest(a));
        }
    }
    return {};
}

}  // namespace expression

const Activation* findAnyActivation(std::string_view id)
{
    if (!isTypedId(id)) return findActivation(id);
    const auto found = expression::TypedActivation::find(id);
    const auto* const* typed = std::get_if<const expression::TypedActivation*>(&found);
    return typed != nullptr ? &(*typed)->activation() : nullptr;
}

std::string activationIdError(std::string_view id)
{
    if (!isTypedId(id)) {
        if (findActivation(id) != nullptr) return {};
        return std::string("unknown activation '").append(id).append("'");
    }
    const auto found = expression::TypedActivation::find(id);
    if (const auto* error = std::get_if<expression::ParseError>(&found))
        return std::string("formula: ") + error->message;
    return {};
}

}  // namespace actlab
