#include "ui/shortcutsdialog.h"

#include "ui/common/view.h"
#include "ui/gestures.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <vector>

namespace actlab {

namespace {

/// All of an action's keys, "Ctrl+Shift+Z, Ctrl+Y".
QString keysOf(const QList<QKeySequence>& shortcuts)
{
    QStringList keys;
    for (const QKeySequence& key : shortcuts) keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

/// The menu an action is in, as its title reads without the mnemonic.
QString menuOf(const QAction& action)
{
    for (const QObject* object : action.associatedObjects()) {
        if (const auto* menu = qobject_cast<const QMenu*>(object)) return menu->title().remove(u'&');
    }
    return {};
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(QWidget& window, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    std::vector<Gesture> rows;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty()) continue;
        rows.push_back({keysOf(action->shortcuts()), QString(action->text()).remove(u'&'), menuOf(*action)});
    }
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        if (shortcut->key().isEmpty() || shortcut->whatsThis().isEmpty()) continue;
        const auto* view = qobject_cast<const View*>(shortcut->parent());
        rows.push_back({shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis(),
                        view != nullptr ? view->title() : QString()});
    }
    for (Gesture& gesture : documentedGestures()) rows.push_back(std::move(gesture));

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Keys or mouse"), tr("Action"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setToolTip(
        tr("Every keyboard shortcut and mouse gesture of the window and its plots, with what it does"));
    m_table->setTabKeyNavigation(false);  // Tab moves on to Close; the arrow keys move through the rows
    for (int row = 0; row < int(rows.size()); ++row) {
        const Gesture& entry = rows[std::size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(entry.keys));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.action));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.where));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this list (Esc)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 560);
}

}  // namespace actlab
