#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actlab {

/// A subcommand's arguments that cannot be run, with the one-line reason (without the "actlab: " prefix).
/// Thrown by the tokeniser and by each command's option check; parseCommandLine turns it into
/// ParsedCommandLine::error, so nothing outside the parse ever sees it.
struct UsageError {
    std::string message;
};

/// One option a subcommand accepts.
struct OptionSpec {
    std::string_view name;  ///< "--from", "-o"
    bool takesValue;
    bool repeatable;
};

/// A subcommand's arguments, split into options and positional words by the tokeniser in
/// commandline.cpp but not yet interpreted: each command checks its own in app/commands/.
struct CommandArguments {
    std::vector<std::string_view> positional;
    std::vector<std::pair<std::string_view, std::string_view>> options;  ///< name, value ("" for a flag)
    bool help = false;                                                   ///< --help or -h was among them

    bool has(std::string_view name) const { return value(name).has_value(); }

    /// The value of the first `name` given, or nullopt when it was not.
    std::optional<std::string_view> value(std::string_view name) const;

    /// Every value of a repeatable option, in the order given.
    std::vector<std::string_view> values(std::string_view name) const;

    /// Throws "unexpected argument 'X'" when more than `allowed` positional words were given.
    void rejectPositional(std::size_t allowed) const;

    /// The number given to a required option; throws when it is missing or not a number.
    double requiredNumber(std::string_view option) const;

    /// The whole number given to a required option; throws when it is missing, not one, or out of range.
    long long requiredWholeNumber(std::string_view option) const;
};

/// `text` read as a C double (see parseNumber); throws "OPTION: 'TEXT' is not a number" otherwise.
double numberOf(std::string_view option, std::string_view text);

/// `text` read as a whole number (decimal digits, optional minus); throws naming the option otherwise.
long long wholeNumberOf(std::string_view option, std::string_view text);

}  // namespace actlab
