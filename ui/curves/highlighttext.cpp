#include "ui/curves/highlighttext.h"

#include "ui/common/coretext.h"

#include <QCoreApplication>

#include <cmath>

namespace actlab::curves::highlighttext {

namespace {

const QChar kPrime(0x2032);
const QChar kMinus(0x2212);

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}


QString superscript(int value)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString text = QString::number(std::abs(value));
    for (QChar& c : text) c = QChar(digits[c.digitValue()]);
    return value < 0 ? u'⁻' + text : text;
}

/// The part of a formula before "(x)", e.g. "σ" or "σ′", if it is a plain symbol.
QString symbolBeforeArgument(std::string_view formula)
{
    const QString text = toQString(formula);
    const qsizetype argument = text.indexOf(QStringLiteral("(x)"));
    const QString symbol = argument > 0 ? text.left(argument) : QString();
    return symbol.contains(u' ') ? QString() : symbol;
}

}  // namespace

QString number(double value)
{
    QString text = QString::number(value == 0.0 ? 0.0 : value, 'g', 6);
    if (text.startsWith(u'-')) text[0] = kMinus;
    return text;
}

QString fullPrecision(double value)
{
    return QString::number(value, 'g', 17);
}

QString scientific(double value)
{
    const double magnitude = std::fabs(value);
    if (value == 0.0 || (magnitude >= 1e-4 && magnitude < 1e6)) return number(value);
    int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::fabs(std::round(mantissa * 100) / 100) >= 10.0) {  // 9.996 rounds to 10.0
        mantissa /= 10;
        ++exponent;
    }
    return QString::number(mantissa, 'f', 2).replace(u'-', kMinus) + QStringLiteral(" × 10") +
           superscript(exponent);
}

QString functionSymbol(const Activation& activation)
{
    const QString symbol = symbolBeforeArgument(activation.formula);
    return symbol.isEmpty() || symbol == u"f" ? coreText(activation.name) : symbol;
}

QString derivativeSymbol(const Activation& activation)
{
    const QString symbol = symbolBeforeArgument(activation.derivativeFormula);
    if (symbol.endsWith(kPrime) && symbol != QStringLiteral("f\u2032")) return symbol;
    return coreText(activation.name) + kPrime;
}

bool peakIsNotable(const PeakGradient& peak, const Kinks& kinks, const Limits& limits)
{
    if (!(peak.plateau.from < peak.plateau.to))
        return limits.derivativeAtMinusInfinity == 0.0 && limits.derivativeAtPlusInfinity == 0.0;
    for (std::size_t k = 0; k < kinks.count; ++k) {
        if (kinks.at[k] == peak.plateau.from) return true;
    }
    return false;
}

bool peakIsOpenPlateau(const PeakGradient& peak)
{
    return peak.plateau.from < peak.plateau.to && peak.plateau.to >= kDefaultAnalysisWindow.to;
}

QString peak(const Activation& activation, const PeakGradient& peak)
{
    const QString what = (peak.value < 0 ? QCoreApplication::translate("actlab::highlighttext", "min %1 = %2")
                                         : QCoreApplication::translate("actlab::highlighttext", "max %1 = %2"))
                             .arg(derivativeSymbol(activation), number(peak.value));
    if (!(peak.plateau.from < peak.plateau.to))
        return QCoreApplication::translate("actlab::highlighttext", "%1 at x = %2").arg(what, number(peak.x));
    const QString range = number(peak.plateau.from) + u' ' + (peak.includesFrom ? u'≤' : u'<') + QStringLiteral(" x ") +
                          (peak.includesTo ? u'≤' : u'<') + u' ' + number(peak.plateau.to);
    return QCoreApplication::translate("actlab::highlighttext", "%1 for %2").arg(what, range);
}

QString openPlateau(const PeakGradient& peak)
{
    return QCoreApplication::translate("actlab::highlighttext", "gradient %1 for every x %2 %3: no saturation")
        .arg(number(peak.value), peak.includesFrom ? QStringLiteral("≥") : QStringLiteral(">"),
             number(peak.plateau.from));
}

QString minimum(const Activation& activation, const NotablePoint& point)
{
    return QCoreApplication::translate("actlab::highlighttext", "min %1 = %2 at x = %3").arg(functionSymbol(activation), number(point.value), number(point.x));
}

QString saturation(const Activation& activation, double epsilon)
{
    return QCoreApplication::translate("actlab::highlighttext", "vanishing gradient\n|%1| < %2").arg(derivativeSymbol(activation), number(epsilon));
}

QString depthNote(const PeakGradient& peak)
{
    const double bound = std::fabs(peak.value);
    return QCoreApplication::translate("actlab::highlighttext", "through n layers the gradient is at most %1ⁿ\n(n = 10: %2)")
        .arg(number(bound), scientific(std::pow(bound, 10)));
}

QString reluGap(const Gap& gap)
{
    return QCoreApplication::translate("actlab::highlighttext", "max gap ln 2 / β = %1 at x = %2").arg(number(gap.gap), number(gap.x));
}

QString softplusIsSigmoid()
{
    return QCoreApplication::translate("actlab::highlighttext", "softplus′ = sigmoid\n(dots: σ(βx))");
}

QString tanhIsSigmoid()
{
    return QCoreApplication::translate("actlab::highlighttext", "tanh(x) = 2σ(2x) − 1\n(dots: 2σ(2x) − 1)");
}

}  // namespace actlab::curves::highlighttext
