#pragma once

#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"

#include <QColor>
#include <QSharedPointer>

#include <cstddef>
#include <vector>

namespace actlab {

struct SoftmaxNumbers;
struct SoftmaxState;

/// The Jacobian ∂sᵢ/∂aⱼ as an n × n heat map: a diverging colour scale centred on 0 (symmetric about
/// the largest |entry|), every value printed in its cell, the diagonal sᵢ(1 − sᵢ)/T outlined so it
/// stands apart from the off-diagonal −sᵢsⱼ/T, and a column of row sums, each 0. The cell of the
/// current slice is framed with a dashed line; clicking a cell selects it. Right-click for a menu.
class JacobianHeatMap : public BufferReleasingPlot {
    Q_OBJECT

public:
    explicit JacobianHeatMap(QWidget* parent = nullptr);

    void applyTheme(const Theme& theme);
    void display(const SoftmaxState& state, const SoftmaxNumbers& numbers);

    std::size_t classCount() const { return m_n; }
    /// What cell (row i, column j) shows: its value (core's, exactly), its printed text, its fill.
    double cellValue(std::size_t row, std::size_t column) const;
    QString cellText(std::size_t row, std::size_t column) const;
    /// Whether the cell's number is drawn: false where it would not fit even at the smallest size.
    bool cellTextShown(std::size_t row, std::size_t column) const;
    QColor cellColor(std::size_t row, std::size_t column) const;
    bool cellOutlined(std::size_t row, std::size_t column) const;
    /// Significant digits printed in the cells: 4, or 3 or 2 where cells are too narrow for 4 at a
    /// readable size (a 10 × 10 matrix in a small window); tooltips always carry all of them.
    int cellDigits() const { return m_digits; }
    /// The printed row sum of row i ("0").
    QString rowSumText(std::size_t row) const;
    /// The value the colour scale's ends stand for: ± the largest |entry|.
    double scaleLimit() const { return m_limit; }
    /// Full precision, with the formula of the cell (diagonal or off-diagonal).
    QString cellToolTip(std::size_t row, std::size_t column) const;
    QString rowSumToolTip(std::size_t row) const;
    /// The matrix for the clipboard: a header row of logits, then per output its name and row,
    /// tab-separated with round-trip numbers.
    QString matrixText() const;

signals:
    void cellClicked(std::size_t row, std::size_t column);

private:
    /// After each layout (screen or export): fit the titles and cell labels to the pixels there are.
    void fitToLayout();
    bool fitTitles();
    void rebuildItems(std::size_t n);
    void fitLabels();
    bool cellAt(const QPointF& pixel, std::size_t& row, std::size_t& column) const;
    void showToolTip(QMouseEvent* event);
    void pick(QMouseEvent* event);

    Theme m_theme = Theme::light();
    QCPTextElement* m_title;
    QCPTextElement* m_subtitle;
    QCPColorScale* m_scale;
    QSharedPointer<QCPAxisTickerText> m_columns;
    QSharedPointer<QCPAxisTickerText> m_rows;
    std::size_t m_n = 0;
    std::vector<QCPItemRect*> m_cells;  ///< row-major
    std::vector<QCPItemText*> m_cellLabels;
    std::vector<QCPItemRect*> m_diagonal;
    std::vector<QCPItemText*> m_rowSumLabels;
    QCPItemRect* m_selection = nullptr;
    std::vector<double> m_values;
    std::vector<double> m_rowSums;
    std::vector<double> m_rowScales;  ///< Σⱼ |∂sᵢ/∂aⱼ|: what a row sum's rounding is measured against
    std::vector<QColor> m_colors;
    double m_limit = 1.0;
    int m_digits = 4;
    double m_temperature = 1.0;
};

}  // namespace actlab
