#include "ui/softmax/softmaxview.h"

#include "ui/common/scrollareas.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/softmax/jacobianheatmap.h"
#include "ui/softmax/logitcontrols.h"
#include "ui/softmax/probabilitychart.h"
#include "ui/softmax/sliceplot.h"
#include "ui/softmax/sliceselector.h"
#include "ui/softmax/softmaxformulapanel.h"
#include "ui/softmax/softmaxstatejson.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace actlab {

SoftmaxView::SoftmaxView(QWidget* parent)
    : View(parent),
      m_figure(new QWidget(this)),
      m_chart(new ProbabilityChart(m_figure)),
      m_heatMap(new JacobianHeatMap(m_figure)),
      m_slice(new SlicePlot(m_figure)),
      m_formula(new SoftmaxFormulaPanel(m_figure))
{
    m_figure->setObjectName(QStringLiteral("softmaxFigure"));
    m_figure->setAutoFillBackground(true);
    auto* grid = new QGridLayout(m_figure);
    grid->setContentsMargins(10, 10, 10, 10);
    grid->setSpacing(14);
    grid->addWidget(m_chart, 0, 0);
    grid->addWidget(m_heatMap, 0, 1);
    grid->addWidget(m_slice, 1, 0);
    grid->addWidget(m_formula, 1, 1);
    // The heat map is the widest part: ten columns of printed numbers.
    grid->setColumnStretch(0, 9);
    grid->setColumnStretch(1, 12);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildControls());
    layout->addWidget(m_figure, 1);

    computeSoftmaxNumbers(m_state, kSlicePoints, m_numbers);
    connect(m_heatMap, &JacobianHeatMap::cellClicked, this, [this](std::size_t row, std::size_t column) {
        SoftmaxState next = m_state;
        next.sliceOutput = row;
        next.sliceLogit = column;
        edit(next);
    });
    applyTheme(m_theme);
}

QWidget* SoftmaxView::buildControls()
{
    auto* panel = new QWidget;
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(10, 10, 10, 10);

    // Made in the order they are shown, which is the order Tab visits them.
    auto* logitBox = new QGroupBox(tr("Logits a"), panel);
    auto* logitLayout = new QVBoxLayout(logitBox);
    m_logits = new LogitControls(logitBox);
    logitLayout->addWidget(m_logits);

    auto* temperatureBox = new QGroupBox(tr("Temperature T"), panel);
    auto* temperatureLayout = new QVBoxLayout(temperatureBox);
    m_temperature = new NumberEntry(QStringLiteral("T"), temperatureBox);
    m_temperature->setObjectNames(QStringLiteral("temperature"));
    m_temperature->setAccessibleNames(tr("Temperature"));
    m_temperature->setDescription(
        tr("small T sharpens softmax towards one-hot (argmax); large T flattens it towards uniform"));
    m_temperature->setRange(kSoftmaxMinTemperature, kSoftmaxMaxTemperature, Scale::Logarithmic);
    auto* temperatureHint = new QLabel(tr("T → 0: one-hot (argmax)   ·   T large: uniform"), temperatureBox);
    temperatureHint->setWordWrap(true);
    temperatureLayout->addWidget(m_temperature);
    temperatureLayout->addWidget(temperatureHint);

    auto* sliceBox = new QGroupBox(tr("Slice"), panel);
    auto* sliceLayout = new QVBoxLayout(sliceBox);
    m_sliceSelector = new SliceSelector(sliceBox);
    auto* sliceHint = new QLabel(tr("Or click a cell of the Jacobian."), sliceBox);
    sliceHint->setWordWrap(true);
    sliceLayout->addWidget(m_sliceSelector);
    sliceLayout->addWidget(sliceHint);

    column->addWidget(logitBox);
    column->addWidget(temperatureBox);
    column->addWidget(sliceBox);
    m_refusal = new QLabel(panel);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    column->addWidget(m_refusal);
    column->addStretch(1);

    connect(m_temperature, &NumberEntry::valueEdited, this, [this](double t) {
        SoftmaxState next = m_state;
        next.temperature = t;
        edit(next);
    });
    connect(m_logits, &LogitControls::logitEdited, this, [this](std::size_t index, double value) {
        SoftmaxState next = m_state;
        next.logits[index] = value;
        edit(next);
    });
    connect(m_logits, &LogitControls::classCountEdited, this, [this](std::size_t count) {
        SoftmaxState next = m_state;
        next.logits.resize(count, 0.0);
        next.sliceOutput = std::min(next.sliceOutput, count - 1);
        next.sliceLogit = std::min(next.sliceLogit, count - 1);
        edit(next);
    });
    connect(m_sliceSelector, &SliceSelector::selectionEdited, this,
            [this](std::size_t output, std::size_t logit) {
                SoftmaxState next = m_state;
                next.sliceOutput = output;
                next.sliceLogit = logit;
                edit(next);
            });

    // Ten logit rows in the presentation font are taller than a laptop screen: the controls scroll.
    return controlsScrollArea(panel, panel->sizeHint().width() + 24, 420, this);
}

QString SoftmaxView::evaluate(const SoftmaxState& state)
{
    if (QString error = softmaxStateError(state); !error.isEmpty()) return error;
    computeSoftmaxNumbers(state, kSlicePoints, m_candidate);
    if (!m_candidate.finite)
        return QStringLiteral("softmax.logits: core returns a non-finite value for these logits at T = %1")
            .arg(roundTripText(state.temperature));
    return {};
}

bool SoftmaxView::setState(const SoftmaxState& state)
{
    if (const QString error = evaluate(state); !error.isEmpty()) {
        qWarning("SoftmaxView: %s; state not changed", qPrintable(error));
        m_refusal->setText(tr("Not applied: %1").arg(error));
        m_refusal->show();
        render();  // the controls go back to the state in force
        return false;
    }
    m_refusal->hide();
    m_state = state;
    std::swap(m_numbers, m_candidate);
    render();
    emit stateChanged();
    return true;
}

void SoftmaxView::edit(const SoftmaxState& state)
{
    if (state == m_state) return;
    setState(state);
}

QJsonObject SoftmaxView::saveState() const
{
    return softmaxStateToJson(m_state);
}

QString SoftmaxView::restoreState(const QJsonObject& json)
{
    SoftmaxState state = m_state;
    if (QString error = softmaxStateFromJson(json, state); !error.isEmpty()) return error;
    if (QString error = evaluate(state); !error.isEmpty()) return error;
    setState(state);
    return {};
}

void SoftmaxView::applyTheme(const Theme& theme)
{
    m_theme = theme;
    QPalette palette = m_figure->palette();
    palette.setColor(QPalette::Window, theme.palette.background);
    m_figure->setPalette(palette);
    m_chart->applyTheme(theme);
    m_heatMap->applyTheme(theme);
    m_slice->applyTheme(theme);
    m_formula->applyTheme(theme);
    render();
}

void SoftmaxView::render()
{
    m_logits->setLogits(m_state.logits);
    m_temperature->setValue(m_state.temperature);
    m_sliceSelector->setSelection(m_state.classCount(), m_state.sliceOutput, m_state.sliceLogit);
    m_chart->display(m_state, m_numbers);
    m_heatMap->display(m_state, m_numbers);
    m_slice->display(m_state, m_numbers);
    m_formula->display(m_state, m_numbers);
}

}  // namespace actlab
