#include "ui/curves/highlighttext.h"

#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"

#include "core/expression/typedactivation.h"

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
    return nameToPrime(activation) + kPrime;
}

QString nameToPrime(const Activation& activation)
{
    if (isTypedId(activation.id)) return u'(' + toQString(activation.name) + u')';
    return coreText(activation.name);
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

QString undefinedNote(const Activation& activation, std::span<const double> x, std::span<const double> f,
                      double low, double high)
{
    constexpr int kDigits = 3;
    constexpr std::size_t kRunsNamed = 2;
    QStringList runs;
    std::size_t moreRuns = 0;
    double infiniteAt = std::nan("");
    double poleAt = std::nan("");
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (std::isinf(f[i]) && std::isnan(infiniteAt)) infiniteAt = x[i];
        if (i + 1 < f.size() && std::isnan(poleAt) &&
            ((f[i] > high && f[i + 1] < low) || (f[i] < low && f[i + 1] > high)))
            poleAt = shortestDecimalIn(x[i], x[i + 1]);
        if (!std::isnan(f[i])) continue;
        std::size_t end = i;
        while (end + 1 < f.size() && std::isnan(f[end + 1])) ++end;
        if (runs.size() < static_cast<qsizetype>(kRunsNamed)) {
            runs << (end == i ? QCoreApplication::translate("actlab::highlighttext", "at x = %1")
                                    .arg(compactText(x[i], kDigits))
                              : QCoreApplication::translate("actlab::highlighttext", "for %1 ≤ x ≤ %2")
                                    .arg(compactText(x[i], kDigits), compactText(x[end], kDigits)));
        } else {
            ++moreRuns;
        }
        i = end;
    }
    if (runs.isEmpty() && std::isnan(infiniteAt) && std::isnan(poleAt)) return {};
    const QString name = toQString(activation.name);
    QString note;
    if (!runs.isEmpty()) {
        note = QCoreApplication::translate("actlab::highlighttext", "%1 is undefined %2")
                   .arg(name, runs.join(QCoreApplication::translate("actlab::highlighttext", " and ")));
        if (moreRuns > 0) {
            const int more = static_cast<int>(moreRuns);
            note += QCoreApplication::translate("actlab::highlighttext", " (and %n more gaps)", nullptr, more);
        }
    }
    if (!std::isnan(infiniteAt)) {
        note += note.isEmpty()
                    ? QCoreApplication::translate("actlab::highlighttext", "%1 is infinite at x = %2")
                          .arg(name, compactText(infiniteAt, kDigits))
                    : QCoreApplication::translate("actlab::highlighttext", " and infinite at x = %1")
                          .arg(compactText(infiniteAt, kDigits));
    }
    if (!std::isnan(poleAt)) {
        note += note.isEmpty() ? QCoreApplication::translate("actlab::highlighttext", "%1 has a pole at x = %2")
                                     .arg(name, compactText(poleAt, kDigits))
                               : QCoreApplication::translate("actlab::highlighttext", " and a pole at x = %1")
                                     .arg(compactText(poleAt, kDigits));
    }
    return note;
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
