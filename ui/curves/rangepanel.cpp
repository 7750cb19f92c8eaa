#include "ui/curves/rangepanel.h"

#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace actlab::curves {

namespace {

/// The sliders cover the ranges a lecture uses; the boxes and the mouse reach ±kCurvesMaxAbsX.
constexpr double kSliderReach = 50.0;

}  // namespace

RangePanel::RangePanel(QWidget* parent)
    : QWidget(parent),
      m_from(new NumberEntry(tr("x from"), this)),
      m_to(new NumberEntry(tr("x to"), this)),
      m_stacked(new QCheckBox(tr("Two panels: f above, f′ below"), this)),
      m_reset(new QPushButton(tr("Reset view"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_stacked);
    layout->addWidget(m_reset);
    m_from->setObjectNames(QStringLiteral("x_from"));
    m_to->setObjectNames(QStringLiteral("x_to"));
    m_from->setDescription(tr("left end of the x range"));
    m_to->setDescription(tr("right end of the x range"));
    for (NumberEntry* entry : {m_from, m_to}) {
        entry->setRange(-kSliderReach, kSliderReach, Scale::Linear);
        entry->setTypedRange(-kCurvesMaxAbsX, kCurvesMaxAbsX);
        // A zoom leaves ends such as 123456.7053: shown whole, not cut off.
        entry->box()->setShowsWholeValue(true);
    }
    m_stacked->setObjectName(QStringLiteral("layout.stacked"));
    m_stacked->setToolTip(tr("Draw f and f′ in two panels sharing the x axis, each with its own y axis."));
    m_reset->setObjectName(QStringLiteral("reset"));
    m_reset->setToolTip(tr("Back to x from −8 to 8 with fitted y axes (Ctrl+0, or double-click the plot)."));

    connect(m_from, &NumberEntry::valueEdited, this, &RangePanel::fromEdited);
    connect(m_to, &NumberEntry::valueEdited, this, &RangePanel::toEdited);
    connect(m_from, &NumberEntry::editingFinished, this, &RangePanel::editingFinished);
    connect(m_to, &NumberEntry::editingFinished, this, &RangePanel::editingFinished);
    connect(m_stacked, &QCheckBox::toggled, this, [this](bool stacked) {
        emit layoutToggled(stacked ? CurvesLayout::Stacked : CurvesLayout::Overlay);
    });
    connect(m_reset, &QPushButton::clicked, this, &RangePanel::resetClicked);
}

void RangePanel::sync(const CurvesState& state)
{
    m_from->setValue(state.xFrom);
    m_to->setValue(state.xTo);
    const QSignalBlocker blocker(m_stacked);
    m_stacked->setChecked(state.layout == CurvesLayout::Stacked);
}

}  // namespace actlab::curves
