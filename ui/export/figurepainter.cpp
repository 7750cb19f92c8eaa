#include "ui/export/figurepainter.h"

#include "ui/common/qcustomplot_include.h"

#include <QCoreApplication>
#include <QLayout>
#include <QResizeEvent>

namespace actlab {

namespace {

void paintWidgetTree(QWidget& root, QWidget& widget, QCPPainter& painter)
{
    for (QObject* child : widget.children()) {
        auto* w = qobject_cast<QWidget*>(child);
        if (!w || w->isHidden()) continue;
        const QPoint offset = w->mapTo(&root, QPoint(0, 0));
        if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
            painter.save();
            painter.translate(offset);
            painter.setClipRect(QRect(QPoint(0, 0), plot->size()));
            plot->toPainter(&painter, plot->width(), plot->height());
            painter.restore();
        } else if (w->findChildren<QWidget*>().isEmpty()) {
            w->render(&painter, offset, QRegion(), QWidget::DrawChildren);
        } else {
            paintWidgetTree(root, *w, painter);
        }
    }
}

/// Places `widget`'s children for its current size, then theirs, all the way down: a widget that was
/// never shown has no layout pass of its own. Each gets the resize event Qt holds back until a hidden
/// widget is shown, as plots fit themselves to their size there (the maxout maps' squares).
void layOut(QWidget& widget)
{
    if (widget.testAttribute(Qt::WA_PendingResizeEvent)) {
        widget.setAttribute(Qt::WA_PendingResizeEvent, false);
        QResizeEvent resized(widget.size(), QSize());
        QCoreApplication::sendEvent(&widget, &resized);
    }
    if (QLayout* layout = widget.layout()) {
        layout->activate();
        layout->setGeometry(widget.rect());
    }
    for (QObject* child : widget.children()) {
        if (auto* w = qobject_cast<QWidget*>(child); w && !w->isWindow()) layOut(*w);
    }
}

}  // namespace

void paintFigure(QWidget& figure, QCPPainter& painter, QSize layoutSize, const QColor& background)
{
    // Taken out of its view, the figure takes exactly this size; its layouts place the children directly,
    // without showing anything or drawing a screen buffer first.
    QWidget* const parent = figure.parentWidget();
    const QRect geometry = figure.geometry();
    figure.setParent(nullptr);
    figure.resize(layoutSize);
    layOut(figure);

    painter.fillRect(QRect(QPoint(0, 0), layoutSize), background);
    if (auto* plot = qobject_cast<QCustomPlot*>(&figure)) {
        plot->toPainter(&painter, layoutSize.width(), layoutSize.height());
    } else {
        paintWidgetTree(figure, figure, painter);
    }

    if (parent) {
        figure.setParent(parent);
        figure.setGeometry(geometry);
        if (parent->layout()) parent->layout()->invalidate();
    }
}

}  // namespace actlab
