#include "ui/common/view.h"

#include <QAbstractSlider>
#include <QMouseEvent>
#include <QScrollBar>

namespace actlab {

namespace {

/// A slider of the view's controls held down by the mouse (scroll bars scroll, they edit nothing).
QAbstractSlider* heldSlider(const QWidget& view)
{
    for (QAbstractSlider* slider : view.findChildren<QAbstractSlider*>()) {
        if (slider->isSliderDown() && qobject_cast<QScrollBar*>(slider) == nullptr) return slider;
    }
    return nullptr;
}

}  // namespace

View::View(QWidget* parent) : QWidget(parent)
{
    // Connected first, so the held slider is known before anyone else hears of the change.
    connect(this, &View::stateChanged, this, &View::watchHeldSlider);
}

bool View::isInteracting() const
{
    return m_mouseHeld || heldSlider(*this) != nullptr;
}

void View::watchHeldSlider()
{
    QAbstractSlider* slider = heldSlider(*this);
    if (slider == nullptr || slider == m_heldSlider) return;
    m_heldSlider = slider;
    connect(
        slider, &QAbstractSlider::sliderReleased, this,
        [this] {
            m_heldSlider = nullptr;
            emit interactionSettled();
        },
        Qt::SingleShotConnection);
}

void View::trackDragsOn(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool View::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        if (static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) m_mouseHeld = true;
    } else if (event->type() == QEvent::MouseButtonRelease && m_mouseHeld) {
        if (static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
            m_mouseHeld = false;
            emit interactionSettled();
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace actlab
