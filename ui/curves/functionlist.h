#pragma once

#include "ui/curves/curvesstate.h"

#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace actlab {
class FormulaEntry;
}

namespace actlab::curves {

/// Every function core knows, grouped as the lecture groups them (the classic four, the rectifier
/// family, the smooth modern ones, the hard variants), each with a check box; several can be checked
/// to compare. The current item is the function the formula panel explains. Below them, "Your
/// functions": the formulas the state holds, and the line to type a new one.
class FunctionList : public QWidget {
    Q_OBJECT

public:
    explicit FunctionList(QWidget* parent = nullptr);

    /// Shows which functions `state` checks and selects, without emitting anything.
    void sync(const CurvesState& state);

    QTreeWidget* tree() const { return m_tree; }
    FormulaEntry* formulaEntry() const { return m_entry; }
    /// The item of one activation id, or nullptr.
    QTreeWidgetItem* itemOf(const QString& activationId) const;

signals:
    void checkToggled(const QString& activationId, bool checked);
    void selected(const QString& activationId);
    /// A typed formula was entered (its "expr:" id).
    void formulaEntered(const QString& activationId);

private:
    /// The "Your functions" group lists every typed id `state` checks or selects (and keeps those it
    /// listed before).
    void syncTyped(const CurvesState& state);

    QTreeWidget* m_tree;
    QTreeWidgetItem* m_typed;
    FormulaEntry* m_entry;
    bool m_syncing = false;
};

}  // namespace actlab::curves
