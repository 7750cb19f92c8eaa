#include "numberreader.h"

#include "format.h"

#include <locale.h>
#include <cctype>
#include <charconv>
#include <clocale>
#include <cstdlib>
#include <istream>

namespace actlab {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool isHexDigit(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// C's syntax after "0x": hex digits with at most one point (at least one digit), then optionally p, one
// sign and decimal digits. from_chars in hex mode is laxer: it takes "inf" and "nan" ("0xinf") and an
// exponent with two signs ("0x1p+-1"), which C reads as a number followed by junk.
bool isHexSyntax(std::string_view body)
{
    std::size_t i = 0;
    std::size_t digits = 0;
    for (; i < body.size() && isHexDigit(body[i]); ++i) ++digits;
    if (i < body.size() && body[i] == '.') {
        for (++i; i < body.size() && isHexDigit(body[i]); ++i) ++digits;
    }
    if (digits == 0) return false;
    if (i == body.size()) return true;
    if (body[i] != 'p' && body[i] != 'P') return false;
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
    const std::size_t exponent = i;
    while (i < body.size() && isDigit(body[i])) ++i;
    return i > exponent && i == body.size();
}

// strtod in the "C" locale, whatever the process locale: only used once from_chars has accepted the
// syntax but reported the value out of range, to get strtod's ±inf or (signed) zero.
double strtodC(const std::string& text)
{
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t{});
    return strtod_l(text.c_str(), nullptr, cLocale);
}

}  // namespace

std::optional<double> parseNumber(std::string_view token)
{
    std::string_view body = token;
    bool negative = false;
    if (!body.empty() && (body.front() == '+' || body.front() == '-')) {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    auto format = std::chars_format::general;
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
        format = std::chars_format::hex;
        body.remove_prefix(2);
    }
    // from_chars would accept a second sign ("--1", "+-1", "0x-1"); C does not.
    if (body.empty() || body.front() == '+' || body.front() == '-') {
        return std::nullopt;
    }
    if (format == std::chars_format::hex && !isHexSyntax(body)) {
        return std::nullopt;
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value, format);
    if (end != body.data() + body.size()) {
        return std::nullopt;
    }
    if (ec == std::errc::result_out_of_range) {
        return strtodC(std::string(token));
    }
    if (ec != std::errc{}) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

NumberReader::NumberReader(std::istream& in) : m_in(in) {}

bool NumberReader::nextLine(std::vector<double>& values)
{
    values.clear();
    while (values.empty()) {
        if (!std::getline(m_in, m_line)) {
            return false;
        }
        ++m_lineNumber;
        std::size_t pos = 0;
        while (pos < m_line.size()) {
            while (pos < m_line.size() && isBlank(m_line[pos])) {
                ++pos;
            }
            const std::size_t begin = pos;
            while (pos < m_line.size() && !isBlank(m_line[pos])) {
                ++pos;
            }
            if (begin == pos) {
                break;
            }
            const std::string_view token(m_line.data() + begin, pos - begin);
            const auto value = parseNumber(token);
            if (!value) {
                m_error = "line " + std::to_string(m_lineNumber) + ": " + quoted(token) + " is not a number";
                values.clear();
                return false;
            }
            values.push_back(*value);
        }
    }
    return true;
}

}  // namespace actlab
