#pragma once

// Exact comparison of doubles for tests. QCOMPARE on doubles is fuzzy (qFuzzyCompare, and anything
// below 1e-12 counts as 0), which would let "exact" results drift unnoticed.

#include <QByteArray>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>

namespace actlab::testing {

/// The same double bit for bit (so −0 ≠ +0), except that every NaN equals every NaN.
inline bool sameDouble(double a, double b)
{
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

/// The same value (−0 == +0), or both NaN.
inline bool sameValue(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

inline QByteArray describeMismatch(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 17) + " != " + QByteArray::number(expected, 'g', 17);
}

}  // namespace actlab::testing

/// Like QCOMPARE, but exact for doubles (−0 and +0 compare equal; NaN equals NaN).
#define COMPARE_EXACT(actual, expected)                                                                     \
    do {                                                                                                    \
        const double actual_ = (actual);                                                                    \
        const double expected_ = (expected);                                                                \
        QVERIFY2(::actlab::testing::sameValue(actual_, expected_),                                          \
                 ::actlab::testing::describeMismatch(actual_, expected_).constData());                      \
    } while (false)
