#include "ui/curves/formulapanel.h"

#include "ui/common/coretext.h"

#include "core/activation.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace actlab::curves {

namespace {

QLabel* makeLabel(QWidget* parent, double scale, bool bold, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);  // core's text is plain: a "<" in a formula stays a "<"
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

}  // namespace

FormulaPanel::FormulaPanel(QWidget* parent)
    : QWidget(parent),
      m_title(makeLabel(this, 1.15, true, QStringLiteral("formula.title"))),
      m_formula(makeLabel(this, 1.35, false, QStringLiteral("formula.f"))),
      m_derivative(makeLabel(this, 1.35, false, QStringLiteral("formula.df"))),
      m_note(makeLabel(this, 1.0, false, QStringLiteral("formula.note"))),
      m_notPlotted(makeLabel(this, 1.0, false, QStringLiteral("formula.not_plotted")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // First, where it is read before the formulas it qualifies.
    layout->addWidget(m_notPlotted);
    m_notPlotted->setAccessibleName(tr("Not plotted"));
    QFont italic = m_notPlotted->font();
    italic.setItalic(true);
    m_notPlotted->setFont(italic);
    m_notPlotted->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_formula);
    layout->addWidget(m_derivative);
    layout->addWidget(m_note);
    layout->addStretch(1);
    setAccessibleName(tr("Formula"));
    m_formula->setAccessibleName(tr("Function"));
    m_derivative->setAccessibleName(tr("Derivative"));
    m_note->setAccessibleName(tr("What to notice"));
}

void FormulaPanel::sync(const CurvesState& state)
{
    const Activation* activation = findActivation(state.selectedId);
    // The list can select a function without checking it: say that it is explained but not drawn.
    const bool plotted = std::find(state.activationIds.begin(), state.activationIds.end(), state.selectedId) !=
                         state.activationIds.end();
    if (activation != nullptr && !plotted) {
        m_notPlotted->setText(
            tr("%1 is not plotted: check it in the list to draw it.").arg(coreText(activation->name)));
    }
    m_notPlotted->setVisible(activation != nullptr && !plotted);

    if (state.selectedId == m_shownId) return;
    m_shownId = state.selectedId;
    if (activation == nullptr) {
        for (QLabel* label : {m_title, m_formula, m_derivative, m_note}) label->clear();
        return;
    }
    m_title->setText(coreText(activation->name));
    m_formula->setText(coreText(activation->formula));
    m_derivative->setText(coreText(activation->derivativeFormula));
    m_note->setText(coreText(activation->note));
}

QString FormulaPanel::title() const
{
    return m_title->text();
}
QString FormulaPanel::formula() const
{
    return m_formula->text();
}
QString FormulaPanel::derivativeFormula() const
{
    return m_derivative->text();
}
QString FormulaPanel::note() const
{
    return m_note->text();
}
QString FormulaPanel::notPlottedNote() const
{
    return m_notPlotted->isVisibleTo(this) ? m_notPlotted->text() : QString();
}

}  // namespace actlab::curves
