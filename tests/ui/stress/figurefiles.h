#pragma once

#include "stress/random.h"

#include <QString>

namespace actlab {
class MainWindow;
}

namespace actlab::stress {

/// Exports the current view to `dir` as PNG, SVG or PDF at a random size, dpi and text scale, through
/// exportScene() as File → Export figure does. Sets `error` if the export fails, leaves no file, or
/// writes an SVG with "nan" or "inf" in it.
QString exportFigure(MainWindow& window, const QString& dir, Rng& rng, QString& error);

/// File → Save scene then File → Open scene: writes the current scene into one of a few files in `dir`,
/// reads back one of them (this one, or an earlier one, maybe of another view) and shows it. Sets
/// `error` if writing, reading or showing fails, or the view's state differs from the file's.
QString saveAndOpenScene(MainWindow& window, const QString& dir, Rng& rng, QString& error);

}  // namespace actlab::stress
