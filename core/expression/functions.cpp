#include "core/expression/functions.h"

#include <array>

namespace actlab::expression {

namespace {

constexpr std::array kFunctions{
    FunctionInfo{"exp", Function::Exp, 1},         FunctionInfo{"log", Function::Log, 1},
    FunctionInfo{"sqrt", Function::Sqrt, 1},       FunctionInfo{"sin", Function::Sin, 1},
    FunctionInfo{"cos", Function::Cos, 1},         FunctionInfo{"tan", Function::Tan, 1},
    FunctionInfo{"asin", Function::Asin, 1},       FunctionInfo{"acos", Function::Acos, 1},
    FunctionInfo{"atan", Function::Atan, 1},       FunctionInfo{"sinh", Function::Sinh, 1},
    FunctionInfo{"cosh", Function::Cosh, 1},       FunctionInfo{"tanh", Function::Tanh, 1},
    FunctionInfo{"asinh", Function::Asinh, 1},     FunctionInfo{"acosh", Function::Acosh, 1},
    FunctionInfo{"atanh", Function::Atanh, 1},     FunctionInfo{"relu", Function::Relu, 1},
    FunctionInfo{"max", Function::Max, 2},         FunctionInfo{"min", Function::Min, 2},
    FunctionInfo{"abs", Function::Abs, 1},         FunctionInfo{"step", Function::Step, 1},
    FunctionInfo{"heaviside", Function::Step, 1},  FunctionInfo{"sigmoid", Function::Sigmoid, 1},
    FunctionInfo{"softplus", Function::Softplus, 1}, FunctionInfo{"erf", Function::Erf, 1},
    FunctionInfo{"erfc", Function::Erfc, 1},       FunctionInfo{"Phi", Function::Phi, 1},
    FunctionInfo{"log1p", Function::Log1p, 1},     FunctionInfo{"expm1", Function::Expm1, 1},
    FunctionInfo{"where", Function::Where, 3},
};

}  // namespace

std::span<const FunctionInfo> functions()
{
    return kFunctions;
}

std::optional<FunctionInfo> findFunction(std::string_view name)
{
    for (const FunctionInfo& info : kFunctions)
        if (info.name == name) return info;
    return std::nullopt;
}

std::string_view functionName(Function function)
{
    for (const FunctionInfo& info : kFunctions)
        if (info.function == function) return info.name;
    return {};
}

}  // namespace actlab::expression
