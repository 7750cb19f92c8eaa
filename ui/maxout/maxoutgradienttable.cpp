#include "ui/maxout/maxoutgradienttable.h"

#include "ui/common/numberformat.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/maxout/maxoutstyle.h"

#include <QHeaderView>

#include <algorithm>

namespace actlab {

MaxoutGradientTable::MaxoutGradientTable(QWidget* parent) : QTableWidget(parent)
{
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    // Read-only, but Tab stops here so the numbers can be read with the arrow keys (and a screen
    // reader); Tab itself moves on to the next control rather than from cell to cell.
    setTabKeyNavigation(false);
    setAccessibleName(tr("Gradient at the probe"));
    setToolTip(
        tr("Backpropagation through maxout: each group passes its gradient only to the unit that won "
           "the maximum. Every other unit gets exactly 0, so its weights are not updated."));
}

void MaxoutGradientTable::showGradient(const MaxoutLayer& layer, std::span<const double> x,
                                       const Theme& theme)
{
    const MaxoutForward forward = maxoutForward(layer, x);
    const std::vector<double> upstream(forward.outputs.size(), 1.0);
    const MaxoutBackward backward = maxoutBackward(layer, x, upstream);
    m_winners = forward.winners;
    m_weightGradients = backward.weightGradients;
    m_biasGradients = backward.biasGradients;

    const std::size_t inputs = x.size();
    QStringList headers{tr("unit"), tr("group"), QStringLiteral("z\u2C7C"), tr("wins")};
    if (inputs == 1) {
        headers << QStringLiteral("\u2202out/\u2202w");
    } else {
        for (std::size_t i = 0; i < inputs; ++i)
            headers << QStringLiteral("\u2202out/\u2202w") + subscriptDigits(static_cast<long long>(i + 1));
    }
    headers << QStringLiteral("\u2202out/\u2202b");
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    setRowCount(int(layer.units.size()));

    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlpha(70);
    for (std::size_t j = 0; j < layer.units.size(); ++j) {
        const std::size_t group = j / layer.groupSize;
        const bool wins = forward.winners[group] == j;
        QStringList texts{unitName(j), outputName(group), compactText(forward.unitValues[j], 5),
                          wins ? tr("\u2714 max") : QString()};
        for (double g : backward.weightGradients[j]) texts << compactText(g, 5);
        texts << compactText(backward.biasGradients[j], 5);
        for (int column = 0; column < int(texts.size()); ++column) {
            QTableWidgetItem* cell = item(int(j), column);
            if (cell == nullptr) {
                cell = new QTableWidgetItem;
                setItem(int(j), column, cell);
            }
            cell->setText(texts[column]);
            cell->setTextAlignment(column >= 2 ? Qt::AlignRight | Qt::AlignVCenter
                                               : Qt::AlignLeft | Qt::AlignVCenter);
            QFont font = cell->font();
            font.setBold(wins);
            cell->setFont(font);
            cell->setBackground(wins ? QBrush(highlight) : QBrush());
            // Losers' zeros are quiet: the eye should land on the winners' numbers.
            cell->setForeground(wins || column < 4 ? palette().brush(QPalette::Text)
                                                   : palette().brush(QPalette::PlaceholderText));
            if (column == 0) cell->setIcon(m_icons.icon(theme, j));
            cell->setToolTip(wins ? tr("%1 wins %2 at the probe: it receives the gradient.")
                                        .arg(unitName(j), outputName(group))
                                  : tr("%1 loses %2 at the probe: gradient 0, its weights stay as they are.")
                                        .arg(unitName(j), outputName(group)));
        }
    }
}

}  // namespace actlab
