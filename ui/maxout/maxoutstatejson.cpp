#include "ui/maxout/maxoutstatejson.h"

#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace actlab {

namespace {

const QString kOneInput = QStringLiteral("one_input");
const QString kTwoInput = QStringLiteral("two_input");

QString targetName(const std::optional<ConvexTarget>& target)
{
    if (!target) return QStringLiteral("none");
    return *target == ConvexTarget::Square ? QStringLiteral("square") : QStringLiteral("softplus");
}

QJsonArray unitsToJson(const MaxoutLayer& layer, bool oneInput)
{
    QJsonArray units;
    for (const MaxoutUnit& unit : layer.units) {
        QJsonObject json;
        if (oneInput) {
            json.insert(QStringLiteral("weight"), unit.weights.front());
        } else {
            QJsonArray weights;
            for (double w : unit.weights) weights.append(w);
            json.insert(QStringLiteral("weights"), weights);
        }
        json.insert(QStringLiteral("bias"), unit.bias);
        units.append(json);
    }
    return units;
}

/// A number that must be present and within ±kMaxoutWeightLimit.
double requiredNumber(JsonFields& fields, const QString& key, double limit)
{
    if (!fields.has(key)) {
        fields.fail(key, QStringLiteral("missing"));
        return 0.0;
    }
    return fields.number(key, 0.0, -limit, limit);
}

/// Reads "units" and "group_size" into `layer`. An error in `fields` itself is recorded there; an error
/// inside one unit is returned, since it carries that unit's own path.
QString readLayer(JsonFields& fields, std::size_t inputs, MaxoutLayer& layer)
{
    if (fields.has(QStringLiteral("units"))) {
        const QJsonArray units = fields.array(QStringLiteral("units"));
        if (!fields.error().isEmpty()) return {};
        if (units.isEmpty() || std::size_t(units.size()) > kMaxoutMaxUnits) {
            fields.fail(
                QStringLiteral("units"),
                QStringLiteral("expected 1 to %1 units, got %2").arg(kMaxoutMaxUnits).arg(units.size()));
            return {};
        }
        std::vector<MaxoutUnit> read;
        for (qsizetype j = 0; j < units.size(); ++j) {
            const QString key = QStringLiteral("units[%1]").arg(j);
            if (!units[j].isObject()) {
                fields.fail(key, QStringLiteral("expected an object"));
                return {};
            }
            JsonFields unitFields(units[j].toObject(), fields.pathOf(key));
            MaxoutUnit unit;
            if (inputs == 1) {
                unit.weights.push_back(
                    requiredNumber(unitFields, QStringLiteral("weight"), kMaxoutWeightLimit));
            } else if (!unitFields.has(QStringLiteral("weights"))) {
                unitFields.fail(QStringLiteral("weights"), QStringLiteral("missing"));
            } else {
                const QJsonArray weights = unitFields.array(QStringLiteral("weights"));
                if (unitFields.error().isEmpty() && weights.size() != qsizetype(inputs))
                    unitFields.fail(QStringLiteral("weights"),
                                    QStringLiteral("expected %1 numbers").arg(inputs));
                for (qsizetype i = 0; i < weights.size() && unitFields.error().isEmpty(); ++i) {
                    const double w = weights[i].toDouble(std::numeric_limits<double>::quiet_NaN());
                    if (!weights[i].isDouble() || !(w >= -kMaxoutWeightLimit && w <= kMaxoutWeightLimit))
                        unitFields.fail(
                            QStringLiteral("weights[%1]").arg(i),
                            QStringLiteral("expected a number in [%1, %2]")
                                .arg(roundTripText(-kMaxoutWeightLimit), roundTripText(kMaxoutWeightLimit)));
                    unit.weights.push_back(w);
                }
            }
            unit.bias = requiredNumber(unitFields, QStringLiteral("bias"), kMaxoutWeightLimit);
            if (QString error = unitFields.finish(); !error.isEmpty()) return error;
            read.push_back(std::move(unit));
        }
        layer.units = std::move(read);
    }
    const int units = int(layer.units.size());
    const int current = int(std::min<std::size_t>(layer.groupSize, layer.units.size()));
    layer.groupSize = std::size_t(fields.integer(QStringLiteral("group_size"), current, 1, units));
    return {};
}

/// Reads [from, to] at `key` into from/to (kept on error).
void readRange(JsonFields& fields, const QString& key, double& from, double& to)
{
    if (!fields.has(key)) return;
    const QJsonArray range = fields.array(key);
    if (!fields.error().isEmpty()) return;
    const bool numbers = range.size() == 2 && range[0].isDouble() && range[1].isDouble();
    const double a = range[0].toDouble();
    const double b = range[1].toDouble();
    if (!numbers || !(a < b) || !(a >= -kMaxoutRangeLimit) || !(b <= kMaxoutRangeLimit)) {
        fields.fail(key, QStringLiteral("expected [from, to] with from < to, both within \u00b1%1")
                             .arg(roundTripText(kMaxoutRangeLimit)));
        return;
    }
    from = a;
    to = b;
}

void readOneInput(const QJsonObject& json, const QString& path, MaxoutOneInput& one, QString& error)
{
    JsonFields fields(json, path);
    if (error = readLayer(fields, 1, one.layer); !error.isEmpty()) return;
    const QString target = fields.string(QStringLiteral("target"), targetName(one.target));
    if (target == u"none")
        one.target.reset();
    else if (target == u"square")
        one.target = ConvexTarget::Square;
    else if (target == u"softplus")
        one.target = ConvexTarget::Softplus;
    else
        fields.fail(QStringLiteral("target"),
                    QStringLiteral("expected \"none\", \"square\" or \"softplus\", got \"%1\"").arg(target));
    readRange(fields, QStringLiteral("x_range"), one.xFrom, one.xTo);
    if (fields.has(QStringLiteral("probe"))) {
        one.probe = fields.number(QStringLiteral("probe"), one.probe, one.xFrom, one.xTo);
    } else {
        one.probe = std::clamp(one.probe, one.xFrom, one.xTo);
    }
    error = fields.finish();
}

void readTwoInput(const QJsonObject& json, const QString& path, MaxoutTwoInput& two, QString& error)
{
    JsonFields fields(json, path);
    if (error = readLayer(fields, 2, two.layer); !error.isEmpty()) return;
    readRange(fields, QStringLiteral("range"), two.from, two.to);
    if (fields.has(QStringLiteral("probe"))) {
        const QJsonArray probe = fields.array(QStringLiteral("probe"));
        const bool numbers = probe.size() == 2 && probe[0].isDouble() && probe[1].isDouble();
        const double x1 = probe[0].toDouble();
        const double x2 = probe[1].toDouble();
        if (fields.error().isEmpty() &&
            (!numbers || !(x1 >= two.from && x1 <= two.to) || !(x2 >= two.from && x2 <= two.to)))
            fields.fail(QStringLiteral("probe"), QStringLiteral("expected [x1, x2] inside the range [%1, %2]")
                                                     .arg(roundTripText(two.from), roundTripText(two.to)));
        else
            two.probe = {x1, x2};
    } else {
        two.probe = {std::clamp(two.probe[0], two.from, two.to), std::clamp(two.probe[1], two.from, two.to)};
    }
    error = fields.finish();
}

}  // namespace

QJsonObject maxoutStateToJson(const MaxoutState& state)
{
    QJsonObject one;
    one.insert(QStringLiteral("units"), unitsToJson(state.oneInput.layer, true));
    one.insert(QStringLiteral("group_size"), double(state.oneInput.layer.groupSize));
    one.insert(QStringLiteral("target"), targetName(state.oneInput.target));
    one.insert(QStringLiteral("probe"), state.oneInput.probe);
    one.insert(QStringLiteral("x_range"), QJsonArray{state.oneInput.xFrom, state.oneInput.xTo});

    QJsonObject two;
    two.insert(QStringLiteral("units"), unitsToJson(state.twoInput.layer, false));
    two.insert(QStringLiteral("group_size"), double(state.twoInput.layer.groupSize));
    two.insert(QStringLiteral("probe"), QJsonArray{state.twoInput.probe[0], state.twoInput.probe[1]});
    two.insert(QStringLiteral("range"), QJsonArray{state.twoInput.from, state.twoInput.to});

    QJsonObject json;
    json.insert(QStringLiteral("mode"), state.mode == MaxoutMode::OneInput ? kOneInput : kTwoInput);
    json.insert(QStringLiteral("seed"), double(state.seed));
    json.insert(kOneInput, one);
    json.insert(kTwoInput, two);
    return json;
}

QString maxoutStateFromJson(const QJsonObject& json, MaxoutState& state)
{
    MaxoutState result = state;
    JsonFields fields(json, QStringLiteral("maxout"));

    const QString mode =
        fields.string(QStringLiteral("mode"), result.mode == MaxoutMode::OneInput ? kOneInput : kTwoInput);
    if (mode == kOneInput)
        result.mode = MaxoutMode::OneInput;
    else if (mode == kTwoInput)
        result.mode = MaxoutMode::TwoInput;
    else
        fields.fail(QStringLiteral("mode"),
                    QStringLiteral("expected \"one_input\" or \"two_input\", got \"%1\"").arg(mode));
    result.seed = std::uint64_t(
        fields.integer(QStringLiteral("seed"), int(result.seed), 0, std::numeric_limits<int>::max()));

    if (fields.has(kOneInput)) {
        const QJsonObject one = fields.object(kOneInput);
        QString error;
        if (fields.error().isEmpty()) readOneInput(one, fields.pathOf(kOneInput), result.oneInput, error);
        if (!error.isEmpty()) return error;
    }
    if (fields.has(kTwoInput)) {
        const QJsonObject two = fields.object(kTwoInput);
        QString error;
        if (fields.error().isEmpty()) readTwoInput(two, fields.pathOf(kTwoInput), result.twoInput, error);
        if (!error.isEmpty()) return error;
    }

    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    state = std::move(result);
    return {};
}

}  // namespace actlab
