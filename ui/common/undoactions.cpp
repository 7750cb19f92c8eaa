#include "ui/common/undoactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QUndoGroup>

namespace actlab {

namespace {

enum class Direction { Undo, Redo };

QString stepText(Direction direction, const QString& step)
{
    if (direction == Direction::Undo)
        return step.isEmpty() ? QCoreApplication::translate("actlab::UndoActions", "&Undo")
                              : QCoreApplication::translate("actlab::UndoActions", "&Undo %1").arg(step);
    return step.isEmpty() ? QCoreApplication::translate("actlab::UndoActions", "&Redo")
                          : QCoreApplication::translate("actlab::UndoActions", "&Redo %1").arg(step);
}

// Made here rather than by QUndoGroup::createUndoAction, whose "Undo %1" comes from Qt's own catalogue:
// these texts are ActLab's, translated with the rest of the window.
QAction* stepAction(QUndoGroup& group, QObject* parent, Direction direction, const QList<QKeySequence>& keys)
{
    const bool undo = direction == Direction::Undo;
    auto* action = new QAction(stepText(direction, undo ? group.undoText() : group.redoText()), parent);
    action->setShortcuts(keys);
    action->setEnabled(undo ? group.canUndo() : group.canRedo());
    QObject::connect(action, &QAction::triggered, &group, undo ? &QUndoGroup::undo : &QUndoGroup::redo);
    QObject::connect(&group, undo ? &QUndoGroup::canUndoChanged : &QUndoGroup::canRedoChanged, action,
                     &QAction::setEnabled);
    QObject::connect(
        &group, undo ? &QUndoGroup::undoTextChanged : &QUndoGroup::redoTextChanged, action,
        [action, direction](const QString& step) { action->setText(stepText(direction, step)); });
    return action;
}

}  // namespace

QAction* createUndoAction(QUndoGroup& group, QObject* parent)
{
    return stepAction(group, parent, Direction::Undo, QKeySequence::keyBindings(QKeySequence::Undo));
}

QAction* createRedoAction(QUndoGroup& group, QObject* parent)
{
    // Ctrl+Shift+Z first, on every platform: the key most users try after Ctrl+Z.
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!keys.contains(key)) keys << key;
    }
    return stepAction(group, parent, Direction::Redo, keys);
}

}  // namespace actlab
