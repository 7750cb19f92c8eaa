#pragma once

#include "core/activation.h"
#include "core/expression/expressiontree.h"
#include "core/expression/parser.h"
#include "core/expression/program.h"

#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace actlab {

/// What marks an activation id as a formula the user typed: "expr:x*tanh(softplus(x))". The formula is
/// the id, so a scene file, the settings and `actlab export --function` carry it as they carry "relu".
inline constexpr std::string_view kTypedIdPrefix = "expr:";

/// Whether `id` names a typed formula (it starts with kTypedIdPrefix).
bool isTypedId(std::string_view id);
/// The id of `formula`, its surrounding blanks removed.
std::string typedId(std::string_view formula);

/// Most parameters a typed formula may have (its free names other than x, each with a slider).
inline constexpr std::size_t kMaxTypedParameters = kMaxParameters;
/// The slider range of a typed formula's parameters; each starts at 1.
inline constexpr double kTypedParameterMinimum = -10;
inline constexpr double kTypedParameterMaximum = 10;

namespace expression {

/// A typed formula made one of core's activations, so that everything drawing, sampling, analysing,
/// probing or exporting an Activation takes it as it takes relu. f and f′ come from the formula as
/// written, by dual numbers in one pass (program.h): drawing-sized batches through the vector loops
/// (evaluateFast), a few points through libm as written (evaluate). Its parameters are its free names,
/// each 1 by default. It reports no kinks: where relu, abs, step, max or min switch depends on the
/// formula, and the dual numbers already take the left derivative there.
///
/// The formula and its derivative as readable mathematics and as LaTeX come from GiNaC (symbolic.h),
/// computed once when the formula is first asked for.
class TypedActivation {
public:
    /// The activation for `id` ("expr:…"), made on first use and kept for the program's life (views
    /// hold its Activation by reference). A ParseError when the formula is refused, its column named.
    /// Safe from any thread: the one lock also keeps GiNaC on one thread at a time.
    static std::variant<const TypedActivation*, ParseError> find(std::string_view id);

    const Activation& activation() const { return m_activation; }
    const std::string& formula() const { return m_formula; }
    const Expression& expression() const { return m_expression; }
    const Program& program() const { return m_program; }
    /// f and f′ as LaTeX for a slide; empty when GiNaC could not take the formula.
    const std::string& latex() const { return m_latex; }
    const std::string& derivativeLatex() const { return m_derivativeLatex; }
    /// Why there is no symbolic f′ (GiNaC refused the formula); empty when there is one.
    const std::string& symbolicError() const { return m_symbolicError; }

    /// The symbolic f′ run against the dual-number f′ at 64 evenly spaced points of [from, to], agreeing
    /// where |symbolic − dual| ≤ 1e-12 · max(1, |dual|) or both are the same non-finite value. Empty when
    /// they agree everywhere (or there is no symbolic f′); else one line naming the first point where
    /// they differ.
    std::string derivativeDisagreement(double from, double to, const ParameterValues& parameters) const;

    TypedActivation(const TypedActivation&) = delete;
    TypedActivation& operator=(const TypedActivation&) = delete;

private:
    TypedActivation(std::string id, std::string formula, Expression expression);
    static void evaluate(const void* context, const double* x, double* f, double* df, std::size_t n,
                         const ParameterValues& p);
    static Kinks noKinks(const void* context, const ParameterValues& p);

    std::string m_id;
    std::string m_formula;
    Expression m_expression;
    Program m_program;
    std::optional<Program> m_symbolicDerivative;
    std::string m_name;
    std::string m_formulaText;
    std::string m_derivativeText;
    std::string m_note;
    std::string m_latex;
    std::string m_derivativeLatex;
    std::string m_symbolicError;
    std::vector<ParameterSpec> m_parameterSpecs;
    Activation m_activation{};
};

}  // namespace expression

/// One of core's activations by id, or a typed formula by its "expr:" id; nullptr when neither (a
/// formula the parser refuses included: activationIdError says why).
const Activation* findAnyActivation(std::string_view id);

/// Why findAnyActivation(id) is null, in one line: "unknown activation 'sigmod'", or for a formula
/// "expected ')' at column 14"; empty when it is not.
std::string activationIdError(std::string_view id);

}  // namespace actlab
