#pragma once

#include "ui/scene/scene.h"

#include <QImage>
#include <QString>

#include <memory>

namespace actlab {

class View;

enum class FigureFormat { Png, Svg, Pdf };

/// The format a path's suffix names (.png, .svg, .pdf, any case), or false.
bool figureFormatForPath(const QString& path, FigureFormat& format);

/// A fresh, never-shown view showing the scene's state in the scene's theme: the one path by which the
/// window's export, the clipboard and `actlab export` all draw, so they cannot disagree. On error (bad
/// view id, state or theme) returns nullptr and sets `error`.
std::unique_ptr<View> viewForScene(const Scene& scene, QString& error);

/// The scene's figure as an image of scene.size pixels carrying scene.dpi. Null on error.
QImage renderSceneImage(const Scene& scene, QString& error);

/// The scene's figure as SVG bytes (curves as paths, text as text; text that needs a CJK font as
/// outlines, so it renders without one). Empty on error.
QByteArray renderSceneSvg(const Scene& scene, QString& error);

/// Writes the scene's figure to `path` (format from the suffix) atomically: on any error nothing is left
/// at `path` (an existing file stays as it was). Returns one line naming the problem, or empty.
QString exportScene(const Scene& scene, const QString& path);

}  // namespace actlab
