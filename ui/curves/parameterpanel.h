#pragma once

#include "ui/curves/curvesstate.h"

#include <QString>
#include <QWidget>

#include <string_view>

class QLabel;

namespace actlab {
class NumberEntry;
class ParameterControls;
}  // namespace actlab

namespace actlab::curves {

/// The parameters of every checked function, a titled box per function, generated from core's
/// ParameterSpec by ParameterControls: a new activation in core gets its entries here with no UI code.
class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    /// Shows the parameters of `state`'s functions with their values; rebuilds the rows only when the
    /// list of functions changed.
    void sync(const CurvesState& state);

    /// The entry of one parameter, or nullptr. It is named "<activation>.<parameter>".
    NumberEntry* entry(std::string_view activationId, std::string_view parameterId) const;

signals:
    void parameterEdited(const QString& activationId, int parameterIndex, double value, bool dragging);
    void editingFinished();

private:
    ParameterControls* m_controls;
    QLabel* m_none;
};

}  // namespace actlab::curves
