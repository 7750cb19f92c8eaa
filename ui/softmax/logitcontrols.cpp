#include "ui/softmax/logitcontrols.h"

#include "ui/common/taborder.h"
#include "ui/softmax/numberspinbox.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxstate.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// Slider positions per logit unit: steps of 0.01, written exactly as k/100.
constexpr int kTicksPerUnit = 100;
constexpr int kSliderEnd = int(kSoftmaxLogitSliderRange) * kTicksPerUnit;

int sliderPosition(double logit)
{
    // A logit beyond ±10 (typed in the box) pins the slider to its end.
    return int(
        std::lround(std::clamp(logit, -kSoftmaxLogitSliderRange, kSoftmaxLogitSliderRange) * kTicksPerUnit));
}

}  // namespace

LogitControls::LogitControls(QWidget* parent)
    : QWidget(parent), m_count(new QSpinBox(this)), m_rows(new QGridLayout)
{
    m_count->setObjectName(QStringLiteral("classCount"));
    m_count->setRange(int(kSoftmaxMinClasses), int(kSoftmaxMaxClasses));
    m_count->setToolTip(tr("Number of classes n (2 to 10). New classes start with logit 0."));
    m_count->setAccessibleName(tr("Number of classes"));
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) { emit classCountEdited(std::size_t(n)); });

    auto* countRow = new QFormLayout;
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->addRow(tr("Classes n"), m_count);

    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setColumnStretch(1, 1);
    m_rows->setHorizontalSpacing(8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(countRow);
    layout->addLayout(m_rows);
}

void LogitControls::addRow()
{
    const std::size_t index = m_rowWidgets.size();
    const QString name = logitName(index);
    Row row{new QLabel(name, this), new QSlider(Qt::Horizontal, this), new NumberSpinBox(this)};

    row.slider->setObjectName(QStringLiteral("logitSlider%1").arg(index));
    row.slider->setRange(-kSliderEnd, kSliderEnd);
    row.slider->setSingleStep(10);
    row.slider->setPageStep(100);
    row.slider->setToolTip(
        tr("Drag to set the logit %1 between −10 and 10; type any number in the box beside it.").arg(name));
    row.slider->setAccessibleName(tr("Logit %1").arg(name));

    row.box->setObjectName(QStringLiteral("logitBox%1").arg(index));
    row.box->setSingleStep(0.1);
    row.box->setToolTip(tr("The logit %1: any finite number, e.g. 1000 or 1e308.").arg(name));
    row.box->setAccessibleName(tr("Logit %1 value").arg(name));
    row.label->setBuddy(row.box);

    connect(row.slider, &QSlider::valueChanged, this, [this, index](int position) {
        const double value = double(position) / kTicksPerUnit;
        const QSignalBlocker blocker(m_rowWidgets[index].box);
        m_rowWidgets[index].box->setValue(value);
        emit logitEdited(index, value);
    });
    connect(row.box, &NumberSpinBox::valueEdited, this, [this, index](double value) {
        const QSignalBlocker blocker(m_rowWidgets[index].slider);
        m_rowWidgets[index].slider->setValue(sliderPosition(value));
        emit logitEdited(index, value);
    });

    const int line = int(index);
    m_rows->addWidget(row.label, line, 0);
    m_rows->addWidget(row.slider, line, 1);
    m_rows->addWidget(row.box, line, 2);
    m_rowWidgets.push_back(row);
}

void LogitControls::removeLastRow()
{
    const Row row = m_rowWidgets.back();
    m_rowWidgets.pop_back();
    delete row.label;
    delete row.slider;
    delete row.box;
}

void LogitControls::setLogits(std::span<const double> logits)
{
    {
        const QSignalBlocker blocker(m_count);
        m_count->setValue(int(logits.size()));
    }
    const bool grew = m_rowWidgets.size() < logits.size();
    while (m_rowWidgets.size() < logits.size()) addRow();
    while (m_rowWidgets.size() > logits.size()) removeLastRow();
    // New rows join the end of the window's Tab order: bring them back under the rows above them.
    if (grew) keepTabOrderInside(this);
    for (std::size_t i = 0; i < logits.size(); ++i) {
        const QSignalBlocker sliderBlocker(m_rowWidgets[i].slider);
        const QSignalBlocker boxBlocker(m_rowWidgets[i].box);
        m_rowWidgets[i].slider->setValue(sliderPosition(logits[i]));
        m_rowWidgets[i].box->setValue(logits[i]);
    }
}

}  // namespace actlab
