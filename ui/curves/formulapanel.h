#pragma once

#include "ui/curves/curvesstate.h"

#include <QWidget>

#include <string>

class QLabel;
class QPushButton;

namespace actlab::curves {

/// The selected function written out: f and f′ in Unicode math from core, and core's two or three
/// sentences on what to notice; above them a note when the function is not plotted (selected in the
/// list but not checked). For a typed formula: f and GiNaC's f′ as readable mathematics, whether that
/// f′ agrees with the dual-number f′ that is drawn (checked at 64 points of the range), and a button
/// copying both as LaTeX for a slide.
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
    /// For a typed formula whose symbolic and dual-number f′ disagree on the range: where; else empty.
    QString derivativeCheck() const;
    /// What "Copy LaTeX" puts on the clipboard; empty when the button is hidden.
    QString latex() const;

private:
    QLabel* m_title;
    QLabel* m_formula;
    QLabel* m_derivative;
    QLabel* m_note;
    QLabel* m_notPlotted;
    QLabel* m_check;
    QPushButton* m_copyLatex;
    QString m_latex;
    std::string m_shownId;
};

}  // namespace actlab::curves
