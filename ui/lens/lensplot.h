#pragma once

#include "core/expression/lens.h"
#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"
#include "ui/lens/lensnumbers.h"
#include "ui/lens/lensstate.h"

#include <QStringList>

#include <array>

#include <optional>
#include <vector>

namespace actlab {

class UlpTicker;

/// The numerics lens's figure. For f, f′ or both, a panel of the error in ulps (log scale) of each
/// shown format, one colour per format (float64, float32, bfloat16), the examined form solid and each
/// overlaid form in a dash pattern of its own; exact results sit on a "0" row at 0.1 and overflow or
/// NaN (an infinite error) on an "∞" row, each below or above a break in the axis. Under each panel a
/// strip with a lane per format shades where the examined form overflows, underflows to 0 or gives
/// NaN, and where Arb could not determine the truth. Above the panels: the title, the formulas, the
/// thresholds in words ("PyTorch f′ is 0 from x = 36.74 in float64, from x = 16.64 in float32") and
/// the key, each entry with its worst error. No text is drawn over the data.
class LensPlot : public BufferReleasingPlot {
    Q_OBJECT

public:
    /// A span of x where the examined form fails in one format (or, for Undetermined, where the
    /// truth is unknown in every format).
    struct Band {
        enum class Kind { Overflow, Underflow, NotANumber, Undetermined };
        bool derivative = false;
        expression::Precision precision = expression::Precision::Float64;
        Kind kind = Kind::Underflow;
        double from = 0;
        double to = 0;
    };

    /// Log₁₀ rows of the error axis: exact results (0 ulps) are drawn at 0.1, infinite errors above.
    static constexpr double kZeroRow = -1.0;

    explicit LensPlot(QWidget* parent = nullptr);

    void applyTheme(const Theme& theme);
    /// Draws `numbers` (core's, for `state`; empty while the first are being computed) and queues a
    /// replot. `busy`: newer numbers are being computed, which the subtitle says.
    void render(const LensState& state, const LensNumbers& numbers, bool busy);

    /// The graph of one form's error in one format, in the f or the f′ panel, or nullptr.
    QCPGraph* errorGraph(bool derivative, std::size_t series, expression::Precision precision) const;
    /// The error axis rect of the f or f′ panel, or nullptr when that panel is not shown.
    QCPAxisRect* errorRect(bool derivative) const;
    /// Where "∞" is drawn in that panel (log₁₀ coordinate), if any error is infinite.
    std::optional<double> infinityRow(bool derivative) const;
    /// The failure spans shaded in the strips.
    const std::vector<Band>& bands() const { return m_bands; }
    /// The title, the formulas and the threshold sentences, as drawn.
    QString titleText() const;
    QString subtitleText() const;
    QStringList thresholdTexts() const { return m_thresholdTexts; }
    /// The key's entries, as drawn.
    QStringList legendTexts() const;
    /// The error axis's label at `tick` ("0", "10³", "∞").
    QString tickLabel(bool derivative, double tick) const;
    /// The point nearest `pixel` (plot coordinates) in x, for the clipboard: a header row, then per form,
    /// format and quantity shown: x, the truth, the value computed, the error in ulps and the failure,
    /// tab-separated with round-trip numbers. Empty before anything is drawn.
    QString valuesAt(QPointF pixel) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    struct Panel {
        bool derivative = false;
        QCPAxisRect* rect = nullptr;
        QCPAxisRect* strip = nullptr;
        QSharedPointer<UlpTicker> ticker;
        std::optional<double> infinityRow;
        /// [series][precision], null where not drawn
        std::vector<std::array<QCPGraph*, 3>> graphs;
    };

    void buildPanels(LensPanels panels);
    void fillPanel(Panel& panel, const LensState& state, const LensNumbers& numbers);
    void drawStrip(Panel& panel, const LensState& state, const LensNumbers& numbers);
    void addThresholdLine(const Panel& panel, double x, const QColor& color);
    void addBreak(const Panel& panel, double y);
    QCPLayer* overlayLayer();
    void addHint(const Panel& panel, const QString& text);
    QString thresholdSentences(const LensState& state, const LensNumbers& numbers);
    void addBandKeys(const LensState& state);
    void fitLegend();
    QColor precisionColor(expression::Precision precision) const;
    QColor bandColor(Band::Kind kind) const;
    QBrush bandBrush(Band::Kind kind) const;

    Theme m_theme = Theme::light();
    QCPTextElement* m_title = nullptr;
    QCPTextElement* m_subtitle = nullptr;
    QCPTextElement* m_thresholds = nullptr;
    QCPMarginGroup* m_margins = nullptr;
    std::optional<LensPanels> m_builtFor;
    std::vector<Panel> m_panels;
    std::vector<Band> m_bands;
    QStringList m_thresholdTexts;
    LensState m_state;
    LensNumbers m_numbers;  ///< what is drawn, for valuesAt()
};

}  // namespace actlab
