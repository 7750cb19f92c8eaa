#pragma once

#include "ui/curves/curvesstate.h"

#include <QWidget>

class QCheckBox;

namespace actlab {
class NumberEntry;
}

namespace actlab::curves {

/// The probe's controls: where it is (a slider over the x range, a spin box for any exact x) and
/// whether it is shown.
class ProbePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProbePanel(QWidget* parent = nullptr);

    void sync(const CurvesState& state);

    NumberEntry* entry() const { return m_entry; }
    QCheckBox* visibleBox() const { return m_visible; }

signals:
    void probeEdited(double x, bool dragging);
    void visibilityToggled(bool visible);
    void editingFinished();

private:
    NumberEntry* m_entry;
    QCheckBox* m_visible;
};

}  // namespace actlab::curves
