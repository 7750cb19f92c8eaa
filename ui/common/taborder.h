#pragma once

#include <QList>
#include <QWidget>

namespace actlab {

/// Puts the focusable widgets inside `container` back at the container's own place in the Tab order,
/// keeping their order among themselves. A widget made after its window was built (a parameter row that
/// appears when a function is ticked, a logit row when the class count grows) joins the end of the
/// window's focus chain, so without this Tab would reach it only after every other view's controls.
/// Compound widgets (a spin box and its line edit) move as one.
inline void keepTabOrderInside(QWidget* container)
{
    const auto focusable = [](const QWidget* w) { return w->focusPolicy() != Qt::NoFocus; };
    // The container's focusable widgets in chain order (the ones made with it come first, the ones
    // appended since after them); a widget inside a focusable one (the line edit of a spin box, the
    // header of a table) travels with it.
    QList<QWidget*> inside;
    for (QWidget* w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        if (!container->isAncestorOf(w) || !focusable(w)) continue;
        bool part = false;
        for (QWidget* p = w->parentWidget(); p != nullptr && p != container; p = p->parentWidget())
            part = part || focusable(p);
        if (!part) inside << w;
    }
    // The container's own place in the chain is where its contents belong; setTabOrder() needs a widget
    // that takes focus there, so the container takes Tab focus for the moment.
    const Qt::FocusPolicy policy = container->focusPolicy();
    container->setFocusPolicy(Qt::TabFocus);
    QWidget* previous = container;
    for (QWidget* w : inside) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    container->setFocusPolicy(policy);
}

}  // namespace actlab
