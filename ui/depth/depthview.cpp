#include "ui/depth/depthview.h"

#include "ui/common/scrollareas.h"

#include "ui/depth/depthcontrols.h"
#include "ui/depth/depthplot.h"
#include "ui/depth/depthstatejson.h"

#include <QHBoxLayout>
#include <QScrollArea>

namespace actlab {

DepthView::DepthView(QWidget* parent)
    : View(parent), m_plot(new DepthPlot(this)), m_controls(new DepthControls)
{
    // The controls scroll: seventeen activations and the presentation font are taller than a laptop.
    QScrollArea* scroll = controlsScrollArea(m_controls, m_controls->sizeHint().width() + 24, 440, this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll);
    layout->addWidget(m_plot, 1);

    connect(m_controls, &DepthControls::edited, this, &DepthView::edit);
    m_controls->setState(m_state);
    applyTheme(m_theme);
}

QWidget* DepthView::figure()
{
    return m_plot;
}

void DepthView::setState(const DepthState& state)
{
    if (const QString error = depthStateError(state); !error.isEmpty()) {
        qWarning("DepthView: %s; state not changed", qPrintable(error));
        return;
    }
    m_state = state;
    m_controls->setState(m_state);
    render();
    emit stateChanged();
}

void DepthView::edit(const DepthState& state)
{
    if (state == m_state) return;
    setState(state);
}

QJsonObject DepthView::saveState() const
{
    return depthStateToJson(m_state);
}

QString DepthView::restoreState(const QJsonObject& json)
{
    DepthState state = m_state;
    if (QString error = depthStateFromJson(json, state); !error.isEmpty()) return error;
    if (QString error = depthStateError(state); !error.isEmpty()) return error;
    setState(state);
    return {};
}

void DepthView::applyTheme(const Theme& theme)
{
    m_theme = theme;
    m_plot->applyTheme(m_theme);
    render();
}

void DepthView::render()
{
    m_numbers.compute(m_state);
    m_plot->render(m_state, m_numbers);
}

}  // namespace actlab
