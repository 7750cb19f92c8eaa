#pragma once

#include <QWidget>

#include <cstddef>

class QComboBox;

namespace actlab {

/// Which slice the slice plot draws: the output sᵢ and the logit aⱼ that sweeps. Clicking a cell of
/// the Jacobian picks the same pair; these two lists are the keyboard way.
class SliceSelector : public QWidget {
    Q_OBJECT

public:
    explicit SliceSelector(QWidget* parent = nullptr);

    /// Lists s₁ … sₙ and a₁ … aₙ and selects (output, logit), emitting nothing.
    void setSelection(std::size_t classCount, std::size_t output, std::size_t logit);

signals:
    void selectionEdited(std::size_t output, std::size_t logit);

private:
    QComboBox* m_output;
    QComboBox* m_logit;
};

}  // namespace actlab
