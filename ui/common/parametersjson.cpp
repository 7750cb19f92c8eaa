#include "ui/common/parametersjson.h"

#include "core/expression/typedactivation.h"

#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"

#include <QCoreApplication>

namespace actlab {

QJsonObject parametersToJson(const ParameterMap& parameters)
{
    QJsonObject json;
    for (const auto& [id, values] : parameters) {
        const Activation* activation = findAnyActivation(id);
        if (!activation || activation->parameters.empty()) continue;
        QJsonObject named;
        for (std::size_t i = 0; i < activation->parameters.size(); ++i)
            named.insert(toQString(activation->parameters[i].id), values[i]);
        json.insert(QString::fromStdString(id), named);
    }
    return json;
}

QString readParameters(JsonFields& fields, ParameterMap& parameters)
{
    const QString key = QStringLiteral("parameters");
    if (!fields.has(key)) return {};
    ParameterMap result;
    const QJsonObject json = fields.object(key);
    for (auto it = json.constBegin(); it != json.constEnd() && fields.error().isEmpty(); ++it) {
        const Activation* activation = findAnyActivation(it.key().toStdString());
        const QString path = key + u'.' + it.key();
        if (!activation) {
            fields.fail(key, isTypedId(it.key().toStdString())
                                 ? QString::fromStdString(activationIdError(it.key().toStdString()))
                                 : QCoreApplication::translate("actlab::ParametersJson", "unknown activation '%1'")
                                       .arg(it.key()));
            break;
        }
        if (!it->isObject()) {
            fields.fail(path, QCoreApplication::translate("actlab::ParametersJson", "expected an object"));
            break;
        }
        JsonFields named(it->toObject(), fields.pathOf(path));
        ParameterValues values = activation->defaults();
        for (std::size_t i = 0; i < activation->parameters.size(); ++i) {
            const ParameterSpec& spec = activation->parameters[i];
            values[i] = named.number(toQString(spec.id), values[i], spec.minimum, spec.maximum);
        }
        if (const QString error = named.finish(); !error.isEmpty()) return error;
        // Each value is in range, but core may relate them (hardtanh's min_val below max_val).
        if (const std::string error = parameterError(*activation, values); !error.empty()) {
            fields.fail(path, QString::fromStdString(error));
            break;
        }
        result[std::string(activation->id)] = values;
    }
    if (fields.error().isEmpty()) parameters = std::move(result);
    return {};
}

}  // namespace actlab
