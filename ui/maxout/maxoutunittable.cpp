#include "ui/maxout/maxoutunittable.h"

#include "ui/common/numberbox.h"
#include "ui/common/numberformat.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/maxout/maxoutstate.h"
#include "ui/maxout/maxoutstyle.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace actlab {

namespace {

/// Edits a weight or bias with the number box of every view, bounded like the state and taking the value
/// exactly as typed, and shows it with 5 significant digits rather than every digit of a double.
class NumberDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new NumberBox(parent);
        editor->setRange(-kMaxoutWeightLimit, kMaxoutWeightLimit);
        editor->setFrame(false);
        return editor;
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        // Focus leaving the cell commits before the box has read its text: read it now.
        auto* box = static_cast<NumberBox*>(editor);
        box->commitText();
        model->setData(index, box->value(), Qt::EditRole);
    }

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.typeId() != QMetaType::Double) return QStyledItemDelegate::displayText(value, locale);
        return compactText(value.toDouble(), 5);
    }
};

}  // namespace

MaxoutUnitTable::MaxoutUnitTable(QWidget* parent) : QTableWidget(parent)
{
    setItemDelegate(new NumberDelegate(this));
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab moves on to the next control; the arrow keys move between cells, F2 or typing edits one.
    setTabKeyNavigation(false);
    setAccessibleName(tr("Units"));
    setToolTip(tr(
        "Each unit is a line z\u2C7C = w\u2C7C\u00b7x + b\u2C7C. Double-click a weight or bias to edit it "
        "(or pick it with the arrow keys and type); in one-input mode you can also drag the lines on the "
        "plot."));
    connect(this, &QTableWidget::itemChanged, this, &MaxoutUnitTable::onItemChanged);
}

void MaxoutUnitTable::setLayer(const MaxoutLayer& layer, const Theme& theme)
{
    m_updating = true;
    const std::size_t inputs = layer.inputSize();
    if (inputs != m_inputs || columnCount() != int(inputs) + 3) {
        m_inputs = inputs;
        setColumnCount(int(inputs) + 3);
        QStringList headers{tr("unit"), tr("group")};
        if (inputs == 1) {
            headers << QStringLiteral("w");
        } else {
            for (std::size_t i = 0; i < inputs; ++i)
                headers << QStringLiteral("w") + subscriptDigits(static_cast<long long>(i + 1));
        }
        headers << QStringLiteral("b");
        setHorizontalHeaderLabels(headers);
        horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }
    setRowCount(int(layer.units.size()));
    for (std::size_t j = 0; j < layer.units.size(); ++j) {
        const int row = int(j);
        const auto cell = [&](int column) {
            QTableWidgetItem* item = this->item(row, column);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                setItem(row, column, item);
            }
            return item;
        };
        QTableWidgetItem* name = cell(0);
        name->setText(unitName(j));
        name->setIcon(m_icons.icon(theme, j));
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(unitFormula(layer, j));
        QTableWidgetItem* group = cell(1);
        group->setText(outputName(j / layer.groupSize));
        group->setFlags(Qt::ItemIsEnabled);
        group->setToolTip(groupFormula(layer, j / layer.groupSize));
        for (std::size_t i = 0; i <= inputs; ++i) {
            QTableWidgetItem* number = cell(2 + int(i));
            const double value = i < inputs ? layer.units[j].weights[i] : layer.units[j].bias;
            if (number->data(Qt::EditRole) != QVariant(value)) number->setData(Qt::EditRole, value);
            number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_updating = false;
}

void MaxoutUnitTable::onItemChanged(QTableWidgetItem* changed)
{
    if (m_updating || changed->column() < 2) return;
    const int row = changed->row();
    MaxoutUnit unit;
    for (std::size_t i = 0; i < m_inputs; ++i)
        unit.weights.push_back(item(row, weightColumn(i))->data(Qt::EditRole).toDouble());
    unit.bias = item(row, biasColumn())->data(Qt::EditRole).toDouble();
    emit unitEdited(std::size_t(row), unit);
}

}  // namespace actlab
