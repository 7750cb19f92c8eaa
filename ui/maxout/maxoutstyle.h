#pragma once

#include "ui/common/theme.h"

#include <QColor>
#include <QIcon>
#include <QPen>

#include <cstddef>
#include <map>
#include <utility>

namespace actlab {

/// The colour that names unit j everywhere: its line, its pieces of an output, its table row.
QColor unitColor(const Theme& theme, std::size_t unit);
/// A unit's own line: thin, so the bold outputs stand out. Beyond the palette's eight colours (and in
/// print, beyond four dash patterns) the pattern or the grey changes, so no two units look alike.
QPen unitPen(const Theme& theme, std::size_t unit);
/// A group's output where `winner` wins: bold and solid, in the winner's colour (black in print).
QPen outputPen(const Theme& theme, std::size_t winner);
/// Small swatches of unitPen for tables, made once per look and handed out again. A table view keeps
/// every new pixmap it draws in Qt's pixmap cache (up to 10 MB): a new swatch on every change of the
/// layer filled it with old ones.
class UnitIcons {
public:
    const QIcon& icon(const Theme& theme, std::size_t unit);

private:
    std::map<std::pair<QRgb, int>, QIcon> m_icons;  ///< by colour and pen style
};

}  // namespace actlab
