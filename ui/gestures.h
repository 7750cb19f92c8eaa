#pragma once

#include <QString>

#include <vector>

namespace actlab {

/// A mouse gesture or plot key that no menu action carries. Help → Keyboard shortcuts lists these
/// beside the actions; one table, so the dialog and its test read the same list.
struct Gesture {
    QString keys;    ///< "Ctrl+0", "← / →", "Mouse wheel" …, translated
    QString action;  ///< what it does, with its step where it has one
    QString where;   ///< which views or plots answer it
};

/// Every documented gesture, translated, in the order the dialog shows them.
std::vector<Gesture> documentedGestures();

}  // namespace actlab
