#include "ui/curves/formulapanel.h"

#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"

#include "core/activation.h"
#include "core/expression/typedactivation.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <variant>

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
      m_notPlotted(makeLabel(this, 1.0, false, QStringLiteral("formula.not_plotted"))),
      m_check(makeLabel(this, 1.0, true, QStringLiteral("formula.check"))),
      m_copyLatex(new QPushButton(tr("Copy LaTeX"), this))
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
    layout->addWidget(m_check);
    m_check->setAccessibleName(tr("Derivative check"));
    m_check->hide();
    layout->addWidget(m_copyLatex, 0, Qt::AlignLeft);
    m_copyLatex->setObjectName(QStringLiteral("formula.copy_latex"));
    m_copyLatex->setToolTip(tr("Copy f and f′ as LaTeX, to paste onto a slide"));
    m_copyLatex->hide();
    connect(m_copyLatex, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_latex); });
    layout->addStretch(1);
    setAccessibleName(tr("Formula"));
    m_formula->setAccessibleName(tr("Function"));
    m_derivative->setAccessibleName(tr("Derivative"));
    m_note->setAccessibleName(tr("What to notice"));
}

void FormulaPanel::sync(const CurvesState& state)
{
    const Activation* activation = findAnyActivation(state.selectedId);
    // The list can select a function without checking it: say that it is explained but not drawn.
    const bool plotted = std::find(state.activationIds.begin(), state.activationIds.end(), state.selectedId) !=
                         state.activationIds.end();
    if (activation != nullptr && !plotted) {
        m_notPlotted->setText(
            tr("%1 is not plotted: check it in the list to draw it.").arg(coreText(activation->name)));
    }
    m_notPlotted->setVisible(activation != nullptr && !plotted);

    const auto found = isTypedId(state.selectedId) ? expression::TypedActivation::find(state.selectedId)
                                                    : std::variant<const expression::TypedActivation*,
                                                                   expression::ParseError>{nullptr};
    const auto* const* typedFound = std::get_if<const expression::TypedActivation*>(&found);
    const expression::TypedActivation* typed = typedFound != nullptr ? *typedFound : nullptr;
    // The check depends on the range and the parameters, so it runs at every change, not only a new id.
    const QString disagreement =
        typed != nullptr && activation != nullptr
            ? QString::fromStdString(typed->derivativeDisagreement(state.xFrom, state.xTo,
                                                                   state.parametersFor(*activation)))
            : QString();
    m_check->setText(disagreement.isEmpty() ? QString() : tr("Check failed: %1").arg(disagreement));
    m_check->setVisible(!disagreement.isEmpty());

    if (state.selectedId == m_shownId) return;
    m_shownId = state.selectedId;
    m_latex.clear();
    m_copyLatex->hide();
    if (activation == nullptr) {
        for (QLabel* label : {m_title, m_formula, m_derivative, m_note}) label->clear();
        return;
    }
    if (typed != nullptr) {
        m_title->setText(tr("Your function"));
        m_formula->setText(toQString(activation->formula));
        m_derivative->setText(toQString(activation->derivativeFormula));
        m_note->setText(typed->symbolicError().empty()
                            ? tr("Evaluated as written: f and f′ in one pass with dual numbers, which is "
                                 "what is drawn. The f′ above is GiNaC's, checked against it at 64 points "
                                 "of the range.")
                            : tr("Evaluated as written: f and f′ in one pass with dual numbers, which is "
                                 "what is drawn. GiNaC could not give f′ as a formula."));
        if (!typed->latex().empty()) {
            m_latex = QStringLiteral("f(x) = %1, \\qquad f'(x) = %2")
                          .arg(QString::fromStdString(typed->latex()),
                               QString::fromStdString(typed->derivativeLatex()));
            m_copyLatex->show();
        }
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
QString FormulaPanel::derivativeCheck() const
{
    return m_check->isVisibleTo(this) ? m_check->text() : QString();
}

QString FormulaPanel::latex() const
{
    return m_latex;
}

QString FormulaPanel::notPlottedNote() const
{
    return m_notPlotted->isVisibleTo(this) ? m_notPlotted->text() : QString();
}

}  // namespace actlab::curves
