#pragma once

#include "core/activation.h"
#include "core/expression/program.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace actlab {

struct CommandArguments;

/// A formula given with --expr: evaluated as written, f′ by dual numbers (expression/program.h).
struct TypedFunction {
    std::string formula;
    std::shared_ptr<const expression::Program> program;
    std::vector<std::string> parameterNames;  ///< the formula's free names other than x, in order
    std::vector<double> parameters;           ///< each 1 unless --param gave it
};

/// A function chosen on the command line with its parameters, validated against core's ranges: one of
/// core's activations, or a typed formula (then `activation` is null).
struct FunctionChoice {
    const Activation* activation = nullptr;
    ParameterValues parameters{};
    std::shared_ptr<const TypedFunction> typed;

    /// f(x[i]) → f[i], f′(x[i]) → df[i] (the left derivative at a kink).
    void evaluate(std::span<const double> x, std::span<double> f, std::span<double> df) const;
};

/// The FUNCTION word (or --expr FORMULA) and the --param NAME=VALUE assignments of `eval` and `sample`,
/// every parameter checked against core (a formula's: finite numbers); throws UsageError at the first
/// problem, a formula's syntax error naming its column.
FunctionChoice chooseFunction(const CommandArguments& arguments);

/// "it takes beta, threshold" or "it takes none": what an unknown-parameter message offers instead.
std::string parameterList(const Activation& activation);

}  // namespace actlab
