#include "commandline.h"

#include "format.h"
#include "numberreader.h"

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace actlab {

namespace {

// Thrown only inside this file, to leave a parse at its first problem; parseCommandLine turns it
// into ParsedCommandLine::error.
struct UsageError {
    std::string message;
};

struct OptionSpec {
    std::string_view name;
    bool takesValue;
    bool repeatable;
};

constexpr std::array kListOptions{OptionSpec{"--json", false, false}};
constexpr std::array kEvalOptions{OptionSpec{"--param", true, true}};
constexpr std::array kSampleOptions{
    OptionSpec{"--from", true, false},   OptionSpec{"--to", true, false},
    OptionSpec{"--points", true, false}, OptionSpec{"--param", true, true},
    OptionSpec{"--format", true, false}, OptionSpec{"--with-kinks", false, false},
};
constexpr std::array kSoftmaxOptions{OptionSpec{"--temperature", true, false},
                                     OptionSpec{"--jacobian", false, false}};
constexpr std::array kMaxoutOptions{OptionSpec{"--units", true, false},
                                    OptionSpec{"--group-size", true, false}};

constexpr std::array kExportOptions{
    OptionSpec{"--scene", true, false},      OptionSpec{"--view", true, false},
    OptionSpec{"--output", true, false},     OptionSpec{"-o", true, false},
    OptionSpec{"--function", true, true},    OptionSpec{"--param", true, true},
    OptionSpec{"--range", true, false},      OptionSpec{"--theme", true, false},
    OptionSpec{"--size", true, false},       OptionSpec{"--dpi", true, false},
    OptionSpec{"--text-scale", true, false},
};

struct NamedCommand {
    std::string_view name;
    Command command;
};

constexpr std::array kCommands{
    NamedCommand{"list", Command::List},     NamedCommand{"eval", Command::Eval},
    NamedCommand{"sample", Command::Sample}, NamedCommand{"softmax", Command::Softmax},
    NamedCommand{"maxout", Command::Maxout}, NamedCommand{"export", Command::Export},
    NamedCommand{"help", Command::Help},
};

bool isHelpFlag(std::string_view argument)
{
    return argument == "--help" || argument == "-h";
}

// A subcommand's arguments, split into options and positional words but not yet interpreted.
struct RawArguments {
    std::vector<std::string_view> positional;
    std::vector<std::pair<std::string_view, std::string_view>> options;  // name, value ("" for a flag)
    bool help = false;

    bool has(std::string_view name) const { return value(name).has_value(); }

    std::optional<std::string_view> value(std::string_view name) const
    {
        for (const auto& [optionName, optionValue] : options) {
            if (optionName == name) {
                return optionValue;
            }
        }
        return std::nullopt;
    }

    std::vector<std::string_view> values(std::string_view name) const
    {
        std::vector<std::string_view> result;
        for (const auto& [optionName, optionValue] : options) {
            if (optionName == name) {
                result.push_back(optionValue);
            }
        }
        return result;
    }
};

RawArguments splitArguments(std::string_view command, std::span<const std::string_view> arguments,
                            std::span<const OptionSpec> specs)
{
    RawArguments raw;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view argument = arguments[i];
        if (isHelpFlag(argument)) {
            raw.help = true;
            return raw;
        }
        if (argument.size() < 2 || argument.front() != '-') {
            raw.positional.push_back(argument);
            continue;
        }
        std::string_view name = argument;
        std::optional<std::string_view> inlineValue;
        if (const auto equals = argument.find('='); equals != std::string_view::npos) {
            name = argument.substr(0, equals);
            inlineValue = argument.substr(equals + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& candidate : specs) {
            if (candidate.name == name) {
                spec = &candidate;
            }
        }
        if (spec == nullptr) {
            throw UsageError{"unknown option " + quoted(name) + " for " + std::string(command) +
                             " (see actlab --help)"};
        }
        if (!spec->repeatable && raw.has(name)) {
            throw UsageError{"duplicate option " + std::string(name)};
        }
        std::string_view value;
        if (!spec->takesValue) {
            if (inlineValue) {
                throw UsageError{"option " + std::string(name) + " takes no value"};
            }
        } else if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size() && !arguments[i + 1].starts_with("--")) {
            // A single dash may start a value ("--from -1", "--from -inf"); a double dash never does.
            value = arguments[++i];
        } else {
            throw UsageError{"option " + std::string(name) + " needs a value"};
        }
        if (spec->takesValue && value.empty()) {
            throw UsageError{"option " + std::string(name) + " needs a value"};
        }
        raw.options.emplace_back(name, value);
    }
    return raw;
}

void rejectPositional(const RawArguments& raw, std::size_t allowed)
{
    if (raw.positional.size() > allowed) {
        throw UsageError{"unexpected argument " + quoted(raw.positional[allowed])};
    }
}

double numberOf(std::string_view option, std::string_view text)
{
    const auto value = parseNumber(text);
    if (!value) {
        throw UsageError{std::string(option) + ": " + quoted(text) + " is not a number"};
    }
    return *value;
}

double requiredNumber(const RawArguments& raw, std::string_view option)
{
    const auto text = raw.value(option);
    if (!text) {
        throw UsageError{"missing option " + std::string(option)};
    }
    return numberOf(option, *text);
}

long long wholeNumberOf(std::string_view option, std::string_view text)
{
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range) {
        throw UsageError{std::string(option) + ": " + quoted(text) + " is out of range"};
    }
    if (ec != std::errc{} || end != text.data() + text.size()) {
        throw UsageError{std::string(option) + ": " + quoted(text) + " is not a whole number"};
    }
    return value;
}

long long requiredWholeNumber(const RawArguments& raw, std::string_view option)
{
    const auto text = raw.value(option);
    if (!text) {
        throw UsageError{"missing option " + std::string(option)};
    }
    return wholeNumberOf(option, *text);
}

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

FunctionChoice chooseFunction(const RawArguments& raw)
{
    if (raw.positional.empty()) {
        throw UsageError{"missing FUNCTION (see actlab list)"};
    }
    rejectPositional(raw, 1);
    FunctionChoice choice;
    choice.activation = findActivation(raw.positional.front());
    if (choice.activation == nullptr) {
        throw UsageError{"unknown function " + quoted(raw.positional.front()) + " (see actlab list)"};
    }
    const Activation& activation = *choice.activation;
    choice.parameters = activation.defaults();
    std::array<bool, kMaxParameters> given{};
    for (const std::string_view assignment : raw.values("--param")) {
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

SampleOptions sampleOptions(const RawArguments& raw)
{
    SampleOptions options;
    options.function = chooseFunction(raw);
    options.from = requiredNumber(raw, "--from");
    options.to = requiredNumber(raw, "--to");
    const long long points = requiredWholeNumber(raw, "--points");
    if (!std::isfinite(options.from) || !std::isfinite(options.to)) {
        throw UsageError{"--from and --to must be finite (got " + formatNumber(options.from) + " and " +
                         formatNumber(options.to) + ")"};
    }
    if (!(options.from < options.to)) {
        throw UsageError{"--from must be less than --to (got " + formatNumber(options.from) +
                         " >= " + formatNumber(options.to) + ")"};
    }
    if (points < 2) {
        throw UsageError{"--points must be at least 2 (got " + std::to_string(points) + ")"};
    }
    if (static_cast<unsigned long long>(points) > kMaxSamplePoints) {
        throw UsageError{"--points must be at most " + std::to_string(kMaxSamplePoints) + " (got " +
                         std::to_string(points) + ")"};
    }
    options.points = static_cast<std::size_t>(points);
    if (const auto format = raw.value("--format")) {
        if (*format == "tsv") {
            options.format = TableFormat::Tsv;
        } else if (*format == "csv") {
            options.format = TableFormat::Csv;
        } else if (*format == "json") {
            options.format = TableFormat::Json;
        } else {
            throw UsageError{"unknown format " + quoted(*format) + " (expected tsv, csv or json)"};
        }
    }
    options.withKinks = raw.has("--with-kinks");
    return options;
}

SoftmaxOptions softmaxOptions(const RawArguments& raw)
{
    rejectPositional(raw, 0);
    SoftmaxOptions options;
    if (const auto text = raw.value("--temperature")) {
        options.temperature = numberOf("--temperature", *text);
        if (!(options.temperature > 0.0) || !std::isfinite(options.temperature)) {
            throw UsageError{"--temperature must be positive and finite (got " +
                             formatNumber(options.temperature) + ")"};
        }
    }
    options.jacobian = raw.has("--jacobian");
    return options;
}

MaxoutUnit unitOf(std::string_view entry)
{
    const auto colon = entry.find(':');
    if (colon == std::string_view::npos || entry.find(':', colon + 1) != std::string_view::npos) {
        throw UsageError{"malformed --units entry " + quoted(entry) + " (expected W:B, e.g. 1:0,-1:0)"};
    }
    const auto weight = parseNumber(entry.substr(0, colon));
    const auto bias = parseNumber(entry.substr(colon + 1));
    if (!weight || !bias) {
        throw UsageError{"malformed --units entry " + quoted(entry) + " (W and B must be numbers)"};
    }
    return MaxoutUnit{{*weight}, *bias};
}

MaxoutOptions maxoutOptions(const RawArguments& raw)
{
    rejectPositional(raw, 0);
    const auto units = raw.value("--units");
    if (!units) {
        throw UsageError{"missing option --units"};
    }
    MaxoutOptions options;
    std::size_t begin = 0;
    while (true) {
        const std::size_t comma = units->find(',', begin);
        options.layer.units.push_back(unitOf(units->substr(begin, comma - begin)));
        if (comma == std::string_view::npos) {
            break;
        }
        begin = comma + 1;
    }
    const long long groupSize = requiredWholeNumber(raw, "--group-size");
    if (groupSize < 1) {
        throw UsageError{"--group-size must be at least 1 (got " + std::to_string(groupSize) + ")"};
    }
    options.layer.groupSize = static_cast<std::size_t>(groupSize);
    if (const std::string error = maxoutLayerError(options.layer); !error.empty()) {
        throw UsageError{"--units: " + error};
    }
    return options;
}

ExportOptions exportOptions(const RawArguments& raw)
{
    rejectPositional(raw, 0);
    ExportOptions options;
    const auto shortOutput = raw.value("-o");
    const auto longOutput = raw.value("--output");
    if (shortOutput && longOutput) throw UsageError{"give -o or --output, not both"};
    if (!shortOutput && !longOutput) throw UsageError{"missing option -o (the figure to write: .png, .svg or .pdf)"};
    options.output = std::string(shortOutput ? *shortOutput : *longOutput);
    options.scene = std::string(raw.value("--scene").value_or(""));
    options.view = std::string(raw.value("--view").value_or(""));
    options.theme = std::string(raw.value("--theme").value_or(""));
    for (const std::string_view id : raw.values("--function")) {
        if (findActivation(id) == nullptr) throw UsageError{"unknown function " + quoted(id) + " (see actlab list)"};
        options.functions.emplace_back(id);
    }
    for (const std::string_view assignment : raw.values("--param")) {
        const auto dot = assignment.find('.');
        const auto equals = assignment.find('=');
        if (dot == std::string_view::npos || equals == std::string_view::npos || dot == 0 || dot + 1 >= equals)
            throw UsageError{"malformed --param " + quoted(assignment) + " (expected FUNCTION.NAME=VALUE)"};
        const std::string_view id = assignment.substr(0, dot);
        const std::string_view name = assignment.substr(dot + 1, equals - dot - 1);
        const Activation* activation = findActivation(id);
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
        options.parameters.push_back({std::string(id), static_cast<std::size_t>(index), values[static_cast<std::size_t>(index)]});
    }
    if (const auto range = raw.value("--range")) {
        const auto colon = range->find(':', 1);  // "-6:6": the first character may be a sign
        if (colon == std::string_view::npos) throw UsageError{"malformed --range " + quoted(*range) + " (expected A:B)"};
        const double from = numberOf("--range", range->substr(0, colon));
        const double to = numberOf("--range", range->substr(colon + 1));
        if (!std::isfinite(from) || !std::isfinite(to) || !(from < to))
            throw UsageError{"--range must be finite with A < B (got " + std::string(*range) + ")"};
        options.range = std::pair{from, to};
    }
    if (const auto size = raw.value("--size")) {
        const auto x = size->find('x');
        if (x == std::string_view::npos) throw UsageError{"malformed --size " + quoted(*size) + " (expected WIDTHxHEIGHT)"};
        const long long width = wholeNumberOf("--size", size->substr(0, x));
        const long long height = wholeNumberOf("--size", size->substr(x + 1));
        if (width < 16 || height < 16 || width > 20000 || height > 20000)
            throw UsageError{"--size must be 16 to 20000 pixels per side (got " + std::string(*size) + ")"};
        options.size = std::pair{static_cast<int>(width), static_cast<int>(height)};
    }
    if (const auto dpi = raw.value("--dpi")) {
        const double value = numberOf("--dpi", *dpi);
        if (!(value >= 36 && value <= 2400)) throw UsageError{"--dpi must be 36 to 2400 (got " + std::string(*dpi) + ")"};
        options.dpi = value;
    }
    if (const auto scale = raw.value("--text-scale")) {
        const double value = numberOf("--text-scale", *scale);
        if (!(value >= 0.25 && value <= 8))
            throw UsageError{"--text-scale must be 0.25 to 8 (got " + std::string(*scale) + ")"};
        options.textScale = value;
    }
    return options;
}

Options parse(std::span<const std::string_view> arguments)
{
    Options options;
    if (arguments.empty()) {
        return options;
    }
    const std::string_view first = arguments.front();
    const auto rest = arguments.subspan(1);
    if (isHelpFlag(first)) {
        options.command = Command::Help;
        return options;
    }
    if (first == "--version") {
        if (!rest.empty()) {
            throw UsageError{"unexpected argument " + quoted(rest.front())};
        }
        options.command = Command::Version;
        return options;
    }
    const NamedCommand* named = nullptr;
    for (const NamedCommand& candidate : kCommands) {
        if (candidate.name == first) {
            named = &candidate;
        }
    }
    if (named == nullptr) {
        throw UsageError{"unknown command " + quoted(first) + " (see actlab --help)"};
    }
    options.command = named->command;
    RawArguments raw;
    switch (named->command) {
        case Command::List:
            raw = splitArguments(first, rest, kListOptions);
            break;
        case Command::Eval:
            raw = splitArguments(first, rest, kEvalOptions);
            break;
        case Command::Sample:
            raw = splitArguments(first, rest, kSampleOptions);
            break;
        case Command::Softmax:
            raw = splitArguments(first, rest, kSoftmaxOptions);
            break;
        case Command::Maxout:
            raw = splitArguments(first, rest, kMaxoutOptions);
            break;
        case Command::Export:
            raw = splitArguments(first, rest, kExportOptions);
            break;
        case Command::Help:
            // "actlab help eval" asks about one subcommand.
            if (!rest.empty()) {
                if (rest.size() > 1 || usage(rest.front()).empty())
                    throw UsageError{"no help on " + quoted(rest.front()) + " (see actlab --help)"};
                options.helpTopic = std::string(rest.front());
            }
            return options;
        case Command::Gui:
        case Command::Version:
            return options;
    }
    if (raw.help) {
        options.command = Command::Help;
        options.helpTopic = std::string(first);
        return options;
    }
    switch (named->command) {
        case Command::List:
            rejectPositional(raw, 0);
            options.list.json = raw.has("--json");
            break;
        case Command::Eval:
            options.eval.function = chooseFunction(raw);
            break;
        case Command::Sample:
            options.sample = sampleOptions(raw);
            break;
        case Command::Softmax:
            options.softmax = softmaxOptions(raw);
            break;
        case Command::Maxout:
            options.maxout = maxoutOptions(raw);
            break;
        case Command::Export:
            options.exportFigure = exportOptions(raw);
            break;
        case Command::Gui:
        case Command::Help:
        case Command::Version:
            break;
    }
    return options;
}

}  // namespace

bool isHeadless(std::span<const std::string_view> arguments)
{
    if (arguments.empty()) {
        return false;
    }
    const std::string_view first = arguments.front();
    return isHelpFlag(first) || first == "--version" || !first.starts_with('-');
}

ParsedCommandLine parseCommandLine(std::span<const std::string_view> arguments)
{
    ParsedCommandLine parsed;
    try {
        parsed.options = parse(arguments);
    } catch (const UsageError& error) {
        parsed.error = error.message;
    }
    return parsed;
}

}  // namespace actlab
