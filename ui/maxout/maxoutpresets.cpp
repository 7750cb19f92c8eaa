#include "ui/maxout/maxoutpresets.h"

#include <QCoreApplication>

namespace actlab {

namespace {

/// Two units (negative side first, so the tie at x = 0 goes to it) per input.
MaxoutLayer twoSidedLayer(double negativeSlope, std::size_t inputs)
{
    MaxoutLayer layer;
    layer.groupSize = 2;
    for (std::size_t i = 0; i < inputs; ++i) {
        MaxoutUnit left{std::vector<double>(inputs, 0.0), 0.0};
        MaxoutUnit right{std::vector<double>(inputs, 0.0), 0.0};
        left.weights[i] = negativeSlope;
        right.weights[i] = 1.0;
        layer.units.push_back(std::move(left));
        layer.units.push_back(std::move(right));
    }
    return layer;
}

/// Gives the strings below a translation context lupdate can see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(MaxoutPresets)
};

}  // namespace

void applyPreset(MaxoutState& state, MaxoutPreset preset)
{
    const std::size_t inputs = state.inputCount();
    switch (preset) {
        case MaxoutPreset::Lecture:
            if (state.mode == MaxoutMode::OneInput) {
                state.oneInput.layer = MaxoutOneInput::defaultLayer();
                state.oneInput.target.reset();
            } else {
                state.twoInput.layer = MaxoutTwoInput::lectureLayer();
            }
            return;
        case MaxoutPreset::Relu:
        case MaxoutPreset::Abs:
        case MaxoutPreset::LeakyRelu: {
            const double slope = preset == MaxoutPreset::Relu  ? 0.0
                                 : preset == MaxoutPreset::Abs ? -1.0
                                                               : kLeakyPresetSlope;
            state.layer() = twoSidedLayer(slope, inputs);
            if (state.mode == MaxoutMode::OneInput) state.oneInput.target.reset();
            return;
        }
        case MaxoutPreset::SquareTangents:
        case MaxoutPreset::SoftplusTangents:
            state.mode = MaxoutMode::OneInput;
            state.oneInput.target =
                preset == MaxoutPreset::SquareTangents ? ConvexTarget::Square : ConvexTarget::Softplus;
            state.setUnitCount(kTangentPresetCount);
            return;
    }
}

QString presetId(MaxoutPreset preset)
{
    switch (preset) {
        case MaxoutPreset::Lecture:
            return QStringLiteral("lecture");
        case MaxoutPreset::Relu:
            return QStringLiteral("relu");
        case MaxoutPreset::Abs:
            return QStringLiteral("abs");
        case MaxoutPreset::LeakyRelu:
            return QStringLiteral("leaky_relu");
        case MaxoutPreset::SquareTangents:
            return QStringLiteral("square");
        case MaxoutPreset::SoftplusTangents:
            return QStringLiteral("softplus");
    }
    return {};
}

QString presetLabel(MaxoutPreset preset, MaxoutMode mode)
{
    const bool one = mode == MaxoutMode::OneInput;
    switch (preset) {
        case MaxoutPreset::Lecture:
            return one ? Text::tr("Default (2 groups)") : Text::tr("Lecture example");
        case MaxoutPreset::Relu:
            return one ? Text::tr("ReLU = max(0, x)") : Text::tr("ReLU of x\u2081 and of x\u2082");
        case MaxoutPreset::Abs:
            return one ? Text::tr("|x| = max(\u2212x, x)") : Text::tr("|x\u2081| and |x\u2082|");
        case MaxoutPreset::LeakyRelu:
            return one ? Text::tr("Leaky ReLU = max(0.1x, x)") : Text::tr("Leaky ReLU of x\u2081, x\u2082");
        case MaxoutPreset::SquareTangents:
            return Text::tr("x\u00b2 by k tangents");
        case MaxoutPreset::SoftplusTangents:
            return Text::tr("softplus by k tangents");
    }
    return {};
}

QString presetToolTip(MaxoutPreset preset, MaxoutMode mode)
{
    const bool one = mode == MaxoutMode::OneInput;
    switch (preset) {
        case MaxoutPreset::Lecture:
            return one ? Text::tr("Four units in two groups of two: two different piecewise-linear outputs.")
                       : Text::tr(
                             "The lecture's example: x\u2081, x\u2082 feed 4 units, split into 2 groups of "
                             "2, "
                             "so the layer has 2 outputs.");
        case MaxoutPreset::Relu:
            return one ? Text::tr(
                             "ReLU is maxout's special case max(0, x). The zero unit comes first, so at the "
                             "tie "
                             "x = 0 it wins and the derivative there is 0, as relu\u2032(0) = 0.")
                       : Text::tr("Two groups: max(0, x\u2081) and max(0, x\u2082).");
        case MaxoutPreset::Abs:
            return one ? Text::tr("The absolute value as the maximum of two lines.")
                       : Text::tr("Two groups: |x\u2081| and |x\u2082|.");
        case MaxoutPreset::LeakyRelu:
            return one ? Text::tr("Leaky ReLU with negative slope 0.1 as the maximum of two lines.")
                       : Text::tr("Two groups: leaky ReLU (slope 0.1) of x\u2081 and of x\u2082.");
        case MaxoutPreset::SquareTangents:
            return Text::tr(
                "One group of k tangent lines under x\u00b2 (switches to one input). Move k to see the "
                "maximum error shrink like 1/k\u00b2.");
        case MaxoutPreset::SoftplusTangents:
            return Text::tr(
                "One group of k tangent lines under softplus(x) = log(1 + e\u02e3) (switches to one input). "
                "Move k to see the maximum error shrink.");
    }
    return {};
}

}  // namespace actlab
