#pragma once

#include "core/activation.h"

#include <string>

namespace actlab {

struct CommandArguments;

/// A function chosen on the command line with its parameters, validated against core's ranges.
struct FunctionChoice {
    const Activation* activation = nullptr;
    ParameterValues parameters{};
};

/// The FUNCTION word and its --param NAME=VALUE assignments of `eval` and `sample`, every parameter
/// checked against core; throws UsageError at the first problem.
FunctionChoice chooseFunction(const CommandArguments& arguments);

/// "it takes beta, threshold" or "it takes none": what an unknown-parameter message offers instead.
std::string parameterList(const Activation& activation);

}  // namespace actlab
