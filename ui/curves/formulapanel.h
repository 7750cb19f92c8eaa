#pragma once

#include "ui/curves/curvesstate.h"

#include <QWidget>

#include <string>

class QLabel;

namespace actlab::curves {

/// The selected function written out: f and f′ in Unicode math from core, and core's two or three
/// sentences on what to notice; above them a note when the function is not plotted (selected in the
/// list but not checked).
class FormulaPanel : public QWidget {
    Q_OBJECT

public:
    explicit FormulaPanel(QWidget* parent = nullptr);

    void sync(const CurvesState& state);

    QString title() const;
    QString formula() const;
    QString derivativeFormula() const;
    QString note() const;
    /// The "… is not plotted" note; empty while it is hidden.
    QString notPlottedNote() const;

private:
    QLabel* m_title;
    QLabel* m_formula;
    QLabel* m_derivative;
    QLabel* m_note;
    QLabel* m_notPlotted;
    std::string m_shownId;
};

}  // namespace actlab::curves
