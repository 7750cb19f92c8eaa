#include "ui/curves/probepanel.h"

#include "ui/curves/numberslider.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace actlab::curves {

ProbePanel::ProbePanel(QWidget* parent)
    : QWidget(parent),
      m_slider(
          new NumberSlider(QStringLiteral("x"),
                           tr("Where the probe reads f and f′ and draws the tangent; the arrow keys on the "
                              "plot move it too."),
                           this)),
      m_visible(new QCheckBox(tr("Show the probe and the tangent"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider);
    layout->addWidget(m_visible);
    m_slider->setObjectNames(QStringLiteral("probe"));
    m_slider->slider()->setAccessibleName(tr("Probe x"));
    m_slider->spinBox()->setAccessibleName(tr("Probe x"));
    m_slider->setSpinRange(-kCurvesMaxAbsX, kCurvesMaxAbsX);
    m_visible->setObjectName(QStringLiteral("probe.visible"));
    m_visible->setToolTip(
        tr("A vertical line at x, dots on every f and f′, and the tangent to the selected f."));
    connect(m_slider, &NumberSlider::valueEdited, this, &ProbePanel::probeEdited);
    connect(m_slider, &NumberSlider::editingFinished, this, &ProbePanel::editingFinished);
    connect(m_visible, &QCheckBox::toggled, this, &ProbePanel::visibilityToggled);
}

void ProbePanel::sync(const CurvesState& state)
{
    m_slider->setSliderRange(state.xFrom, state.xTo, false);
    // The spin box reaches past the visible range: a probe may be set anywhere, then scrolled to.
    m_slider->setSpinRange(-kCurvesMaxAbsX, kCurvesMaxAbsX);
    m_slider->setValue(state.probeX);
    const QSignalBlocker blocker(m_visible);
    m_visible->setChecked(state.probeVisible);
}

double ProbePanel::stepFrom(double x, int steps) const
{
    return m_slider->stepFrom(x, steps);
}

}  // namespace actlab::curves
