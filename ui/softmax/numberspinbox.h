#pragma once

#include <QAbstractSpinBox>

namespace actlab {

/// A spin box for any finite double: typing takes "1000", "1e308" or "-2.5e-7" (QDoubleSpinBox cannot:
/// it rounds to a fixed number of decimals and prints 1e308 as 309 digits). Shows the shortest text that
/// reads back as the exact value; the arrows and Up/Down step by singleStep. Text that is not a finite
/// number inside the range is refused on Return or focus loss and the previous value comes back.
class NumberSpinBox : public QAbstractSpinBox {
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    double value() const { return m_value; }
    /// Shows `value` (clamped to the range) without emitting valueEdited.
    void setValue(double value);
    void setRange(double minimum, double maximum);
    void setSingleStep(double step) { m_step = step; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QValidator::State validate(QString& input, int& position) const override;
    void fixup(QString& input) const override;
    void stepBy(int steps) override;

signals:
    /// The user committed a new value (typed and confirmed, or stepped).
    void valueEdited(double value);

protected:
    StepEnabled stepEnabled() const override;

private:
    void commitText();
    void showValue();

    double m_value = 0.0;
    double m_minimum = -1.7976931348623157e308;
    double m_maximum = 1.7976931348623157e308;
    double m_step = 0.1;
};

}  // namespace actlab
