#include "format.h"

#include <array>
#include <charconv>
#include <cmath>

namespace actlab {

void appendNumber(std::string& out, double x)
{
    if (std::isnan(x)) {
        // to_chars would write "-nan" for a NaN with its sign bit set; a NaN has no meaningful sign.
        out += "nan";
        return;
    }
    // "%.17g" without the locale: 17 significant digits always identify a double uniquely.
    std::array<char, 32> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::general, 17);
    out.append(buffer.data(), result.ptr);
}

std::string formatNumber(double x)
{
    std::string text;
    appendNumber(text, x);
    return text;
}

void appendJsonNumber(std::string& out, double x)
{
    if (std::isfinite(x)) {
        appendNumber(out, x);
        return;
    }
    out += '"';
    appendNumber(out, x);
    out += '"';
}

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr std::string_view kHex = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (byte < 0x20) {
                    out += "\\u00";
                    out += kHex[byte >> 4];
                    out += kHex[byte & 0xf];
                } else {
                    out += c;  // UTF-8 passes through unchanged.
                }
        }
    }
    out += '"';
}

std::string quoted(std::string_view text)
{
    // Long enough for any real function name or number; a pasted megabyte stays out of the message.
    constexpr std::size_t kMaxShown = 40;
    std::string result = "'";
    for (const char c : text.substr(0, kMaxShown)) {
        const auto byte = static_cast<unsigned char>(c);
        result += (byte < 0x20 || byte == 0x7f) ? '?' : c;
    }
    if (text.size() > kMaxShown) {
        result += "...";
    }
    result += '\'';
    return result;
}

}  // namespace actlab
