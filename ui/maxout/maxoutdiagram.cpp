#include "ui/maxout/maxoutdiagram.h"

#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/maxout/maxoutstyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace actlab {

namespace {

/// Rows of the diagram, in the rect's [0, 1] coordinates (1 at the top).
constexpr double kInputRow = 0.87;
constexpr double kUnitRow = 0.52;
constexpr double kOutputRow = 0.12;
/// Extra room between groups, in unit widths, so the frames do not touch.
constexpr double kGroupGap = 0.6;

class Text {
    Q_DECLARE_TR_FUNCTIONS(MaxoutDiagram)
};

void placeIn(QCPItemPosition* position, QCPAxisRect& rect, double x, double y)
{
    position->setAxes(rect.axis(QCPAxis::atBottom), rect.axis(QCPAxis::atLeft));
    position->setAxisRect(&rect);
    position->setCoords(x, y);
}

QCPItemLine* edge(QCPAxisRect& rect, QPointF from, QPointF to, const QPen& pen)
{
    auto* line = new QCPItemLine(rect.parentPlot());
    line->setLayer(QStringLiteral("main"));
    placeIn(line->start, rect, from.x(), from.y());
    placeIn(line->end, rect, to.x(), to.y());
    line->setPen(pen);
    line->setClipAxisRect(&rect);
    return line;
}

void node(QCPAxisRect& rect, QPointF at, const QString& name, const QPen& pen, const QBrush& brush,
          double size, const QFont& font, const QColor& text)
{
    auto* circle = new QCPItemTracer(rect.parentPlot());
    circle->setLayer(QStringLiteral("legend"));
    placeIn(circle->position, rect, at.x(), at.y());
    circle->setStyle(QCPItemTracer::tsCircle);
    circle->setSize(size);
    circle->setPen(pen);
    circle->setBrush(brush);
    circle->setClipAxisRect(&rect);
    auto* label = new QCPItemText(rect.parentPlot());
    label->setLayer(QStringLiteral("legend"));
    placeIn(label->position, rect, at.x(), at.y());
    label->setPositionAlignment(Qt::AlignCenter);
    label->setText(name);
    label->setFont(font);
    label->setColor(text);
    label->setClipAxisRect(&rect);
}

}  // namespace

int maxoutDiagramHeight(const Theme& theme)
{
    return int(theme.fontPointSize * 17.0);
}

QString maxoutDiagramNote()
{
    return Text::tr("bold: each group's winner at the probe,\nthe only unit the gradient reaches");
}

void drawMaxoutDiagram(QCPAxisRect& rect, const MaxoutLayer& layer, const std::vector<std::size_t>& winners,
                       const Theme& theme, bool withNote)
{
    QCustomPlot* plot = rect.parentPlot();
    for (QCPAxis* axis : rect.axes()) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
        axis->setRange(0.0, 1.0);
    }
    const std::size_t units = layer.units.size();
    const std::size_t groups = layer.groupCount();
    const std::size_t inputs = layer.inputSize();
    if (units == 0 || groups == 0 || winners.size() != groups) return;

    QFont font = plot->font();
    font.setPointSizeF(theme.fontPointSize);
    QFont bold = font;
    bold.setBold(true);
    const double nodeSize = theme.fontPointSize * 2.7;
    const QColor text = theme.palette.text;
    const QBrush ground(theme.palette.background);

    // Units spread across the width, a little extra room between groups.
    // A few units sit close together in the middle; many spread over the whole width.
    const double slotCount = double(units) + kGroupGap * double(groups - 1);
    const double spread = std::min(0.8, 0.11 * slotCount);
    std::vector<double> unitX(units);
    for (std::size_t j = 0; j < units; ++j) {
        const double slot = double(j) + kGroupGap * double(j / layer.groupSize);
        unitX[j] = 0.5 - spread / 2 + spread * (slot + 0.5) / slotCount;
    }
    const double halfSlot = 0.5 * spread / slotCount;
    std::vector<double> inputX(inputs);
    for (std::size_t i = 0; i < inputs; ++i) inputX[i] = 0.5 + (double(i) - 0.5 * double(inputs - 1)) * 0.18;

    QColor wiring = text;
    wiring.setAlpha(theme.monochrome ? 120 : 80);

    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = layer.groupBegin(g);
        const std::size_t end = layer.groupEnd(g);
        const double left = unitX[begin] - halfSlot * 0.95;
        const double right = unitX[end - 1] + halfSlot * 0.95;
        auto* frame = new QCPItemRect(plot);
        frame->setLayer(QStringLiteral("main"));
        placeIn(frame->topLeft, rect, left, kUnitRow + 0.17);
        placeIn(frame->bottomRight, rect, right, kUnitRow - 0.17);
        QPen framePen(theme.palette.zeroLine, 1.2, Qt::DashLine);
        frame->setPen(framePen);
        QColor fill = theme.palette.grid;
        fill.setAlpha(theme.monochrome ? 0 : 110);
        frame->setBrush(QBrush(fill));
        frame->setClipAxisRect(&rect);
        auto* max = new QCPItemText(plot);
        max->setLayer(QStringLiteral("legend"));
        placeIn(max->position, rect, right, kUnitRow + 0.17);
        max->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        max->setText(QStringLiteral("max"));
        QFont small = font;
        small.setPointSizeF(theme.fontPointSize * 0.85);
        small.setItalic(true);
        max->setFont(small);
        max->setColor(theme.palette.zeroLine);
        max->setClipAxisRect(&rect);

        // Every input feeds every unit: the lecture's "x1 and x2 each combine with all 4 neurons".
        for (std::size_t i = 0; i < inputs; ++i) {
            for (std::size_t j = begin; j < end; ++j)
                edge(rect, {inputX[i], kInputRow}, {unitX[j], kUnitRow}, QPen(wiring, 1.0));
        }
        const double outX = 0.5 * (unitX[begin] + unitX[end - 1]);
        for (std::size_t j = begin; j < end; ++j) {
            const bool wins = winners[g] == j;
            QPen pen = wins ? QPen(theme.monochrome ? theme.palette.text : unitColor(theme, j),
                                   theme.curveWidth * 1.3)
                            : QPen(wiring, 1.2, Qt::DotLine);
            edge(rect, {unitX[j], kUnitRow}, {outX, kOutputRow}, pen);
        }
        node(rect, {outX, kOutputRow}, outputName(g), QPen(text, 1.6), ground, nodeSize * 1.25, bold, text);
    }
    for (std::size_t j = 0; j < units; ++j) {
        const bool wins = std::find(winners.begin(), winners.end(), j) != winners.end();
        QColor fill = theme.monochrome ? theme.palette.winnerFill : unitColor(theme, j);
        fill.setAlpha(wins ? (theme.monochrome ? 255 : 90) : 0);
        QBrush brush = wins ? QBrush(fill) : ground;
        if (wins && !theme.monochrome) {
            // Opaque, so the wiring does not show through: the tint laid over the background.
            const QColor back = theme.palette.background;
            const double a = fill.alphaF();
            brush = QBrush(QColor::fromRgbF(float(a * fill.redF() + (1 - a) * back.redF()),
                                            float(a * fill.greenF() + (1 - a) * back.greenF()),
                                            float(a * fill.blueF() + (1 - a) * back.blueF())));
        }
        node(rect, {unitX[j], kUnitRow}, unitName(j), QPen(unitColor(theme, j), wins ? 3.0 : 1.8), brush,
             nodeSize, wins ? bold : font, text);
    }
    for (std::size_t i = 0; i < inputs; ++i)
        node(rect, {inputX[i], kInputRow},
             QStringLiteral("x") + subscriptDigits(static_cast<long long>(i + 1)), QPen(text, 1.6), ground,
             nodeSize, font, text);

    if (!withNote) return;
    auto* note = new QCPItemText(plot);
    note->setLayer(QStringLiteral("legend"));
    placeIn(note->position, rect, 1.0, kInputRow);
    note->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
    note->setTextAlignment(Qt::AlignRight);
    QFont small = font;
    small.setPointSizeF(theme.fontPointSize * 0.9);
    note->setFont(small);
    note->setColor(theme.palette.zeroLine);
    note->setText(maxoutDiagramNote());
    note->setClipAxisRect(&rect);
}

}  // namespace actlab
