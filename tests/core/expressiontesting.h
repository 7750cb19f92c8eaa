#pragma once

// What the typed-formula tests share: a formula the test knows to be valid, parsed.

#include "core/expression/parser.h"

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <variant>

namespace actlab::testing {

/// `formula` parsed; a formula that does not parse is a mistake in the test, which stops with its message.
inline expression::Expression parsed(std::string_view formula)
{
    auto result = expression::parse(formula);
    if (auto* error = std::get_if<expression::ParseError>(&result))
        qFatal("parse failed: %s in %s", error->message.c_str(), std::string(formula).c_str());
    return std::get<expression::Expression>(std::move(result));
}

inline expression::Expression parsed(const char* formula)
{
    return parsed(std::string_view(formula));
}

inline expression::Expression parsed(const std::string& formula)
{
    return parsed(std::string_view(formula));
}

inline expression::Expression parsed(const QString& formula)
{
    return parsed(std::string_view(formula.toStdString()));
}

}  // namespace actlab::testing
