#pragma once

#include "core/maxout.h"
#include "ui/common/theme.h"
#include "ui/maxout/maxoutstyle.h"

#include <QTableWidget>

#include <cstddef>

namespace actlab {

/// The units' weights and biases, one row per unit (with its colour and its group), edited in place.
class MaxoutUnitTable : public QTableWidget {
    Q_OBJECT

public:
    explicit MaxoutUnitTable(QWidget* parent = nullptr);

    /// Shows `layer`'s units; rows, headers and values are updated in place without emitting unitEdited.
    void setLayer(const MaxoutLayer& layer, const Theme& theme);

    /// The column of weight i (0-based) and of the bias.
    static int weightColumn(std::size_t input) { return 2 + int(input); }
    int biasColumn() const { return 2 + int(m_inputs); }

signals:
    /// The user changed unit `unit`'s weights or bias to `value`.
    void unitEdited(std::size_t unit, const actlab::MaxoutUnit& value);

private:
    void onItemChanged(QTableWidgetItem* item);

    std::size_t m_inputs = 0;
    bool m_updating = false;
    UnitIcons m_icons;
};

}  // namespace actlab
