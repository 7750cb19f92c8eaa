#include "ui/maxout/maxoutformat.h"

#include "ui/common/numberformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace actlab {

namespace {

/// Gives the strings below a translation context lupdate can see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(MaxoutText)
};

}  // namespace

QString unitName(std::size_t unit)
{
    return QStringLiteral("z") + subscriptDigits(static_cast<long long>(unit + 1));
}

QString outputName(std::size_t group)
{
    return QStringLiteral("out") + subscriptDigits(static_cast<long long>(group + 1));
}

QString groupFormula(const MaxoutLayer& layer, std::size_t group)
{
    const std::size_t begin = layer.groupBegin(group);
    const std::size_t end = layer.groupEnd(group);
    if (end - begin == 1) return outputName(group) + QStringLiteral(" = ") + unitName(begin);
    QStringList names;
    if (end - begin <= 4) {
        for (std::size_t j = begin; j < end; ++j) names << unitName(j);
    } else {
        names << unitName(begin) << unitName(begin + 1) << QStringLiteral("\u2026") << unitName(end - 1);
    }
    return outputName(group) + QStringLiteral(" = max(") + names.join(QStringLiteral(", ")) + u')';
}

QString layerSummary(const MaxoutLayer& layer)
{
    const std::size_t m = layer.units.size();
    const std::size_t k = layer.groupSize;
    const std::size_t outputs = layer.groupCount();
    // Each count in a piece of its own: a translation handles the plural of one %n.
    QString text = Text::tr("%1, groups of k = %2 \u2192 %3")
                       .arg(Text::tr("m = %n units", nullptr, static_cast<int>(m)), QString::number(k),
                            Text::tr("%n outputs", nullptr, static_cast<int>(outputs)));
    if (k > 0 && m % k != 0 && outputs > 1) {
        text += u' ' + Text::tr("(k does not divide m: the last group has only %n units)", nullptr,
                                static_cast<int>(m % k));
    }
    return text;
}

QString unitFormula(const MaxoutLayer& layer, std::size_t unit)
{
    const MaxoutUnit& u = layer.units[unit];
    QString text = unitName(unit) + QStringLiteral(" = ");
    bool first = true;
    const auto term = [&](double coefficient, const QString& variable) {
        if (coefficient == 0.0 && !variable.isEmpty()) return;
        const double magnitude = std::abs(coefficient);
        if (!first)
            text += coefficient < 0 ? QStringLiteral(" \u2212 ") : QStringLiteral(" + ");
        else if (coefficient < 0)
            text += u'\u2212';
        if (variable.isEmpty() || magnitude != 1.0) text += compactText(magnitude, 4);
        text += variable;
        first = false;
    };
    if (u.weights.size() == 1) {
        term(u.weights[0], QStringLiteral("x"));
    } else {
        for (std::size_t i = 0; i < u.weights.size(); ++i)
            term(u.weights[i], QStringLiteral("x") + subscriptDigits(static_cast<long long>(i + 1)));
    }
    if (u.bias != 0.0 || first) term(u.bias, QString());
    return text;
}

}  // namespace actlab
