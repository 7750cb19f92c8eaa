#include "ui/common/numberentry.h"

#include "ui/common/numberbox.h"
#include "ui/common/numberformat.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// Integer scales with at most this many values get a tick per value (m, k, n), longer ones none (L).
constexpr int kMostTicks = 20;

QString rangeText(double minimum, double maximum)
{
    return QStringLiteral("%1 – %2").arg(compactText(minimum, 6), compactText(maximum, 6));
}

}  // namespace

NumberEntry::NumberEntry(const QString& label, QWidget* parent)
    : QWidget(parent),
      m_label(new QLabel(label, this)),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_box(new NumberBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_box);
    m_label->setBuddy(m_box);
    setAccessibleNames(plainLabel());
    applyRanges();

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        m_value = m_scale.valueAt(position);
        {
            const QSignalBlocker blocker(m_box);
            m_box->setValue(m_value);
        }
        const bool dragging = m_slider->isSliderDown();
        emit valueEdited(m_value, dragging);
        if (!dragging) emit editingFinished();  // a key, a click on the groove or the wheel: one step
    });
    connect(m_slider, &QSlider::sliderReleased, this, &NumberEntry::editingFinished);
    connect(m_box, &NumberBox::valueEdited, this, [this](double value) {
        m_value = value;
        {
            const QSignalBlocker blocker(m_slider);
            m_slider->setValue(m_scale.positionOf(value));
        }
        emit valueEdited(value, false);
        emit editingFinished();
    });
}

NumberEntry::~NumberEntry()
{
    // A label placed in a form belongs to the form's widget: it goes with its entry.
    if (m_label != nullptr && m_label->parent() != this) delete m_label.data();
}

void NumberEntry::setRange(double minimum, double maximum, Scale scale, int positions)
{
    const SliderScale next(minimum, maximum, scale, positions);
    if (next == m_scale) return;
    m_scale = next;
    applyRanges();
}

void NumberEntry::setTypedRange(double minimum, double maximum)
{
    m_typedRangeSet = true;
    if (minimum == m_typedMinimum && maximum == m_typedMaximum) return;
    m_typedMinimum = minimum;
    m_typedMaximum = maximum;
    applyRanges();
}

void NumberEntry::applyRanges()
{
    if (!m_typedRangeSet) {
        m_typedMinimum = m_scale.minimum();
        m_typedMaximum = m_scale.maximum();
    }
    const bool integers = m_scale.scale() == Scale::Integer;
    {
        const QSignalBlocker sliderBlocker(m_slider);
        const QSignalBlocker boxBlocker(m_box);
        m_slider->setRange(m_scale.firstPosition(), m_scale.lastPosition());
        const int span = m_scale.lastPosition() - m_scale.firstPosition();
        m_slider->setPageStep(integers ? std::max(1, span / 10) : span / 20);
        m_slider->setTickPosition(integers && span <= kMostTicks ? QSlider::TicksBelow : QSlider::NoTicks);
        m_slider->setTickInterval(1);
        m_box->setIntegersOnly(integers);
        m_box->setRange(m_typedMinimum, m_typedMaximum);
        // Near zero the arrows step by about a slider step (linear), or a tenth of the smallest value.
        const double smallest =
            m_scale.scale() == Scale::Logarithmic
                ? std::min(m_scale.minimum(), m_typedMinimum > 0 ? m_typedMinimum : m_scale.minimum()) / 10
                : (m_scale.maximum() - m_scale.minimum()) / std::max(span, 1);
        // (A hair above log10, so that 0.01 counts as 10⁻² however log10 rounds.)
        if (std::isfinite(smallest) && smallest > 0)
            m_box->setSmallestStep(std::pow(10.0, std::floor(std::log10(smallest) + 1e-9)));
    }
    setValue(m_value);
    updateToolTips();
}

void NumberEntry::setDescription(const QString& description)
{
    m_description = description;
    updateToolTips();
}

void NumberEntry::updateToolTips()
{
    const QString tip = toolTipText(plainLabel(), m_description, m_scale, m_typedMinimum, m_typedMaximum);
    for (QWidget* part : {static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_box),
                          static_cast<QWidget*>(m_label.data())}) {
        if (part != nullptr) part->setToolTip(tip);
    }
}

void NumberEntry::setAccessibleNames(const QString& name)
{
    m_slider->setAccessibleName(name);
    m_box->setAccessibleName(name);
}

void NumberEntry::setObjectNames(const QString& base)
{
    setObjectName(base);
    m_slider->setObjectName(base + QStringLiteral(".slider"));
    m_box->setObjectName(base + QStringLiteral(".box"));
}

void NumberEntry::placeInForm(QFormLayout* form)
{
    layout()->removeWidget(m_label);
    form->addRow(m_label, this);
}

void NumberEntry::setValue(double value)
{
    m_value = value;
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker boxBlocker(m_box);
    m_slider->setValue(m_scale.positionOf(value));
    m_box->setValue(value);
}

QLabel* NumberEntry::label() const
{
    return m_label;
}

bool NumberEntry::isDragging() const
{
    return m_slider->isSliderDown();
}

QString NumberEntry::plainLabel() const
{
    // Without the mnemonic: "&Units m" reads "Units m", "单元数 m(&U)" reads "单元数 m".
    return m_label->text().remove(QRegularExpression(QStringLiteral(R"(\s*\(&\w\))"))).remove(u'&');
}

QString NumberEntry::toolTipText(const QString& label, const QString& description, const SliderScale& scale,
                                 double typedMinimum, double typedMaximum)
{
    const bool wider = typedMinimum < scale.minimum() || typedMaximum > scale.maximum();
    QString range = wider ? tr("slider %1").arg(rangeText(scale.minimum(), scale.maximum()))
                          : tr("range %1").arg(rangeText(scale.minimum(), scale.maximum()));
    if (scale.scale() == Scale::Logarithmic) range = tr("%1, log scale").arg(range);
    if (wider) {
        const bool unbounded = typedMinimum == -kAnyNumber && typedMaximum == kAnyNumber;
        range = tr("%1; typed %2")
                    .arg(range, unbounded ? tr("any number") : rangeText(typedMinimum, typedMaximum));
    }
    if (description.isEmpty()) return tr("%1 (%2)").arg(label, range);
    return tr("%1: %2 (%3)").arg(label, description, range);
}

}  // namespace actlab
