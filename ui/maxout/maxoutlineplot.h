#pragma once

#include "core/maxout_presets.h"
#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"
#include "ui/maxout/maxoutstate.h"

#include <QPointF>

#include <optional>
#include <vector>

namespace actlab {

/// The one-input figure: every unit zⱼ = wⱼ·x + bⱼ as a thin line in its colour, each group's output
/// bold with every piece in the colour of the unit that wins there (breakpoints solved exactly by core),
/// the output's derivative as a step function below, the probe with each group's winner marked and, when
/// approximating a convex curve, the curve, the maximum error and how that error shrinks with k.
///
/// Lines can be dragged: up and down to change a bias, with Shift to turn about the grabbed point and
/// change the weight. A click or drag elsewhere (the probe line included) moves the probe, snapped to
/// the shortest decimal in its pixel column; so do the Left and Right keys, by at least a pixel column
/// (Shift: ten steps), so the probe can be moved without a mouse. The right-click menu copies the image
/// or the probe's values, or asks for an export.
class MaxoutLinePlot : public BufferReleasingPlot {
    Q_OBJECT

public:
    explicit MaxoutLinePlot(QWidget* parent = nullptr);
    ~MaxoutLinePlot() override;

    /// Draws `state` in `theme`; a queued replot.
    void render(const MaxoutOneInput& state, const Theme& theme);

    /// What is on screen, for tests and for the view's text.
    std::size_t outputCount() const { return m_pieces.size(); }
    const std::vector<MaxoutPiece>& pieces(std::size_t group) const { return m_pieces[group]; }
    /// The drawn derivative dots at a breakpoint: the closed one (the value core's tie rule gives there).
    struct Jump {
        std::size_t group;
        double x;
        double closed;  ///< ∂out/∂x at x itself: the slope of the unit core's forward pass picks.
        double open;    ///< The other side's slope.
    };
    const std::vector<Jump>& jumps() const { return m_jumps; }
    /// The maximum error shown with the curve being approximated; empty without one.
    std::optional<ApproximationError> shownError() const { return m_error; }
    /// The label of the maximum error ("max error 0.1109 at x = 0"); empty without a target.
    QString errorText() const;
    /// The errors of k = 1 … 16 tangents drawn in the error panel (empty without a target).
    const std::vector<double>& errorByCount() const { return m_errorByCount; }
    QString probeText() const;
    /// Each output at the probe, for the clipboard: a header row, then per group its name, x, out, the
    /// winning unit and ∂out/∂x (the winner's weight), tab-separated with round-trip numbers.
    QString probeValuesText() const;
    QString titleText() const;
    QCPAxisRect* mainRect() const { return m_main; }
    QCPAxisRect* derivativeRect() const { return m_derivative; }
    QCPAxisRect* errorRect() const { return m_errorRect; }
    /// The pixel where unit `unit`'s line is at x, for tests that drag it.
    QPointF pixelOf(std::size_t unit, double x) const;

signals:
    /// The user dragged a line: unit `unit` should become `value`.
    void unitDragged(std::size_t unit, const actlab::MaxoutUnit& value);
    /// The user clicked or dragged the probe to x.
    void probeMoved(double x);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void setUpLayout();
    void showErrorPanel(bool shown);
    QCPGraph* segment(QCPAxisRect* rect, QPointF from, QPointF to, const QPen& pen);
    void drawUnits();
    void drawOutputs();
    void drawDerivative();
    void drawProbe();
    void drawTarget();
    void drawErrorBars();
    void drawErrorPanel();
    /// Places the unit labels and the probe box where they hide least; runs after each layout.
    void placeOverlays();
    /// The unit whose line passes within a few pixels of `pixel`, or −1.
    int unitNear(QPointF pixel) const;
    /// The panel under `pixel` that has the probe line (the lines' or the derivative's), or nullptr.
    QCPAxisRect* probePanelAt(QPointF pixel) const;
    /// Whether `pixel` is within grabbing distance of the probe line of the panel under it.
    bool overProbe(QPointF pixel) const;
    /// The probe for the pointer at `pixelX` over the probe panel pressed: in the x range, snapped
    /// inside its pixel column of that panel (the derivative panel is narrower beside the error panel).
    double probeFromPixel(double pixelX) const;
    std::vector<double> unitValuesAt(double x) const;

    MaxoutOneInput m_state;
    Theme m_theme = Theme::light();
    QCPTextElement* m_title = nullptr;
    QCPAxisRect* m_main = nullptr;
    QCPAxisRect* m_derivative = nullptr;
    QCPAxisRect* m_errorRect = nullptr;  ///< Owned here while it is out of the layout.
    QCPLayoutGrid* m_bottom = nullptr;
    QCPMarginGroup* m_leftMargins = nullptr;
    QCPItemText* m_probeLabel = nullptr;
    QCPItemText* m_errorLabel = nullptr;
    struct ErrorBar {
        double x;
        double low;
        double high;
    };
    std::vector<ErrorBar> m_errorBars;  ///< Where the error peaks, the ones nearest the middle first.
    struct UnitLabel {
        QCPItemText* item;
        QPointF anchor;  ///< Data coordinates of the visible end it names.
        bool left;       ///< Anchored at the left end (outputs) rather than the right (units).
    };
    std::vector<UnitLabel> m_labels;

    std::vector<std::vector<MaxoutPiece>> m_pieces;
    std::vector<Jump> m_jumps;
    std::optional<ApproximationError> m_error;
    std::vector<double> m_errorByCount;
    std::vector<double> m_targetX;  ///< Reused sample buffers for the target curve.
    std::vector<double> m_targetF;
    QCPRange m_valueRange;

    enum class Drag { None, Unit, Probe };
    Drag m_drag = Drag::None;
    QCPAxisRect* m_probePanel = nullptr;  ///< The panel a probe drag started in.
    std::size_t m_dragUnit = 0;
    MaxoutUnit m_pressedUnit;
    QPointF m_pressData;       ///< Where the press was, in data coordinates.
    double m_pressLine = 0.0;  ///< The dragged line's z at the press x.
};

}  // namespace actlab
