#pragma once

#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/softmax/softmaxnumbers.h"
#include "ui/softmax/softmaxstate.h"

class QLabel;

namespace actlab {

class SoftmaxFormulaPanel;
class JacobianHeatMap;
class LogitControls;
class NumberEntry;
class ProbabilityChart;
class SliceSelector;
class SlicePlot;

/// Softmax explored live: logits and the temperature on the left; on the right the figure — the
/// probabilities as bars, the Jacobian as a heat map, one slice sᵢ(aⱼ) with its derivative, and the
/// formula. A function of state() alone, drawn by one render path; every number comes from core.
class SoftmaxView : public View {
    Q_OBJECT

public:
    /// Points along the slice sweep: steep enough turns (T = 0.05 over ±10) still get a dozen points.
    static constexpr std::size_t kSlicePoints = 1201;

    explicit SoftmaxView(QWidget* parent = nullptr);

    /// Shows `state` and returns true. An invalid one (see softmaxStateError), or one for which core
    /// returns a non-finite number, is refused: a warning, a note under the controls, nothing changed.
    bool setState(const SoftmaxState& state);
    const SoftmaxState& state() const { return m_state; }
    /// The numbers on screen, as core computed them for state().
    const SoftmaxNumbers& numbers() const { return m_numbers; }

    QString viewId() const override { return QStringLiteral("softmax"); }
    QString title() const override { return tr("Softmax"); }
    QJsonObject saveState() const override;
    QString restoreState(const QJsonObject& state) override;
    void applyTheme(const Theme& theme) override;
    QWidget* figure() override { return m_figure; }
    const Theme& theme() const { return m_theme; }

    ProbabilityChart* probabilityChart() const { return m_chart; }
    JacobianHeatMap* heatMap() const { return m_heatMap; }
    SlicePlot* slicePlot() const { return m_slice; }
    SoftmaxFormulaPanel* formulaPanel() const { return m_formula; }

private:
    QWidget* buildControls();
    void edit(const SoftmaxState& state);
    void render();

    /// Empty when core gives finite numbers for `state`, else why not; fills m_candidate either way.
    QString evaluate(const SoftmaxState& state);

    SoftmaxState m_state;
    SoftmaxNumbers m_numbers;
    SoftmaxNumbers m_candidate;  ///< Numbers for a state being tried, swapped in once it is accepted
    Theme m_theme = Theme::light();
    QWidget* m_figure;
    ProbabilityChart* m_chart;
    JacobianHeatMap* m_heatMap;
    SlicePlot* m_slice;
    SoftmaxFormulaPanel* m_formula;
    LogitControls* m_logits = nullptr;
    NumberEntry* m_temperature = nullptr;
    SliceSelector* m_sliceSelector = nullptr;
    QLabel* m_refusal = nullptr;  ///< Says why the last edit was refused; hidden otherwise
};

}  // namespace actlab
