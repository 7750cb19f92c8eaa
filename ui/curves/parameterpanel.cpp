#include "ui/curves/parameterpanel.h"

#include "ui/common/parametercontrols.h"

#include <QLabel>
#include <QVBoxLayout>

namespace actlab::curves {

ParameterPanel::ParameterPanel(QWidget* parent)
    : QWidget(parent),
      m_controls(new ParameterControls(ParameterControls::Grouping::BoxPerActivation, this)),
      m_none(new QLabel(tr("The checked functions have no parameters."), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls);
    layout->addWidget(m_none);
    m_none->setWordWrap(true);
    m_none->setEnabled(false);
    connect(m_controls, &ParameterControls::parameterEdited, this, &ParameterPanel::parameterEdited);
    connect(m_controls, &ParameterControls::editingFinished, this, &ParameterPanel::editingFinished);
}

void ParameterPanel::sync(const CurvesState& state)
{
    m_controls->sync(state.activationIds,
                     [&state](const Activation& activation) { return state.parametersFor(activation); });
    m_none->setVisible(m_controls->isEmpty());
}

NumberEntry* ParameterPanel::entry(std::string_view activationId, std::string_view parameterId) const
{
    return m_controls->entry(activationId, parameterId);
}

}  // namespace actlab::curves
