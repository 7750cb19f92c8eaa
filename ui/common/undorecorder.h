#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>

namespace actlab {

class View;

/// Turns a view's changes of state into undo steps on its own QUndoStack, with no code per feature:
/// it keeps the last state it saw, and each stateChanged() that really changed the state pushes a
/// StateCommand holding (before, after). The changes of one gesture (View::isInteracting(): a slider
/// drag, a pan drag, a wheel-zoom burst) merge into one step. Undo and redo show a recorded state
/// through restoreState() and record nothing themselves.
class UndoRecorder : public QObject {
    Q_OBJECT

public:
    explicit UndoRecorder(View& view, QObject* parent = nullptr);

    /// Follows `view` from now on, its present state the start of the next step. The steps recorded
    /// stay: a change of language rebuilds the views, and their history outlives them.
    void attach(View& view);
    View* view() const;
    QUndoStack& stack() { return m_stack; }

    /// Runs `change` as one step named `name` (opening a scene, reset all), however many changes of
    /// state it makes; no step if the state ends as it began.
    void recordAs(const QString& name, const std::function<void()>& change);
    /// The view's present state becomes the start and every step is forgotten: for what is not an
    /// edit, like the settings read at start-up.
    void restart();

    /// Shows a recorded state without recording it: what undo and redo do.
    void show(const QJsonObject& state);

private:
    void record(const QString& name = {});

    QPointer<View> m_view;
    QUndoStack m_stack;
    QJsonObject m_last;          ///< the state as the top step left it
    bool m_gestureOpen = false;  ///< the next change of an ongoing gesture merges into the top step
    bool m_quiet = false;        ///< changes made by show() or recordAs() are not steps of their own
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_settled;
};

}  // namespace actlab
