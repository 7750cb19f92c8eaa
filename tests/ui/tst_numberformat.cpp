// ActLab's one number formatter family: each form, row by row, as a user reads it in a label, a box or
// the clipboard, and the probe's snapping to the shortest decimal of its pixel column.

#include "ui/common/numberformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace actlab;

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void roundTripText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("sum noise kept exactly") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("largest typed") << 1e308 << QStringLiteral("1e308");
        QTest::newRow("small") << -2.5e-7 << QStringLiteral("-2.5e-7");
        QTest::newRow("integer") << -3.0 << QStringLiteral("-3");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("max double") << std::numeric_limits<double>::max()
                                    << QStringLiteral("1.7976931348623157e308");
        QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min() << QStringLiteral("5e-324");
        QTest::newRow("softplus beta slider") << 2.5118864315095806 << QStringLiteral("2.5118864315095806");
        QTest::newRow("inf") << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
    }
    void roundTripText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(actlab::roundTripText(value), text);
        if (std::isfinite(value)) QCOMPARE(text.toDouble(), value);  // reads back as the same double
    }

    void compactText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("sigmoid peak") << 0.25 << 4 << QStringLiteral("0.25");
        QTest::newRow("negative") << -1.5 << 4 << QStringLiteral("−1.5");
        QTest::newRow("rounded") << 2.5118864315 << 3 << QStringLiteral("2.51");
        QTest::newRow("rounds up a digit") << 9.9996 << 4 << QStringLiteral("10");
        QTest::newRow("large plain") << 12000.0 << 4 << QStringLiteral("12000");
        QTest::newRow("large scientific") << 123456.0 << 3 << QStringLiteral("1.23 × 10⁵");
        QTest::newRow("thousandth plain") << 0.00125 << 3 << QStringLiteral("0.00125");
        QTest::newRow("small scientific") << 1.2345e-5 << 3 << QStringLiteral("1.23 × 10⁻⁵");
        QTest::newRow("softmax tiny") << -3.139e-83 << 4 << QStringLiteral("−3.139 × 10⁻⁸³");
        QTest::newRow("zero") << -0.0 << 4 << QStringLiteral("0");
    }
    void compactText()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(actlab::compactText(value, digits), text);
    }

    void narrowText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("ten-thousandths plain") << -0.00043 << 2 << QStringLiteral("−0.00043");
        QTest::newRow("softmax bar") << 0.0007172 << 4 << QStringLiteral("0.0007172");
        QTest::newRow("rounds up into plain") << 9.996e-5 << 3 << QStringLiteral("0.0001");
        QTest::newRow("below stays scientific") << 1.2345e-5 << 3 << QStringLiteral("1.23 × 10⁻⁵");
        QTest::newRow("thousandths as compactText") << 0.00125 << 3 << QStringLiteral("0.00125");
        QTest::newRow("large as compactText") << 123456.0 << 3 << QStringLiteral("1.23 × 10⁵");
        QTest::newRow("zero") << -0.0 << 4 << QStringLiteral("0");
    }
    void narrowText()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(actlab::narrowText(value, digits), text);
    }

    void scientificText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << 1.0 << 3 << QStringLiteral("1");
        QTest::newRow("bound through 10 layers") << 9.5367431640625e-07 << 3 << QStringLiteral("9.54 × 10⁻⁷");
        QTest::newRow("rounding carries") << 9.996e-5 << 3 << QStringLiteral("1 × 10⁻⁴");
        QTest::newRow("huge negative") << -1.76e308 << 2 << QStringLiteral("−1.8 × 10³⁰⁸");
    }
    void scientificText()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(actlab::scientificText(value, digits), text);
    }

    void digits_data()
    {
        QTest::addColumn<qlonglong>("n");
        QTest::addColumn<QString>("superscript");
        QTest::addColumn<QString>("subscript");
        QTest::newRow("zero") << 0LL << QStringLiteral("⁰") << QStringLiteral("₀");
        QTest::newRow("ten") << 10LL << QStringLiteral("¹⁰") << QStringLiteral("₁₀");
        QTest::newRow("negative") << -12LL << QStringLiteral("⁻¹²") << QStringLiteral("₋₁₂");
        QTest::newRow("all digits") << 1234567890LL << QStringLiteral("¹²³⁴⁵⁶⁷⁸⁹⁰")
                                    << QStringLiteral("₁₂₃₄₅₆₇₈₉₀");
        QTest::newRow("lowest") << std::numeric_limits<qlonglong>::min()
                                << QStringLiteral("⁻⁹²²³³⁷²⁰³⁶⁸⁵⁴⁷⁷⁵⁸⁰⁸")
                                << QStringLiteral("₋₉₂₂₃₃₇₂₀₃₆₈₅₄₇₇₅₈₀₈");
    }
    void digits()
    {
        QFETCH(qlonglong, n);
        QFETCH(QString, superscript);
        QFETCH(QString, subscript);
        QCOMPARE(superscriptDigits(n), superscript);
        QCOMPARE(subscriptDigits(n), subscript);
    }

    void powerOfTen() { QCOMPARE(powerOfTenText(-5), QStringLiteral("10⁻⁵")); }

    void timesPowerOfTenText_data()
    {
        QTest::addColumn<double>("mantissa");
        QTest::addColumn<qlonglong>("exponent");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("decade below the doubles") << 1.0 << -400LL << 1 << QStringLiteral("10⁻⁴⁰⁰");
        QTest::newRow("tick at 2") << 2.0 << -8LL << 1 << QStringLiteral("2 × 10⁻⁸");
        QTest::newRow("tick at 5, positive exponent") << 5.0 << 12LL << 1 << QStringLiteral("5 × 10¹²");
        QTest::newRow("mantissa rounds to the next decade") << 9.996 << -5LL << 3 << QStringLiteral("10⁻⁴");
        QTest::newRow("mantissa outside [1, 10)") << 25.0 << 3LL << 3 << QStringLiteral("2.5 × 10⁴");
        QTest::newRow("negative") << -1.5 << -3LL << 3 << QStringLiteral("−1.5 × 10⁻³");
        QTest::newRow("negative one") << -1.0 << 7LL << 3 << QStringLiteral("−10⁷");
        QTest::newRow("zero") << 0.0 << 5LL << 3 << QStringLiteral("0");
    }
    void timesPowerOfTenText()
    {
        QFETCH(double, mantissa);
        QFETCH(qlonglong, exponent);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(actlab::timesPowerOfTenText(mantissa, exponent, digits), text);
    }

    void shortestDecimal_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("expected");
        // Shown as "6.832", not "6.8319999999999999", in the probe box.
        QTest::newRow("probe pixel column") << 6.83196 << 6.83243 << 6.832;
        QTest::newRow("reversed ends") << 6.83243 << 6.83196 << 6.832;
        QTest::newRow("holds zero") << -0.01 << 0.02 << 0.0;
        QTest::newRow("holds an integer") << 2.7 << 3.4 << 3.0;
        QTest::newRow("nearest to zero of the shortest") << 1.05 << 1.45 << 1.1;
        QTest::newRow("negative") << -6.83243 << -6.83196 << -6.832;
        QTest::newRow("large") << 123456.4 << 123457.6 << 123457.0;
        QTest::newRow("tiny") << 1.23456e-200 << 1.23467e-200 << 1.2346e-200;
        QTest::newRow("one double") << 0.1 << 0.1 << 0.1;
        QTest::newRow("no shorter") << 6.8319999999999999 << 6.8319999999999999 << 6.832;
    }
    void shortestDecimal()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, expected);
        const double found = shortestDecimalIn(low, high);
        QCOMPARE(found, expected);
        QVERIFY(found >= std::min(low, high) && found <= std::max(low, high));
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
