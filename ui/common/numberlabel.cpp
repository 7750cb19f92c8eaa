#include "ui/common/numberlabel.h"

#include "ui/common/numberformat.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace actlab {

NumberLabel::NumberLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void NumberLabel::setNumber(double value, const QString& shown)
{
    m_number = value;
    const QString text = shown.isEmpty() ? roundTripText(value) : shown;
    if (this->text() != text) setText(text);
}

void NumberLabel::setPlainText(const QString& text)
{
    m_number.reset();
    if (this->text() != text) setText(text);
}

void NumberLabel::copy() const
{
    if (m_number) QGuiApplication::clipboard()->setText(roundTripText(*m_number));
}

void NumberLabel::keyPressEvent(QKeyEvent* event)
{
    if (m_number && event->matches(QKeySequence::Copy)) {
        copy();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void NumberLabel::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_number) return QLabel::contextMenuEvent(event);
    QMenu menu(this);
    QAction* copyAction = menu.addAction(tr("Copy"), this, &NumberLabel::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    menu.exec(event->globalPos());
}

void NumberLabel::mouseDoubleClickEvent(QMouseEvent* event)
{
    QLabel::mouseDoubleClickEvent(event);
    setSelection(0, static_cast<int>(text().size()));
}

}  // namespace actlab
