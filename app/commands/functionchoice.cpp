#include "commands/functionchoice.h"

#include "commandarguments.h"
#include "format.h"

#include <array>
#include <string_view>

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

FunctionChoice chooseFunction(const CommandArguments& arguments)
{
    if (arguments.positional.empty()) {
        throw UsageError{"missing FUNCTION (see actlab list)"};
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
