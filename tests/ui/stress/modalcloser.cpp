#include "stress/modalcloser.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>

namespace actlab::stress {

ModalCloser::ModalCloser(QObject* parent) : m_timer(new QTimer(parent))
{
    m_timer->setInterval(20);
    QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { closeOne(); });
    m_timer->start();
}

void ModalCloser::closeOne()
{
    if (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close();
        ++m_closed;
    }
    if (QWidget* modal = QApplication::activeModalWidget()) {
        qInfo("stress: closing modal %s '%s'", modal->metaObject()->className(), qPrintable(modal->windowTitle()));
        if (auto* dialog = qobject_cast<QDialog*>(modal)) dialog->reject();
        else modal->close();
        ++m_closed;
    }
}

}  // namespace actlab::stress
