#include "activation.h"

#include <charconv>
#include <cmath>

namespace actlab {

ParameterValues Activation::defaults() const
{
    ParameterValues values{};
    for (std::size_t i = 0; i < parameters.size(); ++i) values[i] = parameters[i].defaultValue;
    return values;
}

double Activation::value(double x, const ParameterValues& p) const
{
    double f = 0;
    double df = 0;
    evaluateBatch(&x, &f, &df, 1, p);
    return f;
}

double Activation::derivative(double x, const ParameterValues& p) const
{
    double f = 0;
    double df = 0;
    evaluateBatch(&x, &f, &df, 1, p);
    return df;
}

int Activation::parameterIndex(std::string_view parameterId) const
{
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        if (parameters[i].id == parameterId) return static_cast<int>(i);
    }
    return -1;
}

namespace {

std::string shortest(double v)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

}  // namespace

std::string parameterError(const Activation& activation, const ParameterValues& p)
{
    for (std::size_t i = 0; i < activation.parameters.size(); ++i) {
        const ParameterSpec& spec = activation.parameters[i];
        const double v = p[i];
        if (!(v >= spec.minimum && v <= spec.maximum)) {
            return std::string(spec.id) + " = " + shortest(v) + " is outside [" + shortest(spec.minimum) + ", " +
                   shortest(spec.maximum) + "]";
        }
    }
    return {};
}

}  // namespace actlab
