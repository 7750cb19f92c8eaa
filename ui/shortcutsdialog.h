#pragma once

#include <QDialog>

class QTableWidget;

namespace actlab {

/// Help → Keyboard shortcuts: every shortcut of the window and its views, read from their actions and
/// QShortcut objects (a QShortcut's whatsThis says what it does), so a new action appears by itself;
/// then the mouse gestures and plot keys of documentedGestures().
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget& window, QWidget* parent = nullptr);

    /// The list: keys, what they do, where.
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

}  // namespace actlab
