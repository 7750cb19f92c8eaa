#pragma once

class QCPTextElement;
class QCustomPlot;

namespace actlab {

struct Theme;

/// The bold title above each softmax panel and the smaller line under it, in the theme's colours and
/// sizes, shrunk when a line would be wider than `pixels` (the presentation font in a narrow window).
/// Each returns whether the font changed, so the caller knows to lay the plot out again.
bool styleTitle(QCPTextElement& title, const Theme& theme, double pixels);
bool styleNote(QCPTextElement& note, const Theme& theme, double pixels);

/// Lays `plot` out again at its current size, without drawing: for an afterLayout handler whose font
/// changes alter the margins. Everything happens inside the one replot or export (toPainter), because
/// a never-shown figure being exported gets no second chance.
void relayOut(QCustomPlot& plot);

}  // namespace actlab
