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

namespace {

// The length of the well-formed UTF-8 sequence starting text[i], or 0 if it is not one (stray
// continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xbf;  // the range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0) low = 0xa0;
        if (lead == 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0) low = 0x90;
        if (lead == 0xf4) high = 0x8f;
    } else return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xbf) return 0;
    return length;
}

}  // namespace

std::string quoted(std::string_view text)
{
    // Long enough for any real function name or number; a pasted megabyte stays out of the message.
    // Control characters and bytes that are not UTF-8 show as '?', so the message stays one readable
    // line on any terminal.
    constexpr std::size_t kMaxShown = 40;  // characters
    std::string result = "'";
    std::size_t i = 0;
    for (std::size_t shown = 0; i < text.size() && shown < kMaxShown; ++shown) {
        const std::size_t length = utf8SequenceLength(text, i);
        const auto byte = static_cast<unsigned char>(text[i]);
        if (length == 0 || byte < 0x20 || byte == 0x7f) {
            result += '?';
            i += 1;
        } else {
            result += text.substr(i, length);
            i += length;
        }
    }
    if (i < text.size()) {
        result += "...";
    }
    result += '\'';
    return result;
}

}  // namespace actlab
