#pragma once

#include "ui/common/sliderscale.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <limits>

class QFormLayout;
class QLabel;
class QSlider;

namespace actlab {

class NumberBox;

/// The one control for entering a number, in every view: a label, a slider for sweeping and a number box
/// for typing an exact value. The slider moves on a linear, logarithmic or integer scale (SliderScale,
/// whose one rounding rule makes a slider value read 2.51, not 2.5118864315…); the box takes any value
/// of its range exactly as typed, which may reach past the slider's (any finite number for a logit).
/// Edits are reported with valueEdited(value, dragging) and editingFinished(); setValue() emits nothing.
class NumberEntry : public QWidget {
    Q_OBJECT

public:
    /// `label` may carry a mnemonic ("&Units m"): Alt+U then goes to the box.
    explicit NumberEntry(const QString& label, QWidget* parent = nullptr);
    ~NumberEntry() override;

    /// The slider's range and scale, and the box's too unless setTypedRange() widened it.
    void setRange(double minimum, double maximum, Scale scale, int positions = SliderScale::kPositions);
    /// What the box accepts, wider than the slider: [lowest double, largest double] for any finite number.
    void setTypedRange(double minimum, double maximum);
    static constexpr double kAnyNumber = std::numeric_limits<double>::max();
    /// What the number is, for the tooltip (see toolTipText()).
    void setDescription(const QString& description);
    /// The name a screen reader gives the slider and the box (the label without its mnemonic unless set).
    void setAccessibleNames(const QString& name);
    /// Names the entry `base`, its slider "<base>.slider" and its box "<base>.box", for tests.
    void setObjectNames(const QString& base);
    /// Moves the label into `form`'s label column, the entry beside it, so that a form's sliders line up.
    void placeInForm(QFormLayout* form);

    /// Shows `value` without emitting anything.
    void setValue(double value);
    double value() const { return m_value; }
    /// Whether the slider's handle is held down.
    bool isDragging() const;

    const SliderScale& scale() const { return m_scale; }
    double typedMinimum() const { return m_typedMinimum; }
    double typedMaximum() const { return m_typedMaximum; }
    QLabel* label() const;
    QSlider* slider() const { return m_slider; }
    NumberBox* box() const { return m_box; }

    /// The one tooltip style of number entries: "<label>: <description> (range a – b[, log scale])",
    /// "(slider a – b; typed c – d)" when the box reaches further, "typed: any number" when unbounded.
    static QString toolTipText(const QString& label, const QString& description, const SliderScale& scale,
                               double typedMinimum, double typedMaximum);

signals:
    /// The user moved the slider or entered a number. `dragging`: the slider is held, more will follow.
    void valueEdited(double value, bool dragging);
    /// The slider was released or stepped, or a number was entered: the edit is complete.
    void editingFinished();

private:
    void applyRanges();
    void updateToolTips();
    QString plainLabel() const;

    QPointer<QLabel> m_label;  ///< may live in a form outside the entry (placeInForm)
    QSlider* m_slider;
    NumberBox* m_box;
    SliderScale m_scale;
    double m_typedMinimum = 0.0;
    double m_typedMaximum = 1.0;
    bool m_typedRangeSet = false;
    QString m_description;
    double m_value = 0.0;
};

}  // namespace actlab
