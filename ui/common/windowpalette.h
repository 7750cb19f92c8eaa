#pragma once

#include <QPalette>

namespace actlab {

/// The colours of the whole window in the dark screen theme — window, base, text, buttons, highlight and
/// the disabled roles — made from the dark plot palette, so that controls and figures match.
QPalette darkWindowPalette();

/// Dark: the application takes the Fusion style, which draws every control from the palette, and
/// darkWindowPalette(). Otherwise it goes back to the style and palette it started with.
void applyWindowPalette(bool dark);

}  // namespace actlab
