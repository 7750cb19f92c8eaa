#pragma once

#include <QDialog>

namespace actlab {

/// Help → Keyboard shortcuts: every shortcut the window and its views define, read from their actions
/// and QShortcut objects (a QShortcut's whatsThis says what it does), so the list cannot go stale.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget& window, QWidget* parent = nullptr);
};

}  // namespace actlab
