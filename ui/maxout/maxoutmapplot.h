#pragma once

#include "core/maxout_presets.h"
#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"
#include "ui/maxout/maxoutstate.h"

#include <optional>
#include <vector>

namespace actlab {

/// The two-input figure, the lecture's example: one colour map per output over (x1, x2), a shared colour
/// scale, the region where each unit wins its group outlined exactly (core cuts the polygons) and
/// labelled, the probe marked, and the winners at the pointer (or at the probe) named below.
/// A click or drag moves the probe, snapped to the shortest decimals inside its pixel; so do the arrow
/// keys, by at least a pixel (Shift: ten steps). The right-click menu copies the image or the probe's
/// values, or asks for an export.
class MaxoutMapPlot : public BufferReleasingPlot {
    Q_OBJECT

public:
    explicit MaxoutMapPlot(QWidget* parent = nullptr);
    ~MaxoutMapPlot() override;

    /// Draws `state` in `theme`; a queued replot.
    void render(const MaxoutTwoInput& state, const Theme& theme);
    /// Drops the maps and the grid of values while the view shows one input: with 16 outputs at
    /// 400 × 400 cells they hold 40 MB. The next render() builds them again.
    void release();

    /// What is on screen, for tests and benchmarks.
    std::size_t outputCount() const { return m_maps.size(); }
    QCPColorMap* colorMap(std::size_t group) const { return m_maps[group]; }
    QCPAxisRect* mapRect(std::size_t group) const { return m_rects[group]; }
    /// The sample coordinates of the colour maps' cells (cell (i, j) is at (gridX1()[i], gridX2()[j])).
    const std::vector<double>& gridX1() const { return m_x1; }
    const std::vector<double>& gridX2() const { return m_x2; }
    /// The regions drawn, per unit (empty polygon: the unit wins nowhere in view).
    const std::vector<MaxoutRegion>& regions() const { return m_regions; }
    QString infoText() const;
    QString titleText() const;
    /// The line naming each group's winner at `point`: what the info row shows under the pointer.
    QString describe(PlanePoint point, bool pointer) const;
    /// Each output at the probe, for the clipboard: a header row, then per group its name, x₁, x₂, out
    /// and the winning unit, tab-separated with round-trip numbers.
    QString probeValuesText() const;

    /// QCustomPlot's hints are its layout's minimum, and the maps' squares are fitted to the plot's
    /// size: the size they were last fitted to would be the minimum, and a window once enlarged could not
    /// be made smaller again. These are the layout's with the smallest squares.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    /// The user clicked or dragged the probe to `point`.
    void probeMoved(actlab::PlanePoint point);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    /// The arrow keys move the probe (Left/Right: x₁, Up/Down: x₂; with Shift, ten times further).
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuild(std::size_t outputs);
    /// Sizes every map square, as large as the widget allows.
    void fitSquares();
    std::size_t wantedCells() const;
    void fillMaps();
    /// `layoutHint` less what the maps' squares take beyond their smallest side.
    QSize withSmallestSquares(QSize layoutHint) const;
    /// The map under `pixel` and the input point there, if any.
    std::optional<PlanePoint> pointAt(QPointF pixel) const;
    QString withNote(const QString& line) const;
    void keepLabelsInside();
    /// Shows `line` in the info row (with the diagram's note under it when the diagram has no room).
    void showInfo(const QString& line);

    MaxoutTwoInput m_state;
    Theme m_theme = Theme::light();
    bool m_drawn = false;
    QCPAxisRect* m_spareRect = nullptr;  ///< The default axis rect, out of the layout; owned here.
    QCPTextElement* m_title = nullptr;
    QCPTextElement* m_info = nullptr;
    QCPAxisRect* m_diagram = nullptr;  ///< The network picture of the layer, above the maps.
    QCPLayoutGrid* m_grid = nullptr;
    QCPColorScale* m_scale = nullptr;
    std::vector<QCPAxisRect*> m_rects;
    std::vector<QCPTextElement*> m_mapTitles;
    std::vector<QCPColorMap*> m_maps;
    std::vector<QCPCurve*> m_outlines;
    struct RegionLabel {
        QCPItemText* label;
        QCPAxisRect* rect;
        QPointF centroid;  ///< Where the label belongs, in plot coordinates.
    };
    std::vector<RegionLabel> m_regionLabels;
    std::vector<MaxoutRegion> m_regions;
    std::vector<double> m_x1;
    std::vector<double> m_x2;
    std::vector<double> m_values;  ///< groups × cells × cells, reused between frames.
    std::size_t m_cells = 0;
    std::size_t m_columns = 1;
    std::size_t m_rows = 1;
    bool m_dragging = false;
    bool m_noteInDiagram = true;
};

}  // namespace actlab
