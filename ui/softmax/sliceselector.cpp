#include "ui/softmax/sliceselector.h"

#include "ui/softmax/softmaxformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSignalBlocker>

#include <algorithm>

namespace actlab {

namespace {

void fill(QComboBox& box, std::size_t count, QString (*name)(std::size_t), std::size_t selected)
{
    const QSignalBlocker blocker(&box);
    if (box.count() != int(count)) {
        box.clear();
        for (std::size_t i = 0; i < count; ++i) box.addItem(name(i));
    }
    box.setCurrentIndex(int(selected));
}

}  // namespace

SliceSelector::SliceSelector(QWidget* parent)
    : QWidget(parent), m_output(new QComboBox(this)), m_logit(new QComboBox(this))
{
    m_output->setObjectName(QStringLiteral("sliceOutput"));
    m_output->setToolTip(tr("The probability sᵢ the slice plot draws."));
    m_output->setAccessibleName(tr("Slice output"));
    m_logit->setObjectName(QStringLiteral("sliceLogit"));
    m_logit->setToolTip(
        tr("The logit aⱼ the slice plot sweeps while the other logits stay fixed. "
           "Clicking a cell of the Jacobian picks both."));
    m_logit->setAccessibleName(tr("Slice logit"));
    const auto edited = [this] {
        emit selectionEdited(std::size_t(std::max(m_output->currentIndex(), 0)),
                             std::size_t(std::max(m_logit->currentIndex(), 0)));
    };
    connect(m_output, &QComboBox::currentIndexChanged, this, edited);
    connect(m_logit, &QComboBox::currentIndexChanged, this, edited);

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Output sᵢ"), m_output);
    layout->addRow(tr("Swept logit aⱼ"), m_logit);
}

void SliceSelector::setSelection(std::size_t classCount, std::size_t output, std::size_t logit)
{
    fill(*m_output, classCount, &probabilityName, output);
    fill(*m_logit, classCount, &logitName, logit);
}

}  // namespace actlab
