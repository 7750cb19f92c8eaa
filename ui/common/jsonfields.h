#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace actlab {

/// Reads one JSON object of a scene or settings file strictly: each read names the field in its error
/// ("curves.x_range[1]: expected a number"), the first error wins, and finish() reports every key that
/// was never read, so a misspelt key is an error rather than silently dropped.
class JsonFields {
public:
    /// `path` prefixes every error message, e.g. "curves" or "curves.parameters.softplus".
    JsonFields(const QJsonObject& object, QString path);

    bool has(const QString& key) const { return m_object.contains(key); }

    /// The value at `key`, or `fallback` when the key is absent. A present value of the wrong type, a
    /// non-finite number, or one outside [minimum, maximum] is an error.
    double number(const QString& key, double fallback, double minimum = -1.7976931348623157e308,
                  double maximum = 1.7976931348623157e308);
    int integer(const QString& key, int fallback, int minimum, int maximum);
    bool boolean(const QString& key, bool fallback);
    QString string(const QString& key, const QString& fallback);
    /// An array or object, or an empty one when absent.
    QJsonArray array(const QString& key);
    QJsonObject object(const QString& key);

    /// Records an error about `key` found by the caller's own checks (e.g. "unknown activation 'sigmod'").
    void fail(const QString& key, const QString& message);
    /// The field path for a key, for callers building nested readers: path + "." + key.
    QString pathOf(const QString& key) const;

    /// The first error, or the first unknown key; empty when the object was read cleanly.
    QString finish();
    /// The first error recorded so far.
    const QString& error() const { return m_error; }

private:
    std::optional<QJsonValue> take(const QString& key);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
    QString m_error;
};

}  // namespace actlab
