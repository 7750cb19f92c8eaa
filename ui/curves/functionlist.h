#pragma once

#include "ui/curves/curvesstate.h"

#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace actlab::curves {

/// Every function core knows, grouped as the lecture groups them (the classic four, the rectifier
/// family, the smooth modern ones, the hard variants), each with a check box; several can be checked
/// to compare. The current item is the function the formula panel explains.
class FunctionList : public QWidget {
    Q_OBJECT

public:
    explicit FunctionList(QWidget* parent = nullptr);

    /// Shows which functions `state` checks and selects, without emitting anything.
    void sync(const CurvesState& state);

    QTreeWidget* tree() const { return m_tree; }
    /// The item of one activation id, or nullptr.
    QTreeWidgetItem* itemOf(const QString& activationId) const;

signals:
    void checkToggled(const QString& activationId, bool checked);
    void selected(const QString& activationId);

private:
    QTreeWidget* m_tree;
    bool m_syncing = false;
};

}  // namespace actlab::curves
