#pragma once

class QScrollArea;
class QWidget;

namespace actlab {

/// A view's column of controls, scrolling vertically when the presentation font makes it taller than
/// the screen: frameless, no horizontal bar, `minimumWidth` to `maximumWidth` wide. Tab goes straight to
/// the first control; the area scrolls to whichever control has the focus.
QScrollArea* controlsScrollArea(QWidget* controls, int minimumWidth, int maximumWidth, QWidget* parent);

/// A view's figure, scrolling rather than squeezing its panels below a 1024 × 700 projector. The figure
/// sits in a holder that scrolls: export takes the figure out to lay it out at the exported size, and a
/// scroll area watching the figure itself would size it straight back.
QScrollArea* figureScrollArea(QWidget* figure, QWidget* parent);

}  // namespace actlab
