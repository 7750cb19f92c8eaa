#pragma once

#include "ui/common/bufferreleasingplot.h"
#include "ui/common/theme.h"

#include <QSharedPointer>

#include <cstddef>
#include <vector>

namespace actlab {

struct SoftmaxNumbers;
struct SoftmaxState;

/// The probabilities s₁ … sₙ as bars, each value printed above its bar and its logit under it, with
/// Σ sᵢ, the entropy, and the uniform level 1/n that a large T approaches. Right-click for a menu.
class ProbabilityChart : public BufferReleasingPlot {
    Q_OBJECT

public:
    explicit ProbabilityChart(QWidget* parent = nullptr);

    void applyTheme(const Theme& theme);
    void display(const SoftmaxState& state, const SoftmaxNumbers& numbers);

    QCPBars* bars() const { return m_bars; }
    /// The printed value above bar `index`, and the Σ / entropy line.
    QString valueLabel(std::size_t index) const;
    QString summary() const;
    /// Full precision: sᵢ, log sᵢ and aᵢ, each as the shortest text that reads back exactly.
    QString toolTipFor(std::size_t index) const;
    /// Every bar's numbers for the clipboard: a header row, then per class its number, aᵢ, sᵢ and
    /// log sᵢ, tab-separated with round-trip numbers.
    QString valuesText() const;

private:
    /// After each layout (screen or export): fit the titles and labels to the pixels there are.
    void fitToLayout();
    bool fitTitles();
    bool fitLabels();
    void showToolTip(QMouseEvent* event);

    Theme m_theme = Theme::light();
    QCPTextElement* m_title;
    QCPTextElement* m_summary;
    QCPBars* m_bars;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    QSharedPointer<QCPAxisTickerText> m_uniformTick;
    QCPItemStraightLine* m_uniform;
    std::vector<QCPItemText*> m_valueLabels;
    std::vector<double> m_probabilities;
    std::vector<double> m_logProbabilities;
    std::vector<double> m_logits;
};

}  // namespace actlab
