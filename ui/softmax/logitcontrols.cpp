#include "ui/softmax/logitcontrols.h"

#include "ui/common/numberentry.h"
#include "ui/common/taborder.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxstate.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace actlab {

namespace {

/// Slider positions over ±kSoftmaxLogitSliderRange: steps of 0.01.
constexpr int kLogitPositions = 2000;

}  // namespace

LogitControls::LogitControls(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_count(new NumberEntry(tr("Classes n"), this))
{
    // The count on a line of its own: in the logits' form its label would widen the label column.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectNames(QStringLiteral("classCount"));
    m_count->setAccessibleNames(tr("Number of classes"));
    m_count->setDescription(tr("new classes start with logit 0"));
    m_count->setRange(double(kSoftmaxMinClasses), double(kSoftmaxMaxClasses), Scale::Integer);
    connect(m_count, &NumberEntry::valueEdited, this,
            [this](double n) { emit classCountEdited(std::size_t(n)); });
}

void LogitControls::addRow()
{
    const std::size_t index = m_rows.size();
    const QString name = logitName(index);
    auto* row = new NumberEntry(name, this);
    row->setObjectNames(QStringLiteral("logit%1").arg(index));
    row->setAccessibleNames(tr("Logit %1").arg(name));
    row->setDescription(tr("drag between −10 and 10, or type any finite number, e.g. 1000 or 1e308"));
    row->setRange(-kSoftmaxLogitSliderRange, kSoftmaxLogitSliderRange, Scale::Linear, kLogitPositions);
    row->setTypedRange(-NumberEntry::kAnyNumber, NumberEntry::kAnyNumber);
    row->placeInForm(m_form);
    connect(row, &NumberEntry::valueEdited, this,
            [this, index](double value) { emit logitEdited(index, value); });
    m_rows.push_back(row);
}

void LogitControls::removeLastRow()
{
    m_rows.pop_back();
    m_form->removeRow(m_form->rowCount() - 1);  // the entry and its label
}

void LogitControls::setLogits(std::span<const double> logits)
{
    m_count->setValue(double(logits.size()));
    const bool grew = m_rows.size() < logits.size();
    while (m_rows.size() < logits.size()) addRow();
    while (m_rows.size() > logits.size()) removeLastRow();
    // New rows join the end of the window's Tab order: bring them back under the rows above them.
    if (grew) keepTabOrderInside(this);
    for (std::size_t i = 0; i < logits.size(); ++i) m_rows[i]->setValue(logits[i]);
}

}  // namespace actlab
