#include "stress/monkey.h"

#include "stress/figurefiles.h"
#include "stress/plotgestures.h"
#include "stress/widgetactions.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>

#include <utility>

namespace actlab::stress {

namespace {

/// Whether `widget` is an inner part of a compound control the monkey drives as a whole.
bool isInnerPart(const QWidget& widget, const QWidget& root)
{
    for (const QWidget* p = widget.parentWidget(); p && p != &root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QTabBar*>(p))
            return true;
    }
    return false;
}

}  // namespace

template <typename T>
std::vector<T*> Monkey::controls() const
{
    std::vector<T*> found;
    QWidget* root = m_window.currentView();
    if (!root) return found;
    for (T* widget : root->findChildren<T*>()) {
        if (widget->isVisible() && widget->isEnabled() && !isInnerPart(*widget, *root)) found.push_back(widget);
    }
    return found;
}

std::vector<QAbstractItemView*> Monkey::viewsWith(Qt::ItemFlag flag) const
{
    std::vector<QAbstractItemView*> views;
    for (QAbstractItemView* view : controls<QAbstractItemView>()) {
        if (!indexesWith(*view, flag).empty()) views.push_back(view);
    }
    return views;
}

Monkey::Monkey(MainWindow& window, quint64 seed, QString scratchDir)
    : m_window(window), m_rng(seed), m_dir(std::move(scratchDir))
{
    // Each kind acts on one control of its sort, picked at random; weights are per thousand, roughly.
    const auto on = [this](auto list, auto&& action) -> QString {
        if (list.empty()) return {};
        return action(*pick(m_rng, list));
    };
    m_kinds = {
        {QStringLiteral("switch view"), 60, [this](QString&) { return switchView(); }},
        {QStringLiteral("slider"), 170,
         [this, on](QString&) {
             return on(controls<QSlider>(), [this](QSlider& s) { return moveSlider(s, m_rng); });
         }},
        {QStringLiteral("type number"), 140,
         [this, on](QString&) {
             std::vector<QWidget*> fields;
             for (QAbstractSpinBox* spin : controls<QAbstractSpinBox>()) fields.push_back(spin);
             for (QLineEdit* edit : controls<QLineEdit>()) {
                 if (!edit->isReadOnly()) fields.push_back(edit);
             }
             return on(fields, [this](QWidget& w) { return typeNumber(w, m_rng); });
         }},
        {QStringLiteral("step spin box"), 40,
         [this, on](QString&) {
             return on(controls<QAbstractSpinBox>(), [this](QAbstractSpinBox& s) { return stepSpinBox(s, m_rng); });
         }},
        {QStringLiteral("check item"), 80,
         [this, on](QString&) {
             return on(viewsWith(Qt::ItemIsUserCheckable),
                       [this](QAbstractItemView& v) { return toggleItem(v, m_rng); });
         }},
        {QStringLiteral("edit cell"), 50,
         [this, on](QString&) {
             return on(viewsWith(Qt::ItemIsEditable),
                       [this](QAbstractItemView& v) { return editCell(v, m_rng); });
         }},
        {QStringLiteral("select item"), 20,
         [this, on](QString&) {
             return on(controls<QAbstractItemView>(), [this](QAbstractItemView& v) { return selectItem(v, m_rng); });
         }},
        {QStringLiteral("button"), 80,
         [this, on](QString&) {
             std::vector<QWidget*> buttons;
             for (QAbstractButton* b : controls<QAbstractButton>()) buttons.push_back(b);
             for (QGroupBox* g : controls<QGroupBox>()) {
                 if (g->isCheckable()) buttons.push_back(g);
             }
             return on(buttons, [](QWidget& b) { return pressButton(b); });
         }},
        {QStringLiteral("combo box"), 60,
         [this, on](QString&) {
             return on(controls<QComboBox>(), [this](QComboBox& c) { return chooseEntry(c, m_rng); });
         }},
        {QStringLiteral("inner tab"), 20,
         [this, on](QString&) {
             return on(controls<QTabBar>(), [this](QTabBar& t) { return switchTab(t, m_rng); });
         }},
        {QStringLiteral("resize window"), 40, [this](QString&) { return resize(); }},
        {QStringLiteral("wheel zoom"), 80,
         [this, on](QString&) {
             return on(controls<QCustomPlot>(), [this](QCustomPlot& p) { return wheelOnPlot(p, m_rng); });
         }},
        {QStringLiteral("mouse drag"), 80,
         [this, on](QString&) {
             return on(controls<QCustomPlot>(), [this](QCustomPlot& p) { return dragOnPlot(p, m_rng); });
         }},
        {QStringLiteral("plot key"), 30,
         [this, on](QString&) {
             return on(controls<QCustomPlot>(), [this](QCustomPlot& p) { return keyOnPlot(p, m_rng); });
         }},
        {QStringLiteral("export figure"), 20,
         [this](QString& error) { return exportFigure(m_window, m_dir, m_rng, error); }},
        {QStringLiteral("save/open scene"), 30,
         [this](QString& error) { return saveAndOpenScene(m_window, m_dir, m_rng, error); }},
        {QStringLiteral("theme"), 20,
         [this](QString&) {
             const QStringList ids = Theme::ids();
             const QString id = ids[uniformInt(m_rng, 0, int(ids.size()) - 1)];
             m_window.setScreenTheme(id);
             return QStringLiteral("theme ") + id;
         }},
        {QStringLiteral("menu action"), 10, [this](QString&) { return menuAction(); }},
    };
    // ACTLAB_STRESS_KINDS="slider,wheel zoom" keeps only those kinds: to find which one leaks or breaks.
    const QStringList only = qEnvironmentVariable("ACTLAB_STRESS_KINDS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!only.isEmpty())
        std::erase_if(m_kinds, [&only](const Kind& kind) { return !only.contains(kind.name) && kind.name != QStringLiteral("switch view"); });
    for (const Kind& kind : m_kinds) m_totalWeight += kind.weight;
}

QString Monkey::act(QString& error)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        int roll = uniformInt(m_rng, 0, m_totalWeight - 1);
        for (const Kind& kind : m_kinds) {
            if ((roll -= kind.weight) >= 0) continue;
            QElapsedTimer timer;
            timer.start();
            const QString what = kind.run(error);
            if (what.isEmpty()) break;  // nothing of this sort in the current view: draw again
            ++m_counts[kind.name];
            m_milliseconds[kind.name] += timer.elapsed();
            return kind.name + QStringLiteral(": ") + what;
        }
    }
    ++m_counts[QStringLiteral("switch view")];
    return QStringLiteral("switch view: ") + switchView();
}

QString Monkey::switchView()
{
    auto* tabs = qobject_cast<QTabWidget*>(m_window.centralWidget());
    const int index = uniformInt(m_rng, 0, tabs->count() - 1);
    tabs->tabBar()->setCurrentIndex(index);  // as a click on the tab does
    return QStringLiteral("to %1").arg(m_window.currentView()->viewId());
}

QString Monkey::resize()
{
    static const std::vector<QSize> sizes{{200, 150}, {2400, 1600}, {320, 240}, {1200, 760}, {640, 480}};
    const QSize size = chance(m_rng, 0.6) ? pick(m_rng, sizes)
                                          : QSize(uniformInt(m_rng, 200, 2400), uniformInt(m_rng, 150, 1600));
    m_window.resize(size);
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QString Monkey::menuAction()
{
    std::vector<QAction*> actions;
    const std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu()) walk(action->menu());
            else if (!action->isSeparator() && action->isEnabled() && action->menuRole() != QAction::QuitRole)
                actions.push_back(action);
        }
    };
    for (QAction* top : m_window.menuBar()->actions()) {
        if (top->menu()) walk(top->menu());
    }
    if (actions.empty()) return {};
    QAction* action = pick(m_rng, actions);
    const QString text = action->text();
    action->trigger();  // dialogs it opens are closed by the test's ModalCloser
    return QStringLiteral("trigger \"%1\"").arg(text);
}

}  // namespace actlab::stress
