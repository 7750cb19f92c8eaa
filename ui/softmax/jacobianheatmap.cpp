#include "ui/softmax/jacobianheatmap.h"

#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotstyle.h"
#include "ui/softmax/fittedfont.h"
#include "ui/softmax/paneltitle.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxnumbers.h"
#include "ui/softmax/softmaxstate.h"

#include <QToolTip>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace actlab {

namespace {

constexpr QSize kMinimumPlotSize(280, 220);
/// Pixels a title keeps clear of the panel's edges.
constexpr int kTitleMargin = 16;
/// Pixels of the colour scale's column besides its bar and text: tick length and the axis paddings.
constexpr double kScaleColumnPadding = 30;

/// Gap left between cells, in cell widths, so equal neighbours still read as two cells.
constexpr double kCellInset = 0.035;
/// The diagonal's outline sits this far inside its cell.
constexpr double kOutlineInset = 0.085;
constexpr double kMinimumLabelPoints = 6.5;
/// Below this a cell's number is hard to read from a seat in a lecture room.
constexpr double kReadablePoints = 8.0;
/// Where the row sums stand, in cell widths past the last column: a "0" needs less room than a cell.
constexpr double kRowSumColumn = 0.9;
/// QCustomPlot refuses axis ranges narrower than 1e-280; an entry this small is 0 to the eye anyway.
constexpr double kSmallestScale = 1e-250;

}  // namespace

JacobianHeatMap::JacobianHeatMap(QWidget* parent)
    : BufferReleasingPlot(parent),
      m_title(new QCPTextElement(this)),
      m_subtitle(new QCPTextElement(this)),
      m_scale(new QCPColorScale(this)),
      m_columns(new QCPAxisTickerText),
      m_rows(new QCPAxisTickerText)
{
    setObjectName(QStringLiteral("jacobianHeatMap"));
    setAccessibleName(tr("Jacobian heat map"));
    setAccessibleDescription(
        tr("The n × n matrix ∂sᵢ/∂aⱼ with each row's sum. Click a cell to draw its slice; from the keyboard, "
           "choose the output and the logit under Slice."));
    // It takes clicks but no keys: the Slice boxes are its keyboard counterpart, so Tab passes it by.
    setFocusPolicy(Qt::NoFocus);
    new PlotContextMenu(*this, tr("Copy the matrix"), [this](QPointF) { return matrixText(); });
    // QCustomPlot asks for the width of its longest title; in the presentation font that would push the
    // window wider than the screen. Titles may clip in a very small window instead.
    setMinimumSize(kMinimumPlotSize);

    QCPLayoutGrid* grid = plotLayout();
    grid->insertRow(0);
    grid->insertRow(1);
    grid->addElement(0, 0, m_title);
    grid->addElement(1, 0, m_subtitle);
    grid->addElement(2, 1, m_scale);
    grid->setRowSpacing(0);
    grid->setColumnStretchFactors({1.0, 0.01});
    m_title->setText(tr("Jacobian   ∂sᵢ/∂aⱼ = sᵢ(δᵢⱼ − sⱼ) / T"));
    m_subtitle->setText(
        tr("outlined diagonal: sᵢ(1 − sᵢ)/T ≥ 0     off-diagonal: −sᵢsⱼ/T ≤ 0\n"
           "every row sums to 0 (column row Σ)"));

    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    m_scale->axis()->setLabel(tr("∂sᵢ/∂aⱼ"));
    m_scale->axis()->ticker()->setTickCount(4);

    QCPAxisRect* rect = axisRect();
    auto* margins = new QCPMarginGroup(this);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    xAxis->setVisible(false);
    xAxis2->setVisible(true);
    xAxis2->setTicker(m_columns);
    xAxis2->setLabel(tr("column j:  ∂ / ∂aⱼ"));
    yAxis->setTicker(m_rows);
    yAxis->setRangeReversed(true);  // row 1 on top, as a matrix is written
    yAxis->setLabel(tr("row i:  sᵢ"));

    m_selection = new QCPItemRect(this);
    m_selection->setObjectName(QStringLiteral("selectedCell"));
    m_selection->setBrush(Qt::NoBrush);

    connect(this, &QCustomPlot::afterLayout, this, &JacobianHeatMap::fitToLayout);
    connect(this, &QCustomPlot::mouseMove, this, &JacobianHeatMap::showToolTip);
    connect(this, &QCustomPlot::mousePress, this, &JacobianHeatMap::pick);
    setMouseTracking(true);
    applyTheme(m_theme);
}

void JacobianHeatMap::applyTheme(const Theme& theme)
{
    m_theme = theme;
    stylePlot(*this, theme);
    const Palette& p = theme.palette;
    for (QCPAxis* axis : {xAxis2, yAxis}) {
        axis->setBasePen(Qt::NoPen);
        axis->setTickPen(Qt::NoPen);
        axis->grid()->setVisible(false);
        axis->setPadding(2);
    }
    QFont tickFont = font();
    tickFont.setPointSizeF(theme.fontPointSize * 12.0 / 11.0);
    xAxis2->setTickLabelFont(tickFont);
    yAxis->setTickLabelFont(tickFont);

    QCPAxis* scaleAxis = m_scale->axis();
    scaleAxis->setBasePen(QPen(p.axis, 1));
    scaleAxis->setTickPen(QPen(p.axis, 1));
    scaleAxis->setSubTickPen(Qt::NoPen);
    scaleAxis->setTickLabelColor(p.text);
    scaleAxis->setLabelColor(p.text);
    QFont scaleFont = font();
    scaleFont.setPointSizeF(theme.fontPointSize * 0.9);
    scaleAxis->setTickLabelFont(scaleFont);
    scaleFont.setItalic(true);
    scaleAxis->setLabelFont(scaleFont);
    m_scale->setGradient(divergingGradient(theme));
    m_scale->setBarWidth(theme.colourScaleBarWidth);

    const qreal outline = theme.emphasisWidth;
    for (QCPItemRect* rect : m_diagonal) rect->setPen(QPen(p.text, outline));
    QPen selectionPen(p.text, outline * 0.8);
    selectionPen.setStyle(Qt::DashLine);
    m_selection->setPen(selectionPen);
    for (QCPItemText* label : m_rowSumLabels) label->setColor(p.text);
    replot(QCustomPlot::rpQueuedReplot);
}

void JacobianHeatMap::rebuildItems(std::size_t n)
{
    for (std::vector<QCPItemRect*>* rects : {&m_cells, &m_diagonal}) {
        for (QCPItemRect* rect : *rects) removeItem(rect);
        rects->clear();
    }
    for (std::vector<QCPItemText*>* texts : {&m_cellLabels, &m_rowSumLabels}) {
        for (QCPItemText* text : *texts) removeItem(text);
        texts->clear();
    }
    removeItem(m_selection);
    m_n = n;

    // Cells first, then outlines, labels and the selection frame, so each draws over the one before.
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            auto* cell = new QCPItemRect(this);
            cell->setObjectName(QStringLiteral("cell_%1_%2").arg(i).arg(j));
            cell->topLeft->setCoords(double(j) + 0.5 + kCellInset, double(i) + 0.5 + kCellInset);
            cell->bottomRight->setCoords(double(j) + 1.5 - kCellInset, double(i) + 1.5 - kCellInset);
            m_cells.push_back(cell);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        auto* outline = new QCPItemRect(this);
        outline->setObjectName(QStringLiteral("diagonal_%1").arg(i));
        outline->topLeft->setCoords(double(i) + 0.5 + kOutlineInset, double(i) + 0.5 + kOutlineInset);
        outline->bottomRight->setCoords(double(i) + 1.5 - kOutlineInset, double(i) + 1.5 - kOutlineInset);
        outline->setBrush(Qt::NoBrush);
        m_diagonal.push_back(outline);
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            auto* label = new QCPItemText(this);
            label->setObjectName(QStringLiteral("cellLabel_%1_%2").arg(i).arg(j));
            label->position->setCoords(double(j) + 1.0, double(i) + 1.0);
            label->setPositionAlignment(Qt::AlignCenter);
            m_cellLabels.push_back(label);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        auto* label = new QCPItemText(this);
        label->setObjectName(QStringLiteral("rowSum_%1").arg(i));
        label->position->setCoords(double(n) + kRowSumColumn, double(i) + 1.0);
        label->setPositionAlignment(Qt::AlignCenter);
        m_rowSumLabels.push_back(label);
    }
    m_selection = new QCPItemRect(this);
    m_selection->setObjectName(QStringLiteral("selectedCell"));
    m_selection->setBrush(Qt::NoBrush);

    m_columns->clear();
    m_rows->clear();
    for (std::size_t k = 0; k < n; ++k) {
        m_columns->addTick(double(k + 1), logitName(k));
        m_rows->addTick(double(k + 1), probabilityName(k));
    }
    m_columns->addTick(double(n) + kRowSumColumn, tr("row Σ"));
    xAxis->setRange(0.5, double(n) + kRowSumColumn + 0.4);
    xAxis2->setRange(0.5, double(n) + kRowSumColumn + 0.4);
    yAxis->setRange(0.5, double(n) + 0.5);
    applyTheme(m_theme);
}

QString JacobianHeatMap::matrixText() const
{
    if (m_n == 0 || m_values.size() != m_n * m_n) return {};
    QString text = QStringLiteral("\u2202s/\u2202a");
    for (std::size_t j = 0; j < m_n; ++j) text += u'\t' + logitName(j);
    text += u'\n';
    for (std::size_t i = 0; i < m_n; ++i) {
        text += probabilityName(i);
        for (std::size_t j = 0; j < m_n; ++j) text += u'\t' + roundTripText(m_values[i * m_n + j]);
        text += u'\n';
    }
    return text;
}

void JacobianHeatMap::display(const SoftmaxState& state, const SoftmaxNumbers& numbers)
{
    const std::size_t n = numbers.classCount();
    if (n != m_n) rebuildItems(n);
    m_values = numbers.jacobian;
    m_rowSums = numbers.rowSums;
    m_temperature = state.temperature;

    double largest = 0.0;
    for (const double v : m_values) largest = std::max(largest, std::fabs(v));
    // All zero (one-hot): the scale spans the largest an entry can be, 1/(4T), so the colours read "0".
    m_limit = largest > 0.0 ? std::max(largest, kSmallestScale) : 0.25 / state.temperature;
    const QCPRange range(-m_limit, m_limit);
    m_scale->setDataRange(range);
    QCPColorGradient gradient = divergingGradient(m_theme);  // color() is not const: it caches its levels

    const QPen border(m_theme.palette.cellBorder, 1.0);
    m_colors.resize(n * n);
    m_rowScales.assign(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const std::size_t k = i * n + j;
            const double v = m_values[k];
            m_rowScales[i] += std::fabs(v);
            const QColor color = QColor::fromRgb(gradient.color(v, range));
            m_colors[k] = color;
            m_cells[k]->setBrush(color);
            m_cells[k]->setPen(border);
            m_cells[k]->setProperty("value", v);
            m_cellLabels[k]->setText(narrowText(v, m_digits));
            m_cellLabels[k]->setColor(Palette::textOn(color));
            m_cellLabels[k]->setProperty("value", v);
        }
        m_rowSumLabels[i]->setText(rowSumText(i));
        m_rowSumLabels[i]->setProperty("value", m_rowSums[i]);
        m_rowSumLabels[i]->setColor(m_theme.palette.text);
    }
    const double i = double(state.sliceOutput);
    const double j = double(state.sliceLogit);
    m_selection->topLeft->setCoords(j + 0.5, i + 0.5);
    m_selection->bottomRight->setCoords(j + 1.5, i + 1.5);
    replot(QCustomPlot::rpQueuedReplot);
}

void JacobianHeatMap::fitToLayout()
{
    if (fitTitles()) relayOut(*this);
    fitLabels();  // items only: no layout depends on them
}

bool JacobianHeatMap::fitTitles()
{
    // The titles sit over the matrix column only; the colour scale's column is beside them: its bar, its
    // tick labels and its rotated label, with the paddings between them.
    const QCPAxis* scaleAxis = m_scale->axis();
    const double scaleColumn =
        m_theme.colourScaleBarWidth +
        QFontMetricsF(scaleAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("−0.25")) +
        QFontMetricsF(scaleAxis->labelFont()).height() + kScaleColumnPadding;
    const double width = viewport().width() - kTitleMargin - scaleColumn;
    const bool title = styleTitle(*m_title, m_theme, width);
    return styleNote(*m_subtitle, m_theme, width) || title;
}

double JacobianHeatMap::cellValue(std::size_t row, std::size_t column) const
{
    return m_values[row * m_n + column];
}

QString JacobianHeatMap::cellText(std::size_t row, std::size_t column) const
{
    return m_cellLabels[row * m_n + column]->text();
}

bool JacobianHeatMap::cellTextShown(std::size_t row, std::size_t column) const
{
    return m_cellLabels[row * m_n + column]->visible();
}

QColor JacobianHeatMap::cellColor(std::size_t row, std::size_t column) const
{
    return m_colors[row * m_n + column];
}

bool JacobianHeatMap::cellOutlined(std::size_t row, std::size_t column) const
{
    return row == column && row < m_diagonal.size() && m_diagonal[row]->visible() &&
           m_diagonal[row]->pen().style() != Qt::NoPen;
}

QString JacobianHeatMap::rowSumText(std::size_t row) const
{
    // Σⱼ ∂sᵢ/∂aⱼ = sᵢ(1 − Σⱼ sⱼ)/T is 0 exactly; the entries, each rounded to a double, sum to within a
    // few ulp of their size. Inside that, print the 0 it is; outside, the number (it would be a bug).
    const double tolerance = 8.0 * DBL_EPSILON * m_rowScales[row];
    return std::fabs(m_rowSums[row]) <= tolerance ? QStringLiteral("0") : narrowText(m_rowSums[row]);
}

QString JacobianHeatMap::cellToolTip(std::size_t row, std::size_t column) const
{
    const QString si = probabilityName(row);
    const QString sj = probabilityName(column);
    const QString name = QStringLiteral("∂%1/∂%2").arg(si, logitName(column));
    const QString formula =
        row == column ? tr("%1(1 − %1)/T  (diagonal)").arg(si) : tr("−%1%2/T  (off-diagonal)").arg(si, sj);
    return QStringLiteral("%1 = %2\n= %3").arg(name, formula, roundTripText(cellValue(row, column)));
}

QString JacobianHeatMap::rowSumToolTip(std::size_t row) const
{
    return tr("Σⱼ ∂%1/∂aⱼ = %1(1 − Σⱼ sⱼ)/T = 0 exactly, because the probabilities sum to 1: "
              "adding the same number to every logit changes nothing.\n"
              "The entries of this row, as doubles, sum to %2.")
        .arg(probabilityName(row), roundTripText(m_rowSums[row]));
}

void JacobianHeatMap::fitLabels()
{
    if (m_n == 0) return;
    const double cellWidth = std::fabs(xAxis->coordToPixel(2.0) - xAxis->coordToPixel(1.0));
    const double cellHeight = std::fabs(yAxis->coordToPixel(2.0) - yAxis->coordToPixel(1.0));
    QFont base = font();
    base.setPointSizeF(m_theme.fontPointSize * 12.0 / 11.0);
    // Fewer digits before a font too small to read: 4 where they fit at kReadablePoints, else 3, else 2.
    QFont font = base;
    for (int digits = 4; digits >= 2; --digits) {
        // Every label, one per line, so the widest in pixels decides ("−4.3 × 10⁻⁴" is wider than its
        // character count says); "0.000" keeps short labels from growing past a plain number's size.
        QStringList texts{QStringLiteral("0.000")};
        for (const double v : m_values) texts << narrowText(v, digits);
        font = fittedFont(base, texts.join(u'\n'), 0.9 * cellWidth, kMinimumLabelPoints);
        m_digits = digits;
        if (font.pointSizeF() >= std::min(kReadablePoints, base.pointSizeF())) break;
    }
    while (font.pointSizeF() > kMinimumLabelPoints && QFontMetricsF(font).height() > 0.55 * cellHeight)
        font.setPointSizeF(std::max(kMinimumLabelPoints, font.pointSizeF() - 0.5));
    // A number wider than its cell even at the smallest size ("−4.3 × 10⁻⁵" in a 10 × 10 matrix) is
    // left to the cell's tooltip rather than drawn over its neighbours; its colour is near 0's anyway.
    const QFontMetricsF metrics(font);
    const double drawnCell = (1.0 - 2.0 * kCellInset) * cellWidth;
    for (std::size_t k = 0; k < m_cellLabels.size(); ++k) {
        const QString text = narrowText(m_values[k], m_digits);
        m_cellLabels[k]->setText(text);
        m_cellLabels[k]->setFont(font);
        m_cellLabels[k]->setVisible(metrics.horizontalAdvance(text) <= drawnCell);
    }
    for (QCPItemText* label : m_rowSumLabels) label->setFont(font);
}

bool JacobianHeatMap::cellAt(const QPointF& pixel, std::size_t& row, std::size_t& column) const
{
    if (!axisRect()->rect().contains(pixel.toPoint())) return false;
    const double key = xAxis->pixelToCoord(pixel.x());
    const double y = std::round(yAxis->pixelToCoord(pixel.y()));
    if (y < 1 || y > double(m_n) || key < 0.5) return false;
    row = std::size_t(y) - 1;
    // Past the last cell is the row-sum column, reported as column n.
    column = key > double(m_n) + 0.5 ? m_n : std::size_t(std::round(key)) - 1;
    return true;
}

void JacobianHeatMap::showToolTip(QMouseEvent* event)
{
    std::size_t row = 0;
    std::size_t column = 0;
    if (!cellAt(event->position(), row, column)) {
        QToolTip::hideText();
        return;
    }
    const QString text = column == m_n ? rowSumToolTip(row) : cellToolTip(row, column);
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void JacobianHeatMap::pick(QMouseEvent* event)
{
    std::size_t row = 0;
    std::size_t column = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position(), row, column) && column < m_n)
        emit cellClicked(row, column);
}

}  // namespace actlab
