#pragma once

#include <QWidget>

#include <cstddef>
#include <span>
#include <vector>

class QFormLayout;

namespace actlab {

class NumberEntry;

/// The class count n and one number entry per logit: a slider over ±10 for dragging, and a box that
/// takes any finite double (1000, 1e308) for the extreme cases. Edits only: the view owns the state.
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
    void addRow();
    void removeLastRow();

    QFormLayout* m_form;
    NumberEntry* m_count;
    std::vector<NumberEntry*> m_rows;
};

}  // namespace actlab
