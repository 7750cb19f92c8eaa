// The number reader behind `actlab eval`, `softmax` and `maxout`: any bytes on standard input.
// Beyond memory errors and undefined behaviour it checks what the user relies on:
//   - a token is a number exactly when C's strtod (in the "C" locale) reads all of it, with the same bits;
//   - every number printed with 17 digits reads back as the same double;
//   - reading stops at the first bad token with a one-line message naming its line.

#include "format.h"
#include "numberreader.h"

#include <locale.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

[[noreturn]] void fail(const char* what, std::string_view token)
{
    std::fprintf(stderr, "property broken: %s, token '%.*s'\n", what, int(token.size()), token.data());
    std::abort();
}

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) ||
           std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// What C reads from the token: the value when strtod consumes all of it.
bool strtodReads(std::string_view token, double& value)
{
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t{});
    const std::string text(token);
    char* end = nullptr;
    value = strtod_l(text.c_str(), &end, cLocale);
    return !text.empty() && end == text.c_str() + text.size();
}

void checkToken(std::string_view token)
{
    const std::optional<double> parsed = actlab::parseNumber(token);
    // strtod also skips leading white space, which never starts a token on our input, and stops at NUL.
    const bool comparable =
        !token.empty() && !isBlank(token.front()) && token.find('\0') == std::string_view::npos;
    if (comparable) {
        double expected = 0.0;
        const bool cReads = strtodReads(token, expected);
        if (parsed.has_value() != cReads)
            fail(parsed ? "accepted what strtod rejects" : "rejected what strtod reads", token);
        if (parsed && !sameDouble(*parsed, expected)) fail("value differs from strtod", token);
    }
    if (parsed && !std::isnan(*parsed)) {
        const std::string printed = actlab::formatNumber(*parsed);
        const std::optional<double> back = actlab::parseNumber(printed);
        if (!back || !sameDouble(*back, *parsed)) fail("printed number does not read back", token);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    // The whole input as one token too: parseNumber also reads --param, --from and --units values.
    checkToken(input);

    std::istringstream stream{std::string(input)};
    actlab::NumberReader reader(stream);
    std::vector<double> line;
    std::size_t count = 0;
    while (reader.nextLine(line)) {
        if (line.empty()) fail("an empty line was returned", input);
        count += line.size();
    }
    const std::string& error = reader.error();
    if (!error.empty()) {
        if (error.find('\n') != std::string::npos || error.find('\r') != std::string::npos)
            fail("error message spans lines", error);
        if (error.rfind("line " + std::to_string(reader.lineNumber()) + ": ", 0) != 0)
            fail("error does not name the line last read", error);
    }

    // Every token before the first bad one was read; each agrees with strtod.
    std::size_t tokens = 0;
    std::size_t pos = 0;
    bool bad = false;
    while (pos < input.size() && !bad) {
        while (pos < input.size() && isBlank(input[pos])) ++pos;
        const std::size_t begin = pos;
        while (pos < input.size() && !isBlank(input[pos])) ++pos;
        if (begin == pos) break;
        const std::string_view token = input.substr(begin, pos - begin);
        checkToken(token);
        bad = !actlab::parseNumber(token).has_value();
        tokens += bad ? 0 : 1;
    }
    if (bad == error.empty())
        fail(bad ? "a bad token went unreported" : "an error without a bad token", input);
    if (!bad && count != tokens) fail("numbers lost or invented", input);
    return 0;
}
