#include "ui/curves/curvesview.h"

#include "core/expression/typedactivation.h"

#include "ui/curves/curvesstatejson.h"
#include "ui/curves/formulapanel.h"
#include "ui/curves/functionlist.h"
#include "ui/curves/highlightpanel.h"
#include "ui/curves/parameterpanel.h"
#include "ui/curves/probepanel.h"
#include "ui/curves/probereadout.h"
#include "ui/curves/rangepanel.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace actlab {

using namespace curves;

namespace {

/// Quiet time after the last draft frame before the settled one.
constexpr int kSettleMilliseconds = 180;

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

/// `content` in a frameless scroll area: the panels under the plot keep every line readable when the
/// window is small (a scroll bar appears) instead of clipping it or squeezing their neighbour.
QScrollArea* scrolled(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

/// An axis range kept to what can be drawn: inside ±maxAbs, at least minSpan wide (and wider than the
/// rounding of its ends), with the same centre where possible.
AxisRange bounded(AxisRange range, double maxAbs, double minSpan)
{
    if (!(range.from < range.to) || !std::isfinite(range.from) || !std::isfinite(range.to)) return {-1, 1};
    // A range already in bounds stays exactly as it is: recentring it moves its ends by a rounding, so a
    // scene opened would not show (or save again) the range it holds.
    if (range.from >= -maxAbs && range.to <= maxAbs &&
        range.to - range.from >= std::max(minSpan, 1e-12 * std::max(std::fabs(range.from), std::fabs(range.to))))
        return range;
    const double span = std::max(
        {range.to - range.from, minSpan, 1e-12 * std::max(std::fabs(range.from), std::fabs(range.to))});
    double centre = range.from + (range.to - range.from) / 2;
    const double half = std::min(span, 2 * maxAbs) / 2;
    centre = std::clamp(centre, -maxAbs + half, maxAbs - half);
    return {centre - half, centre + half};
}

void keepInBounds(CurvesState& state)
{
    const AxisRange x = bounded({state.xFrom, state.xTo}, kCurvesMaxAbsX, kCurvesMinXSpan);
    state.xFrom = x.from;
    state.xTo = x.to;
    if (state.yRange) state.yRange = bounded(*state.yRange, kCurvesMaxAbsY, 0.0);
    if (state.derivativeYRange)
        state.derivativeYRange = bounded(*state.derivativeYRange, kCurvesMaxAbsY, 0.0);
    state.probeX = std::clamp(state.probeX, -kCurvesMaxAbsX, kCurvesMaxAbsX);
    state.highlights.epsilon = std::clamp(state.highlights.epsilon, kCurvesMinEpsilon, kCurvesMaxEpsilon);
}

}  // namespace

CurvesView::CurvesView(QWidget* parent)
    : View(parent),
      m_plot(new CurvesPlot(this)),
      m_functions(new FunctionList(this)),
      m_parameters(new ParameterPanel(this)),
      m_probe(new ProbePanel(this)),
      m_readout(new ProbeReadout(this)),
      m_range(new RangePanel(this)),
      m_highlights(new HighlightPanel(this)),
      m_formula(new FormulaPanel(this))
{
    auto* below = new QWidget(this);
    auto* belowLayout = new QHBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    // The readout's 17-digit columns scroll sideways rather than squeezing the formulas to a word a line.
    QGroupBox* formula = group(tr("Formula"), scrolled(m_formula, below), below);
    formula->setMinimumWidth(250);
    belowLayout->addWidget(formula, 2);
    belowLayout->addWidget(group(tr("At the probe"), scrolled(m_readout, below), below), 3);

    auto* centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(m_plot);
    centre->addWidget(below);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 0);
    centre->setChildrenCollapsible(false);
    centre->setSizes({780, 220});  // before the first show: proportions of the height it gets

    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->addWidget(group(tr("Parameters"), m_parameters, controls));
    controlsLayout->addWidget(group(tr("Probe"), m_probe, controls));
    controlsLayout->addWidget(group(tr("View"), m_range, controls));
    controlsLayout->addWidget(group(tr("Highlights"), m_highlights, controls));
    controlsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(controls->sizeHint().width() + 24, 360));
    // Tab goes straight to the first control; the area scrolls to whichever control has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_functions);
    split->addWidget(centre);
    split->addWidget(scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    split->setChildrenCollapsible(false);
    // The side columns at their minimum and the rest to the plot, formula and readout (before the first
    // show the splitter scales these proportionally, and each side column stops at its minimum width).
    split->setSizes({1, 1000, 1});
    m_functions->setMinimumWidth(180);
    // Tab in reading order: the function list on the left, the plot, then the controls on the right.
    setTabOrder(m_functions->tree(), m_plot);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(kSettleMilliseconds);
    connect(&m_settleTimer, &QTimer::timeout, this, &CurvesView::settle);
    auto* reset = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this);
    reset->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reset, &QShortcut::activated, this, &CurvesView::resetView);
    connectControls();

    m_plot->setTheme(m_theme);
    m_plot->render(m_state);
    syncControls();
    m_plot->setFocus();
}

CurvesView::~CurvesView() = default;

void CurvesView::connectControls()
{
    connect(m_functions, &FunctionList::checkToggled, this, [this](const QString& id, bool checked) {
        edit(
            [&](CurvesState& s) {
                const std::string key = id.toStdString();
                auto& ids = s.activationIds;
                const auto at = std::find(ids.begin(), ids.end(), key);
                if (checked && at == ids.end()) {
                    ids.push_back(key);
                    s.selectedId = key;  // a newly checked function is the one to read about
                } else if (!checked && at != ids.end()) {
                    ids.erase(at);
                }
            },
            false);
    });
    connect(m_functions, &FunctionList::formulaEntered, this, [this](const QString& id) {
        edit(
            [&](CurvesState& s) {
                const std::string key = id.toStdString();
                if (std::find(s.activationIds.begin(), s.activationIds.end(), key) == s.activationIds.end())
                    s.activationIds.push_back(key);
                s.selectedId = key;
            },
            false);
    });
    connect(m_functions, &FunctionList::selected, this, [this](const QString& id) {
        edit([&](CurvesState& s) { s.selectedId = id.toStdString(); }, false);
    });

    connect(m_parameters, &ParameterPanel::parameterEdited, this,
            [this](const QString& id, int index, double value, bool dragging) {
                edit(
                    [&](CurvesState& s) {
                        const Activation* activation = findAnyActivation(id.toStdString());
                        if (activation == nullptr) return;
                        ParameterValues p = s.parametersFor(*activation);
                        p[static_cast<std::size_t>(index)] = value;
                        // Each slider stays in its range, but core may relate parameters to each other.
                        if (parameterError(*activation, p).empty())
                            s.parameters[std::string(activation->id)] = p;
                    },
                    dragging);
            });
    connect(m_parameters, &ParameterPanel::editingFinished, this, &CurvesView::settle);

    connect(m_probe, &ProbePanel::probeEdited, this,
            [this](double x, bool dragging) { edit([&](CurvesState& s) { s.probeX = x; }, dragging); });
    connect(m_probe, &ProbePanel::visibilityToggled, this,
            [this](bool visible) { edit([&](CurvesState& s) { s.probeVisible = visible; }, false); });
    connect(m_probe, &ProbePanel::editingFinished, this, &CurvesView::settle);

    connect(m_range, &RangePanel::fromEdited, this, [this](double from, bool dragging) {
        edit(
            [&](CurvesState& s) {
                const double span = s.xTo - s.xFrom;
                s.xFrom = from;
                if (!(s.xTo - from >= kCurvesMinXSpan)) s.xTo = from + span;  // push the other end along
            },
            dragging);
    });
    connect(m_range, &RangePanel::toEdited, this, [this](double to, bool dragging) {
        edit(
            [&](CurvesState& s) {
                const double span = s.xTo - s.xFrom;
                s.xTo = to;
                if (!(to - s.xFrom >= kCurvesMinXSpan)) s.xFrom = to - span;
            },
            dragging);
    });
    connect(m_range, &RangePanel::editingFinished, this, &CurvesView::settle);
    connect(m_range, &RangePanel::layoutToggled, this,
            [this](CurvesLayout layout) { edit([&](CurvesState& s) { s.layout = layout; }, false); });
    connect(m_range, &RangePanel::resetClicked, this, &CurvesView::resetView);

    connect(m_highlights, &HighlightPanel::highlightsEdited, this,
            [this](const CurvesHighlights& h, bool dragging) {
                edit([&](CurvesState& s) { s.highlights = h; }, dragging);
            });
    connect(m_highlights, &HighlightPanel::editingFinished, this, &CurvesView::settle);

    connect(m_plot, &CurvesPlot::panZoomRequested, this,
            [this](AxisRange x, AxisRange y, bool derivativePanel) {
                edit(
                    [&](CurvesState& s) {
                        s.xFrom = x.from;
                        s.xTo = x.to;
                        (derivativePanel ? s.derivativeYRange : s.yRange) = y;
                    },
                    true);
            });
    connect(m_plot, &CurvesPlot::panZoomFinished, this, &CurvesView::settle);
    connect(m_plot, &CurvesPlot::resetRequested, this, &CurvesView::resetView);
    connect(m_plot, &CurvesPlot::probeRequested, this,
            [this](double x, bool dragging) { edit([x](CurvesState& s) { s.probeX = x; }, dragging); });
    connect(m_plot, &CurvesPlot::probeDragFinished, this, &CurvesView::settle);
}

void CurvesView::edit(const std::function<void(CurvesState&)>& change, bool dragging)
{
    CurvesState next = m_state;
    change(next);
    keepInBounds(next);
    if (next == m_state) return;
    m_state = std::move(next);
    m_plot->render(m_state, dragging ? CurvesPlot::Quality::Draft : CurvesPlot::Quality::Final);
    syncControls();
    if (dragging) {
        m_drafted = true;
        m_settleTimer.start();
    } else {
        // This frame is final: a burst before it has nothing left to settle, and undo starts a new step.
        m_drafted = false;
        m_settleTimer.stop();
    }
    emit stateChanged();
}

void CurvesView::settle()
{
    // A slider or the plot still held: its release settles.
    if (QApplication::mouseButtons() != Qt::NoButton) {
        m_settleTimer.start();
        return;
    }
    m_settleTimer.stop();
    if (!m_drafted) return;
    m_drafted = false;
    m_plot->render(m_state, CurvesPlot::Quality::Final);
    emit interactionSettled();
}

void CurvesView::resetView()
{
    edit(
        [](CurvesState& s) {
            s.xFrom = kDefaultXFrom;
            s.xTo = kDefaultXTo;
            s.yRange.reset();
            s.derivativeYRange.reset();
        },
        false);
}

void CurvesView::syncControls()
{
    m_functions->sync(m_state);
    m_parameters->sync(m_state);
    m_probe->sync(m_state);
    m_readout->sync(m_state);
    m_range->sync(m_state);
    m_highlights->sync(m_state);
    m_formula->sync(m_state);
}

void CurvesView::setState(const CurvesState& state)
{
    m_state = state;
    keepInBounds(m_state);
    m_drafted = false;
    m_settleTimer.stop();
    m_plot->render(m_state, CurvesPlot::Quality::Final);
    syncControls();
    emit stateChanged();
}

QJsonObject CurvesView::saveState() const
{
    return curvesStateToJson(m_state);
}

QString CurvesView::restoreState(const QJsonObject& json)
{
    CurvesState state = m_state;
    if (QString error = curvesStateFromJson(json, state); !error.isEmpty()) return error;
    setState(state);
    return {};
}

void CurvesView::applyTheme(const Theme& theme)
{
    m_theme = theme;
    m_plot->setTheme(theme);
    m_plot->render(m_state, CurvesPlot::Quality::Final);
}

}  // namespace actlab
