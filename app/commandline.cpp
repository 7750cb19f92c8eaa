// The shared part of the command line: which subcommand, and its arguments split into options and words
// against the options it declares. What the options mean, and whether their values are allowed, each
// command checks itself (app/commands/).

#include "commandline.h"

#include "format.h"

#include <array>
#include <optional>

namespace actlab {

namespace {

/// A subcommand: its name, the options it accepts and the check that turns its arguments into its
/// member of Options (throwing UsageError at the first problem).
struct NamedCommand {
    std::string_view name;
    Command command;
    std::span<const OptionSpec> options;
    void (*check)(const CommandArguments& arguments, Options& options);
};

/// A command's own check (evalOptions ...), its result stored in the command's member of Options.
template <auto member, auto check>
void checkInto(const CommandArguments& arguments, Options& options)
{
    options.*member = check(arguments);
}

constexpr std::array kCommands{
    NamedCommand{"list", Command::List, kListOptions, checkInto<&Options::list, listOptions>},
    NamedCommand{"eval", Command::Eval, kEvalOptions, checkInto<&Options::eval, evalOptions>},
    NamedCommand{"sample", Command::Sample, kSampleOptions, checkInto<&Options::sample, sampleOptions>},
    NamedCommand{"softmax", Command::Softmax, kSoftmaxOptions, checkInto<&Options::softmax, softmaxOptions>},
    NamedCommand{"maxout", Command::Maxout, kMaxoutOptions, checkInto<&Options::maxout, maxoutOptions>},
    NamedCommand{"export", Command::Export, kExportOptions, checkInto<&Options::exportFigure, exportOptions>},
    // "help" takes a topic, not options: parse() reads it itself.
    NamedCommand{"help", Command::Help, {}, nullptr},
};

bool isHelpFlag(std::string_view argument)
{
    return argument == "--help" || argument == "-h";
}

CommandArguments splitArguments(std::string_view command, std::span<const std::string_view> arguments,
                                std::span<const OptionSpec> specs)
{
    CommandArguments raw;
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
    if (named->command == Command::Help) {
        // "actlab help eval" asks about one subcommand.
        if (!rest.empty()) {
            if (rest.size() > 1 || usage(rest.front()).empty())
                throw UsageError{"no help on " + quoted(rest.front()) + " (see actlab --help)"};
            options.helpTopic = std::string(rest.front());
        }
        return options;
    }
    const CommandArguments raw = splitArguments(first, rest, named->options);
    if (raw.help) {
        options.command = Command::Help;
        options.helpTopic = std::string(first);
        return options;
    }
    named->check(raw, options);
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
