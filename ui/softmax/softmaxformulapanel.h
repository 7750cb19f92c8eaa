#pragma once

#include "ui/common/theme.h"

#include <QTextDocument>
#include <QWidget>

namespace actlab {

struct SoftmaxNumbers;
struct SoftmaxState;

/// The derivative written out: the Kronecker-delta form ∂sᵢ/∂aⱼ = sᵢ(δᵢⱼ − sⱼ)/T, the matrix form
/// J = (diag(s) − s sᵀ)/T, what the diagonal, the off-diagonal and the row sums are, and the selected
/// cell worked through with the current numbers. A leaf widget that paints its own text, at the largest
/// size that fits the room it is given, so the screen and an exported figure lay it out alike.
class SoftmaxFormulaPanel : public QWidget {
    Q_OBJECT

public:
    explicit SoftmaxFormulaPanel(QWidget* parent = nullptr);

    void applyTheme(const Theme& theme);
    void display(const SoftmaxState& state, const SoftmaxNumbers& numbers);

    /// The panel's text without markup, for tests and accessibility.
    QString plainText() const { return m_document.toPlainText(); }
    /// The point size the text is drawn at in the current size (the theme's, or less where it would
    /// not fit).
    double fittedPointSize();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QTextDocument m_document;
    Theme m_theme = Theme::light();
};

}  // namespace actlab
