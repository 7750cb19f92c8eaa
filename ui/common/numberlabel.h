#pragma once

#include <QLabel>

#include <optional>

namespace actlab {

/// A label for one number of a table of values (the probe readout): it shows the number, and Copy —
/// Ctrl+C while it has the focus, or Copy in its right-click menu — puts the whole round-trip number
/// on the clipboard, never only the part of the text a hand selected nor a rounded text shown.
/// A double-click selects the whole number, not the digits between '.' and 'e'.
class NumberLabel : public QLabel {
    Q_OBJECT

public:
    explicit NumberLabel(QWidget* parent = nullptr);

    /// Shows `value` as `shown`, or as its round-trip text when `shown` is empty.
    void setNumber(double value, const QString& shown = {});
    /// Shows `text` (a "not drawn"), with no number to copy.
    void setPlainText(const QString& text);
    std::optional<double> number() const { return m_number; }

    /// Puts the whole number on the clipboard (nothing without one).
    void copy() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    std::optional<double> m_number;
};

}  // namespace actlab
