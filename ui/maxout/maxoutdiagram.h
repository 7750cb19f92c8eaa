#pragma once

#include "core/maxout.h"
#include "ui/common/theme.h"

#include <QString>

#include <cstddef>
#include <vector>

class QCPAxisRect;

namespace actlab {

/// Draws the layer as the lecture pictures it, into `rect` (whose axes it hides and sets to [0, 1]²):
/// the inputs on top, every unit below them with each group framed and labelled "max", one output per
/// group at the bottom. The edge from each group's winner at the probe (`winners`, one per group) to its
/// output is bold in the winner's colour, the losers' edges dotted: backpropagation runs back along the
/// bold edges only.
/// With `withNote`, the diagram carries maxoutDiagramNote() in its top right corner; a caller whose
/// diagram is too narrow for it shows the note elsewhere.
void drawMaxoutDiagram(QCPAxisRect& rect, const MaxoutLayer& layer, const std::vector<std::size_t>& winners,
                       const Theme& theme, bool withNote);

/// What the bold edges mean, translated.
QString maxoutDiagramNote();

/// The height `rect` needs for the diagram at `theme`'s text size, in pixels.
int maxoutDiagramHeight(const Theme& theme);

}  // namespace actlab
