#include "ui/softmax/softmaxstatejson.h"

#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

const QString kLogits = QStringLiteral("logits");
const QString kTemperature = QStringLiteral("temperature");
const QString kSlice = QStringLiteral("slice");
const QString kOutput = QStringLiteral("output");
const QString kLogit = QStringLiteral("logit");

}  // namespace

QJsonObject softmaxStateToJson(const SoftmaxState& state)
{
    QJsonArray logits;
    for (const double a : state.logits) logits.append(a);
    QJsonObject slice;
    slice.insert(kOutput, qint64(state.sliceOutput));
    slice.insert(kLogit, qint64(state.sliceLogit));
    QJsonObject json;
    json.insert(kLogits, logits);
    json.insert(kTemperature, state.temperature);
    json.insert(kSlice, slice);
    return json;
}

QString softmaxStateFromJson(const QJsonObject& json, SoftmaxState& state)
{
    SoftmaxState result = state;
    JsonFields fields(json, QStringLiteral("softmax"));

    if (fields.has(kLogits)) {
        const QJsonArray logits = fields.array(kLogits);
        if (fields.error().isEmpty() && (logits.size() < qsizetype(kSoftmaxMinClasses) ||
                                         logits.size() > qsizetype(kSoftmaxMaxClasses))) {
            fields.fail(kLogits, QStringLiteral("expected %1 to %2 numbers, got %3")
                                     .arg(kSoftmaxMinClasses)
                                     .arg(kSoftmaxMaxClasses)
                                     .arg(logits.size()));
        }
        if (fields.error().isEmpty()) {
            result.logits.clear();
            for (qsizetype i = 0; i < logits.size(); ++i) {
                if (!logits[i].isDouble() || !std::isfinite(logits[i].toDouble())) {
                    fields.fail(QStringLiteral("logits[%1]").arg(i),
                                QStringLiteral("expected a finite number"));
                    break;
                }
                result.logits.push_back(logits[i].toDouble());
            }
        }
    }

    result.temperature =
        fields.number(kTemperature, result.temperature, kSoftmaxMinTemperature, kSoftmaxMaxTemperature);

    // Fewer logits than before may leave an old slice index beyond n: the last class is the nearest.
    const int last = int(result.classCount()) - 1;
    result.sliceOutput = std::min(result.sliceOutput, std::size_t(last));
    result.sliceLogit = std::min(result.sliceLogit, std::size_t(last));
    if (fields.has(kSlice)) {
        const QJsonObject sliceJson = fields.object(kSlice);
        if (fields.error().isEmpty()) {
            JsonFields slice(sliceJson, fields.pathOf(kSlice));
            result.sliceOutput = std::size_t(slice.integer(kOutput, int(result.sliceOutput), 0, last));
            result.sliceLogit = std::size_t(slice.integer(kLogit, int(result.sliceLogit), 0, last));
            if (const QString error = slice.finish(); !error.isEmpty()) return error;
        }
    }

    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    state = std::move(result);
    return {};
}

QString softmaxStateError(const SoftmaxState& state)
{
    const std::size_t n = state.classCount();
    if (n < kSoftmaxMinClasses || n > kSoftmaxMaxClasses)
        return QStringLiteral("softmax.logits: expected %1 to %2 numbers, got %3")
            .arg(kSoftmaxMinClasses)
            .arg(kSoftmaxMaxClasses)
            .arg(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(state.logits[i]))
            return QStringLiteral("softmax.logits[%1]: expected a finite number").arg(i);
    }
    if (!(state.temperature >= kSoftmaxMinTemperature && state.temperature <= kSoftmaxMaxTemperature))
        return QStringLiteral("softmax.temperature: %1 is outside [%2, %3]")
            .arg(roundTripText(state.temperature), roundTripText(kSoftmaxMinTemperature),
                 roundTripText(kSoftmaxMaxTemperature));
    if (state.sliceOutput >= n)
        return QStringLiteral("softmax.slice.output: %1 is not below n = %2").arg(state.sliceOutput).arg(n);
    if (state.sliceLogit >= n)
        return QStringLiteral("softmax.slice.logit: %1 is not below n = %2").arg(state.sliceLogit).arg(n);
    return {};
}

}  // namespace actlab
