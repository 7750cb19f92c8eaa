#pragma once

class QCustomPlot;
class QWidget;

namespace actlab {

/// QCustomPlot's size hints are its layout's, and they change with what it draws (a longer title, more
/// maps, a larger font), but QCustomPlot never tells the layouts around it: they keep the hints they read
/// last, and a window could not be made smaller than a plot had once asked for. From now on, whenever a
/// layout of `plot` changes its hints, the layouts around it are told.
void followLayoutHints(QCustomPlot& plot);

/// Tells the layouts around `widget` that its size hints changed (QWidget::updateGeometry), also when it
/// is hidden: Qt passes a hidden widget's new hints on to no one, and a stacked page not shown is hidden,
/// so then the page's parent is told as well.
void announceSizeHintChange(QWidget& widget);

}  // namespace actlab
