#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>

namespace actlab {

/// A figure as a small, human-readable JSON file: which view, its whole state, the theme and the output
/// size. `actlab export --scene` and File → Open scene read it; File → Save scene writes it.
///
///   {"actlab_scene": 1, "view": "curves", "theme": "print", "size": [1600, 1000], "dpi": 200,
///    "text_scale": 1, "state": {"functions": ["sigmoid"], "x_range": [-8, 8], ...}}
struct Scene {
    QString viewId = QStringLiteral("curves");
    QString themeId = QStringLiteral("light");
    QSize size{1600, 1000};  ///< Output pixels.
    double dpi = 96;         ///< Stored in PNGs, sets PDF page size; text keeps its point size at any dpi.
    double textScale = 1;    ///< Text and lines relative to the screen (presentation figures use more).
    QJsonObject state;       ///< The view's saveState(); checked by the view's restoreState().

    /// Device pixels per layout pixel: a 200-dpi figure draws its 96-dpi layout at 200/96.
    double renderScale() const { return dpi / 96.0 * textScale; }
};

inline constexpr int kSceneVersion = 1;
inline constexpr int kMaxFigurePixels = 20000;  ///< Per side: 20000² pixels is already 1.6 GB of image.

/// Parses a scene file's bytes. Returns one line naming the problem ("line 3, column 14: missing value",
/// "size: expected [width, height] …", "view: unknown view 'curvs'", "unknown key 'colour'") and leaves
/// `scene` untouched on error. The view state itself is checked when a view restores it.
QString parseScene(const QByteArray& bytes, Scene& scene);

/// Reads and parses a scene file; a missing or unreadable file is an error naming the path.
QString readScene(const QString& path, Scene& scene);

/// The scene as indented JSON, keys in a fixed order.
QByteArray sceneToJson(const Scene& scene);

/// Writes atomically (QSaveFile): on any error the old file, if any, is untouched and nothing partial is
/// left. Returns the error line or empty.
QString writeScene(const QString& path, const Scene& scene);

}  // namespace actlab
