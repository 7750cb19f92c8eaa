#pragma once

#include "core/activation.h"
#include "ui/common/theme.h"
#include "ui/curves/curveanalysis.h"
#include "ui/curves/curvesstate.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <cstddef>
#include <limits>
#include <utility>
#include <span>
#include <vector>

class QCPAbstractPlottable;
class QCPAxisRect;
class QCPCurve;
class QCPGraph;
class QCPItemLine;
class QCPItemRect;
class QCPItemText;
class QCPItemTracer;
class QCPLayerable;
class QCustomPlot;

namespace actlab {
class PlotSampler;
}

namespace actlab::curves {

class CurveGraph;
class LabelPlacer;

/// The lowest and highest finite values drawn, for fitting the y axis.
struct Extent {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void include(double v)
    {
        // v − v is 0 only for a finite v: NaN and ±inf are left out.
        if (v - v == 0.0) {
            low = v < low ? v : low;
            high = v > high ? v : high;
        }
    }
    void include(const Extent& other)
    {
        include(other.low);
        include(other.high);
    }
    bool valid() const { return low <= high; }
};

/// What one frame of one function needs besides its parameters.
struct SeriesFrame {
    ParameterValues parameters{};
    const CurveAnalysis* analysis = nullptr;
    /// The vanishing-gradient intervals, when they are shown for this function.
    const std::vector<Interval>* saturation = nullptr;
    double epsilon = 0.01;
    double xFrom = -8;
    double xTo = 8;
    std::size_t points = 2000;
    /// x-axis pixels per unit at the last layout: how many dots fit.
    double pixelsPerUnit = 50;
};

/// One checked function on the plot: f solid and f′ dashed in one colour, and the highlights that concern
/// it (peak of f′, vanishing-gradient zones, jumps of f′ with open and closed markers, the negative
/// minimum, the relu ↔ softplus gap, σ(βx) on softplus′, 2σ(2x) − 1 on tanh). Made when the set of
/// functions, the layout, the theme or the highlight switches change; updated in place, allocating
/// nothing once its buffers have grown, when only parameters, range or ε change.
class SeriesDrawing {
public:
    /// f and its highlights go to `functionRect`, f′ and its highlights to `derivativeRect` (the same
    /// rect in the overlay layout). `reluChecked`: relu is drawn already, so softplus's comparison relu
    /// is not drawn twice.
    SeriesDrawing(QCustomPlot& plot, const Activation& activation, std::size_t colourIndex,
                  const Theme& theme, const CurvesHighlights& highlights, bool reluChecked,
                  QCPAxisRect* functionRect, QCPAxisRect* derivativeRect);
    ~SeriesDrawing();
    SeriesDrawing(const SeriesDrawing&) = delete;
    SeriesDrawing& operator=(const SeriesDrawing&) = delete;

    const Activation& activation() const { return m_activation; }
    std::size_t colourIndex() const { return m_colourIndex; }

    /// Samples f and f′ from core for `frame` and moves every highlight to match.
    void update(const SeriesFrame& frame, PlotSampler& sampler);
    /// Hides everything (parameters core rejects).
    void hide();

    /// Moves everything onto the "active" layer (its own paint buffer) or back.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    const Extent& functionExtent() const { return m_functionExtent; }
    const Extent& derivativeExtent() const { return m_derivativeExtent; }
    CurveGraph* functionGraph() const { return m_f; }
    CurveGraph* derivativeGraph() const { return m_df; }

    /// What belongs in the legend besides f and f′ (relu for comparison, the dots).
    std::vector<QCPAbstractPlottable*> legendExtras() const;

    /// Markers and fixed labels, for other labels to avoid.
    void addObstacles(LabelPlacer& functionPlacer, LabelPlacer& derivativePlacer) const;
    /// Shows each vanishing-gradient label where its zone is wider than it, at the height in the zone
    /// that hides the least; at the pixel geometry of the layout just made.
    void placeShadeLabels(LabelPlacer& derivativePlacer);
    /// Places this function's labels beside their markers.
    void placeLabels(LabelPlacer& functionPlacer, LabelPlacer& derivativePlacer) const;

    /// The text of every label shown now, for tests and the accessibility summary.
    QStringList visibleLabels() const;

    // The highlight items, for tests (nullptr when the highlight is switched off).
    QCPItemTracer* peakMarker() const { return m_peakMarker; }
    QCPItemTracer* minimumMarker() const { return m_minimum.anchor; }
    const std::vector<std::pair<QCPItemTracer*, QCPItemTracer*>>& jumpMarkers() const
    {
        return m_jumpMarkers;
    }
    const std::vector<QCPItemRect*>& shades() const { return m_shades; }
    QCPItemLine* gapArrow() const { return m_gapArrow; }
    QCPCurve* reluCurve() const { return m_reluCurve; }
    QCPGraph* gapFill() const { return m_gapFill; }
    QCPGraph* gapBase() const { return m_gapBase; }
    QCPCurve* dots() const { return m_dots; }

private:
    /// A label beside a point it names. The anchor is a marker, or an invisible point.
    struct AnchoredLabel {
        QCPItemText* text = nullptr;
        QCPItemTracer* anchor = nullptr;
        QCPItemLine* leader = nullptr;  ///< From the anchor to the label, when it sits farther out.
        bool inDerivativeRect = false;
        bool floating = false;  ///< Placed in a corner rather than beside its anchor.
    };

    CurveGraph* addGraph(QCPAxisRect* rect, const QString& layer);
    QCPItemTracer* addMarker(QCPAxisRect* rect, bool open);
    QCPItemTracer* addAnchor(QCPAxisRect* rect);
    QCPItemText* addLabel(QCPAxisRect* rect);
    AnchoredLabel addAnchoredLabel(bool inDerivativeRect, bool floating = false);
    QCPItemRect* addShade(QCPAxisRect* rect);
    void track(QCPLayerable* layerable, const QString& home);

    /// A typed formula's extents leave out the far tails of its poles (1/x near 0), so that the fitted
    /// y axis shows the curve rather than one spike.
    static void fitAroundPoles(Extent& extent, std::vector<double>& finite);
    /// After each x[i] where y jumps from beyond one end of `extent` to beyond the other (a pole).
    static void addPoleBreaks(std::span<const double> x, std::span<const double> y, const Extent& extent,
                              std::vector<double>& breaks);
    void fillCurves(const SeriesFrame& frame, const PlotSampler& sampler);
    void updateSaturation(const SeriesFrame& frame);
    void updatePeak(const SeriesFrame& frame);
    void updateMinimum(const SeriesFrame& frame);
    void updateJumps(const SeriesFrame& frame);
    void updateReluGap(const SeriesFrame& frame, const PlotSampler& sampler);
    void updateDots(const SeriesFrame& frame);
    static void show(const AnchoredLabel& label, bool visible);

    QCustomPlot& m_plot;
    const Activation& m_activation;
    std::size_t m_colourIndex;
    Theme m_theme;
    CurvesHighlights m_highlights;
    QCPAxisRect* m_functionRect;
    QCPAxisRect* m_derivativeRect;
    bool m_active = false;

    CurveGraph* m_f = nullptr;
    CurveGraph* m_df = nullptr;
    std::vector<double> m_breaks;  ///< Where f′ jumps, for m_df; kept between frames.
    std::vector<double> m_functionBreaks;  ///< A typed formula's gaps and poles, for m_f.
    std::vector<double> m_derivativeGaps;  ///< A typed formula's gaps in f′, merged into m_breaks.
    Extent m_functionExtent;
    Extent m_derivativeExtent;

    // Vanishing gradient: a shaded rect per interval in each panel, a label per interval.
    std::vector<QCPItemRect*> m_shades;
    std::vector<QCPItemRect*> m_derivativeShades;
    std::vector<QCPItemText*> m_shadeLabels;
    std::vector<Interval> m_shadeZones;  ///< The visible part of each zone shown.

    AnchoredLabel m_peak;                   ///< Its anchor is the peak marker (visible) or a plateau point.
    QCPItemTracer* m_peakMarker = nullptr;  ///< On f′ at the isolated peak.
    AnchoredLabel m_depthNote;
    AnchoredLabel m_minimum;
    /// A typed formula only: where its curve has gaps (undefined or infinite samples).
    AnchoredLabel m_undefined;
    /// A typed formula only: its finite samples, sorted in part to fit the y axis around its poles.
    std::vector<double> m_finite;

    std::vector<std::pair<QCPItemTracer*, QCPItemTracer*>> m_jumpMarkers;  ///< (closed, open) per kink.

    // softplus ↔ relu
    const Activation* m_relu = nullptr;
    QCPCurve* m_reluCurve = nullptr;  ///< relu for comparison, unless relu is checked anyway.
    QCPGraph* m_gapFill = nullptr;    ///< softplus again, filled down to m_gapBase.
    QCPGraph* m_gapBase = nullptr;    ///< relu at softplus's samples, not drawn: the fill's lower edge.
    QCPItemLine* m_gapArrow = nullptr;
    AnchoredLabel m_gap;
    QVector<double> m_reluValues;
    QVector<double> m_reluDerivatives;

    // σ(βx) on softplus′, 2σ(2x) − 1 on tanh: dots computed by core's sigmoid.
    const Activation* m_sigmoid = nullptr;
    QCPCurve* m_dots = nullptr;
    AnchoredLabel m_dotsLabel;
    QVector<double> m_dotX;
    QVector<double> m_dotArgument;
    QVector<double> m_dotValue;
    QVector<double> m_dotDerivative;

    /// Every layerable with the layer it lives on when not active, in drawing order.
    std::vector<std::pair<QCPLayerable*, QString>> m_layered;
};

}  // namespace actlab::curves
