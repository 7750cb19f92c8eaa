#pragma once

#include <QString>

#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

namespace actlab::stress {

/// The one random source of a stress run: the same seed gives the same run.
using Rng = std::mt19937_64;

/// A uniform integer in [low, high].
inline int uniformInt(Rng& rng, int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); }

/// A uniform double in [low, high).
inline double uniformReal(Rng& rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

/// True with probability p.
inline bool chance(Rng& rng, double p) { return uniformReal(rng, 0, 1) < p; }

/// One element of a non-empty vector.
template <typename T>
const T& pick(Rng& rng, const std::vector<T>& items)
{
    return items[std::size_t(uniformInt(rng, 0, int(items.size()) - 1))];
}

/// What a user may type into a number field: extremes, non-numbers and nothing.
inline const std::vector<QString>& extremeTexts()
{
    static const std::vector<QString> texts{
        QStringLiteral("1e308"),   QStringLiteral("-1e308"), QStringLiteral("1.7976931348623157e308"),
        QStringLiteral("-1.7976931348623157e308"), QStringLiteral("5e-324"), QStringLiteral("-5e-324"),
        QStringLiteral("2.2250738585072014e-308"), QStringLiteral("nan"), QStringLiteral("NaN"),
        QStringLiteral("inf"),     QStringLiteral("-inf"),   QStringLiteral("infinity"), QStringLiteral(""),
        QStringLiteral("abc"),     QStringLiteral("1e999"),  QStringLiteral("-1e999"), QStringLiteral("0"),
        QStringLiteral("-0"),      QStringLiteral("1e-320"), QStringLiteral("999999999999"),
        QStringLiteral("-"),       QStringLiteral("."),      QStringLiteral("1,5"), QStringLiteral("  7 "),
    };
    return texts;
}

/// Mostly an extreme text, sometimes an ordinary number of random size and sign.
inline QString numberText(Rng& rng)
{
    if (chance(rng, 0.7)) return pick(rng, extremeTexts());
    const double magnitude = std::pow(10.0, uniformReal(rng, -8, 8));
    return QString::number(chance(rng, 0.5) ? magnitude : -magnitude, 'g', uniformInt(rng, 1, 17));
}

}  // namespace actlab::stress
