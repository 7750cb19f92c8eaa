#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAbstractSlider;
class QCustomPlot;

namespace actlab {

struct Theme;

/// One subject of the window (curves, maxout, softmax, depth): its controls, its figure and the plain
/// state struct both are drawn from. The main window, scene files, settings and `actlab export` talk to
/// every view through this interface only.
class View : public QWidget {
    Q_OBJECT

public:
    explicit View(QWidget* parent = nullptr);

    /// Stable id for scene files, settings and `actlab export --view`: "curves", "maxout", …
    virtual QString viewId() const = 0;
    /// The tab title, translated.
    virtual QString title() const = 0;

    /// The whole state as JSON, in the view's own schema (keys named as in the state struct, ids and
    /// parameter names as in core).
    virtual QJsonObject saveState() const = 0;
    /// Shows a state saved by saveState(). On a bad value or an unknown key returns one line naming the
    /// field (e.g. "functions[1]: unknown activation 'sigmod'") and leaves the view unchanged.
    virtual QString restoreState(const QJsonObject& state) = 0;

    /// Restyles every plot the view draws (colours, line widths, fonts). Views start in Theme::light().
    virtual void applyTheme(const Theme& theme) = 0;

    /// The part of the view that is the figure (plots and their annotations, no controls): what export
    /// and screenshots render.
    virtual QWidget* figure() = 0;

    /// Waits for numbers the view computes off the GUI thread (the numerics lens's references) and draws
    /// them, so that figure() shows the state in force: export calls it before painting. Views that
    /// compute on the GUI thread have nothing to wait for.
    virtual void finishPendingWork() {}

    /// True while one gesture is under way whose changes of state make one undo step: here a slider of
    /// the view held or a mouse button held on a widget given to trackDragsOn(); views add their own
    /// (a wheel-zoom burst not yet settled). The gesture's end emits interactionSettled().
    virtual bool isInteracting() const;

signals:
    /// Emitted after every change of state, from a control or from restoreState().
    void stateChanged();
    /// The gesture isInteracting() reported has ended: the next change of state is a step of its own.
    void interactionSettled();
    /// The user asked, from a plot's right-click menu, to export the figure: the window opens its
    /// export dialog for this view.
    void exportRequested();

protected:
    /// A left-button press on `widget` starts a gesture and its release ends it: for plots whose drags
    /// (a line, the probe) change the state at every mouse move.
    void trackDragsOn(QWidget* widget);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// After each change: a slider held now settles the gesture when it is let go.
    void watchHeldSlider();

    QPointer<QAbstractSlider> m_heldSlider;  ///< null again if its row is rebuilt while held
    bool m_mouseHeld = false;
};

}  // namespace actlab
