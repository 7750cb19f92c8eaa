#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace actlab::expression {

/// The functions a typed formula may call. The elementary ones keep their textbook meaning; the
/// activation-shaped ones follow ActLab's conventions: the derivative at a kink is the left derivative
/// (relu′(0) = 0, abs′(0) = −1, step(0) = 0 as relu′ is), and max/min give the true one-sided derivative
/// at a tie whatever the order of their arguments.
enum class Function : unsigned char {
    Exp, Log, Sqrt, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh,
    Relu, Max, Min, Abs, Step, Sigmoid, Softplus, Erf, Erfc, Phi, Log1p, Expm1,
    Where,  ///< where(c, a, b): a where c > 0, else b (torch.where with the condition c > 0)
};

struct FunctionInfo {
    std::string_view name;
    Function function;
    std::size_t arity;
};

/// Every name a formula may call, `heaviside` beside `step` as its other name, in the order they are
/// listed to a user who typed an unknown one.
std::span<const FunctionInfo> functions();

/// The function called `name`, if there is one.
std::optional<FunctionInfo> findFunction(std::string_view name);

/// The name a function is written with (its first name: "step", not "heaviside").
std::string_view functionName(Function function);

}  // namespace actlab::expression
