#include "commands/exportoptions.h"

#include "commands/functionchoice.h"
#include "core/activation.h"
#include "core/expression/typedactivation.h"
#include "format.h"

#include <cmath>
#include <string_view>

namespace actlab {

ExportOptions exportOptions(const CommandArguments& arguments)
{
    arguments.rejectPositional(0);
    ExportOptions options;
    const auto shortOutput = arguments.value("-o");
    const auto longOutput = arguments.value("--output");
    if (shortOutput && longOutput) throw UsageError{"give -o or --output, not both"};
    if (!shortOutput && !longOutput)
        throw UsageError{"missing option -o (the figure to write: .png, .svg or .pdf)"};
    options.output = std::string(shortOutput ? *shortOutput : *longOutput);
    options.scene = std::string(arguments.value("--scene").value_or(""));
    options.view = std::string(arguments.value("--view").value_or(""));
    options.theme = std::string(arguments.value("--theme").value_or(""));
    for (const std::string_view id : arguments.values("--function")) {
        if (findAnyActivation(id) == nullptr) {
            if (isTypedId(id)) throw UsageError{"--function " + quoted(id) + ": " + activationIdError(id)};
            throw UsageError{"unknown function " + quoted(id) + " (see actlab list)"};
        }
        options.functions.emplace_back(id);
    }
    for (const std::string_view assignment : arguments.values("--param")) {
        // The last dot before the '=': a typed formula's id may hold dots of its own (expr:0.5*a*x.a=2).
        const auto equals = assignment.find('=');
        const auto dot = equals == std::string_view::npos ? assignment.find('.') : assignment.rfind('.', equals);
        if (dot == std::string_view::npos || equals == std::string_view::npos || dot == 0 ||
            dot + 1 >= equals)
            throw UsageError{"malformed --param " + quoted(assignment) + " (expected FUNCTION.NAME=VALUE)"};
        const std::string_view id = assignment.substr(0, dot);
        const std::string_view name = assignment.substr(dot + 1, equals - dot - 1);
        const Activation* activation = findAnyActivation(id);
        if (activation == nullptr) throw UsageError{"unknown function " + quoted(id) + " (see actlab list)"};
        const int index = activation->parameterIndex(name);
        if (index < 0)
            throw UsageError{"unknown parameter " + quoted(name) + " for " + std::string(id) + " (" +
                             parameterList(*activation) + ")"};
        ParameterValues values = activation->defaults();
        // Named by the checked FUNCTION.NAME, never the raw text: the message stays one printable line.
        values[static_cast<std::size_t>(index)] =
            numberOf("--param " + std::string(id) + "." + std::string(name), assignment.substr(equals + 1));
        if (const std::string error = parameterError(*activation, values); !error.empty())
            throw UsageError{std::string(id) + ": " + error};
        options.parameters.push_back(
            {std::string(id), static_cast<std::size_t>(index), values[static_cast<std::size_t>(index)]});
    }
    if (const auto range = arguments.value("--range")) {
        const auto colon = range->find(':', 1);  // "-6:6": the first character may be a sign
        if (colon == std::string_view::npos)
            throw UsageError{"malformed --range " + quoted(*range) + " (expected A:B)"};
        const double from = numberOf("--range", range->substr(0, colon));
        const double to = numberOf("--range", range->substr(colon + 1));
        if (!std::isfinite(from) || !std::isfinite(to) || !(from < to))
            throw UsageError{"--range must be finite with A < B (got " + std::string(*range) + ")"};
        options.range = std::pair{from, to};
    }
    if (const auto size = arguments.value("--size")) {
        const auto x = size->find('x');
        if (x == std::string_view::npos)
            throw UsageError{"malformed --size " + quoted(*size) + " (expected WIDTHxHEIGHT)"};
        const long long width = wholeNumberOf("--size", size->substr(0, x));
        const long long height = wholeNumberOf("--size", size->substr(x + 1));
        if (width < 16 || height < 16 || width > 20000 || height > 20000)
            throw UsageError{"--size must be 16 to 20000 pixels per side (got " + std::string(*size) + ")"};
        options.size = std::pair{static_cast<int>(width), static_cast<int>(height)};
    }
    if (const auto dpi = arguments.value("--dpi")) {
        const double value = numberOf("--dpi", *dpi);
        if (!(value >= 36 && value <= 2400))
            throw UsageError{"--dpi must be 36 to 2400 (got " + std::string(*dpi) + ")"};
        options.dpi = value;
    }
    if (const auto scale = arguments.value("--text-scale")) {
        const double value = numberOf("--text-scale", *scale);
        if (!(value >= 0.25 && value <= 8))
            throw UsageError{"--text-scale must be 0.25 to 8 (got " + std::string(*scale) + ")"};
        options.textScale = value;
    }
    return options;
}

}  // namespace actlab
