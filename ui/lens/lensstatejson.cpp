#include "ui/lens/lensstatejson.h"

#include "core/activation.h"
#include "core/expression/parser.h"
#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"
#include "ui/lens/lensforms.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <variant>

namespace actlab {

namespace {

const QString kPath = QStringLiteral("lens");

constexpr std::array<const char*, 3> kPrecisionIds{"float64", "float32", "bfloat16"};

QString panelsId(LensPanels panels)
{
    switch (panels) {
    case LensPanels::Value:
        return QStringLiteral("f");
    case LensPanels::Derivative:
        return QStringLiteral("derivative");
    case LensPanels::Both:
        return QStringLiteral("both");
    }
    return {};
}

QString quoted(const std::string& text)
{
    return u'\'' + QString::fromStdString(text) + u'\'';
}

}  // namespace

QJsonObject lensStateToJson(const LensState& state)
{
    QJsonObject json;
    json.insert(QStringLiteral("subject"), state.typed ? QStringLiteral("typed") : QStringLiteral("builtin"));
    json.insert(QStringLiteral("function"), QString::fromStdString(state.activationId));
    json.insert(QStringLiteral("formula"), QString::fromStdString(state.formula));
    json.insert(QStringLiteral("form"), formId(state.form));
    QJsonArray overlays;
    for (const LensForm form : state.overlays) overlays.append(formId(form));
    json.insert(QStringLiteral("overlays"), overlays);
    json.insert(QStringLiteral("panels"), panelsId(state.panels));
    json.insert(QStringLiteral("x_range"), QJsonArray{state.from, state.to});
    QJsonArray precisions;
    for (std::size_t p = 0; p < kPrecisionIds.size(); ++p) {
        if (state.precisions[p]) precisions.append(QLatin1String(kPrecisionIds[p]));
    }
    json.insert(QStringLiteral("precisions"), precisions);
    json.insert(QStringLiteral("points"), state.points);
    return json;
}

QString lensStateFromJson(const QJsonObject& json, LensState& state)
{
    LensState result = state;
    JsonFields fields(json, kPath);

    if (fields.has(QStringLiteral("subject"))) {
        const QString subject = fields.string(QStringLiteral("subject"), QString());
        if (subject == u"typed")
            result.typed = true;
        else if (subject == u"builtin")
            result.typed = false;
        else if (fields.error().isEmpty())
            fields.fail(QStringLiteral("subject"),
                        QStringLiteral("expected \"builtin\" or \"typed\", not '%1'").arg(subject));
    }
    if (fields.has(QStringLiteral("function"))) {
        const QString id = fields.string(QStringLiteral("function"), QString());
        if (fields.error().isEmpty() && findActivation(id.toStdString()) == nullptr)
            fields.fail(QStringLiteral("function"), QStringLiteral("unknown activation '%1'").arg(id));
        result.activationId = id.toStdString();
    }
    result.formula =
        fields.string(QStringLiteral("formula"), QString::fromStdString(result.formula)).toStdString();
    if (fields.has(QStringLiteral("form"))) {
        const QString id = fields.string(QStringLiteral("form"), QString());
        if (const std::optional<LensForm> form = formFromId(id))
            result.form = *form;
        else if (fields.error().isEmpty())
            fields.fail(
                QStringLiteral("form"),
                QStringLiteral("unknown form '%1' (one of: actlab, textbook, pytorch, tensorflow)").arg(id));
    }
    if (fields.has(QStringLiteral("overlays"))) {
        const QJsonArray overlays = fields.array(QStringLiteral("overlays"));
        result.overlays.clear();
        for (qsizetype i = 0; i < overlays.size() && fields.error().isEmpty(); ++i) {
            const QString key = QStringLiteral("overlays[%1]").arg(i);
            const std::optional<LensForm> form = formFromId(overlays[i].toString());
            if (!overlays[i].isString() || !form)
                fields.fail(key, QStringLiteral("expected one of actlab, textbook, pytorch, tensorflow"));
            else
                result.overlays.push_back(*form);
        }
    }
    if (fields.has(QStringLiteral("panels"))) {
        const QString id = fields.string(QStringLiteral("panels"), QString());
        if (id == u"f")
            result.panels = LensPanels::Value;
        else if (id == u"derivative")
            result.panels = LensPanels::Derivative;
        else if (id == u"both")
            result.panels = LensPanels::Both;
        else if (fields.error().isEmpty())
            fields.fail(QStringLiteral("panels"),
                        QStringLiteral("expected \"f\", \"derivative\" or \"both\", not '%1'").arg(id));
    }
    if (fields.has(QStringLiteral("x_range"))) {
        const QJsonArray range = fields.array(QStringLiteral("x_range"));
        if (fields.error().isEmpty()) {
            if (range.size() != 2 || !range[0].isDouble() || !range[1].isDouble())
                fields.fail(QStringLiteral("x_range"), QStringLiteral("expected two numbers [from, to]"));
            else {
                result.from = range[0].toDouble();
                result.to = range[1].toDouble();
            }
        }
    }
    if (fields.has(QStringLiteral("precisions"))) {
        const QJsonArray precisions = fields.array(QStringLiteral("precisions"));
        result.precisions = {false, false, false};
        for (qsizetype i = 0; i < precisions.size() && fields.error().isEmpty(); ++i) {
            const auto it = std::find_if(kPrecisionIds.begin(), kPrecisionIds.end(), [&](const char* id) {
                return precisions[i].toString() == QLatin1String(id);
            });
            if (!precisions[i].isString() || it == kPrecisionIds.end())
                fields.fail(QStringLiteral("precisions[%1]").arg(i),
                            QStringLiteral("expected one of float64, float32, bfloat16"));
            else
                result.precisions[std::size_t(it - kPrecisionIds.begin())] = true;
        }
    }
    result.points = fields.integer(QStringLiteral("points"), result.points, kLensMinPoints, kLensMaxPoints);

    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    if (const QString error = lensStateError(result); !error.isEmpty()) return error;
    state = std::move(result);
    return {};
}

QString lensStateError(const LensState& state)
{
    const Activation* activation = findActivation(state.activationId);
    if (activation == nullptr)
        return QStringLiteral("lens.function: unknown activation %1").arg(quoted(state.activationId));
    const std::vector<LensForm> forms = formsOf(state.activationId);
    const auto offered = [&](LensForm form) {
        return std::find(forms.begin(), forms.end(), form) != forms.end();
    };
    if (!offered(state.form))
        return QStringLiteral("lens.form: %1 has no %2 form")
            .arg(quoted(state.activationId), formId(state.form));
    for (std::size_t i = 0; i < state.overlays.size(); ++i) {
        const LensForm form = state.overlays[i];
        const QString key = QStringLiteral("lens.overlays[%1]").arg(i);
        if (!offered(form))
            return QStringLiteral("%1: %2 has no %3 form").arg(key, quoted(state.activationId), formId(form));
        if (form == state.form) return QStringLiteral("%1: %2 is the form examined").arg(key, formId(form));
        if (std::count(state.overlays.begin(), state.overlays.end(), form) > 1)
            return QStringLiteral("%1: %2 is listed twice").arg(key, formId(form));
    }
    if (state.typed || !state.formula.empty()) {
        auto parsed = expression::parse(state.formula);
        if (const auto* error = std::get_if<expression::ParseError>(&parsed))
            return QStringLiteral("lens.formula: %1").arg(QString::fromStdString(error->message));
        // Free names are parameters set to 1: "inf" or "nan" would silently be 1, not what was meant.
        for (const std::string& name : std::get<expression::Expression>(parsed).parameters) {
            const QString lower = QString::fromStdString(name).toLower();
            if (lower == u"inf" || lower == u"nan" || lower == u"infinity")
                return QStringLiteral(
                           "lens.formula: '%1' would be a parameter set to 1: formulas have no "
                           "infinities or NaNs to type")
                    .arg(QString::fromStdString(name));
        }
    }
    const auto inRange = [](double v) { return std::isfinite(v) && std::fabs(v) <= kLensMaxAbsX; };
    if (!inRange(state.from) || !inRange(state.to))
        return QStringLiteral("lens.x_range: [%1, %2] reaches past ±%3")
            .arg(roundTripText(state.from), roundTripText(state.to), roundTripText(kLensMaxAbsX));
    if (!(state.from < state.to))
        return QStringLiteral("lens.x_range: from = %1 is not below to = %2")
            .arg(roundTripText(state.from), roundTripText(state.to));
    if (state.points < kLensMinPoints || state.points > kLensMaxPoints)
        return QStringLiteral("lens.points: %1 is outside [%2, %3]")
            .arg(state.points)
            .arg(kLensMinPoints)
            .arg(kLensMaxPoints);
    return {};
}

}  // namespace actlab
