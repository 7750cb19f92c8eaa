#pragma once

#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/maxout/maxoutpresets.h"
#include "ui/maxout/maxoutstate.h"

#include <functional>
#include <map>

class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace actlab {

class MaxoutGradientTable;
class MaxoutLinePlot;
class MaxoutMapPlot;
class MaxoutUnitTable;
class NumberEntry;

/// The maxout explorer: how m linear units in groups of k become ⌈m/k⌉ piecewise-linear outputs, which
/// unit wins where, and that backpropagation reaches only the winners. One input (lines, pieces, a step
/// derivative, tangent-line approximations of convex curves) or two (the lecture's example as colour
/// maps). Everything shown is a function of state(), drawn by one render path; every number from core.
class MaxoutView : public View {
    Q_OBJECT

public:
    explicit MaxoutView(QWidget* parent = nullptr);

    /// Shows `state` and emits stateChanged().
    void setState(const MaxoutState& state);
    const MaxoutState& state() const { return m_state; }

    QString viewId() const override { return QStringLiteral("maxout"); }
    QString title() const override { return tr("Maxout"); }
    QJsonObject saveState() const override;
    QString restoreState(const QJsonObject& state) override;
    void applyTheme(const Theme& theme) override;
    QWidget* figure() override;

    /// The parts tests and benchmarks look at.
    MaxoutLinePlot* linePlot() const { return m_linePlot; }
    MaxoutMapPlot* mapPlot() const { return m_mapPlot; }
    MaxoutUnitTable* unitTable() const { return m_unitTable; }
    MaxoutGradientTable* gradientTable() const { return m_gradientTable; }
    QSlider* unitCountSlider() const;
    QSlider* groupSizeSlider() const;
    QPushButton* presetButton(MaxoutPreset preset) const { return m_presetButtons.at(preset); }
    QPushButton* randomizeButton() const { return m_randomize; }
    QSpinBox* seedBox() const { return m_seed; }
    /// The line under the sliders: outputs, and the smaller last group when k does not divide m.
    QString groupsText() const;

private:
    QWidget* buildControls();
    /// Applies `change` to a copy of the state and shows it.
    void edit(const std::function<void(MaxoutState&)>& change);
    void render();

    MaxoutState m_state;
    Theme m_theme = Theme::light();
    QStackedWidget* m_figure = nullptr;
    MaxoutLinePlot* m_linePlot = nullptr;
    MaxoutMapPlot* m_mapPlot = nullptr;
    QRadioButton* m_oneInput = nullptr;
    QRadioButton* m_twoInput = nullptr;
    NumberEntry* m_unitCount = nullptr;
    NumberEntry* m_groupSize = nullptr;
    QLabel* m_groups = nullptr;
    std::map<MaxoutPreset, QPushButton*> m_presetButtons;
    QPushButton* m_randomize = nullptr;
    QSpinBox* m_seed = nullptr;
    QLabel* m_unitsHeading = nullptr;
    QLabel* m_gradientHeading = nullptr;
    MaxoutUnitTable* m_unitTable = nullptr;
    MaxoutGradientTable* m_gradientTable = nullptr;
};

}  // namespace actlab
