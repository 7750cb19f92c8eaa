#include "commands/functionchoice.h"

#include "commandarguments.h"
#include "core/expression/parser.h"
#include "format.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <variant>

namespace actlab {

std::string parameterList(const Activation& activation)
{
    if (activation.parameters.empty()) {
        return "it takes none";
    }
    std::string list = "it takes ";
    for (std::size_t i = 0; i < activation.parameters.size(); ++i) {
        list += (i == 0) ? "" : ", ";
        list += activation.parameters[i].id;
    }
    return list;
}

namespace {

/// --expr FORMULA with its --param assignments: parsed as written, each parameter 1 unless given.
FunctionChoice chooseFormula(const CommandArguments& arguments, std::string_view formula)
{
    if (!arguments.positional.empty()) {
        throw UsageError{"give FUNCTION or --expr FORMULA, not both"};
    }
    auto parsed = expression::parse(formula);
    if (const auto* error = std::get_if<expression::ParseError>(&parsed)) {
        throw UsageError{"--expr: " + error->message};
    }
    const expression::Expression& tree = std::get<expression::Expression>(parsed);
    auto typed = std::make_shared<TypedFunction>();
    typed->formula = std::string(formula);
    typed->program = std::make_shared<const expression::Program>(tree);
    typed->parameterNames = tree.parameters;
    typed->parameters.assign(tree.parameters.size(), 1.0);
    std::vector<bool> given(tree.parameters.size(), false);
    for (const std::string_view assignment : arguments.values("--param")) {
        const auto equals = assignment.find('=');
        if (equals == std::string_view::npos || equals == 0) {
            throw UsageError{"malformed --param " + quoted(assignment) + " (expected NAME=VALUE)"};
        }
        const std::string_view name = assignment.substr(0, equals);
        const auto at = std::find(tree.parameters.begin(), tree.parameters.end(), name);
        if (at == tree.parameters.end()) {
            std::string names;
            for (const std::string& known : tree.parameters) names += (names.empty() ? "" : ", ") + known;
            throw UsageError{"unknown parameter " + quoted(name) + " for the formula (" +
                             (names.empty() ? std::string("it takes none") : "it takes " + names) + ")"};
        }
        const auto slot = static_cast<std::size_t>(at - tree.parameters.begin());
        if (given[slot]) {
            throw UsageError{"duplicate parameter " + quoted(name)};
        }
        given[slot] = true;
        const double value = numberOf("--param " + std::string(name), assignment.substr(equals + 1));
        if (!std::isfinite(value)) {
            throw UsageError{"--param " + std::string(name) + " must be finite (got " + formatNumber(value) + ")"};
        }
        typed->parameters[slot] = value;
    }
    FunctionChoice choice;
    choice.typed = std::move(typed);
    return choice;
}

}  // namespace

void FunctionChoice::evaluate(std::span<const double> x, std::span<double> f, std::span<double> df) const
{
    if (typed) {
        typed->program->evaluate<double>(x, f, df, typed->parameters);
    } else {
        activation->evaluateBatch(x.data(), f.data(), df.data(), x.size(), parameters);
    }
}

FunctionChoice chooseFunction(const CommandArguments& arguments)
{
    if (const auto formula = arguments.value("--expr")) {
        return chooseFormula(arguments, *formula);
    }
    if (arguments.positional.empty()) {
        throw UsageError{"missing FUNCTION (see actlab list) or --expr FORMULA"};
    }
    arguments.rejectPositional(1);
    FunctionChoice choice;
    choice.activation = findActivation(arguments.positional.front());
    if (choice.activation == nullptr) {
        throw UsageError{"unknown function " + quoted(arguments.positional.front()) + " (see actlab list)"};
    }
    const Activation& activation = *choice.activation;
    choice.parameters = activation.defaults();
    std::array<bool, kMaxParameters> given{};
    for (const std::string_view assignment : arguments.values("--param")) {
        const auto equals = assignment.find('=');
        if (equals == std::string_view::npos || equals == 0) {
            throw UsageError{"malformed --param " + quoted(assignment) + " (expected NAME=VALUE)"};
        }
        const std::string_view name = assignment.substr(0, equals);
        const int index = activation.parameterIndex(name);
        if (index < 0) {
            throw UsageError{"unknown parameter " + quoted(name) + " for " + std::string(activation.id) +
                             " (" + parameterList(activation) + ")"};
        }
        const auto slot = static_cast<std::size_t>(index);
        if (given[slot]) {
            throw UsageError{"duplicate parameter " + quoted(name)};
        }
        given[slot] = true;
        choice.parameters[slot] = numberOf("--param " + std::string(name), assignment.substr(equals + 1));
    }
    if (const std::string error = parameterError(activation, choice.parameters); !error.empty()) {
        throw UsageError{std::string(activation.id) + ": " + error};
    }
    return choice;
}

}  // namespace actlab
