#include "ui/softmax/probabilitychart.h"

#include "ui/common/numberformat.h"
#include "ui/common/plotcontextmenu.h"
#include "ui/common/plotstyle.h"
#include "ui/softmax/fittedfont.h"
#include "ui/softmax/paneltitle.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxnumbers.h"

#include <QToolTip>

#include <cfloat>
#include <cmath>

namespace actlab {

namespace {

constexpr QSize kMinimumPlotSize(280, 220);
/// Pixels a title keeps clear of the panel's edges.
constexpr int kTitleMargin = 16;

constexpr double kBarWidth = 0.62;
/// Headroom above 1 for the printed value of a bar that reaches it.
constexpr double kTop = 1.13;
constexpr double kMinimumLabelPoints = 6.5;
/// Below this, the logits under the bars drop their "aᵢ =" to stay readable.
constexpr double kReadablePoints = 8.0;

}  // namespace

ProbabilityChart::ProbabilityChart(QWidget* parent)
    : BufferReleasingPlot(parent),
      m_title(new QCPTextElement(this)),
      m_summary(new QCPTextElement(this)),
      m_bars(new QCPBars(xAxis, yAxis)),
      m_ticker(new QCPAxisTickerText),
      m_uniformTick(new QCPAxisTickerText),
      m_uniform(new QCPItemStraightLine(this))
{
    setObjectName(QStringLiteral("probabilityChart"));
    setAccessibleName(tr("Probabilities bar chart"));
    setAccessibleDescription(tr("One bar per class: its probability sᵢ, its log and its logit aᵢ."));
    setFocusPolicy(Qt::NoFocus);  // a picture: it takes no keys, so Tab passes it by
    new PlotContextMenu(*this, tr("Copy values"), [this](QPointF) { return valuesText(); });
    // QCustomPlot asks for the width of its longest title; in the presentation font that would push the
    // window wider than the screen. Titles may clip in a very small window instead.
    setMinimumSize(kMinimumPlotSize);

    plotLayout()->insertRow(0);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(0, 0, m_title);
    plotLayout()->addElement(1, 0, m_summary);
    plotLayout()->setRowSpacing(0);
    m_title->setText(tr("Probabilities   s = softmax(a / T)"));

    xAxis->setTicker(m_ticker);
    xAxis->grid()->setVisible(false);
    yAxis->setLabel(tr("probability sᵢ"));
    yAxis->setRange(0.0, kTop);
    QSharedPointer<QCPAxisTickerFixed> yTicker(new QCPAxisTickerFixed);
    yTicker->setTickStep(0.25);
    yAxis->setTicker(yTicker);
    m_bars->setWidth(kBarWidth);

    m_uniform->point1->setCoords(0.0, 0.25);
    m_uniform->point2->setCoords(1.0, 0.25);
    // The uniform level is named on the right axis, outside the bars, where no value label can cover it.
    yAxis2->setVisible(true);
    yAxis2->setTicker(m_uniformTick);
    // 'g', not QCustomPlot's default 'gb': "b" typesets any "1e308" inside a label as a power of ten.
    xAxis->setNumberFormat(QStringLiteral("g"));

    connect(this, &QCustomPlot::afterLayout, this, &ProbabilityChart::fitToLayout);
    connect(this, &QCustomPlot::mouseMove, this, &ProbabilityChart::showToolTip);
    setMouseTracking(true);
    applyTheme(m_theme);
}

void ProbabilityChart::applyTheme(const Theme& theme)
{
    m_theme = theme;
    stylePlot(*this, theme);
    const Palette& p = theme.palette;

    m_bars->setBrush(p.barFill);
    m_bars->setPen(QPen(p.barEdge, theme.monochrome ? 1.2 : 1.0));  // print: a firmer edge on grey
    QPen uniformPen(p.referenceLine, theme.guideWidth);
    uniformPen.setStyle(Qt::DashLine);
    m_uniform->setPen(uniformPen);
    QCPAxis* right = yAxis2;
    right->setBasePen(Qt::NoPen);
    right->setTickPen(uniformPen);
    right->setTickLengthOut(6);
    right->grid()->setVisible(false);
    QFont small = font();
    small.setPointSizeF(theme.fontPointSize * 0.9);
    right->setTickLabelFont(small);
    for (QCPItemText* label : m_valueLabels) label->setColor(p.text);
    replot(QCustomPlot::rpQueuedReplot);
}

QString ProbabilityChart::valuesText() const
{
    if (m_probabilities.empty()) return {};
    QString text = tr("class") + QStringLiteral("\ta\ts\tlog s\n");
    for (std::size_t i = 0; i < m_probabilities.size(); ++i) {
        text += QString::number(i + 1) + u'\t' + roundTripText(m_logits[i]) + u'\t' +
                roundTripText(m_probabilities[i]) + u'\t' + roundTripText(m_logProbabilities[i]) + u'\n';
    }
    return text;
}

void ProbabilityChart::display(const SoftmaxState& state, const SoftmaxNumbers& numbers)
{
    const std::size_t n = numbers.classCount();
    m_probabilities = numbers.probabilities;
    m_logProbabilities = numbers.logProbabilities;
    m_logits = state.logits;

    QVector<double> keys(static_cast<qsizetype>(n));
    QVector<double> values(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i) {
        keys[qsizetype(i)] = double(i + 1);
        values[qsizetype(i)] = numbers.probabilities[i];
    }
    m_bars->setData(keys, values, true);

    while (m_valueLabels.size() < n) {
        auto* label = new QCPItemText(this);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 3));
        label->setColor(m_theme.palette.text);
        label->setObjectName(QStringLiteral("probabilityLabel%1").arg(m_valueLabels.size()));
        m_valueLabels.push_back(label);
    }
    for (std::size_t i = 0; i < m_valueLabels.size(); ++i) {
        QCPItemText* label = m_valueLabels[i];
        label->setVisible(i < n);
        if (i >= n) continue;
        label->position->setCoords(double(i + 1), numbers.probabilities[i]);
        label->setText(narrowText(numbers.probabilities[i]));
        label->setProperty("value", numbers.probabilities[i]);
    }

    const double uniform = 1.0 / double(n);
    m_uniform->point1->setCoords(0.0, uniform);
    m_uniform->point2->setCoords(1.0, uniform);
    m_uniformTick->clear();
    m_uniformTick->addTick(uniform, tr("uniform\n1/n = %1").arg(compactText(uniform)));
    yAxis2->setRange(yAxis->range());

    m_summary->setText(tr("Σ sᵢ = %1      entropy H = %2 nats   (uniform: ln %3 = %4)")
                           .arg(compactText(numbers.probabilitySum), compactText(numbers.entropy))
                           .arg(n)
                           .arg(compactText(std::log(double(n)))));
    xAxis->setRange(0.4, double(n) + 0.6);
    replot(QCustomPlot::rpQueuedReplot);
}

void ProbabilityChart::fitToLayout()
{
    const bool titles = fitTitles();
    if (fitLabels() || titles) relayOut(*this);
}

bool ProbabilityChart::fitTitles()
{
    const double width = viewport().width() - kTitleMargin;
    const bool title = styleTitle(*m_title, m_theme, width);
    return styleNote(*m_summary, m_theme, width) || title;
}

QString ProbabilityChart::valueLabel(std::size_t index) const
{
    return index < m_valueLabels.size() && m_valueLabels[index]->visible() ? m_valueLabels[index]->text()
                                                                           : QString();
}

QString ProbabilityChart::summary() const
{
    return m_summary->text();
}

QString ProbabilityChart::toolTipFor(std::size_t index) const
{
    if (index >= m_probabilities.size()) return {};
    // log sᵢ below −DBL_MAX (−1e308 against 1e308 at a small T) has no double: say where it lies.
    const double logS = m_logProbabilities[index];
    const QString logText =
        std::isinf(logS) ? tr("below %1").arg(roundTripText(-DBL_MAX)) : roundTripText(logS);
    return tr("%1 = %2\nlog %1 = %3\n%4 = %5")
        .arg(probabilityName(index), roundTripText(m_probabilities[index]), logText, logitName(index),
             roundTripText(m_logits[index]));
}

bool ProbabilityChart::fitLabels()
{
    // Value labels and tick labels share each bar's slot; both shrink together when the slots narrow.
    const double slot = xAxis->coordToPixel(2.0) - xAxis->coordToPixel(1.0);
    QFont base = font();
    base.setPointSizeF(m_theme.fontPointSize);
    // Every visible label, one per line, so the widest in pixels decides; "0.0000" sets the size that
    // short labels do not grow past.
    QStringList values{QStringLiteral("0.0000")};
    for (const QCPItemText* label : m_valueLabels) {
        if (label->visible()) values << label->text();
    }
    const QFont valueFont = fittedFont(base, values.join(u'\n'), 0.96 * slot, kMinimumLabelPoints);
    for (QCPItemText* label : m_valueLabels) label->setFont(valueFont);

    // Under each bar its logit: "a₃ = 0.1" where that fits at a readable size, else only "0.1", with the
    // axis title saying what the numbers are. Tick labels set the bottom margin, so a change means laying
    // out once more (the slots stay put: they depend on the left and right margins only).
    QString full;
    QString compact;
    for (std::size_t i = 0; i < m_logits.size(); ++i) {
        const QString value = narrowText(m_logits[i]);
        full += probabilityName(i) + u'\n' + logitName(i) + QStringLiteral("\u2009=\u2009") + value + u'\n';
        compact += probabilityName(i) + u'\n' + value + u'\n';
    }
    QFont tickFont = fittedFont(base, full, 0.96 * slot, kMinimumLabelPoints);
    const bool named = tickFont.pointSizeF() >= std::min(kReadablePoints, base.pointSizeF());
    if (!named) tickFont = fittedFont(base, compact, 0.96 * slot, kMinimumLabelPoints);
    QMap<double, QString> ticks;
    for (std::size_t i = 0; i < m_logits.size(); ++i) {
        ticks.insert(double(i + 1), probabilityName(i) + u'\n' +
                                        (named ? logitName(i) + QStringLiteral("\u2009=\u2009") : QString()) +
                                        narrowText(m_logits[i]));
    }
    const QString title = named ? QString() : tr("under each bar: its logit aᵢ");
    if (tickFont == xAxis->tickLabelFont() && ticks == m_ticker->ticks() && title == xAxis->label())
        return false;
    m_ticker->setTicks(ticks);
    xAxis->setLabel(title);
    xAxis->setTickLabelFont(tickFont);
    return true;
}

void ProbabilityChart::showToolTip(QMouseEvent* event)
{
    const double key = xAxis->pixelToCoord(event->position().x());
    const double index = std::round(key);
    const bool onBar =
        std::fabs(key - index) <= kBarWidth / 2 && index >= 1 && index <= double(m_probabilities.size());
    if (!onBar || !axisRect()->rect().contains(event->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(std::size_t(index) - 1), this);
}

}  // namespace actlab
