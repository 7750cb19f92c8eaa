#include "ui/common/numberformat.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace actlab {

namespace {

constexpr QChar kMinus(0x2212);

/// The decimal digits of a value rounded to `significant` digits and the power of ten of the first:
/// 0.012345 at 3 digits is {"123", −2}. Trailing zeros are dropped ("5", not "500").
struct Decimal {
    bool negative = false;
    std::string digits;
    int exponent = 0;
};

Decimal roundedDecimal(double value, int significant)
{
    significant = std::clamp(significant, 1, 17);
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::scientific, significant - 1);
    const std::string text(buffer.data(), result.ptr);  // "-1.2340e-05"
    Decimal decimal;
    std::size_t at = 0;
    if (text[at] == '-') {
        decimal.negative = true;
        ++at;
    }
    const std::size_t e = text.find('e');
    for (std::size_t i = at; i < e; ++i)
        if (text[i] != '.') decimal.digits += text[i];
    decimal.exponent = std::atoi(text.c_str() + e + 1);
    while (decimal.digits.size() > 1 && decimal.digits.back() == '0') decimal.digits.pop_back();
    return decimal;
}

QString signedText(const Decimal& decimal, QString magnitude)
{
    return decimal.negative ? kMinus + magnitude : magnitude;
}

QString mantissaText(const std::string& digits)
{
    QString text = QString::fromLatin1(digits.substr(0, 1));
    if (digits.size() > 1) text += u'.' + QString::fromLatin1(digits.substr(1));
    return text;
}

QString plainText(const Decimal& decimal)
{
    const std::string& d = decimal.digits;
    std::string text;
    if (decimal.exponent >= 0) {
        const std::size_t integerDigits = std::size_t(decimal.exponent) + 1;
        text = d.substr(0, std::min(integerDigits, d.size()));
        if (integerDigits > d.size()) text.append(integerDigits - d.size(), '0');
        if (integerDigits < d.size()) text += '.' + d.substr(integerDigits);
    } else {
        text = "0." + std::string(std::size_t(-decimal.exponent - 1), '0') + d;
    }
    return QString::fromLatin1(text);
}

QString mapDigits(long long n, char16_t firstDigit, char16_t minus)
{
    const std::string digits = std::to_string(n < 0 ? -(n + 1) + 1ULL : static_cast<unsigned long long>(n));
    QString text;
    if (n < 0) text += QChar(minus);
    for (const char c : digits) text += QChar(char16_t(firstDigit + (c - '0')));
    return text;
}

/// The double nearest to n · 10^k, read from its decimal text so that 6832 · 10⁻³ is 6.832 exactly as
/// typed, not 6.8319999999999999.
double decimalValue(double n, int k)
{
    const std::string text = std::to_string(static_cast<long long>(n)) + 'e' + std::to_string(k);
    return std::strtod(text.c_str(), nullptr);
}

}  // namespace

QString roundTripText(double value)
{
    if (std::isnan(value)) return QStringLiteral("nan");
    if (value == 0.0) return QStringLiteral("0");
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string text(buffer.data(), result.ptr);
    // to_chars writes "1e+308" and "2.5e-07"; people and our readers take "1e308" and "2.5e-7".
    if (const std::size_t e = text.find('e'); e != std::string::npos) {
        std::string exponent = text.substr(e + 1);
        const bool negative = exponent.front() == '-';
        if (exponent.front() == '-' || exponent.front() == '+') exponent.erase(0, 1);
        exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
        text = text.substr(0, e + 1) + (negative ? "-" : "") + exponent;
    }
    return QString::fromLatin1(text);
}

QString compactText(double value, int significant)
{
    if (!std::isfinite(value)) return withTypographicMinus(roundTripText(value));
    if (value == 0.0) return QStringLiteral("0");
    const Decimal decimal = roundedDecimal(value, significant);
    if (decimal.exponent < -3 || decimal.exponent > 4) return scientificText(value, significant);
    return signedText(decimal, plainText(decimal));
}

QString narrowText(double value, int significant)
{
    if (!std::isfinite(value) || value == 0.0) return compactText(value, significant);
    const Decimal decimal = roundedDecimal(value, significant);
    if (decimal.exponent == -4) return signedText(decimal, plainText(decimal));
    return compactText(value, significant);
}

QString scientificText(double value, int significant)
{
    if (!std::isfinite(value)) return withTypographicMinus(roundTripText(value));
    if (value == 0.0) return QStringLiteral("0");
    const Decimal decimal = roundedDecimal(value, significant);
    QString magnitude = mantissaText(decimal.digits);
    if (decimal.exponent != 0) magnitude += QStringLiteral(" × ") + powerOfTenText(decimal.exponent);
    return signedText(decimal, magnitude);
}

QString powerOfTenText(long long exponent)
{
    return QStringLiteral("10") + superscriptDigits(exponent);
}

QString timesPowerOfTenText(double mantissa, long long exponent, int significant)
{
    if (!std::isfinite(mantissa) || mantissa == 0.0) return compactText(mantissa, significant);
    const Decimal decimal = roundedDecimal(mantissa, significant);  // 9.996 at 3 digits: 1, one decade up
    exponent += decimal.exponent;
    if (decimal.digits == "1") return signedText(decimal, powerOfTenText(exponent));
    return signedText(decimal,
                      mantissaText(decimal.digits) + QStringLiteral(" × ") + powerOfTenText(exponent));
}

QString superscriptDigits(long long n)
{
    static constexpr std::array<char16_t, 10> kDigits{u'⁰', u'¹', u'²', u'³', u'⁴',
                                                      u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    const QString plain = mapDigits(n, u'0', u'-');
    QString text;
    for (const QChar c : plain) text += c == u'-' ? QChar(u'⁻') : QChar(kDigits[std::size_t(c.unicode() - u'0')]);
    return text;
}

QString subscriptDigits(long long n)
{
    return mapDigits(n, u'₀', u'₋');
}

QString withTypographicMinus(QString text)
{
    return text.replace(u'-', kMinus);
}

double shortestDecimalIn(double low, double high)
{
    if (std::isnan(low) || std::isnan(high)) return std::nan("");
    if (low > high) std::swap(low, high);
    if (low <= 0.0 && high >= 0.0) return 0.0;
    if (high < 0.0) return -shortestDecimalIn(-high, -low);
    if (!std::isfinite(high) || high == low) return low;
    // Try steps 10^k from just above the width down: the first step with a multiple in [low, high]
    // gives the fewest digits, and the smallest such multiple is the one nearest to zero.
    int k = static_cast<int>(std::floor(std::log10(high - low))) + 1;
    for (; k >= -340; --k) {
        const double scale = std::pow(10.0, k);
        const double n = std::ceil(low / scale);
        if (n > 9e15) break;  // more digits than a double holds: no shorter decimal than low itself
        for (const double candidate : {n - 1, n, n + 1}) {
            if (candidate <= 0) continue;
            const double v = decimalValue(candidate, k);
            if (v >= low && v <= high) return v;
        }
    }
    return low;
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

}  // namespace actlab
