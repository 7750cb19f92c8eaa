#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>
#include <vector>

namespace actlab {

ShortcutsDialog::ShortcutsDialog(QWidget& window, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    std::vector<std::pair<QString, QString>> rows;  // keys, what they do
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty()) continue;
        QString text = action->text();
        text.remove(u'&');
        rows.emplace_back(action->shortcut().toString(QKeySequence::NativeText), text);
    }
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        if (shortcut->key().isEmpty() || shortcut->whatsThis().isEmpty()) continue;
        rows.emplace_back(shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis());
    }

    auto* table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setToolTip(tr("Every keyboard shortcut of the window and its views, with what it does"));
    table->setTabKeyNavigation(false);  // Tab moves on to Close; the arrow keys move through the rows
    for (int row = 0; row < int(rows.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[std::size_t(row)].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[std::size_t(row)].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this list (Esc)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(460, 420);
}

}  // namespace actlab
