#pragma once

#include "ui/common/view.h"
#include "ui/curves/curvesstate.h"
#include "ui/common/theme.h"
#include "ui/curves/plotsampler.h"

#include <QPointF>

#include <cstddef>
#include <vector>

class QCPItemText;
class QCPItemTracer;
class QCustomPlot;

namespace actlab {

/// Plots activation functions with their derivatives: each function as a solid curve f and a dashed
/// f′ in the same colour, the peak of |f′| marked and labelled. What it shows is a function of state()
/// alone, drawn by one render path; every number comes from core.
class CurvesView : public View {
    Q_OBJECT

public:
    explicit CurvesView(QWidget* parent = nullptr);

    /// Shows `state`. Ids core does not know and out-of-range parameters are skipped with a warning;
    /// an empty or non-finite x range draws nothing.
    void setState(const CurvesState& state);
    const CurvesState& state() const { return m_state; }

    QString viewId() const override { return QStringLiteral("curves"); }
    QString title() const override { return tr("Curves"); }
    QJsonObject saveState() const override;
    QString restoreState(const QJsonObject& state) override;
    /// Restyles the plot for `theme` and redraws.
    void applyTheme(const Theme& theme) override;
    QWidget* figure() override { return this; }
    const Theme& theme() const { return m_theme; }

    /// The plot, for tests and figure export.
    QCustomPlot* plot() const { return m_plot; }

    /// Evenly spaced samples per curve at the current size: one per device pixel of the plot's width,
    /// and never fewer than 2000, so curvature reads smooth even in a narrow window.
    std::size_t sampleCount() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setUpPlot();
    void render();
    /// Moves the legend and the peak label to where they hide the fewest curve points; runs after each
    /// plot layout, when axis ranges and pixel geometry are final.
    void placeOverlays();
    QCPItemTracer* peakMarkerAt(std::size_t index);

    CurvesState m_state;
    Theme m_theme = Theme::light();
    PlotSampler m_sampler;
    QCustomPlot* m_plot = nullptr;
    QCPItemText* m_peakLabel = nullptr;
    std::vector<QCPItemTracer*> m_peakMarkers;  ///< Grows only; the first m_peakMarkersInUse are shown.
    std::size_t m_peakMarkersInUse = 0;
    std::vector<QPointF> m_curvePixels;  ///< placeOverlays' scratch buffers, kept to avoid reallocation.
    std::vector<QPointF> m_markerPixels;
    std::size_t m_renderedSampleCount = 0;
};

}  // namespace actlab
