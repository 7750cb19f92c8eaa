#pragma once

#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"
#include "ui/depth/depthnumbers.h"
#include "ui/depth/depthstate.h"

#include <QSharedPointer>
#include <QStringList>

#include <optional>
#include <vector>

namespace actlab {

class DecadeTicker;

/// The depth view's figure: two panels sharing the layer axis. Above, |∂hₗ/∂x| against depth l for each
/// activation, on a logarithmic scale, with the sigmoid bound 0.25ˡ·|w|ˡ and a label where a curve
/// falls below 10⁻⁸ ("vanished") or rises above 10⁸ ("exploded"). Below, the factor |wₗ·act′(zₗ)| each
/// layer contributes. Both y axes plot log₁₀ of the value on a linear axis, so values below the double
/// range still have a place; exact zeros (a dead relu) sit on a "0" row below a break in the axis.
/// The right-click menu copies the image or the values at the layer under the pointer.
class DepthPlot : public BufferReleasingPlot {
    Q_OBJECT

public:
    /// Below 10⁻⁸ a gradient has vanished, above 10⁸ it has exploded (in log₁₀).
    static constexpr double kVanishedLog10 = -8.0;
    static constexpr double kExplodedLog10 = 8.0;

    /// What a graph shows; tests find graphs by it. Gradient and Factor hold log₁₀ of the nonzero values
    /// (with markers); …Zeros the exact zeros on the "0" row (markers); …Path the line through both,
    /// drawn only for a series that has exact zeros.
    enum class Role {
        Gradient,
        GradientZeros,
        GradientPath,
        Bound,
        Factor,
        FactorZeros,
        FactorPath,
        MaxFactor
    };
    Q_ENUM(Role)

    explicit DepthPlot(QWidget* parent = nullptr);

    void applyTheme(const Theme& theme);
    /// Draws `numbers` (computed by core for `state`) and queues a replot.
    void render(const DepthState& state, const DepthNumbers& numbers);

    QCPAxisRect* gradientRect() const { return m_gradient.rect; }
    QCPAxisRect* factorRect() const { return m_factor.rect; }
    /// The graph with this role (and activation id, for the per-activation roles), or nullptr.
    QCPGraph* findGraph(Role role, const QString& activationId = {}) const;
    /// Where exact zeros are drawn in each panel (a log₁₀ coordinate), if any are.
    std::optional<double> gradientZeroRow() const;
    std::optional<double> factorZeroRow() const;
    /// The text of every visible annotation ("Sigmoid vanished …", "ReLU: 0 (dead) …"), in drawing order.
    QStringList annotations() const;
    /// The label the gradient panel's y axis puts at `tick`, e.g. "10⁻⁸".
    QString gradientTickLabel(double tick) const;
    /// The layer nearest the pointer at `pixel`, for the clipboard: a header row, then per activation
    /// its id, l, ∂hₗ/∂x, log₁₀|∂hₗ/∂x| (what is plotted, also below the double range) and the factor
    /// wₗ·act′(zₗ), tab-separated with round-trip numbers. Empty before anything is drawn.
    QString valuesAt(QPointF pixel) const;

    /// Fixed, so that titles and the key wrap to the figure rather than sizing it.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    struct Panel {
        QCPAxisRect* rect = nullptr;
        QSharedPointer<DecadeTicker> ticker;
        QCPItemStraightLine* axisBreak = nullptr;
        QCPItemText* zeroLabel = nullptr;
        std::optional<double> zeroRow;
    };
    struct Label {
        QCPItemText* text;
        QCPItemTracer* marker;  ///< the point it names; the label sits beside it
    };

    void setUpPanel(Panel& panel, const QString& yLabel);
    QCPGraph* addPanelGraph(Panel& panel, Role role, const QString& activationId);
    /// Fits the panel's y range to [low, high] (log₁₀), adding a "0" row below when `hasZeros`.
    void fitRange(Panel& panel, double low, double high, bool hasZeros);
    void addThresholdLine(double log10Value, const QString& caption);
    void addLabel(const QString& text, double layer, double value, const QColor& color);
    void addZeroLabel(Panel& panel, const QString& text);
    /// Puts each label beside its point, inside the gradient panel, off each other and off as many
    /// points as it can; runs after each layout, when pixel positions are final.
    void placeLabels();
    /// Wraps the key into as few rows as the width being drawn allows; runs before every layout.
    void fitLegend();
    QColor seriesColor(std::size_t index) const;

    Theme m_theme = Theme::light();
    Panel m_gradient;
    Panel m_factor;
    QCPTextElement* m_title = nullptr;
    QCPTextElement* m_factorTitle = nullptr;
    std::vector<Label> m_labels;
    std::vector<QCPItemText*> m_captions;  ///< the threshold lines' captions
    std::vector<DepthSeries> m_series;     ///< what is drawn, for valuesAt()
};

}  // namespace actlab
