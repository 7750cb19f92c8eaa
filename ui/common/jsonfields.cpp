#include "ui/common/jsonfields.h"

#include "ui/common/numberformat.h"

#include <QCoreApplication>
#include <cmath>

namespace actlab {

JsonFields::JsonFields(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

QString JsonFields::pathOf(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

void JsonFields::fail(const QString& key, const QString& message)
{
    if (m_error.isEmpty()) m_error = pathOf(key) + QStringLiteral(": ") + message;
}

std::optional<QJsonValue> JsonFields::take(const QString& key)
{
    m_read.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) return std::nullopt;
    return *it;
}

double JsonFields::number(const QString& key, double fallback, double minimum, double maximum)
{
    const std::optional<QJsonValue> value = take(key);
    if (!value) return fallback;
    if (!value->isDouble()) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "expected a number"));
        return fallback;
    }
    const double v = value->toDouble();
    if (!std::isfinite(v) || v < minimum || v > maximum) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "%1 is outside [%2, %3]")
                      .arg(roundTripText(v), roundTripText(minimum), roundTripText(maximum)));
        return fallback;
    }
    return v;
}

int JsonFields::integer(const QString& key, int fallback, int minimum, int maximum)
{
    const std::optional<QJsonValue> value = take(key);
    if (!value) return fallback;
    const double v = value->toDouble(std::nan(""));
    if (!value->isDouble() || v != std::floor(v)) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "expected a whole number"));
        return fallback;
    }
    if (v < minimum || v > maximum) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "%1 is outside [%2, %3]")
                      .arg(roundTripText(v))
                      .arg(minimum)
                      .arg(maximum));
        return fallback;
    }
    return static_cast<int>(v);
}

bool JsonFields::boolean(const QString& key, bool fallback)
{
    const std::optional<QJsonValue> value = take(key);
    if (!value) return fallback;
    if (!value->isBool()) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "expected true or false"));
        return fallback;
    }
    return value->toBool();
}

QString JsonFields::string(const QString& key, const QString& fallback)
{
    const std::optional<QJsonValue> value = take(key);
    if (!value) return fallback;
    if (!value->isString()) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "expected a string"));
        return fallback;
    }
    return value->toString();
}

QJsonArray JsonFields::array(const QString& key)
{
    const std::optional<QJsonValue> value = take(key);
    if (!value) return {};
    if (!value->isArray()) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "expected an array"));
        return {};
    }
    return value->toArray();
}

QJsonObject JsonFields::object(const QString& key)
{
    const std::optional<QJsonValue> value = take(key);
    if (!value) return {};
    if (!value->isObject()) {
        fail(key, QCoreApplication::translate("actlab::JsonFields", "expected an object"));
        return {};
    }
    return value->toObject();
}

QString JsonFields::finish()
{
    if (!m_error.isEmpty()) return m_error;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) return QCoreApplication::translate("actlab::JsonFields", "%1: unknown key").arg(pathOf(it.key()));
    }
    return {};
}

}  // namespace actlab
