#pragma once

#include <QAbstractSpinBox>

#include <limits>

namespace actlab {

/// A number box for any finite double of its range, taken exactly as typed: "1000", "1e308", "-2.5e-7"
/// (QDoubleSpinBox cannot: it rounds to a fixed number of decimals and writes 1e308 as 309 digits). It
/// shows roundTripText of its value, the shortest text that reads back as that double. Text that is not
/// a finite number inside the range (or, with integersOnly, not a whole number) is refused on Return or
/// focus loss and the value in force comes back. The arrows, Up/Down and PageUp/PageDown step the
/// second significant digit (1.5 → 1.6, 0.25 → 0.26, 1e308 → 1.1e308), or by 1 for whole numbers.
class NumberBox : public QAbstractSpinBox {
    Q_OBJECT
    /// The user property, so an item delegate reads and writes the value.
    Q_PROPERTY(double value READ value WRITE setValue USER true)

public:
    explicit NumberBox(QWidget* parent = nullptr);

    double value() const { return m_value; }
    /// Shows `value` (clamped to the range) without emitting valueEdited.
    void setValue(double value);
    void setRange(double minimum, double maximum);
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    /// Whole numbers only: "2.5" is refused, the arrows step by 1.
    void setIntegersOnly(bool integers);
    /// The step of the arrows at values nearer to zero than this (where the second significant digit
    /// would give ever smaller steps).
    void setSmallestStep(double step) { m_smallestStep = step; }
    /// The box widens to show its whole value rather than scrolling a long one inside its typical
    /// width: for values the user reads off the box, such as a range end after a zoom (123456.7053).
    void setShowsWholeValue(bool whole);

    /// Takes the typed text if it is acceptable, else shows the value in force again: what Return and
    /// focus loss do, for an item delegate that reads the value before the box saw either.
    void commitText();

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
    /// The size for `sample` in the line edit, with the frame and arrows of the style.
    QSize sizeFor(const QString& sample) const;
    /// The step of one arrow press from the current value in the direction of `steps`.
    double stepSize(int steps) const;
    void showValue();

    double m_value = 0.0;
    double m_minimum = std::numeric_limits<double>::lowest();
    double m_maximum = std::numeric_limits<double>::max();
    double m_smallestStep = 0.01;
    bool m_integers = false;
    bool m_showsWholeValue = false;
};

}  // namespace actlab
