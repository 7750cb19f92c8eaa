#pragma once

#include "ui/common/bufferreleasingplot.h"
#include "ui/common/pressgesture.h"
#include "ui/common/theme.h"
#include "ui/curves/curveanalysis.h"
#include "ui/curves/curvesstate.h"
#include "ui/curves/plotsampler.h"
#include "ui/curves/probedrawing.h"

#include <QPointF>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <vector>

namespace actlab {

namespace curves {
class SeriesDrawing;
}

/// The curves figure: every checked function as f and f′, the highlights and the probe, drawn from a
/// CurvesState by one render path. It also turns the mouse and the arrow keys into requests (pan, zoom,
/// reset, probe position) for the view to apply to the state; it never changes what it shows by itself.
/// A click sets the probe, a drag that starts on the probe line moves it, any other drag pans; the
/// right-click menu copies the image or the probe's values, resets the view or asks for an export.
///
/// render() redraws only what the new state changes: a moved probe replots the probe layer alone; one
/// function's parameter replots that function's layer alone (its own paint buffer), with the other
/// curves left as they were drawn; anything else replots the whole figure.
class CurvesPlot : public BufferReleasingPlot {
    Q_OBJECT

public:
    /// Draft: a lighter frame while a slider or the mouse is moving (no antialiasing, the y axis held
    /// still). Final: the settled frame, antialiased and fitted.
    enum class Quality { Final, Draft };

    explicit CurvesPlot(QWidget* parent = nullptr);
    ~CurvesPlot() override;

    /// Restyles everything for `theme`; takes effect at the next render().
    void setTheme(const Theme& theme);
    const Theme& theme() const { return m_theme; }

    void render(const CurvesState& state, Quality quality = Quality::Final);

    /// Evenly spaced samples per curve at the current size: one per device pixel of the plot's width,
    /// and never fewer than 2000, so curvature reads smooth even in a narrow window.
    std::size_t sampleCount() const;

    /// The panel of f (the only panel in the overlay layout) and the panel of f′.
    QCPAxisRect* functionRect() const { return axisRect(0); }
    QCPAxisRect* derivativeRect() const
    {
        return m_derivativeRect != nullptr ? m_derivativeRect : axisRect(0);
    }

    /// The drawn functions, in the state's order (unknown ids are skipped).
    std::size_t seriesCount() const { return m_series.size(); }
    const curves::SeriesDrawing& series(std::size_t i) const { return *m_series[i]; }
    const curves::ProbeDrawing* probe() const { return m_probe.get(); }
    /// The text of every highlight label shown now.
    QStringList visibleLabels() const;
    /// The probe's x, f(x) and f′(x) of every drawn function: a header row, then one tab-separated
    /// row per function (its core id) with round-trip numbers. Empty with no function drawn.
    QString probeValuesText() const;

    /// Whole-figure replots and single-layer replots so far: what the fast paths are measured by.
    int fullReplots() const { return m_fullReplots; }
    int layerReplots() const { return m_layerReplots; }
    const curves::AnalysisCache& analysisCache() const { return m_analysis; }

signals:
    /// The mouse dragged or zoomed a panel to these ranges (derivativePanel: the f′ panel when stacked).
    void panZoomRequested(AxisRange x, AxisRange y, bool derivativePanel);
    /// A drag ended; a zoom burst ends by the view's own timer.
    void panZoomFinished();
    /// A double-click, or Reset view in the right-click menu: back to the default ranges.
    void resetRequested();
    /// A click, a drag of the probe line (`dragging`: more will follow) or an arrow key: the probe to x,
    /// already snapped to the shortest decimal in its pixel column (or to the arrow keys' grid).
    void probeRequested(double x, bool dragging);
    /// A drag of the probe line ended.
    void probeDragFinished();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild(const CurvesState& state);
    void setUpLayout(CurvesLayout layout);
    void updateSeries(std::size_t i, const CurvesState& state);
    void updateProbe(const CurvesState& state);
    /// Sets the axis ranges for `state`; returns whether any changed.
    bool applyRanges(const CurvesState& state, bool holdFittedY);
    void setActiveSeries(int index);
    void replotLayer(const QString& layer, Quality quality);
    void applyQuality(Quality quality);
    /// Places the legend and every label where they hide the least; after each layout.
    void placeOverlays();
    QCPAxisRect* rectAt(QPointF pixel) const;
    /// Whether `pixel` is within grabbing distance of the shown probe line.
    bool overProbe(QPointF pixel) const;
    /// The probe x for the pointer at `pixelX`: in the x range, snapped inside its pixel column.
    double probeAt(double pixelX) const;
    void showHover(QPointF pixel);

    Theme m_theme = Theme::light();
    bool m_needsRebuild = true;
    bool m_hasRendered = false;
    CurvesState m_rendered;
    std::size_t m_renderedPoints = 0;
    Quality m_renderedQuality = Quality::Final;
    Quality m_pendingQuality = Quality::Final;
    QCP::AntialiasedElements m_antialiased;  ///< The theme's choice, restored after a draft frame.
    QCP::AntialiasedElements m_notAntialiased;

    QCPAxisRect* m_derivativeRect = nullptr;  ///< Only in the stacked layout.
    QCPMarginGroup* m_marginGroup = nullptr;
    std::vector<std::unique_ptr<curves::SeriesDrawing>> m_series;
    std::vector<bool> m_seriesDrawn;  ///< false while core rejects the function's parameters
    std::unique_ptr<curves::ProbeDrawing> m_probe;
    std::vector<curves::ProbeValue> m_probeValues;
    int m_activeSeries = -1;

    PlotSampler m_sampler;
    curves::AnalysisCache m_analysis;
    std::vector<QPointF> m_functionPixels;  ///< placeOverlays' scratch buffers, kept between layouts.
    std::vector<QPointF> m_derivativePixels;
    std::vector<int> m_functionCounts;
    std::vector<int> m_derivativeCounts;
    std::vector<QRectF> m_labelBoxes;  ///< Where the last layout put the labels and the legend.

    // Mouse
    PressGesture m_press;
    bool m_probePressed = false;  ///< The press was on the probe line: dragging moves the probe.
    bool m_probeMoved = false;    ///< …and the probe has moved since.
    QCPRange m_dragX;
    QCPRange m_dragY;
    QCPAxisRect* m_dragRect = nullptr;
    const QCPGraph* m_hoverGraph = nullptr;
    int m_hoverIndex = -1;

    int m_fullReplots = 0;
    int m_layerReplots = 0;
};

}  // namespace actlab
