#pragma once

namespace actlab {

/// How a slider's positions spread over its range.
enum class Scale {
    Linear,       ///< equal differences
    Logarithmic,  ///< equal ratios, for a range that spans decades (softplus β from 0.01 to 100)
    Integer,      ///< one position per whole number (m, k, L, n)
};

/// The map between a slider's integer positions and the numbers they stand for, with the one rounding
/// rule for values the slider produces: the decimal with the fewest significant digits within half a
/// step of the position (the nearest of those), so softplus β reads 2.51 rather than 2.5118864315…,
/// while no two neighbouring positions read the same and a rounded value maps back to its own position.
/// The ends are the range's ends exactly.
class SliderScale {
public:
    /// Continuous scales have kPositions steps; logarithmic needs 0 < minimum.
    static constexpr int kPositions = 1000;

    SliderScale() = default;
    /// `positions`: the steps of a continuous scale (the integer scale has one per whole number).
    SliderScale(double minimum, double maximum, Scale scale, int positions = kPositions);

    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    Scale scale() const { return m_scale; }
    /// The slider's integer range: [minimum, maximum] for the integer scale, [0, positions] otherwise.
    int firstPosition() const;
    int lastPosition() const;

    /// The value at `position` (clamped to the positions), rounded by the rule above.
    double valueAt(int position) const;
    /// The position nearest `value`; values beyond the range give the end positions.
    int positionOf(double value) const;

    bool operator==(const SliderScale&) const = default;

private:
    /// Where `value` lies along the scale, 0 at minimum and 1 at maximum (not clamped).
    double fractionOf(double value) const;
    /// The value at `fraction` of the scale, before rounding.
    double rawValueAt(double fraction) const;
    /// The value at `fraction` by the rounding rule: within (just under) half a step of it.
    double roundedAt(double fraction) const;

    double m_minimum = 0.0;
    double m_maximum = 1.0;
    Scale m_scale = Scale::Linear;
    int m_positions = kPositions;
};

}  // namespace actlab
