#pragma once

#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/curves/curvesplot.h"
#include "ui/curves/curvesstate.h"

#include <QTimer>

#include <cstddef>
#include <functional>

namespace actlab {

namespace curves {
class FormulaPanel;
class FunctionList;
class HighlightPanel;
class ParameterPanel;
class ProbePanel;
class ProbeReadout;
class RangePanel;
}  // namespace curves

/// The curves workspace: activation functions beside their derivatives. A grouped function list to
/// check functions in, the plot (f solid, f′ dashed, highlights, probe and tangent), sliders generated
/// from core's parameter descriptions, the probe's full-precision readout and the selected function's
/// formula. Every control edits one CurvesState; the plot and every control are drawn from it, and it
/// is what saveState() writes.
class CurvesView : public View {
    Q_OBJECT

public:
    explicit CurvesView(QWidget* parent = nullptr);
    ~CurvesView() override;

    /// Shows `state` (the settled frame). Ids core does not know and parameters core rejects are drawn
    /// as nothing, with a warning.
    void setState(const CurvesState& state);
    const CurvesState& state() const { return m_state; }

    QString viewId() const override { return QStringLiteral("curves"); }
    QString title() const override { return tr("Curves"); }
    QJsonObject saveState() const override;
    QString restoreState(const QJsonObject& state) override;
    void applyTheme(const Theme& theme) override;
    QWidget* figure() override { return m_plot; }
    /// A drag, a wheel-zoom burst or a held key until its settled frame.
    bool isInteracting() const override { return m_drafted || View::isInteracting(); }
    const Theme& theme() const { return m_theme; }

    /// The parts, for tests, benchmarks and figure export.
    CurvesPlot* plot() const { return m_plot; }
    curves::FunctionList* functionList() const { return m_functions; }
    curves::ParameterPanel* parameterPanel() const { return m_parameters; }
    curves::ProbePanel* probePanel() const { return m_probe; }
    curves::ProbeReadout* probeReadout() const { return m_readout; }
    curves::RangePanel* rangePanel() const { return m_range; }
    curves::HighlightPanel* highlightPanel() const { return m_highlights; }
    curves::FormulaPanel* formulaPanel() const { return m_formula; }
    std::size_t sampleCount() const { return m_plot->sampleCount(); }

    /// The default x range, to which reset returns.
    static constexpr double kDefaultXFrom = -8.0;
    static constexpr double kDefaultXTo = 8.0;

private:
    void connectControls();
    /// Applies `change` to a copy of the state, keeps it in bounds, and shows it if it differs.
    void edit(const std::function<void(CurvesState&)>& change, bool dragging);
    /// The settled frame after a drag, a zoom burst or an entered number.
    void settle();
    void syncControls();
    void resetView();

    CurvesState m_state;
    Theme m_theme = Theme::light();
    CurvesPlot* m_plot;
    curves::FunctionList* m_functions;
    curves::ParameterPanel* m_parameters;
    curves::ProbePanel* m_probe;
    curves::ProbeReadout* m_readout;
    curves::RangePanel* m_range;
    curves::HighlightPanel* m_highlights;
    curves::FormulaPanel* m_formula;
    /// Settles a burst of draft frames with no release to end it (wheel zoom, a held key).
    QTimer m_settleTimer;
    bool m_drafted = false;
};

}  // namespace actlab
