#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace actlab {

/// `font` at the largest point size, at most its own and at least `minimumPointSize`, at which every
/// line of `text` is no wider than `pixels`: numbers in heat-map cells and titles in the presentation
/// font shrink with the room they have rather than run into their neighbours or get cut off.
inline QFont fittedFont(QFont font, const QString& text, double pixels, double minimumPointSize)
{
    const QStringList lines = text.split(u'\n');
    const auto widest = [&lines](const QFont& f) {
        const QFontMetricsF metrics(f);
        double width = 0.0;
        for (const QString& line : lines) width = std::max(width, metrics.horizontalAdvance(line));
        return width;
    };
    while (font.pointSizeF() > minimumPointSize && widest(font) > pixels)
        font.setPointSizeF(std::max(minimumPointSize, font.pointSizeF() - 0.5));
    return font;
}

}  // namespace actlab
