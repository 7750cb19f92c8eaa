#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace actlab::language {

/// The languages the window offers, in menu order: "" follows the system locale, then "en" and "zh_CN".
QStringList ids();

/// The menu entry for a language, named in itself ("English", "简体中文"); the system default is
/// named in the current language.
QString displayName(const QString& id);

/// The language stored in settings ("window/language"), or "" (the system locale) if none or unknown.
QString fromSettings(const QSettings& settings);
void toSettings(QSettings& settings, const QString& id);

/// Installs ActLab's translation and Qt's own (standard buttons and dialogs) for `id` on the
/// application, replacing those installed before; "" picks by QLocale::system(), "en" removes them. The
/// English plural forms ("1 layer", "2 layers") are installed under any language.
/// Returns the language now in use: "en" or "zh_CN". Widgets already built keep their text: the main
/// window rebuilds itself after calling this.
QString install(const QString& id);

}  // namespace actlab::language
