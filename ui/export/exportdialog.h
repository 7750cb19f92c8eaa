#pragma once

#include "ui/scene/scene.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace actlab {

/// Asks where to write the figure and how big: size in pixels, centimetres or inches with a DPI, a
/// text-and-line scale, and the theme of the exported figure (which may differ from the screen's).
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const Scene& initial, const QString& initialPath, QWidget* parent = nullptr);

    /// The scene's output settings as chosen (state and view are the caller's).
    Scene scene() const;
    QString path() const;

private:
    void browse();
    void unitChanged();
    void updateSummary();
    double pixelsPerUnit() const;

    Scene m_initial;
    QLineEdit* m_path;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QComboBox* m_unit;
    QSpinBox* m_dpi;
    QDoubleSpinBox* m_textScale;
    QComboBox* m_theme;
    QLabel* m_summary;
    int m_previousUnit = 0;
};

}  // namespace actlab
