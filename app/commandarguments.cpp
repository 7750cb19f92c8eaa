#include "commandarguments.h"

#include "format.h"
#include "numberreader.h"

#include <charconv>
#include <system_error>

namespace actlab {

std::optional<std::string_view> CommandArguments::value(std::string_view name) const
{
    for (const auto& [optionName, optionValue] : options) {
        if (optionName == name) {
            return optionValue;
        }
    }
    return std::nullopt;
}

std::vector<std::string_view> CommandArguments::values(std::string_view name) const
{
    std::vector<std::string_view> result;
    for (const auto& [optionName, optionValue] : options) {
        if (optionName == name) {
            result.push_back(optionValue);
        }
    }
    return result;
}

void CommandArguments::rejectPositional(std::size_t allowed) const
{
    if (positional.size() > allowed) {
        throw UsageError{"unexpected argument " + quoted(positional[allowed])};
    }
}

double CommandArguments::requiredNumber(std::string_view option) const
{
    const auto text = value(option);
    if (!text) {
        throw UsageError{"missing option " + std::string(option)};
    }
    return numberOf(option, *text);
}

long long CommandArguments::requiredWholeNumber(std::string_view option) const
{
    const auto text = value(option);
    if (!text) {
        throw UsageError{"missing option " + std::string(option)};
    }
    return wholeNumberOf(option, *text);
}

double numberOf(std::string_view option, std::string_view text)
{
    const auto value = parseNumber(text);
    if (!value) {
        throw UsageError{std::string(option) + ": " + quoted(text) + " is not a number"};
    }
    return *value;
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

}  // namespace actlab
