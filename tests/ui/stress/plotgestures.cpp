#include "stress/plotgestures.h"

#include "ui/common/qcustomplot_include.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>

namespace actlab::stress {

namespace {

/// Mostly inside one of the plot's axis rects, sometimes anywhere on the plot, rarely well outside it.
QPointF randomPoint(QCustomPlot& plot, Rng& rng)
{
    const QList<QCPAxisRect*> rects = plot.axisRects();
    const double roll = uniformReal(rng, 0, 1);
    QRectF area = plot.rect();
    if (roll < 0.8 && !rects.isEmpty()) area = rects[uniformInt(rng, 0, int(rects.size()) - 1)]->rect();
    else if (roll >= 0.95) area = area.adjusted(-2 * area.width(), -2 * area.height(), 2 * area.width(), 2 * area.height());
    return {uniformReal(rng, area.left(), area.right() + 1), uniformReal(rng, area.top(), area.bottom() + 1)};
}

Qt::KeyboardModifiers randomModifiers(Rng& rng)
{
    const int roll = uniformInt(rng, 0, 9);
    return roll == 0 ? Qt::ControlModifier : roll == 1 ? Qt::ShiftModifier : Qt::NoModifier;
}

void sendMouse(QCustomPlot& plot, QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, at, plot.mapToGlobal(at), button, buttons, modifiers);
    QApplication::sendEvent(&plot, &event);
}

QString point(QPointF p) { return QStringLiteral("(%1,%2)").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1); }

}  // namespace

QString wheelOnPlot(QCustomPlot& plot, Rng& rng)
{
    const QPointF at = randomPoint(plot, rng);
    const int direction = chance(rng, 0.5) ? 1 : -1;
    const int notches = chance(rng, 0.25) ? uniformInt(rng, 10, 60) : uniformInt(rng, 1, 3);
    const int perEvent = chance(rng, 0.2) ? 15 : 120;  // a touchpad sends eighth-notches
    const Qt::KeyboardModifiers modifiers = randomModifiers(rng);
    for (int i = 0; i < notches; ++i) {
        QWheelEvent event(at, plot.mapToGlobal(at), QPoint(), QPoint(0, direction * perEvent), Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&plot, &event);
        if (i % 8 == 7) QCoreApplication::processEvents();
    }
    return QStringLiteral("wheel %1×%2 at %3 mods %4 on %5")
        .arg(notches)
        .arg(direction * perEvent)
        .arg(point(at))
        .arg(int(modifiers))
        .arg(QString::fromLatin1(plot.metaObject()->className()));
}

QString dragOnPlot(QCustomPlot& plot, Rng& rng)
{
    const QString name = QString::fromLatin1(plot.metaObject()->className());
    const QPointF from = randomPoint(plot, rng);
    if (chance(rng, 0.15)) {
        sendMouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, {});
        sendMouse(plot, QEvent::MouseButtonRelease, from, Qt::LeftButton, {}, {});
        sendMouse(plot, QEvent::MouseButtonDblClick, from, Qt::LeftButton, Qt::LeftButton, {});
        sendMouse(plot, QEvent::MouseButtonRelease, from, Qt::LeftButton, {}, {});
        return QStringLiteral("double click at %1 on %2").arg(point(from), name);
    }
    const double roll = uniformReal(rng, 0, 1);
    const Qt::MouseButton button = roll < 0.8 ? Qt::LeftButton : roll < 0.9 ? Qt::RightButton : Qt::MiddleButton;
    const Qt::KeyboardModifiers modifiers = randomModifiers(rng);
    const int moves = uniformInt(rng, 1, 8);
    sendMouse(plot, QEvent::MouseButtonPress, from, button, button, modifiers);
    QPointF to = from;
    for (int i = 0; i < moves; ++i) {
        to = randomPoint(plot, rng);
        sendMouse(plot, QEvent::MouseMove, to, Qt::NoButton, button, modifiers);
        QCoreApplication::processEvents();
    }
    sendMouse(plot, QEvent::MouseButtonRelease, to, button, {}, modifiers);
    return QStringLiteral("drag button %1 mods %2 %3 → %4 in %5 moves on %6")
        .arg(int(button))
        .arg(int(modifiers))
        .arg(point(from), point(to))
        .arg(moves)
        .arg(name);
}

QString keyOnPlot(QCustomPlot& plot, Rng& rng)
{
    const QString name = QString::fromLatin1(plot.metaObject()->className());
    if (chance(rng, 0.3)) {
        const QPointF at = randomPoint(plot, rng);
        sendMouse(plot, QEvent::MouseMove, at, Qt::NoButton, {}, {});
        return QStringLiteral("hover at %1 on %2").arg(point(at), name);
    }
    static const std::vector<Qt::Key> keys{Qt::Key_Left,  Qt::Key_Right, Qt::Key_Up,     Qt::Key_Down,
                                           Qt::Key_Plus,  Qt::Key_Minus, Qt::Key_Home,   Qt::Key_End,
                                           Qt::Key_Escape, Qt::Key_0,    Qt::Key_R,      Qt::Key_Space,
                                           Qt::Key_PageUp, Qt::Key_PageDown};
    const Qt::Key key = pick(rng, keys);
    const Qt::KeyboardModifiers modifiers = randomModifiers(rng);
    plot.setFocus(Qt::MouseFocusReason);
    QTest::keyClick(&plot, key, modifiers);
    return QStringLiteral("key %1 mods %2 on %3").arg(QKeySequence(key).toString()).arg(int(modifiers)).arg(name);
}

}  // namespace actlab::stress
