#pragma once

#include "ui/curves/curvesstate.h"

#include <QString>
#include <QWidget>

#include <string>
#include <string_view>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace actlab::curves {

class NumberSlider;

/// A slider and spin box for every parameter of every checked function, generated from core's
/// ParameterSpec (label, range, default, log scale): a new activation in core gets its sliders here
/// with no UI code.
class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    /// Shows the parameters of `state`'s functions with their values; rebuilds the rows only when the
    /// list of functions changed.
    void sync(const CurvesState& state);

    /// The row of one parameter, or nullptr. Its slider is named "<activation>.<parameter>.slider".
    NumberSlider* slider(std::string_view activationId, std::string_view parameterId) const;

signals:
    void parameterEdited(const QString& activationId, int parameterIndex, double value, bool dragging);
    void editingFinished();

private:
    struct Row {
        std::string activationId;
        std::size_t index;
        NumberSlider* slider;
    };

    std::vector<std::string> m_shownIds;
    std::vector<Row> m_rows;
    QVBoxLayout* m_layout;
    QWidget* m_content = nullptr;
};

}  // namespace actlab::curves
