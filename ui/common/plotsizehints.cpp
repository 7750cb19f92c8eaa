#include "ui/common/plotsizehints.h"

#include "ui/common/qcustomplot_include.h"

#include <memory>
#include <utility>

namespace actlab {

void followLayoutHints(QCustomPlot& plot)
{
    // QCustomPlot makes its hints protected; QWidget's are public, and virtual all the same.
    QWidget& widget = plot;
    auto last = std::make_shared<std::pair<QSize, QSize>>(widget.minimumSizeHint(), widget.sizeHint());
    QObject::connect(&plot, &QCustomPlot::afterLayout, &plot, [&widget, last] {
        const std::pair<QSize, QSize> hints(widget.minimumSizeHint(), widget.sizeHint());
        if (hints == *last) return;
        *last = hints;
        announceSizeHintChange(widget);
    });
}

void announceSizeHintChange(QWidget& widget)
{
    widget.updateGeometry();
    if (widget.isHidden() && widget.parentWidget()) widget.parentWidget()->updateGeometry();
}

}  // namespace actlab
