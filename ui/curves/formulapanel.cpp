#include "ui/curves/formulapanel.h"

#include "ui/common/coretext.h"

#include "core/activation.h"

#include <QLabel>
#include <QVBoxLayout>

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
      m_note(makeLabel(this, 1.0, false, QStringLiteral("formula.note")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
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
    if (state.selectedId == m_shownId) return;
    m_shownId = state.selectedId;
    const Activation* activation = findActivation(state.selectedId);
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

}  // namespace actlab::curves
