#include "ui/common/statecommand.h"

#include "ui/common/undorecorder.h"

namespace actlab {

namespace {

/// The id every state command shares: QUndoStack asks mergeWith() only of commands with equal ids.
constexpr int kStateCommandId = 0x5747;

}  // namespace

StateCommand::StateCommand(UndoRecorder& recorder, const QJsonObject& before, const QJsonObject& after,
                           const QString& text, bool continuesGesture)
    : QUndoCommand(text),
      m_recorder(recorder),
      m_before(before),
      m_after(after),
      m_continuesGesture(continuesGesture)
{
}

void StateCommand::undo()
{
    m_recorder.show(m_before);
}

void StateCommand::redo()
{
    if (m_pushed) m_recorder.show(m_after);
    m_pushed = true;
}

int StateCommand::id() const
{
    return kStateCommandId;
}

bool StateCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const StateCommand*>(other);
    if (!next->m_continuesGesture) return false;
    m_after = next->m_after;
    // A drag that ends where it began changed nothing: the stack drops the step.
    setObsolete(m_after == m_before);
    return true;
}

}  // namespace actlab
