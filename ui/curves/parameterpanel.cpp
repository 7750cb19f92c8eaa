#include "ui/curves/parameterpanel.h"

#include "ui/common/coretext.h"
#include "ui/common/taborder.h"

#include "ui/curves/numberslider.h"

#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace actlab::curves {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ParameterPanel::sync(const CurvesState& state)
{
    if (m_content == nullptr || state.activationIds != m_shownIds) {
        delete m_content;
        m_rows.clear();
        m_shownIds = state.activationIds;
        m_content = new QWidget(this);
        auto* layout = new QVBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const std::string& id : state.activationIds) {
            const Activation* activation = findActivation(id);
            if (activation == nullptr || activation->parameters.empty()) continue;
            auto* group = new QGroupBox(coreText(activation->name), m_content);
            auto* rows = new QVBoxLayout(group);
            for (std::size_t i = 0; i < activation->parameters.size(); ++i) {
                const ParameterSpec& spec = activation->parameters[i];
                const QString tip =
                    tr("%1 of %2 (PyTorch: %3), from %4 to %5, default %6%7")
                        .arg(coreText(spec.label), coreText(activation->name), toQString(spec.id))
                        .arg(spec.minimum)
                        .arg(spec.maximum)
                        .arg(spec.defaultValue)
                        .arg(spec.logScale ? tr("; the slider moves in log scale") : QString());
                auto* slider = new NumberSlider(coreText(spec.label), tip, group);
                slider->setObjectNames(QString::fromStdString(id) + u'.' + toQString(spec.id));
                slider->setSliderRange(spec.minimum, spec.maximum, spec.logScale);
                slider->slider()->setAccessibleName(coreText(activation->name) + u' ' +
                                                    coreText(spec.label));
                slider->spinBox()->setAccessibleName(coreText(activation->name) + u' ' +
                                                     coreText(spec.label));
                rows->addWidget(slider);
                const QString activationId = QString::fromStdString(id);
                const int index = static_cast<int>(i);
                connect(slider, &NumberSlider::valueEdited, this,
                        [this, activationId, index](double v, bool dragging) {
                            emit parameterEdited(activationId, index, v, dragging);
                        });
                connect(slider, &NumberSlider::editingFinished, this, &ParameterPanel::editingFinished);
                m_rows.push_back({id, i, slider});
            }
            layout->addWidget(group);
        }
        if (m_rows.empty()) {
            auto* none = new QLabel(tr("The checked functions have no parameters."), m_content);
            none->setWordWrap(true);
            none->setEnabled(false);
            layout->addWidget(none);
        }
        m_layout->addWidget(m_content);
        // Sliders made after the window was built join the end of its Tab order: bring them back here.
        keepTabOrderInside(this);
    }
    for (const Row& row : m_rows) {
        const Activation* activation = findActivation(row.activationId);
        row.slider->setValue(state.parametersFor(*activation)[row.index]);
    }
}

NumberSlider* ParameterPanel::slider(std::string_view activationId, std::string_view parameterId) const
{
    for (const Row& row : m_rows) {
        const Activation* activation = findActivation(row.activationId);
        if (row.activationId == activationId && activation->parameters[row.index].id == parameterId)
            return row.slider;
    }
    return nullptr;
}

}  // namespace actlab::curves
