#pragma once

#include <QDoubleSpinBox>
#include <QString>
#include <QWidget>

#include <cmath>

class QLabel;
class QSlider;

namespace actlab::curves {

/// A spin box that shows a number as briefly as it reads back (0.01, 2.5, 1e-06), never padded to a
/// fixed count of decimals.
class CompactSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override;
};

/// A labelled slider with a spin box beside it, for one number. The slider moves linearly or, for a
/// range that spans decades (softplus β from 0.01 to 100), in log space; values it produces are rounded
/// to the few digits its step resolves, so a state reads 1.5 rather than 1.5000000000000004. The spin
/// box takes any value of its (possibly wider) range exactly as typed.
class NumberSlider : public QWidget {
    Q_OBJECT

public:
    NumberSlider(const QString& label, const QString& toolTip, QWidget* parent = nullptr);

    /// The slider's range and scale; the spin box takes the same range unless setSpinRange() widens it.
    void setSliderRange(double minimum, double maximum, bool logarithmic);
    void setSpinRange(double minimum, double maximum);
    /// Shows `value` without emitting anything.
    void setValue(double value);
    double value() const { return m_value; }

    /// The value `steps` slider steps from `from`, rounded like a slider value and kept in range.
    double stepFrom(double from, int steps) const;
    /// Whether the slider's handle is held down.
    bool isDragging() const;

    /// Names the slider "<base>.slider" and the spin box "<base>.spin", for tests and style sheets.
    void setObjectNames(const QString& base);
    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* spinBox() const { return m_spin; }

    static constexpr int kSteps = 1000;

signals:
    /// The user moved the slider or entered a number. `dragging`: the slider is held, more will follow.
    void valueEdited(double value, bool dragging);
    /// The slider was released, or a number was entered: a good moment for the settled frame.
    void editingFinished();

private:
    double valueAt(int position) const;
    int positionOf(double value) const;
    double rounded(double value) const;

    QLabel* m_label;
    QSlider* m_slider;
    CompactSpinBox* m_spin;
    double m_minimum = std::nan("");  // no range until setSliderRange()
    double m_maximum = std::nan("");
    bool m_logarithmic = false;
    double m_value = 0;
};

}  // namespace actlab::curves
