#include "ui/common/parametercontrols.h"

#include "core/expression/typedactivation.h"

#include "ui/common/coretext.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/common/taborder.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace actlab {

ParameterControls::ParameterControls(Grouping grouping, QWidget* parent)
    : QWidget(parent), m_grouping(grouping)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

NumberEntry* ParameterControls::makeEntry(const Activation& activation, std::size_t index, QWidget* parent)
{
    const ParameterSpec& spec = activation.parameters[index];
    auto* entry = new NumberEntry(coreText(spec.label), parent);
    entry->setObjectNames(toQString(activation.id) + u'.' + toQString(spec.id));
    entry->setAccessibleNames(coreText(activation.name) + u' ' + coreText(spec.label));
    entry->setRange(spec.minimum, spec.maximum, spec.logScale ? Scale::Logarithmic : Scale::Linear);
    entry->setDescription(
        tr("parameter %1 of %2, default %3")
            .arg(toQString(spec.id), coreText(activation.name), compactText(spec.defaultValue, 6)));
    entry->setValue(spec.defaultValue);
    return entry;
}

NumberEntry* ParameterControls::addEntry(const Activation& activation, std::size_t index, QWidget* parent)
{
    NumberEntry* entry = makeEntry(activation, index, parent);
    const QString activationId = toQString(activation.id);
    const int parameterIndex = static_cast<int>(index);
    connect(entry, &NumberEntry::valueEdited, this,
            [this, activationId, parameterIndex](double value, bool dragging) {
                emit parameterEdited(activationId, parameterIndex, value, dragging);
            });
    connect(entry, &NumberEntry::editingFinished, this, &ParameterControls::editingFinished);
    m_rows.push_back({&activation, index, entry});
    return entry;
}

void ParameterControls::rebuild(const std::vector<const Activation*>& shown)
{
    delete m_content;
    m_rows.clear();
    m_shown = shown;
    m_content = new QWidget(this);
    if (m_grouping == Grouping::BoxPerActivation) {
        auto* column = new QVBoxLayout(m_content);
        column->setContentsMargins(0, 0, 0, 0);
        for (const Activation* activation : shown) {
            auto* group = new QGroupBox(coreText(activation->name), m_content);
            auto* rows = new QVBoxLayout(group);
            for (std::size_t i = 0; i < activation->parameters.size(); ++i)
                rows->addWidget(addEntry(*activation, i, group));
            column->addWidget(group);
        }
    } else {
        auto* form = new QFormLayout(m_content);
        form->setContentsMargins(0, 0, 0, 0);
        for (const Activation* activation : shown) {
            for (std::size_t i = 0; i < activation->parameters.size(); ++i) {
                NumberEntry* entry = addEntry(*activation, i, m_content);
                // One form for every activation: the row says whose parameter it is.
                entry->label()->setText(coreText(activation->name) + u' ' +
                                        coreText(activation->parameters[i].label));
                entry->placeInForm(form);
            }
        }
    }
    layout()->addWidget(m_content);
    // Rows made after the window was built join the end of its Tab order: bring them back here.
    keepTabOrderInside(this);
}

void ParameterControls::sync(const std::vector<std::string>& activationIds,
                             const std::function<ParameterValues(const Activation&)>& valuesOf)
{
    std::vector<const Activation*> shown;
    for (const std::string& id : activationIds) {
        const Activation* activation = findAnyActivation(id);
        if (activation != nullptr && !activation->parameters.empty()) shown.push_back(activation);
    }
    if (m_content == nullptr || shown != m_shown) rebuild(shown);
    for (const Row& row : m_rows) row.entry->setValue(valuesOf(*row.activation)[row.index]);
}

NumberEntry* ParameterControls::entry(std::string_view activationId, std::string_view parameterId) const
{
    for (const Row& row : m_rows) {
        if (row.activation->id == activationId && row.activation->parameters[row.index].id == parameterId)
            return row.entry;
    }
    return nullptr;
}

}  // namespace actlab
