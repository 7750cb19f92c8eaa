#include "ui/common/undorecorder.h"

#include "ui/common/statecommand.h"
#include "ui/common/stepname.h"
#include "ui/common/view.h"

namespace actlab {

namespace {

/// Steps kept per view: a long lecture's worth, and a bound on the states held (a few kB each).
constexpr int kUndoLimit = 500;

}  // namespace

UndoRecorder::UndoRecorder(View& view, QObject* parent) : QObject(parent)
{
    m_stack.setUndoLimit(kUndoLimit);
    attach(view);
}

void UndoRecorder::attach(View& view)
{
    disconnect(m_changed);
    disconnect(m_settled);
    m_view = &view;
    m_last = view.saveState();
    m_gestureOpen = false;
    m_changed = connect(&view, &View::stateChanged, this, [this] { record(); });
    m_settled = connect(&view, &View::interactionSettled, this, [this] { m_gestureOpen = false; });
}

View* UndoRecorder::view() const
{
    return m_view;
}

void UndoRecorder::record(const QString& name)
{
    if (m_quiet || !m_view) return;
    const QJsonObject now = m_view->saveState();
    if (now == m_last) return;
    const bool interacting = name.isEmpty() && m_view->isInteracting();
    auto* command = new StateCommand(*this, m_last, now, name.isEmpty() ? stepName(m_last, now) : name,
                                     m_gestureOpen && interacting);
    m_last = now;
    const int index = m_stack.index();
    m_stack.push(command);  // may merge into the top step, or drop it when the gesture came back
    // A gesture back where it began removed its step: what follows starts a new one.
    m_gestureOpen = interacting && m_stack.index() >= index;
}

void UndoRecorder::recordAs(const QString& name, const std::function<void()>& change)
{
    m_quiet = true;
    change();
    m_quiet = false;
    m_gestureOpen = false;
    record(name);
}

void UndoRecorder::restart()
{
    m_stack.clear();
    if (m_view) m_last = m_view->saveState();
    m_gestureOpen = false;
}

void UndoRecorder::show(const QJsonObject& state)
{
    if (!m_view) return;
    m_quiet = true;
    const QString error = m_view->restoreState(state);
    m_quiet = false;
    if (!error.isEmpty())
        qWarning("undo: %s state not restored (%s)", qPrintable(m_view->viewId()), qPrintable(error));
    m_last = m_view->saveState();
    m_gestureOpen = false;
}

}  // namespace actlab
