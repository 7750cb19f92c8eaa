// The number reader behind `actlab eval`, `softmax`, `maxout` and every numeric option: it promises C's
// syntax (strtod in the "C" locale, whole token) without the locale, so each row is checked against
// strtod itself, bit for bit.

#include "numberreader.h"

#include <QTest>

#include <locale.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// What C reads from the whole token, or nullopt when strtod stops early.
std::optional<double> strtodWhole(const QByteArray& token)
{
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t{});
    char* end = nullptr;
    const double value = strtod_l(token.constData(), &end, cLocale);
    if (token.isEmpty() || end != token.constData() + token.size()) return std::nullopt;
    return value;
}

std::uint64_t bits(double value)
{
    return std::bit_cast<std::uint64_t>(value);
}

}  // namespace

class TestNumberReader : public QObject {
    Q_OBJECT

private slots:
    void readsWhatStrtodReads_data()
    {
        QTest::addColumn<QByteArray>("token");
        for (const char* token : {"0",
                                  "-0",
                                  "+2.5",
                                  ".5",
                                  "5.",
                                  "1e300",
                                  "1E3",
                                  "-2.5e-3",
                                  "1e999",
                                  "-1e-999",
                                  "4.9406564584124654e-324",
                                  "1.7976931348623157e308",
                                  "0x1p-3",
                                  "0X1P3",
                                  "-0x1.8p1",
                                  "0xA",
                                  "0x.8p0",
                                  "0x1p-1074",
                                  "0x1p99999",
                                  "inf",
                                  "-inf",
                                  "+Infinity",
                                  "nan",
                                  "-NaN",
                                  "nan(123)"})
            QTest::newRow(token) << QByteArray(token);
    }

    void readsWhatStrtodReads()
    {
        QFETCH(QByteArray, token);
        const std::optional<double> expected = strtodWhole(token);
        QVERIFY(expected.has_value());
        const std::optional<double> read =
            actlab::parseNumber(std::string_view(token.constData(), token.size()));
        QVERIFY(read.has_value());
        if (std::isnan(*expected)) {
            QVERIFY(std::isnan(*read));
        } else {
            QCOMPARE(bits(*read), bits(*expected));
        }
    }

    void rejectsWhatStrtodRejects_data()
    {
        QTest::addColumn<QByteArray>("token");
        for (const char* token : {"", "+", "-", "--1", "+-1", "1e", "1e+", "1,2", "1x", "0x", "0x-1", "0x+1",
                                  "0xp3", "infinit", "nanx", "1 "})
            QTest::newRow(*token ? token : "empty") << QByteArray(token);
    }

    void rejectsWhatStrtodRejects()
    {
        QFETCH(QByteArray, token);
        QVERIFY(!strtodWhole(token).has_value());
        QVERIFY(!actlab::parseNumber(std::string_view(token.constData(), token.size())).has_value());
    }

    // fuzz_numberreader: from_chars in hexadecimal mode also takes inf and nan, so "0xinf" read as inf and
    // "0Xnan" as NaN, where C reads a 0 followed by junk.
    void hexPrefixBeforeInfOrNanIsNotANumber_data()
    {
        QTest::addColumn<QByteArray>("token");
        for (const char* token :
             {"0xinf", "0XINF", "-0xinf", "+0xInfinity", "0xnan", "0Xnan", "-0xNaN", "0xnan(1)"})
            QTest::newRow(token) << QByteArray(token);
    }

    void hexPrefixBeforeInfOrNanIsNotANumber()
    {
        QFETCH(QByteArray, token);
        expectNotANumber(token);
    }

    // fuzz_numberreader: libstdc++'s hexadecimal from_chars read "-0x1.8p+-1" as -0.75 (an exponent with two
    // signs); C stops at the p.
    void hexExponentWithTwoSignsIsNotANumber_data()
    {
        QTest::addColumn<QByteArray>("token");
        for (const char* token :
             {"-0x1.8p+-1", "0x1p-+1", "0x1p--1", "0x1p++1", "0x1p+", "0x1p", "0x1.8p1.5"})
            QTest::newRow(token) << QByteArray(token);
    }

    void hexExponentWithTwoSignsIsNotANumber()
    {
        QFETCH(QByteArray, token);
        expectNotANumber(token);
    }

private:
    // Rejected alone, and on standard input reported on its line after the good line before it.
    static void expectNotANumber(const QByteArray& token)
    {
        QVERIFY(!strtodWhole(token).has_value());
        QVERIFY(!actlab::parseNumber(std::string_view(token.constData(), token.size())).has_value());
        std::istringstream in("1\n" + token.toStdString() + "\n");
        actlab::NumberReader reader(in);
        std::vector<double> line;
        QVERIFY(reader.nextLine(line));
        QVERIFY(!reader.nextLine(line));
        QCOMPARE(QByteArray::fromStdString(reader.error()), "line 2: '" + token + "' is not a number");
    }
};

QTEST_GUILESS_MAIN(TestNumberReader)
#include "tst_numberreader.moc"
