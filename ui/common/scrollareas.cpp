#include "ui/common/scrollareas.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace actlab {

QScrollArea* controlsScrollArea(QWidget* controls, int minimumWidth, int maximumWidth, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(minimumWidth);
    scroll->setMaximumWidth(maximumWidth);
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

QScrollArea* figureScrollArea(QWidget* figure, QWidget* parent)
{
    auto* holder = new QWidget(parent);
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(figure);
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

}  // namespace actlab
