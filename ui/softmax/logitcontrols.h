#pragma once

#include <QWidget>

#include <cstddef>
#include <span>
#include <vector>

class QGridLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace actlab {

class NumberSpinBox;

/// The class count n and one row per logit: a slider over ±10 for dragging, and beside it a number box
/// that takes any finite double (1000, 1e308) for the extreme cases. Edits only: the view owns the state.
class LogitControls : public QWidget {
    Q_OBJECT

public:
    explicit LogitControls(QWidget* parent = nullptr);

    /// Shows these logits (n rows), emitting nothing.
    void setLogits(std::span<const double> logits);

signals:
    void logitEdited(std::size_t index, double value);
    void classCountEdited(std::size_t count);

private:
    struct Row {
        QLabel* label;
        QSlider* slider;
        NumberSpinBox* box;
    };
    void addRow();
    void removeLastRow();

    QSpinBox* m_count;
    QGridLayout* m_rows;
    std::vector<Row> m_rowWidgets;
};

}  // namespace actlab
