#include "ui/softmax/paneltitle.h"

#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/softmax/fittedfont.h"

namespace actlab {

namespace {

constexpr double kMinimumTitlePoints = 8.0;

bool style(QCPTextElement& element, const Theme& theme, double pixels, double scale, bool bold)
{
    QFont font = element.parentPlot()->font();
    font.setPointSizeF(theme.fontPointSize * scale);
    font.setBold(bold);
    font = fittedFont(font, element.text(), pixels, kMinimumTitlePoints);
    element.setTextColor(theme.palette.text);
    if (font == element.font()) return false;
    element.setFont(font);
    return true;
}

}  // namespace

bool styleTitle(QCPTextElement& title, const Theme& theme, double pixels)
{
    return style(title, theme, pixels, 13.0 / 11.0, true);
}

bool styleNote(QCPTextElement& note, const Theme& theme, double pixels)
{
    return style(note, theme, pixels, 0.95, false);
}

void relayOut(QCustomPlot& plot)
{
    QCPLayoutGrid* layout = plot.plotLayout();
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

}  // namespace actlab
