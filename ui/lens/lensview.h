#pragma once

#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/lens/lensnumbers.h"
#include "ui/lens/lensstate.h"

#include <QFutureWatcher>

#include <optional>
#include <string>

class QTimer;

namespace actlab {

class LensControls;
class LensPlot;

/// The numerics lens: a function (a built-in in the form ActLab, a textbook, PyTorch or TensorFlow
/// writes it, or a typed formula) evaluated as written in float64, float32 and bfloat16, its error in
/// ulps against Arb's rigorous reference, the spans where a format overflows, underflows to 0 or
/// gives NaN, and the thresholds in words. A function of state() alone, drawn by one render path;
/// every number comes from core (core/expression/lens.h).
///
/// Core's numbers are computed off the GUI thread whenever they are not cached: an edit is accepted
/// (and undoable) at once, the figure keeps the last numbers and says it is computing, and the new
/// numbers are drawn when they arrive. Edits made meanwhile wait for the one computation running, and
/// only the latest is computed next.
class LensView : public View {
    Q_OBJECT

public:
    explicit LensView(QWidget* parent = nullptr);
    ~LensView() override;

    /// Shows `state` and returns true. An invalid one (see lensStateError), or a typed formula that does
    /// not parse, is refused: the reason under the controls (a parse error beside the formula, with its
    /// column), nothing changed.
    bool setState(const LensState& state);
    const LensState& state() const { return m_state; }
    /// The numbers drawn: core's for state() unless isComputing().
    const LensNumbers& numbers() const { return m_numbers; }
    /// Core is computing numbers for state() that are not drawn yet.
    bool isComputing() const;

    /// What "Suggest a stable form" does: the typed formula rewritten by core's suggestStableForm, one
    /// undoable step. False (and nothing changed) when no rule applies.
    bool suggestStableForm();
    /// What the last suggestion rewrote, as shown under the button; empty once the state moves on.
    QString rewriteNote() const { return m_rewriteNote; }

    QString viewId() const override { return QStringLiteral("lens"); }
    QString title() const override { return tr("Numerics lens"); }
    QJsonObject saveState() const override;
    QString restoreState(const QJsonObject& state) override;
    void applyTheme(const Theme& theme) override;
    QWidget* figure() override;
    void finishPendingWork() override;
    const Theme& theme() const { return m_theme; }

    LensPlot* plot() const { return m_plot; }
    LensControls* controls() const { return m_controls; }

signals:
    /// Core's numbers for state() are drawn (after a computation off the GUI thread, or at once when
    /// they were cached).
    void numbersReady();

private:
    void edit(const LensState& state);
    /// Empty when `state` can be shown, with its request in `request`; else one line saying why not.
    QString evaluate(const LensState& state, std::optional<LensRequest>& request);
    void request(LensRequest request);
    void startComputing();
    void computed();
    void render();
    void syncSuggestion();

    LensState m_state;
    LensState m_drawnState;  ///< the state m_numbers were computed for
    LensNumbers m_numbers;
    std::string m_wanted;                  ///< the key of state()'s numbers
    std::optional<LensRequest> m_pending;  ///< waiting for the computation running
    QFutureWatcher<LensNumbers>* m_watcher;
    QTimer* m_busyTimer;  ///< the figure says "Computing…" only for computations that take a while
    bool m_showBusy = false;
    QString m_rewriteNote;
    Theme m_theme = Theme::light();
    LensPlot* m_plot;
    LensControls* m_controls;
};

}  // namespace actlab
