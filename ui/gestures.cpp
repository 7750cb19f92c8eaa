#include "ui/gestures.h"

#include <QCoreApplication>

#include <array>

namespace actlab {

namespace {

struct Row {
    const char* keys;
    const char* action;
    const char* where;
};

// What the plots do with the mouse and keys, in the order a user meets it. Only the text lives here: a
// gesture a plot stops answering must go from this table too (tst_shortcutsdialog reads it).
constexpr std::array kRows{
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Ctrl+0"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Reset the view: the default x range, the y ranges fitted"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves plot")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Double-click"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Reset the view, as Ctrl+0"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves plot")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Mouse wheel"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Zoom in or out about the pointer"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves plot")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Drag"), QT_TRANSLATE_NOOP("actlab::Gestures", "Pan the view"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves plot")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Click"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Put the probe at that x"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves and maxout plots")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Drag the probe line"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Move the probe"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves and maxout plots")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "← / →"),
        QT_TRANSLATE_NOOP("actlab::Gestures",
                          "Move the probe one step, at least one pixel column (click the plot first)"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves and maxout plots")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Shift+← / Shift+→"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Move the probe ten steps"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Curves and maxout plots")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "↑ / ↓"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Move the probe along x₂ (with Shift: ten steps)"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Maxout, two inputs")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Drag a line"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Change that unit's bias: the line moves up or down"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Maxout, one input")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Shift+drag a line"),
        QT_TRANSLATE_NOOP("actlab::Gestures",
                          "Change that unit's weight: the line turns about the point grabbed"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Maxout, one input")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Click a cell"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Show that entry's slice below"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Softmax Jacobian")},
    Row{QT_TRANSLATE_NOOP("actlab::Gestures", "Right-click"),
        QT_TRANSLATE_NOOP("actlab::Gestures",
                          "The plot's menu: copy the image or the probe's values, reset the view, export"),
        QT_TRANSLATE_NOOP("actlab::Gestures", "Every plot")},
};

}  // namespace

std::vector<Gesture> documentedGestures()
{
    std::vector<Gesture> gestures;
    for (const Row& row : kRows) {
        gestures.push_back({QCoreApplication::translate("actlab::Gestures", row.keys),
                            QCoreApplication::translate("actlab::Gestures", row.action),
                            QCoreApplication::translate("actlab::Gestures", row.where)});
    }
    return gestures;
}

}  // namespace actlab
