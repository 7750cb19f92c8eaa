#pragma once

#include <QString>
#include <QStringList>

#include <string_view>

namespace actlab {

struct Activation;

/// The translation context of core's user-visible text.
inline constexpr char kCoreTextContext[] = "actlab::core";

/// core's user-visible English (activation names, formulas, notes, parameter labels) in the current
/// language. core stays free of Qt, so its strings are listed for lupdate in coretext.cpp;
/// tst_translation fails when a string in core's registry has no translation, so the list cannot drift.
QString coreText(std::string_view text);

/// One of `activation`'s texts (its name, formulas): core's in the current language, or a typed formula's
/// as it was written (it has no translation).
QString activationText(const Activation& activation, std::string_view text);

/// Every user-visible string in core's registry (activations and their parameters), in registry order.
QStringList coreTexts();

}  // namespace actlab
