#include "ui/common/language.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace actlab::language {

namespace {

const QString kSettingsKey = QStringLiteral("window/language");

/// The two translators ActLab installs, owned by the application so they outlive every window.
QTranslator*& appTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

QTranslator*& qtTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

QTranslator*& pluralTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

void remove(QTranslator*& translator)
{
    if (!translator) return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

// Han characters take their form from the font fontconfig picks for the locale; under an English or
// Japanese system locale that is Noto Sans CJK JP. Simplified Chinese text wants the SC forms, so while
// the Chinese translation is installed the default families are substituted by Noto Sans CJK SC.
void preferSimplifiedChineseForms(bool prefer)
{
    for (const QString& family : {QGuiApplication::font().family(), QStringLiteral("DejaVu Sans"),
                                  QStringLiteral("Sans Serif"), QStringLiteral("sans-serif")}) {
        if (prefer)
            QFont::insertSubstitution(family, QStringLiteral("Noto Sans CJK SC"));
        else
            QFont::removeSubstitutions(family);
    }
}

/// English is the source language, but the source text of tr("%n layers", nullptr, n) has one form: "1
/// layer" comes from a translation of its own that holds the English plural forms only. Installed first,
/// so asked last: every other language answers those strings itself.
void installEnglishPlurals()
{
    auto* plurals = new QTranslator(QCoreApplication::instance());
    if (!plurals->load(QStringLiteral(":/i18n/plurals_en.qm"))) {
        delete plurals;
        return;
    }
    QCoreApplication::installTranslator(plurals);
    pluralTranslator() = plurals;
}

}  // namespace

QStringList ids()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString displayName(const QString& id)
{
    if (id == u"en") return QStringLiteral("English");
    if (id == u"zh_CN") return QStringLiteral("简体中文");
    return QCoreApplication::translate("actlab::language", "System default");
}

QString fromSettings(const QSettings& settings)
{
    const QString id = settings.value(kSettingsKey).toString();
    return ids().contains(id) ? id : QString();
}

void toSettings(QSettings& settings, const QString& id)
{
    settings.setValue(kSettingsKey, id);
}

QString install(const QString& id)
{
    remove(appTranslator());
    remove(qtTranslator());
    remove(pluralTranslator());
    preferSimplifiedChineseForms(false);
    installEnglishPlurals();
    if (id == u"en") return QStringLiteral("en");
    const QLocale locale = id.isEmpty() ? QLocale::system() : QLocale(id);

    // The .qm files are compiled into the binary under :/i18n (ui/CMakeLists.txt).
    auto* app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("actlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete app;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    appTranslator() = app;
    preferSimplifiedChineseForms(true);

    // Qt's own strings (Cancel, Save, file dialogs), from Debian's qt6-translations-l10n when installed.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return app->language().isEmpty() ? QStringLiteral("zh_CN") : app->language();
}

}  // namespace actlab::language
