#pragma once

#include "stress/random.h"

#include <QModelIndex>
#include <QString>

#include <vector>

class QAbstractItemView;
class QAbstractSlider;
class QAbstractSpinBox;
class QComboBox;
class QObject;
class QTabBar;
class QWidget;

namespace actlab::stress {

/// Class and object name, for the action log: "QSlider 'softplus.beta.slider'".
QString describe(const QObject& object);

/// The enabled items of `view` (all rows, children included) whose flags include `flag` and that a user
/// can reach that way: checkable ones showing a box, editable ones in a view with edit triggers.
std::vector<QModelIndex> indexesWith(const QAbstractItemView& view, Qt::ItemFlag flag);

// One user gesture each, on a widget that is shown and enabled; each returns what it did.

/// A drag to the minimum, the maximum or a random position (through a few intermediate positions), a
/// click on the groove, or a key (arrows, Page Up/Down, Home, End).
QString moveSlider(QAbstractSlider& slider, Rng& rng);
/// Selects all, types a number or a bad text (randomText()), then Return, Enter or focus loss.
QString typeNumber(QWidget& field, Rng& rng);
/// Steps a spin box by 1, 10 or 10⁶ steps up or down, or by Page Up/Down.
QString stepSpinBox(QAbstractSpinBox& spin, Rng& rng);
/// Checks or unchecks one checkable item, as a click on its box does.
QString toggleItem(QAbstractItemView& view, Rng& rng);
/// Opens the editor of one editable cell, types a number or a bad text and commits (or cancels).
QString editCell(QAbstractItemView& view, Rng& rng);
/// Makes one item current.
QString selectItem(QAbstractItemView& view, Rng& rng);
/// Clicks a button, check box or radio button, or toggles a checkable group box.
QString pressButton(QWidget& button);
/// A key on a combo box: Up, Down, Home, End, Page Up/Down (no popup); types into an editable one.
QString chooseEntry(QComboBox& combo, Rng& rng);
/// Makes a random tab current.
QString switchTab(QTabBar& tabs, Rng& rng);

}  // namespace actlab::stress
