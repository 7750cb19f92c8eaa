#include "ui/depth/depthstatejson.h"

#include "core/expression/typedactivation.h"

#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"
#include "ui/common/parametersjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <string>

namespace actlab {

namespace {

const QString kPath = QStringLiteral("depth");

bool inRange(double v, double low, double high)
{
    return std::isfinite(v) && v >= low && v <= high;
}

}  // namespace

QJsonObject depthStateToJson(const DepthState& state)
{
    QJsonArray functions;
    for (const std::string& id : state.activationIds) functions.append(QString::fromStdString(id));
    QJsonObject json;
    json.insert(QStringLiteral("functions"), functions);
    json.insert(QStringLiteral("parameters"), parametersToJson(state.parameters));
    json.insert(QStringLiteral("layers"), state.layers);
    json.insert(QStringLiteral("x"), state.x);
    json.insert(QStringLiteral("weight"), state.weight);
    json.insert(QStringLiteral("bias"), state.bias);
    json.insert(QStringLiteral("randomized"), state.randomized);
    json.insert(QStringLiteral("seed"), static_cast<qint64>(state.seed));
    json.insert(QStringLiteral("spread"), state.spread);
    return json;
}

QString depthStateFromJson(const QJsonObject& json, DepthState& state)
{
    DepthState result = state;
    JsonFields fields(json, kPath);

    if (fields.has(QStringLiteral("functions"))) {
        const QJsonArray functions = fields.array(QStringLiteral("functions"));
        result.activationIds.clear();
        for (qsizetype i = 0; i < functions.size() && fields.error().isEmpty(); ++i) {
            const QString key = QStringLiteral("functions[%1]").arg(i);
            if (!functions[i].isString()) {
                fields.fail(key, QStringLiteral("expected an activation id"));
                break;
            }
            const std::string id = functions[i].toString().toStdString();
            if (!findAnyActivation(id)) {
                fields.fail(key, QString::fromStdString(activationIdError(id)));
            } else if (std::find(result.activationIds.begin(), result.activationIds.end(), id) !=
                       result.activationIds.end()) {
                fields.fail(key, QStringLiteral("'%1' is listed twice").arg(functions[i].toString()));
            } else {
                result.activationIds.push_back(id);
            }
        }
    }

    if (const QString error = readParameters(fields, result.parameters); !error.isEmpty()) return error;

    result.layers = fields.integer(QStringLiteral("layers"), result.layers, kDepthMinLayers, kDepthMaxLayers);
    result.x = fields.number(QStringLiteral("x"), result.x, -kDepthValueRange, kDepthValueRange);
    result.weight =
        fields.number(QStringLiteral("weight"), result.weight, -kDepthValueRange, kDepthValueRange);
    result.bias = fields.number(QStringLiteral("bias"), result.bias, -kDepthValueRange, kDepthValueRange);
    result.randomized = fields.boolean(QStringLiteral("randomized"), result.randomized);
    result.seed = fields.integer(QStringLiteral("seed"), static_cast<int>(result.seed), 0,
                                 static_cast<int>(kDepthMaxSeed));
    result.spread = fields.number(QStringLiteral("spread"), result.spread, 0.0, kDepthMaxSpread);

    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    state = std::move(result);
    return {};
}

QString depthStateError(const DepthState& state)
{
    for (std::size_t i = 0; i < state.activationIds.size(); ++i) {
        const std::string& id = state.activationIds[i];
        if (!findAnyActivation(id))
            return QStringLiteral("depth.functions[%1]: %2").arg(i).arg(QString::fromStdString(activationIdError(id)));
        if (std::count(state.activationIds.begin(), state.activationIds.end(), id) > 1)
            return QStringLiteral("depth.functions[%1]: '%2' is listed twice")
                .arg(i)
                .arg(QString::fromStdString(id));
    }
    for (const auto& [id, values] : state.parameters) {
        const Activation* activation = findAnyActivation(id);
        if (!activation)
            return QStringLiteral("depth.parameters: unknown activation '%1'")
                .arg(QString::fromStdString(id));
        if (const std::string error = parameterError(*activation, values); !error.empty())
            return QStringLiteral("depth.parameters.%1: %2")
                .arg(QString::fromStdString(id), QString::fromStdString(error));
    }
    if (state.layers < kDepthMinLayers || state.layers > kDepthMaxLayers)
        return QStringLiteral("depth.layers: %1 is outside [%2, %3]")
            .arg(state.layers)
            .arg(kDepthMinLayers)
            .arg(kDepthMaxLayers);
    const auto value = [](const char* key, double v, double low, double high) {
        return inRange(v, low, high)
                   ? QString()
                   : QStringLiteral("depth.%1: %2 is outside [%3, %4]")
                         .arg(QLatin1String(key), roundTripText(v), roundTripText(low), roundTripText(high));
    };
    for (const QString& error : {value("x", state.x, -kDepthValueRange, kDepthValueRange),
                                 value("weight", state.weight, -kDepthValueRange, kDepthValueRange),
                                 value("bias", state.bias, -kDepthValueRange, kDepthValueRange),
                                 value("spread", state.spread, 0.0, kDepthMaxSpread)}) {
        if (!error.isEmpty()) return error;
    }
    if (state.seed < 0 || state.seed > kDepthMaxSeed)
        return QStringLiteral("depth.seed: %1 is outside [0, %2]").arg(state.seed).arg(kDepthMaxSeed);
    return {};
}

}  // namespace actlab
