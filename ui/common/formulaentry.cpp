#include "ui/common/formulaentry.h"

#include "core/expression/parser.h"
#include "core/expression/typedactivation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <variant>

namespace actlab {

FormulaEntry::FormulaEntry(QWidget* parent)
    : QWidget(parent), m_line(new QLineEdit(this)), m_problem(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* title = new QLabel(tr("Your function f(x):"), this);
    title->setBuddy(m_line);
    layout->addWidget(title);
    layout->addWidget(m_line);
    layout->addWidget(m_problem);
    m_line->setObjectName(QStringLiteral("formula"));
    // What was typed, and the parser's message quoting it: the user's text ("-inf" is a formula in a
    // parameter named inf), not a number of ActLab's (tests/ui/stress/invariants.cpp).
    m_line->setProperty("actlabUserText", true);
    m_problem->setProperty("actlabUserText", true);
    m_line->setPlaceholderText(tr("e.g. x*tanh(softplus(x))"));
    m_line->setAccessibleName(tr("Your function"));
    m_line->setToolTip(tr("Type a formula in x and press Enter to draw it with its exact derivative. "
                          "Other names (a, beta, …) become parameters with sliders; pi and e are the "
                          "constants; ^ is a power, right to left."));
    m_problem->setObjectName(QStringLiteral("formulaProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Formula problem"));
    m_problem->hide();

    connect(m_line, &QLineEdit::textEdited, this, [this] { check(false); });
    connect(m_line, &QLineEdit::returnPressed, this, [this] { check(true); });
}

QString FormulaEntry::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void FormulaEntry::check(bool entering)
{
    const QString text = m_line->text().trimmed();
    QString problem;
    if (text.isEmpty()) {
        problem = entering ? tr("Type a formula in x first.") : QString();
    } else if (entering) {
        // The whole check, parameters counted, only on Enter: it also differentiates (GiNaC).
        const auto found = expression::TypedActivation::find(typedId(text.toStdString()));
        if (const auto* error = std::get_if<expression::ParseError>(&found))
            problem = QString::fromStdString(error->message);
    } else if (const auto parsed = expression::parse(text.toStdString());
               const auto* error = std::get_if<expression::ParseError>(&parsed)) {
        problem = QString::fromStdString(error->message);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (entering && problem.isEmpty()) emit formulaEntered(QString::fromStdString(typedId(text.toStdString())));
}

}  // namespace actlab
