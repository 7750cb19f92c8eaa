#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace actlab {

class UndoRecorder;

/// One undo step of a view: its whole state before and after, as saveState() wrote them. Undo and redo
/// show one or the other through the recorder, so every edit is undone exactly with no code of its own.
/// A command that continues a gesture merges into the step before it (a slider drag is one step).
class StateCommand : public QUndoCommand {
public:
    StateCommand(UndoRecorder& recorder, const QJsonObject& before, const QJsonObject& after,
                 const QString& text, bool continuesGesture);

    void undo() override;
    /// The first redo is the push: the view already shows `after`.
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QJsonObject& before() const { return m_before; }
    const QJsonObject& after() const { return m_after; }

private:
    UndoRecorder& m_recorder;
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_continuesGesture;
    bool m_pushed = false;
};

}  // namespace actlab
