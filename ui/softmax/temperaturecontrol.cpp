#include "ui/softmax/temperaturecontrol.h"

#include "ui/softmax/numberspinbox.h"
#include "ui/softmax/softmaxstate.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// Slider positions over the whole log range; 0.05 · 400^(k/1000), so k = 500 is exactly T = 1.
constexpr int kPositions = 1000;

}  // namespace

double TemperatureControl::temperatureAt(int position)
{
    const double fraction = double(std::clamp(position, 0, kPositions)) / kPositions;
    const double t =
        kSoftmaxMinTemperature * std::pow(kSoftmaxMaxTemperature / kSoftmaxMinTemperature, fraction);
    const double rounded = QString::number(t, 'g', 3).toDouble();
    return std::clamp(rounded, kSoftmaxMinTemperature, kSoftmaxMaxTemperature);
}

int TemperatureControl::positionOf(double temperature)
{
    const double fraction = std::log(temperature / kSoftmaxMinTemperature) /
                            std::log(kSoftmaxMaxTemperature / kSoftmaxMinTemperature);
    return std::clamp(int(std::lround(fraction * kPositions)), 0, kPositions);
}

TemperatureControl::TemperatureControl(QWidget* parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_box(new NumberSpinBox(this))
{
    m_slider->setObjectName(QStringLiteral("temperatureSlider"));
    m_slider->setRange(0, kPositions);
    m_slider->setPageStep(50);
    m_slider->setToolTip(
        tr("Temperature T on a log scale from 0.05 to 20. Small T sharpens softmax towards "
           "one-hot (argmax); large T flattens it towards uniform."));
    m_slider->setAccessibleName(tr("Temperature"));

    m_box->setObjectName(QStringLiteral("temperatureBox"));
    m_box->setRange(kSoftmaxMinTemperature, kSoftmaxMaxTemperature);
    m_box->setSingleStep(0.05);
    m_box->setToolTip(tr("The temperature T, from 0.05 to 20."));
    m_box->setAccessibleName(tr("Temperature value"));

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double t = temperatureAt(position);
        const QSignalBlocker blocker(m_box);
        m_box->setValue(t);
        emit temperatureEdited(t);
    });
    connect(m_box, &NumberSpinBox::valueEdited, this, [this](double t) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(positionOf(t));
        emit temperatureEdited(t);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_box);
}

void TemperatureControl::setTemperature(double temperature)
{
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker boxBlocker(m_box);
    m_slider->setValue(positionOf(temperature));
    m_box->setValue(temperature);
}

}  // namespace actlab
