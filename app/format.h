#pragma once

#include <string>
#include <string_view>

namespace actlab {

/// Appends x with 17 significant digits, so that it reads back as the same double; inf, -inf and nan
/// are written as such (every NaN as "nan", whatever its sign bit).
void appendNumber(std::string& out, double x);

/// x with 17 significant digits, as appendNumber writes it.
std::string formatNumber(double x);

/// Appends x as a JSON value: a number with 17 significant digits, or the string "inf", "-inf" or
/// "nan", since JSON has no literal for those.
void appendJsonNumber(std::string& out, double x);

/// Appends text as a JSON string literal, escaping quotes, backslashes and control characters.
void appendJsonString(std::string& out, std::string_view text);

/// Text typed by the user, made safe to quote in a one-line message: in single quotes, control
/// characters and bytes that are not UTF-8 replaced by '?', and cut short (on a character boundary)
/// when long.
std::string quoted(std::string_view text);

}  // namespace actlab
