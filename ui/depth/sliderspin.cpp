#include "ui/depth/sliderspin.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace actlab {

SliderSpin::SliderSpin(double minimum, double maximum, int decimals, bool logScale, QWidget* parent)
    : QWidget(parent),
      m_minimum(minimum),
      m_maximum(maximum),
      m_logScale(logScale),
      m_value(minimum),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_spin(new QDoubleSpinBox(this))
{
    m_slider->setRange(0, kSteps);
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(decimals);
    m_spin->setSingleStep(std::pow(10.0, -std::min(decimals, 2)));
    m_spin->setKeyboardTracking(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        m_value = valueAt(position);
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(m_value);
        emit valueEdited(m_value);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_value = value;
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(sliderPosition(value));
        emit valueEdited(m_value);
    });
}

void SliderSpin::describe(const QString& name, const QString& toolTip)
{
    m_slider->setAccessibleName(name);
    m_spin->setAccessibleName(name);
    m_slider->setToolTip(toolTip);
    m_spin->setToolTip(toolTip);
}

void SliderSpin::setValue(double value)
{
    m_value = value;
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker spinBlocker(m_spin);
    m_slider->setValue(sliderPosition(value));
    m_spin->setValue(value);
}

int SliderSpin::sliderPosition(double value) const
{
    const double t = m_logScale ? std::log(value / m_minimum) / std::log(m_maximum / m_minimum)
                                : (value - m_minimum) / (m_maximum - m_minimum);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

double SliderSpin::valueAt(int position) const
{
    const double t = static_cast<double>(position) / kSteps;
    if (m_logScale) return std::clamp(m_minimum * std::pow(m_maximum / m_minimum, t), m_minimum, m_maximum);
    // Round to the box's precision, so the slider lands on 0.5 rather than 0.50000000000000011.
    const double scale = std::pow(10.0, m_spin->decimals());
    return std::round((m_minimum + t * (m_maximum - m_minimum)) * scale) / scale;
}

}  // namespace actlab
