#include "ui/curves/curvesstatejson.h"

#include "ui/common/jsonfields.h"

#include <QJsonArray>

#include <cfloat>
#include <string>

namespace actlab {

namespace {

QString toQString(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

}  // namespace

QJsonObject curvesStateToJson(const CurvesState& state)
{
    QJsonArray functions;
    for (const std::string& id : state.activationIds) functions.append(QString::fromStdString(id));
    QJsonObject parameters;
    for (const auto& [id, values] : state.parameters) {
        const Activation* activation = findActivation(id);
        if (!activation || activation->parameters.empty()) continue;
        QJsonObject named;
        for (std::size_t i = 0; i < activation->parameters.size(); ++i)
            named.insert(toQString(activation->parameters[i].id), values[i]);
        parameters.insert(QString::fromStdString(id), named);
    }
    QJsonObject json;
    json.insert(QStringLiteral("functions"), functions);
    json.insert(QStringLiteral("parameters"), parameters);
    json.insert(QStringLiteral("x_range"), QJsonArray{state.xFrom, state.xTo});
    return json;
}

QString curvesStateFromJson(const QJsonObject& json, CurvesState& state)
{
    CurvesState result = state;
    JsonFields fields(json, QStringLiteral("curves"));

    if (fields.has(QStringLiteral("functions"))) {
        const QJsonArray functions = fields.array(QStringLiteral("functions"));
        result.activationIds.clear();
        for (qsizetype i = 0; i < functions.size(); ++i) {
            const QString key = QStringLiteral("functions[%1]").arg(i);
            if (!functions[i].isString()) {
                fields.fail(key, QStringLiteral("expected an activation id"));
                break;
            }
            const std::string id = functions[i].toString().toStdString();
            if (!findActivation(id)) {
                fields.fail(key, QStringLiteral("unknown activation '%1'").arg(functions[i].toString()));
                break;
            }
            result.activationIds.push_back(id);
        }
    }

    const QJsonObject parameters = fields.object(QStringLiteral("parameters"));
    for (auto it = parameters.constBegin(); it != parameters.constEnd() && fields.error().isEmpty(); ++it) {
        const QString path = fields.pathOf(QStringLiteral("parameters"));
        const Activation* activation = findActivation(it.key().toStdString());
        if (!activation) {
            fields.fail(QStringLiteral("parameters"), QStringLiteral("unknown activation '%1'").arg(it.key()));
            break;
        }
        if (!it->isObject()) {
            fields.fail(QStringLiteral("parameters.") + it.key(), QStringLiteral("expected an object"));
            break;
        }
        JsonFields named(it->toObject(), path + u'.' + it.key());
        ParameterValues values = result.parametersFor(*activation);
        for (std::size_t i = 0; i < activation->parameters.size(); ++i) {
            const ParameterSpec& spec = activation->parameters[i];
            values[i] = named.number(toQString(spec.id), values[i], spec.minimum, spec.maximum);
        }
        if (const QString error = named.finish(); !error.isEmpty()) return error;
        result.parameters[std::string(activation->id)] = values;
    }

    if (fields.has(QStringLiteral("x_range"))) {
        const QJsonArray range = fields.array(QStringLiteral("x_range"));
        const bool numbers = range.size() == 2 && range[0].isDouble() && range[1].isDouble();
        const double from = range[0].toDouble();
        const double to = range[1].toDouble();
        if (!numbers || !(from < to) || !(from >= -DBL_MAX) || !(to <= DBL_MAX))
            fields.fail(QStringLiteral("x_range"), QStringLiteral("expected [from, to] with from < to, both finite"));
        else {
            result.xFrom = from;
            result.xTo = to;
        }
    }

    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    state = std::move(result);
    return {};
}

}  // namespace actlab
