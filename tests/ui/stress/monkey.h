#pragma once

#include "stress/random.h"

#include <QString>

#include <functional>
#include <map>
#include <vector>

class QWidget;

class QAbstractItemView;

namespace actlab {
class MainWindow;
}

namespace actlab::stress {

/// Random user actions on the real window. Controls are found afresh before each action by walking the
/// current view's children (sliders, spin boxes, line edits, item views, buttons, combo boxes, tab bars,
/// plots), so a control added to any view is exercised with no change here. The same seed on the same
/// build gives the same sequence.
class Monkey {
public:
    Monkey(MainWindow& window, quint64 seed, QString scratchDir);

    /// Does one action and returns what it did. `error` is set when the action's own result is wrong
    /// (an export or a scene that failed); the caller checks the screen itself.
    QString act(QString& error);

    /// How many actions of each kind were done, and the milliseconds they took (the action itself, not
    /// the replots and checks after it).
    const std::map<QString, int>& counts() const { return m_counts; }
    const std::map<QString, qint64>& milliseconds() const { return m_milliseconds; }

private:
    struct Kind {
        QString name;
        int weight;
        std::function<QString(QString& error)> run;  ///< empty text: nothing to act on, draw again
    };

    /// The shown, enabled widgets of type T in the current view, not parts of a spin box, combo box or
    /// item view (their inner line edits, scroll bars and editors).
    template <typename T>
    std::vector<T*> controls() const;
    /// The item views among controls() with at least one item that has `flag`.
    std::vector<QAbstractItemView*> viewsWith(Qt::ItemFlag flag) const;

    QString switchView();
    QString resize();
    QString menuAction();

    MainWindow& m_window;
    Rng m_rng;
    QString m_dir;
    std::vector<Kind> m_kinds;
    int m_totalWeight = 0;
    std::map<QString, int> m_counts;
    std::map<QString, qint64> m_milliseconds;
};

}  // namespace actlab::stress
