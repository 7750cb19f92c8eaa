#include "ui/export/figurepainter.h"

#include "ui/common/qcustomplot_include.h"

#include <QLayout>

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

}  // namespace

void paintFigure(QWidget& figure, QCPPainter& painter, QSize layoutSize, const QColor& background)
{
    // As a hidden top-level widget the figure takes exactly this size and lays out its children without
    // ever appearing on screen.
    QWidget* const parent = figure.parentWidget();
    const QRect geometry = figure.geometry();
    figure.setParent(nullptr);
    figure.setAttribute(Qt::WA_DontShowOnScreen, true);
    figure.resize(layoutSize);
    figure.show();
    if (QLayout* layout = figure.layout()) layout->activate();
    for (QWidget* child : figure.findChildren<QWidget*>()) {
        if (QLayout* layout = child->layout()) layout->activate();
    }
    for (QCustomPlot* plot : figure.findChildren<QCustomPlot*>()) plot->replot(QCustomPlot::rpImmediateRefresh);

    painter.fillRect(QRect(QPoint(0, 0), layoutSize), background);
    if (auto* plot = qobject_cast<QCustomPlot*>(&figure)) {
        plot->toPainter(&painter, layoutSize.width(), layoutSize.height());
    } else {
        paintWidgetTree(figure, figure, painter);
    }

    figure.hide();
    figure.setAttribute(Qt::WA_DontShowOnScreen, false);
    if (parent) {
        figure.setParent(parent);
        figure.setGeometry(geometry);
        if (parent->layout()) parent->layout()->invalidate();
        figure.show();
    }
}

}  // namespace actlab
