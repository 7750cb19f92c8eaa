#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>

class QCustomPlot;
class QMenu;
class QWidget;

namespace actlab {

/// The right-click menu of a plot, the same in every view: Copy image (the plot as a PNG), Copy values
/// (what the plot shows at its probe or under the pointer, as tab-separated round-trip numbers), Reset
/// view (for a plot that pans and zooms) and Export figure… (the window's export dialog, asked for
/// through View::exportRequested). Made once per plot, in its constructor.
class PlotContextMenu : public QObject {
    Q_OBJECT

public:
    /// The text of what the plot shows for a right-click at `pixel` (plot coordinates), rows of
    /// tab-separated fields under a header row; empty when there is nothing there to copy.
    using ValuesText = std::function<QString(QPointF pixel)>;

    /// Gives `plot` its right-click menu; `valuesLabel` names the copy action ("Copy probe values").
    PlotContextMenu(QCustomPlot& plot, const QString& valuesLabel, ValuesText values);

    /// Adds Reset view, which calls `reset`; plots without a view of their own to reset go without.
    void setResetView(std::function<void()> reset);

    /// The menu for a right-click at `pixel`, not yet shown; the caller owns it.
    QMenu* menuAt(QPointF pixel, QWidget* parent) const;

    /// `plot` as it looks now, at the screen's device pixel ratio, onto the clipboard as a PNG.
    static void copyImage(QCustomPlot& plot);

    /// Object names of the actions, for tests and the shortcuts dialog.
    static QString copyImageName() { return QStringLiteral("plotmenu.copy_image"); }
    static QString copyValuesName() { return QStringLiteral("plotmenu.copy_values"); }
    static QString resetViewName() { return QStringLiteral("plotmenu.reset_view"); }
    static QString exportName() { return QStringLiteral("plotmenu.export"); }

private:
    void popUp(const QPoint& pixel);

    QCustomPlot& m_plot;
    QString m_valuesLabel;
    ValuesText m_values;
    std::function<void()> m_reset;
};

}  // namespace actlab
