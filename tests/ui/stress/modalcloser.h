#pragma once

#include <QObject>

class QTimer;

namespace actlab::stress {

/// Closes any modal dialog or popup that an action opens (file dialogs, message boxes, the export dialog,
/// menus), so a random run never waits for a person. It polls from a timer, which keeps firing inside the
/// dialog's own event loop.
class ModalCloser {
public:
    explicit ModalCloser(QObject* parent);
    /// How many it closed so far.
    int closed() const { return m_closed; }

private:
    void closeOne();

    QTimer* m_timer;
    int m_closed = 0;
};

}  // namespace actlab::stress
