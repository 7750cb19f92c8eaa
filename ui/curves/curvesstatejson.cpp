#include "ui/curves/curvesstatejson.h"

#include "core/expression/typedactivation.h"

#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"
#include "ui/common/parametersjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <string>

namespace actlab {

namespace {

QJsonArray rangeToJson(double from, double to)
{
    return QJsonArray{from, to};
}

/// [from, to] with from < to, both within ±maxAbs, at least minSpan apart; nullopt (and an error
/// recorded in `fields`) otherwise. Absent: nullopt with no error.
std::optional<AxisRange> readRange(JsonFields& fields, const QString& key, double maxAbs, double minSpan)
{
    if (!fields.has(key)) return std::nullopt;
    const QJsonArray range = fields.array(key);
    const bool numbers = range.size() == 2 && range[0].isDouble() && range[1].isDouble();
    const double from = range[0].toDouble();
    const double to = range[1].toDouble();
    if (!numbers || !(from < to) || !(from >= -maxAbs) || !(to <= maxAbs)) {
        fields.fail(key, QCoreApplication::translate("actlab::CurvesStateJson",
                                                     "expected [from, to] with from < to, both within ±%1")
                             .arg(roundTripText(maxAbs)));
        return std::nullopt;
    }
    if (!(to - from >= minSpan)) {
        fields.fail(
            key, QCoreApplication::translate("actlab::CurvesStateJson", "the range must be at least %1 wide")
                     .arg(roundTripText(minSpan)));
        return std::nullopt;
    }
    return AxisRange{from, to};
}

QJsonObject highlightsToJson(const CurvesHighlights& h)
{
    return QJsonObject{
        {QStringLiteral("peak"), h.peak},
        {QStringLiteral("saturation"), h.saturation},
        {QStringLiteral("epsilon"), h.epsilon},
        {QStringLiteral("depth_note"), h.depthNote},
        {QStringLiteral("kinks"), h.kinks},
        {QStringLiteral("minimum"), h.minimum},
        {QStringLiteral("relu_gap"), h.reluGap},
        {QStringLiteral("softplus_sigmoid"), h.softplusSigmoid},
        {QStringLiteral("tanh_sigmoid"), h.tanhSigmoid},
    };
}

QString readHighlights(const QJsonObject& json, const QString& path, CurvesHighlights& h)
{
    JsonFields fields(json, path);
    h.peak = fields.boolean(QStringLiteral("peak"), h.peak);
    h.saturation = fields.boolean(QStringLiteral("saturation"), h.saturation);
    h.epsilon = fields.number(QStringLiteral("epsilon"), h.epsilon, kCurvesMinEpsilon, kCurvesMaxEpsilon);
    h.depthNote = fields.boolean(QStringLiteral("depth_note"), h.depthNote);
    h.kinks = fields.boolean(QStringLiteral("kinks"), h.kinks);
    h.minimum = fields.boolean(QStringLiteral("minimum"), h.minimum);
    h.reluGap = fields.boolean(QStringLiteral("relu_gap"), h.reluGap);
    h.softplusSigmoid = fields.boolean(QStringLiteral("softplus_sigmoid"), h.softplusSigmoid);
    h.tanhSigmoid = fields.boolean(QStringLiteral("tanh_sigmoid"), h.tanhSigmoid);
    return fields.finish();
}

}  // namespace

QJsonObject curvesStateToJson(const CurvesState& state)
{
    QJsonArray functions;
    for (const std::string& id : state.activationIds) functions.append(QString::fromStdString(id));
    QJsonObject json;
    json.insert(QStringLiteral("functions"), functions);
    json.insert(QStringLiteral("selected"), QString::fromStdString(state.selectedId));
    json.insert(QStringLiteral("parameters"), parametersToJson(state.parameters));
    json.insert(QStringLiteral("x_range"), rangeToJson(state.xFrom, state.xTo));
    if (state.yRange)
        json.insert(QStringLiteral("y_range"), rangeToJson(state.yRange->from, state.yRange->to));
    if (state.derivativeYRange) {
        json.insert(QStringLiteral("derivative_y_range"),
                    rangeToJson(state.derivativeYRange->from, state.derivativeYRange->to));
    }
    json.insert(QStringLiteral("layout"), state.layout == CurvesLayout::Stacked ? QStringLiteral("stacked")
                                                                                : QStringLiteral("overlay"));
    json.insert(QStringLiteral("probe"), QJsonObject{{QStringLiteral("x"), state.probeX},
                                                     {QStringLiteral("visible"), state.probeVisible}});
    json.insert(QStringLiteral("highlights"), highlightsToJson(state.highlights));
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
                fields.fail(key, QCoreApplication::translate("actlab::CurvesStateJson", "expected an activation id"));
                break;
            }
            const std::string id = functions[i].toString().toStdString();
            if (!findAnyActivation(id)) {
                fields.fail(key, isTypedId(id) ? QString::fromStdString(activationIdError(id))
                                               : QCoreApplication::translate("actlab::CurvesStateJson", "unknown activation '%1'").arg(functions[i].toString()));
                break;
            }
            if (std::find(result.activationIds.begin(), result.activationIds.end(), id) !=
                result.activationIds.end()) {
                fields.fail(key, QCoreApplication::translate("actlab::CurvesStateJson", "'%1' is listed twice").arg(functions[i].toString()));
                break;
            }
            result.activationIds.push_back(id);
        }
    }

    if (fields.has(QStringLiteral("selected"))) {
        const QString selected = fields.string(QStringLiteral("selected"), QString());
        if (fields.error().isEmpty()) {
            if (!findAnyActivation(selected.toStdString()))
                fields.fail(QStringLiteral("selected"),
                            isTypedId(selected.toStdString())
                                ? QString::fromStdString(activationIdError(selected.toStdString()))
                                : QCoreApplication::translate("actlab::CurvesStateJson", "unknown activation '%1'").arg(selected));
            else
                result.selectedId = selected.toStdString();
        }
    }

    if (const QString error = readParameters(fields, result.parameters); !error.isEmpty()) return error;

    if (const auto x = readRange(fields, QStringLiteral("x_range"), kCurvesMaxAbsX, kCurvesMinXSpan)) {
        result.xFrom = x->from;
        result.xTo = x->to;
    }
    // Present: a fixed range; absent: fitted. Absence is meaningful, so it resets an earlier fixed range.
    result.yRange = readRange(fields, QStringLiteral("y_range"), kCurvesMaxAbsY, 0.0);
    result.derivativeYRange = readRange(fields, QStringLiteral("derivative_y_range"), kCurvesMaxAbsY, 0.0);

    if (fields.has(QStringLiteral("layout"))) {
        const QString layout = fields.string(QStringLiteral("layout"), QString());
        if (layout == u"overlay")
            result.layout = CurvesLayout::Overlay;
        else if (layout == u"stacked")
            result.layout = CurvesLayout::Stacked;
        else if (fields.error().isEmpty())
            fields.fail(QStringLiteral("layout"), QStringLiteral("expected \"overlay\" or \"stacked\""));
    }

    if (fields.has(QStringLiteral("probe")) && fields.error().isEmpty()) {
        JsonFields probe(fields.object(QStringLiteral("probe")), fields.pathOf(QStringLiteral("probe")));
        result.probeX = probe.number(QStringLiteral("x"), result.probeX, -kCurvesMaxAbsX, kCurvesMaxAbsX);
        result.probeVisible = probe.boolean(QStringLiteral("visible"), result.probeVisible);
        if (const QString error = probe.finish(); !error.isEmpty() && fields.error().isEmpty()) return error;
    }

    if (fields.has(QStringLiteral("highlights")) && fields.error().isEmpty()) {
        const QJsonObject highlights = fields.object(QStringLiteral("highlights"));
        if (fields.error().isEmpty()) {
            const QString error =
                readHighlights(highlights, fields.pathOf(QStringLiteral("highlights")), result.highlights);
            if (!error.isEmpty()) return error;
        }
    }

    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    state = std::move(result);
    return {};
}

}  // namespace actlab
