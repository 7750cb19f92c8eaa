#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace actlab {

/// "Your function": a line where the user types f(x) (x*tanh(softplus(x)), max(x, 0)^2, x + sin(a*x)^2/a).
/// While typing, a formula the parser refuses shows why in one line, its column named; Enter offers
/// a formula that reads to the view as an activation id ("expr:…"), and a refused one stays in the line
/// to be mended, nothing lost.
class FormulaEntry : public QWidget {
    Q_OBJECT

public:
    explicit FormulaEntry(QWidget* parent = nullptr);

    QLineEdit* line() const { return m_line; }
    /// The one-line reason the formula in the line is refused; empty when it reads.
    QString problem() const;

signals:
    /// Enter on a formula that reads: its activation id.
    void formulaEntered(const QString& activationId);

private:
    void check(bool entering);

    QLineEdit* m_line;
    QLabel* m_problem;
};

}  // namespace actlab
