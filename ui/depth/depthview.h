#pragma once

#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/depth/depthnumbers.h"
#include "ui/depth/depthstate.h"

namespace actlab {

class DepthControls;
class DepthPlot;

/// Gradient through depth: why sigmoid's 0.25 makes gradients vanish. A chain of L layers
/// hₗ = act(wₗ·hₗ₋₁ + bₗ) for several activations at once; the figure shows |∂hₗ/∂x| against depth on a
/// logarithmic scale with the sigmoid bound 0.25ˡ·|w|ˡ, and the factor each layer contributes. A function
/// of state() alone, drawn by one render path; every number comes from core (core/depth.h).
class DepthView : public View {
    Q_OBJECT

public:
    explicit DepthView(QWidget* parent = nullptr);

    /// Shows `state`; an invalid one (see depthStateError) is refused with a warning and changes nothing.
    void setState(const DepthState& state);
    const DepthState& state() const { return m_state; }
    /// The numbers on screen, as core computed them for state().
    const DepthNumbers& numbers() const { return m_numbers; }

    QString viewId() const override { return QStringLiteral("depth"); }
    QString title() const override { return tr("Depth"); }
    QJsonObject saveState() const override;
    QString restoreState(const QJsonObject& state) override;
    void applyTheme(const Theme& theme) override;
    QWidget* figure() override;
    const Theme& theme() const { return m_theme; }

    DepthPlot* plot() const { return m_plot; }
    DepthControls* controls() const { return m_controls; }

private:
    void edit(const DepthState& state);
    void render();

    DepthState m_state;
    DepthNumbers m_numbers;
    Theme m_theme = Theme::light();
    DepthPlot* m_plot;
    DepthControls* m_controls;
};

}  // namespace actlab
