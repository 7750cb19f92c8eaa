#include "ui/lens/lensview.h"

#include "core/expression/parser.h"
#include "core/expression/reference.h"
#include "core/expression/stableforms.h"
#include "ui/common/scrollareas.h"
#include "ui/common/numberformat.h"
#include "ui/lens/lenscontrols.h"
#include "ui/lens/lensplot.h"
#include "ui/lens/lensstatejson.h"

#include <QHBoxLayout>
#include <QPromise>
#include <QRegularExpression>
#include <QScrollArea>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>
#include <variant>

namespace actlab {

namespace {

/// A computation that ends sooner than this shows no "Computing…": the figure would only flicker.
constexpr int kBusyDelayMs = 150;

/// The 1-based column a parse error names ("… at column 21"), or 0.
int columnOf(const QString& message)
{
    static const QRegularExpression column(QStringLiteral("at column (\\d+)$"));
    const QRegularExpressionMatch match = column.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

}  // namespace

LensView::LensView(QWidget* parent)
    : View(parent),
      m_watcher(new QFutureWatcher<LensNumbers>(this)),
      m_busyTimer(new QTimer(this)),
      m_plot(new LensPlot),
      m_controls(new LensControls)
{
    // The controls scroll: the presentation font makes them taller than a laptop screen.
    QScrollArea* scroll = controlsScrollArea(m_controls, m_controls->sizeHint().width() + 24, 440, this);

    // Both panels in the presentation font need more height than a 1024 × 700 projector leaves.
    QScrollArea* figureScroll = figureScrollArea(m_plot, this);
    figureScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll);
    layout->addWidget(figureScroll, 1);

    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(kBusyDelayMs);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        m_showBusy = true;
        render();
    });
    connect(m_watcher, &QFutureWatcher<LensNumbers>::finished, this, &LensView::computed);
    connect(m_controls, &LensControls::edited, this, &LensView::edit);
    connect(m_controls, &LensControls::suggestRequested, this, [this] { suggestStableForm(); });

    std::optional<LensRequest> first;
    if (const QString error = evaluate(m_state, first); !error.isEmpty())
        qWarning("LensView: default state refused (%s)", qPrintable(error));
    m_controls->setState(m_state);
    syncSuggestion();
    if (first) request(std::move(*first));
    applyTheme(m_theme);
}

LensView::~LensView()
{
    // A computation still running finishes on its own thread and is dropped: it holds copies only.
    disconnect(m_watcher, nullptr, this, nullptr);
}

QWidget* LensView::figure()
{
    return m_plot;
}

bool LensView::isComputing() const
{
    return m_numbers.key != m_wanted;
}

QString LensView::evaluate(const LensState& state, std::optional<LensRequest>& request)
{
    if (QString error = lensStateError(state); !error.isEmpty()) return error;
    std::variant<LensRequest, QString> made = lensRequest(state);
    if (auto* error = std::get_if<QString>(&made)) return *error;
    request = std::get<LensRequest>(std::move(made));
    return {};
}

bool LensView::setState(const LensState& state)
{
    std::optional<LensRequest> next;
    if (const QString error = evaluate(state, next); !error.isEmpty()) {
        qWarning("LensView: %s; state not changed", qPrintable(error));
        if (error.startsWith(QStringLiteral("lens.formula: "))) {
            const QString message = error.mid(14);
            m_controls->showFormulaError(message, columnOf(message));
            m_controls->showRefusal({});
        } else {
            m_controls->showRefusal(tr("Not applied: %1").arg(error));
        }
        m_controls->setState(m_state);  // the controls go back to the state in force
        return false;
    }
    m_controls->showRefusal({});
    m_controls->showFormulaError({}, 0);
    if (state.formula != m_state.formula || state.typed != m_state.typed) m_rewriteNote.clear();
    m_state = state;
    m_controls->setState(m_state);
    syncSuggestion();
    request(std::move(*next));
    emit stateChanged();
    return true;
}

void LensView::edit(const LensState& state)
{
    if (state == m_state) return;
    setState(state);
}

void LensView::request(LensRequest request)
{
    m_wanted = request.key();
    if (m_numbers.key == m_wanted) {  // a change of what is shown only: formats, panels
        m_pending.reset();
        render();
        return;
    }
    if (std::optional<LensNumbers> cached = cachedLensNumbers(request)) {
        m_pending.reset();
        m_numbers = std::move(*cached);
        render();
        emit numbersReady();
        return;
    }
    m_pending = std::move(request);
    startComputing();
    render();
}

void LensView::startComputing()
{
    if (m_watcher->isRunning() || !m_pending) return;
    auto promise = std::make_shared<QPromise<LensNumbers>>();
    promise->start();
    m_watcher->setFuture(promise->future());
    // Arb and core's programs only, no GiNaC: safe off the GUI thread. The worker holds copies.
    QThreadPool::globalInstance()->start([promise, request = std::move(*m_pending)] {
        promise->addResult(computeLensNumbers(request));
        expression::releaseThreadReferenceCaches();
        promise->finish();
    });
    m_pending.reset();
    m_busyTimer->start();
}

void LensView::computed()
{
    LensNumbers result = m_watcher->future().resultCount() > 0 ? m_watcher->result() : LensNumbers{};
    m_watcher->setFuture(QFuture<LensNumbers>());
    if (result.key == m_wanted) {
        m_numbers = std::move(result);
        m_pending.reset();
    }
    startComputing();  // the edits made meanwhile, if any
    if (!isComputing()) {
        m_busyTimer->stop();
        m_showBusy = false;
    }
    render();
    if (!isComputing()) emit numbersReady();
}

void LensView::finishPendingWork()
{
    while (isComputing()) {
        if (m_watcher->isRunning()) {
            m_watcher->waitForFinished();
            computed();
        } else if (m_pending) {
            startComputing();
        } else {
            break;  // nothing can bring the numbers: they were refused
        }
    }
}

QJsonObject LensView::saveState() const
{
    return lensStateToJson(m_state);
}

QString LensView::restoreState(const QJsonObject& json)
{
    LensState state = m_state;
    if (QString error = lensStateFromJson(json, state); !error.isEmpty()) return error;
    std::optional<LensRequest> next;
    if (QString error = evaluate(state, next); !error.isEmpty()) return error;
    setState(state);
    return {};
}

void LensView::applyTheme(const Theme& theme)
{
    m_theme = theme;
    m_plot->applyTheme(m_theme);
    render();
}

void LensView::render()
{
    // Until the numbers for the state arrive, the figure keeps the last ones, drawn for the state they
    // were computed for, and says it is computing once that takes a while.
    const bool computing = isComputing();
    if (!computing) m_drawnState = m_state;
    const LensState& drawn = computing && !m_numbers.empty() ? m_drawnState : m_state;
    m_plot->render(drawn, m_numbers, computing && (m_showBusy || m_numbers.empty()));
    if (computing)
        m_controls->setStatus(tr("Computing…"));
    else if (m_numbers.milliseconds > 0)
        m_controls->setStatus(tr("Computed in %1 ms").arg(compactText(m_numbers.milliseconds, 2)));
    else
        m_controls->setStatus(tr("Taken from the cache"));
}

void LensView::syncSuggestion()
{
    if (!m_state.typed) {
        m_controls->setSuggestion(
            false, tr("For a typed formula: rewrites such as log(1 + exp(x)) → softplus(x)"), {});
        return;
    }
    auto parsed = expression::parse(m_state.formula);
    const auto* e = std::get_if<expression::Expression>(&parsed);
    const expression::StableSuggestion suggestion =
        e != nullptr ? expression::suggestStableForm(*e) : expression::StableSuggestion{};
    const bool available = !suggestion.rewrites.empty();
    m_controls->setSuggestion(
        available,
        available
            ? tr("Rewrite it as %1").arg(withTypographicMinus(QString::fromStdString(suggestion.formula)))
            : tr("No rewrite applies: the formula has none of the forms that overflow or cancel that ActLab "
                 "knows"),
        m_rewriteNote);
}

bool LensView::suggestStableForm()
{
    if (!m_state.typed) return false;
    auto parsed = expression::parse(m_state.formula);
    const auto* e = std::get_if<expression::Expression>(&parsed);
    if (e == nullptr) return false;
    const expression::StableSuggestion suggestion = expression::suggestStableForm(*e);
    if (suggestion.rewrites.empty()) return false;
    LensState next = m_state;
    next.formula = suggestion.formula;
    QStringList rules;
    for (const std::string& rule : suggestion.rewrites) rules << QString::fromStdString(rule);
    const QString note = tr("Rewrote %1 as %2 (%3)")
                             .arg(withTypographicMinus(QString::fromStdString(m_state.formula)),
                                  withTypographicMinus(QString::fromStdString(suggestion.formula)),
                                  rules.join(QStringLiteral("; ")));
    if (!setState(next)) return false;
    m_rewriteNote = note;
    syncSuggestion();
    return true;
}

}  // namespace actlab
