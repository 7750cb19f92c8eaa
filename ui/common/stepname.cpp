#include "ui/common/stepname.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace actlab {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("actlab::UndoStep", text);
}

/// The changed keys of the state, as dotted paths: an object in which one key alone changed is entered
/// ("one_input" → "one_input.probe"), so the name comes from the part the user touched.
QStringList changedPaths(const QJsonObject& before, const QJsonObject& after, const QString& prefix = {})
{
    QSet<QString> keys;
    for (const QString& key : before.keys()) keys.insert(key);
    for (const QString& key : after.keys()) keys.insert(key);
    QStringList changed;
    for (const QString& key : keys) {
        if (before.value(key) != after.value(key)) changed << key;
    }
    if (changed.size() == 1 && before.value(changed[0]).isObject() && after.value(changed[0]).isObject()) {
        const QString path = prefix + changed[0] + u'.';
        const QStringList inner =
            changedPaths(before.value(changed[0]).toObject(), after.value(changed[0]).toObject(), path);
        if (!inner.isEmpty()) return inner;
    }
    for (QString& key : changed) key.prepend(prefix);
    return changed;
}

/// A name for the part at `path`; keys not in the table are parameters of the subject (weights, logits,
/// the temperature, the depth …).
QString partName(const QString& path)
{
    // Matched against the end of the path, the longest entry first.
    static const std::pair<const char*, const char*> kParts[] = {
        {"probe.visible", QT_TRANSLATE_NOOP("actlab::UndoStep", "Show or hide the probe")},
        {"probe", QT_TRANSLATE_NOOP("actlab::UndoStep", "Move the probe")},
        {"probe.x", QT_TRANSLATE_NOOP("actlab::UndoStep", "Move the probe")},
        {"x_range", QT_TRANSLATE_NOOP("actlab::UndoStep", "Zoom or pan")},
        {"y_range", QT_TRANSLATE_NOOP("actlab::UndoStep", "Zoom or pan")},
        {"derivative_y_range", QT_TRANSLATE_NOOP("actlab::UndoStep", "Zoom or pan")},
        {"range", QT_TRANSLATE_NOOP("actlab::UndoStep", "Zoom or pan")},
        {"functions", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose functions")},
        {"selected", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose functions")},
        {"layout", QT_TRANSLATE_NOOP("actlab::UndoStep", "Change the layout")},
        {"highlights", QT_TRANSLATE_NOOP("actlab::UndoStep", "Change the highlights")},
        {"mode", QT_TRANSLATE_NOOP("actlab::UndoStep", "Switch the inputs")},
        {"slice", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose the slice")},
        // The numerics lens.
        {"subject", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose functions")},
        {"function", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose functions")},
        {"formula", QT_TRANSLATE_NOOP("actlab::UndoStep", "Edit the formula")},
        {"form", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose the forms")},
        {"overlays", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose the forms")},
        {"panels", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose what is shown")},
        {"precisions", QT_TRANSLATE_NOOP("actlab::UndoStep", "Choose what is shown")},
        {"points", QT_TRANSLATE_NOOP("actlab::UndoStep", "Change the sampling")},
    };
    const char* best = nullptr;
    qsizetype bestLength = 0;
    for (const auto& [key, name] : kParts) {
        const QString entry = QString::fromLatin1(key);
        const bool matches = path == entry || path.endsWith(u'.' + entry) ||
                             path.contains(u'.' + entry + u'.') || path.startsWith(entry + u'.');
        if (matches && entry.size() > bestLength) {
            best = name;
            bestLength = entry.size();
        }
    }
    return translated(best != nullptr ? best : QT_TRANSLATE_NOOP("actlab::UndoStep", "Change parameters"));
}

}  // namespace

QString stepName(const QJsonObject& before, const QJsonObject& after)
{
    QString name;
    for (const QString& path : changedPaths(before, after)) {
        const QString part = partName(path);
        if (!name.isEmpty() && part != name) return translated(QT_TRANSLATE_NOOP("actlab::UndoStep", "Edit"));
        name = part;
    }
    return name;
}

}  // namespace actlab
