#include "ui/curves/probereadout.h"

#include "ui/common/coretext.h"
#include "ui/common/numberlabel.h"

#include "core/activation.h"
#include "core/expression/typedactivation.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

namespace actlab::curves {

namespace {

NumberLabel* makeCell(QWidget* parent, const QFont& font)
{
    auto* label = new NumberLabel(parent);
    label->setFont(font);
    // Room for a typical 17-digit number, so moving the probe repaints the label with no layout pass
    // over the window; only the rarer exponent forms widen it.
    label->setMinimumWidth(QFontMetrics(font).horizontalAdvance(QStringLiteral("-0.12345678901234567")));
    return label;
}

}  // namespace

ProbeReadout::ProbeReadout(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setAccessibleName(tr("Probe readout"));
    setToolTip(
        tr("f and f′ at the probe, each as the shortest decimal that reads back as the same double. Ctrl+C "
           "or the right-click menu copies a whole number."));
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(2);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_x = makeCell(this, fixed);
    m_x->setObjectName(QStringLiteral("probe.x"));
    auto* xLabel = new QLabel(QStringLiteral("x ="), this);
    m_grid->addWidget(xLabel, 0, 0);
    m_grid->addWidget(m_x, 0, 1, 1, 2);
    auto* fHeader = new QLabel(tr("f(x)"), this);
    auto* dfHeader = new QLabel(tr("f′(x)"), this);
    QFont bold = fHeader->font();
    bold.setBold(true);
    fHeader->setFont(bold);
    dfHeader->setFont(bold);
    m_grid->addWidget(fHeader, 1, 1);
    m_grid->addWidget(dfHeader, 1, 2);
    m_grid->setColumnStretch(3, 1);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
}

void ProbeReadout::showNumber(NumberLabel* cell, double v)
{
    // A typed formula can be undefined (log x for x < 0) or infinite (1/x at 0) at the probe.
    if (std::isnan(v)) cell->setPlainText(tr("undefined"));
    else if (std::isinf(v)) cell->setPlainText(v > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞"));
    else cell->setNumber(v);
}

void ProbeReadout::sync(const CurvesState& state)
{
    if (state.activationIds != m_shownIds) {
        for (const Row& row : m_rows) {
            delete row.name;
            delete row.value;
            delete row.derivative;
        }
        m_rows.clear();
        m_shownIds = state.activationIds;
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (const std::string& id : state.activationIds) {
            const Activation* activation = findAnyActivation(id);
            if (activation == nullptr) continue;
            const int line = static_cast<int>(m_rows.size()) + 2;
            Row row{activation,
                    new QLabel(coreText(activation->name), this),
                    makeCell(this, fixed), makeCell(this, fixed)};
            row.value->setObjectName(QStringLiteral("probe.%1.f").arg(QString::fromStdString(id)));
            row.derivative->setObjectName(QStringLiteral("probe.%1.df").arg(QString::fromStdString(id)));
            m_grid->addWidget(row.name, line, 0);
            m_grid->addWidget(row.value, line, 1);
            m_grid->addWidget(row.derivative, line, 2);
            m_rows.push_back(row);
        }
    }
    m_x->setNumber(state.probeX);
    for (const Row& row : m_rows) {
        const ParameterValues p = state.parametersFor(*row.activation);
        if (!parameterError(*row.activation, p).empty()) {
            row.value->setPlainText(tr("not drawn"));
            row.derivative->setPlainText(QString());
            continue;
        }
        double f = 0;
        double df = 0;
        row.activation->evaluateBatch(&state.probeX, &f, &df, 1, p);
        showNumber(row.value, f);
        showNumber(row.derivative, df);
    }
}

QString ProbeReadout::xText() const
{
    return m_x->text();
}
QString ProbeReadout::valueText(std::size_t function) const
{
    return m_rows.at(function).value->text();
}
QString ProbeReadout::derivativeText(std::size_t function) const
{
    return m_rows.at(function).derivative->text();
}

}  // namespace actlab::curves
