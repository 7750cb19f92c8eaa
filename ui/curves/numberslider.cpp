#include "ui/curves/numberslider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace actlab::curves {

QString CompactSpinBox::textFromValue(double value) const
{
    QLocale plain = locale();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value == 0.0 ? 0.0 : value, 'g', 12);
}

NumberSlider::NumberSlider(const QString& label, const QString& toolTip, QWidget* parent)
    : QWidget(parent),
      m_label(new QLabel(label, this)),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_spin(new CompactSpinBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    m_label->setBuddy(m_spin);

    m_slider->setRange(0, kSteps);
    m_slider->setPageStep(kSteps / 20);
    m_slider->setToolTip(toolTip);
    m_slider->setAccessibleName(label);
    m_slider->setAccessibleDescription(toolTip);
    m_spin->setToolTip(toolTip);
    m_spin->setAccessibleName(label);
    m_spin->setAccessibleDescription(toolTip);
    m_spin->setDecimals(12);
    m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_spin->setKeyboardTracking(false);  // one edit per number entered, not one per keystroke
    m_spin->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.000000")) + 28);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double value = valueAt(position);
        m_value = value;
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(value);
        emit valueEdited(value, m_slider->isSliderDown());
    });
    connect(m_slider, &QSlider::sliderReleased, this, &NumberSlider::editingFinished);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_value = value;
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(positionOf(value));
        emit valueEdited(value, false);
        emit editingFinished();
    });
}

void NumberSlider::setSliderRange(double minimum, double maximum, bool logarithmic)
{
    if (minimum == m_minimum && maximum == m_maximum && logarithmic == m_logarithmic) return;
    m_minimum = minimum;
    m_maximum = maximum;
    m_logarithmic = logarithmic && minimum > 0;
    setSpinRange(minimum, maximum);
}

void NumberSlider::setSpinRange(double minimum, double maximum)
{
    if (minimum == m_spin->minimum() && maximum == m_spin->maximum()) return;
    const QSignalBlocker blocker(m_spin);
    m_spin->setRange(minimum, maximum);
    setValue(m_value);
}

void NumberSlider::setValue(double value)
{
    m_value = value;
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker spinBlocker(m_spin);
    if (m_slider->value() != positionOf(value)) m_slider->setValue(positionOf(value));
    if (m_spin->value() != value) m_spin->setValue(value);
}

bool NumberSlider::isDragging() const
{
    return m_slider->isSliderDown();
}

void NumberSlider::setObjectNames(const QString& base)
{
    setObjectName(base);
    m_slider->setObjectName(base + QStringLiteral(".slider"));
    m_spin->setObjectName(base + QStringLiteral(".spin"));
}

double NumberSlider::valueAt(int position) const
{
    const double t = static_cast<double>(position) / kSteps;
    if (position <= 0) return m_minimum;
    if (position >= kSteps) return m_maximum;
    const double raw = m_logarithmic
                           ? std::exp(std::log(m_minimum) + t * (std::log(m_maximum) - std::log(m_minimum)))
                           : m_minimum + t * (m_maximum - m_minimum);
    return std::clamp(rounded(raw), m_minimum, m_maximum);
}

int NumberSlider::positionOf(double value) const
{
    if (!(m_maximum > m_minimum)) return 0;
    double t = 0;
    if (m_logarithmic)
        t = value > 0 ? std::log(value / m_minimum) / std::log(m_maximum / m_minimum) : 0.0;
    else
        t = (value - m_minimum) / (m_maximum - m_minimum);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

double NumberSlider::rounded(double value) const
{
    if (value == 0.0) return 0.0;
    // Log scale: three significant digits (2.51, 0.0316). Linear: the decimals one step resolves.
    int decimals = 0;
    if (m_logarithmic) {
        decimals = 2 - static_cast<int>(std::floor(std::log10(std::fabs(value))));
    } else {
        // One digit more than the step's own, so that neighbouring positions stay distinct: steps of
        // 0.016 give 1.5, 1.516, 1.532.
        const double step = (m_maximum - m_minimum) / kSteps;
        decimals = static_cast<int>(std::ceil(-std::log10(step))) + 1;
    }
    decimals = std::clamp(decimals, 0, 15);
    // Through decimal text, so the result is the double nearest the decimal number: 1.5, not 1.5 + ulp.
    return QString::number(value, 'f', decimals).toDouble();
}

double NumberSlider::stepFrom(double from, int steps) const
{
    const double step = m_logarithmic ? 0.0 : (m_maximum - m_minimum) / kSteps;
    if (m_logarithmic) return valueAt(std::clamp(positionOf(from) + steps, 0, kSteps));
    return std::clamp(rounded(from + steps * step), m_minimum, m_maximum);
}

}  // namespace actlab::curves
