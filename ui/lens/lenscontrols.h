#pragma once

#include "ui/lens/lensstate.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace actlab {

class NumberEntry;

/// The numerics lens's controls: the function (a built-in from core's registry, or a typed formula with
/// its parse error in one line), "Suggest a stable form", the form examined and the forms overlaid
/// (built-ins only), the x range and the number of points, the formats shown and f, f′ or both. Every
/// edit is reported as a whole new state; the controls hold no value of their own, except the text
/// being typed into the formula box.
class LensControls : public QWidget {
    Q_OBJECT

public:
    explicit LensControls(QWidget* parent = nullptr);

    /// Shows `state` without emitting anything. The formula box keeps text the user typed and had
    /// refused, until the state's formula changes.
    void setState(const LensState& state);

    /// Shows why the typed formula was refused ("expected ')' … at column 21"), the cursor at the column
    /// (1-based; 0 for none); an empty message hides it.
    void showFormulaError(const QString& message, int column);
    /// Shows why another edit was refused; empty hides it.
    void showRefusal(const QString& message);
    /// Enables "Suggest a stable form" with the rewritten formula as its tooltip, or disables it saying
    /// why; `note` says what the last suggestion rewrote (empty: nothing to say).
    void setSuggestion(bool available, const QString& toolTip, const QString& note);
    /// The line under the controls: what is being computed, or how long it took.
    void setStatus(const QString& status);

    QComboBox* functionBox() const { return m_function; }
    QLineEdit* formulaEdit() const { return m_formula; }
    QLabel* formulaErrorLabel() const { return m_formulaError; }
    QPushButton* suggestButton() const { return m_suggest; }
    QLabel* rewriteLabel() const { return m_rewrite; }
    QComboBox* formBox() const { return m_form; }
    /// The overlay check box of `form` (hidden where the activation has no such form, or it is the one
    /// examined).
    QCheckBox* overlayBox(LensForm form) const { return m_overlays[std::size_t(form)]; }
    QCheckBox* precisionBox(std::size_t precision) const { return m_precisions[precision]; }
    QRadioButton* panelsButton(LensPanels panels) const;
    NumberEntry* fromEntry() const { return m_from; }
    NumberEntry* toEntry() const { return m_to; }
    NumberEntry* pointsEntry() const { return m_points; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* refusalLabel() const { return m_refusal; }

signals:
    void edited(const LensState& state);
    void suggestRequested();

private:
    QGroupBox* buildFunction();
    QGroupBox* buildForms();
    QGroupBox* buildRange();
    QGroupBox* buildDisplay();
    void commitFormula();
    void edit(const LensState& state);

    LensState m_state;
    bool m_synced = false;
    QString m_tried;  ///< the formula text last committed, taken or refused
    QComboBox* m_function = nullptr;
    QLineEdit* m_formula = nullptr;
    QLabel* m_formulaError = nullptr;
    QPushButton* m_suggest = nullptr;
    QLabel* m_rewrite = nullptr;
    QGroupBox* m_formBox = nullptr;
    QComboBox* m_form = nullptr;
    std::array<QCheckBox*, 4> m_overlays{};
    NumberEntry* m_from = nullptr;
    NumberEntry* m_to = nullptr;
    NumberEntry* m_points = nullptr;
    std::array<QCheckBox*, 3> m_precisions{};
    std::array<QRadioButton*, 3> m_panels{};
    QLabel* m_status = nullptr;
    QLabel* m_refusal = nullptr;
};

}  // namespace actlab
