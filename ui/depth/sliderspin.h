#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace actlab {

/// A slider with a number box beside it, for one value in [minimum, maximum]: the slider for sweeping,
/// the box for typing an exact value. On a log scale the slider moves in equal ratios.
class SliderSpin : public QWidget {
    Q_OBJECT

public:
    SliderSpin(double minimum, double maximum, int decimals, bool logScale, QWidget* parent = nullptr);

    /// Shows `value` without emitting valueEdited. The box rounds for display; value() keeps `value`.
    void setValue(double value);
    double value() const { return m_value; }

    /// Accessible names and tooltips for both halves.
    void describe(const QString& name, const QString& toolTip);

    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* spinBox() const { return m_spin; }

signals:
    /// The user moved the slider or typed a value.
    void valueEdited(double value);

private:
    int sliderPosition(double value) const;
    double valueAt(int position) const;

    static constexpr int kSteps = 1000;
    double m_minimum;
    double m_maximum;
    bool m_logScale;
    double m_value;
    QSlider* m_slider;
    QDoubleSpinBox* m_spin;
};

}  // namespace actlab
