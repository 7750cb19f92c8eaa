#pragma once

#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"

namespace actlab {

struct SoftmaxNumbers;
struct SoftmaxState;

/// One slice through softmax: sᵢ as the logit aⱼ sweeps, the other logits fixed (top), and
/// ∂sᵢ/∂aⱼ over the same sweep (below, same x), with the current aⱼ marked on both. With two classes
/// it says that the slice is exactly a sigmoid of the difference. Right-click for a menu.
class SlicePlot : public BufferReleasingPlot {
    Q_OBJECT

public:
    explicit SlicePlot(QWidget* parent = nullptr);

    void applyTheme(const Theme& theme);
    void display(const SoftmaxState& state, const SoftmaxNumbers& numbers);

    QCPGraph* probabilityGraph() const { return m_probability; }
    QCPGraph* derivativeGraph() const { return m_derivative; }
    /// The line under the title: for n = 2 the sigmoid statement, otherwise where the slice turns over.
    QString note() const;
    /// The marked point for the clipboard: a header row (aⱼ, sᵢ, ∂sᵢ/∂aⱼ) and its values,
    /// tab-separated with round-trip numbers.
    QString markerValuesText() const;
    /// The x axis shows aⱼ divided by this (1, or a power of ten when the sweep reaches beyond 1e200,
    /// where QCustomPlot cannot hold an axis range).
    double keyScale() const { return m_keyScale; }

private:
    /// After each layout (screen or export): fit the titles, then place the marker labels.
    void fitToLayout();
    bool fitTitles();
    void styleItems();
    void placeLabels();

    Theme m_theme = Theme::light();
    QCPTextElement* m_title;
    QCPTextElement* m_note;
    QCPAxisRect* m_top;
    QCPAxisRect* m_bottom;
    QCPGraph* m_probability;
    QCPGraph* m_derivative;
    QCPItemStraightLine* m_topMarkerLine;
    QCPItemStraightLine* m_bottomMarkerLine;
    QCPItemTracer* m_topMarker;
    QCPItemTracer* m_bottomMarker;
    QCPItemText* m_topLabel;
    QCPItemText* m_bottomLabel;
    double m_keyScale = 1.0;
    QString m_markerText;  ///< markerValuesText(), made by display()
    double m_topSlope = 0.0;  ///< Whether the curves rise or fall at the marker, for placeLabels()
    double m_bottomSlope = 0.0;
};

}  // namespace actlab
