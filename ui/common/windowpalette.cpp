#include "ui/common/windowpalette.h"

#include "ui/common/palette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace actlab {

namespace {

/// What the application looked like before the first switch to dark, to go back to.
struct StartingLook {
    QString style;
    QPalette palette;
};

std::optional<StartingLook>& startingLook()
{
    static std::optional<StartingLook> look;
    return look;
}

void setStyleNamed(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0) return;
    if (QStyle* style = QStyleFactory::create(name)) QApplication::setStyle(style);
}

}  // namespace

QPalette darkWindowPalette()
{
    const Palette plot = Palette::dark();
    // Panels a shade lighter than the plots; text fields, lists and tables lighter again. Fusion draws a
    // check box as a square of Base outlined a little darker than Window: with Base darker than Window,
    // as in a light palette, every unchecked box in the function list would vanish.
    const QColor window = plot.background.lighter(140);
    const QColor base = plot.background.lighter(185);
    const QColor button = plot.background.lighter(200);
    const QColor disabledText = plot.zeroLine.darker(130);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, plot.text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, base.lighter(112));
    palette.setColor(QPalette::Text, plot.text);
    palette.setColor(QPalette::PlaceholderText, plot.zeroLine);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, plot.text);
    palette.setColor(QPalette::BrightText, plot.series(1));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, plot.text);
    // Fusion's bevels and frames.
    palette.setColor(QPalette::Light, button.lighter(140));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, plot.frame);
    palette.setColor(QPalette::Dark, plot.background.darker(140));
    palette.setColor(QPalette::Shadow, plot.background.darker(200));
    // The dark palette's deep blue, a shade deeper: light text on it reads at better than 4.5 : 1.
    palette.setColor(QPalette::Highlight, plot.series(7).darker(120));
    palette.setColor(QPalette::HighlightedText, plot.text);
    palette.setColor(QPalette::Link, plot.series(0));
    palette.setColor(QPalette::LinkVisited, plot.series(3));

    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, plot.frame);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, plot.text.darker(130));
    palette.setColor(QPalette::Disabled, QPalette::Light, window);
    return palette;
}

void applyWindowPalette(bool dark)
{
    std::optional<StartingLook>& start = startingLook();
    if (dark) {
        if (!start) start = StartingLook{QApplication::style()->name(), QApplication::palette()};
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkWindowPalette());
    } else if (start) {
        setStyleNamed(start->style);
        QApplication::setPalette(start->palette);
        start.reset();
    }
}

}  // namespace actlab
