#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

/// One token read as a C double: decimal with an optional exponent, hexadecimal (0x1p-3), inf,
/// infinity and nan in any case, an optional leading sign. Magnitudes beyond the double range become
/// ±inf or ±0, as strtod gives them. Unlike strtod it ignores the locale and must consume the whole
/// token. nullopt when the token is not a number.
std::optional<double> parseNumber(std::string_view token);

/// Reads white-space separated numbers from a text stream line by line, keeping the line number so
/// that a bad token can be reported where the user can find it.
class NumberReader {
public:
    explicit NumberReader(std::istream& in);

    /// Reads the next line that holds any token into `values` (blank lines are skipped). Returns false
    /// at the end of the input, or at a token that is not a number; then error() says which and where.
    bool nextLine(std::vector<double>& values);

    /// The 1-based number of the line last read.
    std::size_t lineNumber() const { return m_lineNumber; }

    /// Empty unless reading stopped at a bad token, e.g. "line 3: 'abc' is not a number".
    const std::string& error() const { return m_error; }

private:
    std::istream& m_in;
    std::string m_line;
    std::size_t m_lineNumber = 0;
    std::string m_error;
};

}  // namespace actlab
