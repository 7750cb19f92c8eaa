#pragma once

#include "ui/curves/curvesstate.h"

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace actlab {
class NumberEntry;
}

namespace actlab::curves {

/// The x range (two sliders, boxes for any value up to ±10⁶), the layout (one panel, or f above
/// f′) and a reset to the default view.
class RangePanel : public QWidget {
    Q_OBJECT

public:
    explicit RangePanel(QWidget* parent = nullptr);

    void sync(const CurvesState& state);

    NumberEntry* fromEntry() const { return m_from; }
    NumberEntry* toEntry() const { return m_to; }
    QCheckBox* stackedBox() const { return m_stacked; }
    QPushButton* resetButton() const { return m_reset; }

signals:
    void fromEdited(double from, bool dragging);
    void toEdited(double to, bool dragging);
    void layoutToggled(CurvesLayout layout);
    void resetClicked();
    void editingFinished();

private:
    NumberEntry* m_from;
    NumberEntry* m_to;
    QCheckBox* m_stacked;
    QPushButton* m_reset;
};

}  // namespace actlab::curves
