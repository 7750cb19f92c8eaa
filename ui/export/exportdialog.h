#pragma once

#include "ui/scene/scene.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace actlab {

/// Asks where to write the figure and how big: size in pixels, centimetres or inches with a DPI, a
/// text-and-line scale, and the theme of the exported figure (which may differ from the screen's).
/// Save writes the figure through the caller's writer; if that fails the dialog stays open with what
/// the user entered and says why, so one wrong letter does not cost every field.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    /// Writes the figure with the chosen settings to `path`; returns the problem, or "" when written.
    using Writer = std::function<QString(const Scene& settings, const QString& path)>;

    ExportDialog(const Scene& initial, const QString& initialPath, Writer write, QWidget* parent = nullptr);

    /// The scene's output settings as chosen (state and view are the caller's).
    Scene scene() const;
    QString path() const;
    /// The last failure shown under the fields, or "" when there is none.
    QString error() const;

private:
    void save();
    void browse();
    void unitChanged();
    void updateSummary();
    double pixelsPerUnit() const;

    Scene m_initial;
    Writer m_write;
    QLineEdit* m_path;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QComboBox* m_unit;
    QSpinBox* m_dpi;
    QDoubleSpinBox* m_textScale;
    QComboBox* m_theme;
    QLabel* m_summary;
    QLabel* m_errorIcon;
    QLabel* m_error;
    int m_previousUnit = 0;
};

}  // namespace actlab
