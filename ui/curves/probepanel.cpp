#include "ui/curves/probepanel.h"

#include "ui/common/numberentry.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace actlab::curves {

ProbePanel::ProbePanel(QWidget* parent)
    : QWidget(parent),
      m_entry(new NumberEntry(QStringLiteral("x"), this)),
      m_visible(new QCheckBox(tr("Show the probe and the tangent"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entry);
    layout->addWidget(m_visible);
    m_entry->setObjectNames(QStringLiteral("probe"));
    m_entry->setAccessibleNames(tr("Probe x"));
    m_entry->setDescription(
        tr("where the probe reads f and f′ and draws the tangent; the arrow keys on the plot move it too"));
    m_entry->setTypedRange(-kCurvesMaxAbsX, kCurvesMaxAbsX);
    m_visible->setObjectName(QStringLiteral("probe.visible"));
    m_visible->setToolTip(
        tr("A vertical line at x, dots on every f and f′, and the tangent to the selected f."));
    connect(m_entry, &NumberEntry::valueEdited, this, &ProbePanel::probeEdited);
    connect(m_entry, &NumberEntry::editingFinished, this, &ProbePanel::editingFinished);
    connect(m_visible, &QCheckBox::toggled, this, &ProbePanel::visibilityToggled);
}

void ProbePanel::sync(const CurvesState& state)
{
    // The slider spans the visible range; the box reaches past it: a probe may be set anywhere, then
    // scrolled to.
    m_entry->setRange(state.xFrom, state.xTo, Scale::Linear);
    m_entry->setValue(state.probeX);
    const QSignalBlocker blocker(m_visible);
    m_visible->setChecked(state.probeVisible);
}

}  // namespace actlab::curves
