#include "ui/curves/highlighttext.h"

#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"

#include <QCoreApplication>

#include <cmath>

namespace actlab::curves::highlighttext {

namespace {

const QChar kPrime(0x2032);

/// The part of a formula before "(x)", e.g. "σ" or "σ′", if it is a plain symbol.
QString symbolBeforeArgument(std::string_view formula)
{
    const QString text = toQString(formula);
    const qsizetype argument = text.indexOf(QStringLiteral("(x)"));
    const QString symbol = argument > 0 ? text.left(argument) : QString();
    return symbol.contains(u' ') ? QString() : symbol;
}

}  // namespace

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
    const QString what =
        (peak.value < 0 ? QCoreApplication::translate("actlab::highlighttext", "min %1 = %2")
                        : QCoreApplication::translate("actlab::highlighttext", "max %1 = %2"))
            .arg(derivativeSymbol(activation), compactText(peak.value, kLabelDigits));
    if (!(peak.plateau.from < peak.plateau.to))
        return QCoreApplication::translate("actlab::highlighttext", "%1 at x = %2")
            .arg(what, compactText(peak.x, kLabelDigits));
    const QString range = compactText(peak.plateau.from, kLabelDigits) + u' ' +
                          (peak.includesFrom ? u'≤' : u'<') + QStringLiteral(" x ") +
                          (peak.includesTo ? u'≤' : u'<') + u' ' + compactText(peak.plateau.to, kLabelDigits);
    return QCoreApplication::translate("actlab::highlighttext", "%1 for %2").arg(what, range);
}

QString openPlateau(const PeakGradient& peak)
{
    return QCoreApplication::translate("actlab::highlighttext",
                                       "gradient %1 for every x %2 %3: no saturation")
        .arg(compactText(peak.value, kLabelDigits),
             peak.includesFrom ? QStringLiteral("≥") : QStringLiteral(">"),
             compactText(peak.plateau.from, kLabelDigits));
}

QString minimum(const Activation& activation, const NotablePoint& point)
{
    return QCoreApplication::translate("actlab::highlighttext", "min %1 = %2 at x = %3")
        .arg(functionSymbol(activation), compactText(point.value, kLabelDigits),
             compactText(point.x, kLabelDigits));
}

QString saturation(const Activation& activation, double epsilon)
{
    return QCoreApplication::translate("actlab::highlighttext", "vanishing gradient\n|%1| < %2")
        .arg(derivativeSymbol(activation), compactText(epsilon, kLabelDigits));
}

QString depthNote(const PeakGradient& peak)
{
    const double bound = std::fabs(peak.value);
    return QCoreApplication::translate("actlab::highlighttext",
                                       "through n layers the gradient is at most %1ⁿ\n(n = 10: %2)")
        .arg(compactText(bound, kLabelDigits), compactText(std::pow(bound, 10), 3));
}

QString reluGap(const Gap& gap)
{
    return QCoreApplication::translate("actlab::highlighttext", "max gap ln 2 / β = %1 at x = %2")
        .arg(compactText(gap.gap, kLabelDigits), compactText(gap.x, kLabelDigits));
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
