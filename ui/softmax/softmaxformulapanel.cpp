#include "ui/softmax/softmaxformulapanel.h"

#include "ui/common/numberformat.h"
#include "ui/softmax/softmaxformat.h"
#include "ui/softmax/softmaxnumbers.h"
#include "ui/softmax/softmaxstate.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>

#include <algorithm>

namespace actlab {

namespace {

constexpr double kMinimumPoints = 7.0;
constexpr int kPadding = 14;

}  // namespace

SoftmaxFormulaPanel::SoftmaxFormulaPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("formulaPanel"));
    // The panel takes the height its row gives it and fits the text to that, not the other way round:
    // in the presentation font the full text would otherwise squeeze the plots above it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_document.setDocumentMargin(0);
    applyTheme(m_theme);
}

void SoftmaxFormulaPanel::applyTheme(const Theme& theme)
{
    m_theme = theme;
    setAccessibleName(tr("Formula of the softmax derivative"));
    update();
}

void SoftmaxFormulaPanel::display(const SoftmaxState& state, const SoftmaxNumbers& numbers)
{
    const std::size_t i = state.sliceOutput;
    const std::size_t j = state.sliceLogit;
    const QString si = probabilityName(i);
    const QString sj = probabilityName(j);
    const QString t = compactText(state.temperature);
    const QString cell = QStringLiteral("∂%1/∂%2").arg(si, logitName(j));
    const QString delta = i == j ? QStringLiteral("1") : QStringLiteral("0");
    // The worked cell: the printed factors are core's sᵢ, sⱼ and T; the result is core's Jacobian entry.
    const QString worked =
        QStringLiteral("%1 = %2(δ − %3)/T = %4 × (%5 − %6) / %7 = <b>%8</b>")
            .arg(cell, si, sj, compactText(numbers.probabilities[i]), delta,
                 compactText(numbers.probabilities[j]), t, compactText(numbers.jacobianAt(i, j)));

    QString html;
    html += QStringLiteral("<p style='margin-bottom:6px'><b>%1</b></p>").arg(tr("The derivative of softmax"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString& what, const QString& formula) {
        html += QStringLiteral("<tr><td style='padding-right:14px'><i>%1</i></td><td>%2</td></tr>")
                    .arg(what, formula);
    };
    row(tr("softmax"), QStringLiteral("sᵢ = e<sup>aᵢ/T</sup> / Σₖ e<sup>aₖ/T</sup>"));
    row(tr("one entry"), tr("<b>∂sᵢ/∂aⱼ = sᵢ (δᵢⱼ − sⱼ) / T</b>,&nbsp;&nbsp; δᵢⱼ = 1 if i = j, else 0"));
    row(tr("matrix form"), tr("<b>J = (diag(s) − s sᵀ) / T</b>"));
    row(tr("diagonal"), tr("sᵢ(1 − sᵢ)/T ≥ 0 &nbsp;(outlined in the heat map)"));
    row(tr("off-diagonal"), tr("−sᵢ sⱼ / T ≤ 0"));
    row(tr("each row"),
        tr("Σⱼ ∂sᵢ/∂aⱼ = sᵢ(1 − Σⱼ sⱼ)/T = 0: adding the same number to every logit changes no sᵢ"));
    row(tr("selected cell"), worked);
    if (numbers.classCount() == 2) {
        row(tr("n = 2"), tr("s₁ = σ((a₁ − a₂)/T): softmax of two classes is the sigmoid of the difference, "
                            "and J = σ′/T · [[1, −1], [−1, 1]]"));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='margin-top:6px'>%1</p>")
                .arg(tr("T = %1. As T → 0, s approaches one-hot and J approaches 0; as T grows, s approaches "
                        "uniform (1/n each) and J approaches (I/n − 11ᵀ/n²)/T.")
                         .arg(t));
    m_document.setHtml(html);
    update();
}

double SoftmaxFormulaPanel::fittedPointSize()
{
    QFont font = this->font();
    font.setPointSizeF(m_theme.fontPointSize * 12.0 / 11.0);
    m_document.setTextWidth(std::max(1, width() - 2 * kPadding));
    const double room = height() - 2 * kPadding;
    for (;;) {
        m_document.setDefaultFont(font);
        if (m_document.size().height() <= room || font.pointSizeF() <= kMinimumPoints)
            return font.pointSizeF();
        font.setPointSizeF(std::max(kMinimumPoints, font.pointSizeF() - 0.5));
    }
}

void SoftmaxFormulaPanel::paintEvent(QPaintEvent* /*event*/)
{
    // Fitted here, at paint time, because an exported figure is laid out without ever being shown and
    // gets no resize event; painting is the one step both the screen and the export take.
    fittedPointSize();
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.palette.background);
    painter.translate(kPadding, kPadding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_theme.palette.text);
    context.clip = QRectF(0, 0, width() - 2 * kPadding, height() - 2 * kPadding);
    painter.setClipRect(context.clip);
    m_document.documentLayout()->draw(&painter, context);
}

}  // namespace actlab
