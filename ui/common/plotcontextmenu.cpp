#include "ui/common/plotcontextmenu.h"

#include "ui/common/qcustomplot_include.h"
#include "ui/common/view.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

namespace actlab {

namespace {

/// The view the plot belongs to, whose window exports it; none for a plot shown on its own.
View* owningView(QWidget* widget)
{
    for (QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        if (auto* view = qobject_cast<View*>(w)) return view;
    }
    return nullptr;
}

}  // namespace

PlotContextMenu::PlotContextMenu(QCustomPlot& plot, const QString& valuesLabel, ValuesText values)
    : QObject(&plot), m_plot(plot), m_valuesLabel(valuesLabel), m_values(std::move(values))
{
    plot.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&plot, &QWidget::customContextMenuRequested, this, &PlotContextMenu::popUp);
}

void PlotContextMenu::setResetView(std::function<void()> reset)
{
    m_reset = std::move(reset);
}

QMenu* PlotContextMenu::menuAt(QPointF pixel, QWidget* parent) const
{
    auto* menu = new QMenu(parent);
    QAction* image = menu->addAction(tr("Copy image"), &m_plot, [plot = &m_plot] { copyImage(*plot); });
    image->setObjectName(copyImageName());
    const QString values = m_values ? m_values(pixel) : QString();
    if (!values.isEmpty()) {
        QAction* copy = menu->addAction(m_valuesLabel, &m_plot, [values] {
            QGuiApplication::clipboard()->setText(values);
        });
        copy->setObjectName(copyValuesName());
    }
    if (m_reset) {
        menu->addSeparator();
        QAction* reset = menu->addAction(tr("Reset view"), &m_plot, m_reset);
        reset->setObjectName(resetViewName());
    }
    if (View* view = owningView(&m_plot)) {
        menu->addSeparator();
        QAction* exportFigure = menu->addAction(tr("Export figure…"), view, &View::exportRequested);
        exportFigure->setObjectName(exportName());
    }
    return menu;
}

void PlotContextMenu::popUp(const QPoint& pixel)
{
    QMenu* menu = menuAt(pixel, &m_plot);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_plot.mapToGlobal(pixel));
}

void PlotContextMenu::copyImage(QCustomPlot& plot)
{
    const double ratio = plot.devicePixelRatioF();
    const QImage image = plot.toPixmap(plot.width(), plot.height(), ratio).toImage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto* mime = new QMimeData;
    mime->setData(QStringLiteral("image/png"), png);
    mime->setImageData(image);  // for applications that ask for an image in another format
    QGuiApplication::clipboard()->setMimeData(mime);
}

}  // namespace actlab
