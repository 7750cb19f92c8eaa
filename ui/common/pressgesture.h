#pragma once

#include <QApplication>
#include <QPointF>

namespace actlab {

/// A left-button press on a plot, which is a click until the pointer has moved farther than the
/// platform's drag distance (QApplication::startDragDistance) and a drag from then on: a hand that
/// shakes a pixel or two while clicking still clicks.
class PressGesture {
public:
    void press(QPointF at)
    {
        m_start = at;
        m_pressed = true;
        m_dragging = false;
    }
    /// The pointer, still pressed, is at `at`: returns whether the press has become a drag (once it
    /// has, it stays one until the release).
    bool moveTo(QPointF at)
    {
        if (m_pressed && !m_dragging)
            m_dragging = (at - m_start).manhattanLength() > QApplication::startDragDistance();
        return m_dragging;
    }
    void release() { m_pressed = m_dragging = false; }

    bool pressed() const { return m_pressed; }
    bool dragging() const { return m_dragging; }
    QPointF start() const { return m_start; }

private:
    QPointF m_start;
    bool m_pressed = false;
    bool m_dragging = false;
};

}  // namespace actlab
