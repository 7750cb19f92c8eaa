#pragma once

class QAction;
class QObject;
class QUndoGroup;

namespace actlab {

/// Edit → Undo for the group's active stack: enabled when there is a step to undo and named after it
/// ("Undo Move the probe"), on the platform's undo keys (Ctrl+Z).
QAction* createUndoAction(QUndoGroup& group, QObject* parent);
/// Edit → Redo, likewise, on Ctrl+Shift+Z and the platform's other redo keys (Ctrl+Y on Linux).
QAction* createRedoAction(QUndoGroup& group, QObject* parent);

}  // namespace actlab
