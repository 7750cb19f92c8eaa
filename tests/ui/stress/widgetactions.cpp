#include "stress/widgetactions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSlider>
#include <QTabBar>
#include <QTest>

namespace actlab::stress {

namespace {

void collect(const QAbstractItemModel& model, const QModelIndex& parent, Qt::ItemFlag flag,
             std::vector<QModelIndex>& out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c) {
            const QModelIndex index = model.index(r, c, parent);
            const Qt::ItemFlags flags = model.flags(index);
            // A box is drawn (and clickable) only where the item holds a check state.
            const bool reachable = flag != Qt::ItemIsUserCheckable || index.data(Qt::CheckStateRole).isValid();
            if (flags.testFlag(Qt::ItemIsEnabled) && flags.testFlag(flag) && reachable) out.push_back(index);
            if (c == 0 && model.hasChildren(index)) collect(model, index, flag, out);
        }
    }
}

QString at(const QModelIndex& index)
{
    return QStringLiteral("[%1,%2 '%3']").arg(index.row()).arg(index.column()).arg(index.data().toString());
}

/// Return, Enter or focus loss: the three ways a typed number is confirmed.
QString commit(QWidget& field, Rng& rng)
{
    switch (uniformInt(rng, 0, 9)) {
    case 0:
    case 1:
        QTest::keyClick(&field, Qt::Key_Enter, Qt::KeypadModifier);
        return QStringLiteral("Enter");
    case 2:
    case 3:
        field.clearFocus();
        return QStringLiteral("focus out");
    default:
        QTest::keyClick(&field, Qt::Key_Return);
        return QStringLiteral("Return");
    }
}

}  // namespace

QString describe(const QObject& object)
{
    const QString name = object.objectName();
    QString text = QString::fromLatin1(object.metaObject()->className());
    if (!name.isEmpty()) text += QStringLiteral(" '") + name + QLatin1Char('\'');
    else if (auto* button = qobject_cast<const QAbstractButton*>(&object); button && !button->text().isEmpty())
        text += QStringLiteral(" \"") + button->text() + QLatin1Char('"');
    return text;
}

std::vector<QModelIndex> indexesWith(const QAbstractItemView& view, Qt::ItemFlag flag)
{
    std::vector<QModelIndex> indexes;
    // A view without edit triggers never opens an editor for the user, whatever its items' flags say.
    if (flag == Qt::ItemIsEditable && view.editTriggers() == QAbstractItemView::NoEditTriggers) return indexes;
    if (view.model()) collect(*view.model(), view.rootIndex(), flag, indexes);
    return indexes;
}

QString moveSlider(QAbstractSlider& slider, Rng& rng)
{
    const int low = slider.minimum();
    const int high = slider.maximum();
    const int mode = uniformInt(rng, 0, 9);
    if (mode <= 5) {
        const int target = mode <= 1 ? low : mode <= 3 ? high : uniformInt(rng, low, high);
        const int start = slider.sliderPosition();
        const int moves = uniformInt(rng, 1, 4);
        slider.setSliderDown(true);
        for (int i = 1; i <= moves; ++i) {
            slider.setSliderPosition(start + (target - start) * i / moves);
            QCoreApplication::processEvents();
        }
        slider.setSliderDown(false);
        return QStringLiteral("drag %1 to %2 (range %3..%4)").arg(describe(slider)).arg(target).arg(low).arg(high);
    }
    if (mode <= 7) {
        static const std::vector<QAbstractSlider::SliderAction> actions{
            QAbstractSlider::SliderSingleStepAdd, QAbstractSlider::SliderSingleStepSub,
            QAbstractSlider::SliderPageStepAdd,   QAbstractSlider::SliderPageStepSub,
            QAbstractSlider::SliderToMinimum,     QAbstractSlider::SliderToMaximum};
        const QAbstractSlider::SliderAction action = pick(rng, actions);
        slider.triggerAction(action);
        return QStringLiteral("slider action %1 on %2").arg(int(action)).arg(describe(slider));
    }
    static const std::vector<Qt::Key> keys{Qt::Key_Left, Qt::Key_Right, Qt::Key_Up,  Qt::Key_Down,
                                           Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
    const Qt::Key key = pick(rng, keys);
    slider.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&slider, key);
    return QStringLiteral("key %1 on %2").arg(QKeySequence(key).toString(), describe(slider));
}

QString typeNumber(QWidget& field, Rng& rng)
{
    const QString text = numberText(rng);
    field.setFocus(Qt::MouseFocusReason);
    QTest::keyClick(&field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&field, Qt::Key_Delete);
    QTest::keyClicks(&field, text);
    const QString how = field.isVisible() ? commit(field, rng) : QStringLiteral("(hidden while typing)");
    return QStringLiteral("type \"%1\" + %2 into %3").arg(text, how, describe(field));
}

QString stepSpinBox(QAbstractSpinBox& spin, Rng& rng)
{
    if (chance(rng, 0.3)) {
        const Qt::Key key = chance(rng, 0.5) ? Qt::Key_PageUp : Qt::Key_PageDown;
        spin.setFocus(Qt::TabFocusReason);
        QTest::keyClick(&spin, key);
        return QStringLiteral("key %1 on %2").arg(QKeySequence(key).toString(), describe(spin));
    }
    static const std::vector<int> steps{1, -1, 10, -10, 1000000, -1000000};
    const int step = pick(rng, steps);
    spin.stepBy(step);
    return QStringLiteral("step %1 by %2").arg(describe(spin)).arg(step);
}

QString toggleItem(QAbstractItemView& view, Rng& rng)
{
    const std::vector<QModelIndex> items = indexesWith(view, Qt::ItemIsUserCheckable);
    if (items.empty()) return {};
    const QModelIndex index = pick(rng, items);
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    view.model()->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    return QStringLiteral("%1 %2 in %3").arg(checked ? QStringLiteral("uncheck") : QStringLiteral("check"),
                                             at(index), describe(view));
}

QString editCell(QAbstractItemView& view, Rng& rng)
{
    const std::vector<QModelIndex> cells = indexesWith(view, Qt::ItemIsEditable);
    if (cells.empty()) return {};
    const QModelIndex index = pick(rng, cells);
    view.setCurrentIndex(index);
    view.edit(index);
    QWidget* editor = view.indexWidget(index);
    if (!editor) editor = QApplication::focusWidget();
    if (!editor || !view.isAncestorOf(editor)) return QStringLiteral("no editor for %1 in %2").arg(at(index), describe(view));
    const QString text = numberText(rng);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    const bool cancel = chance(rng, 0.15);
    QTest::keyClick(editor, cancel ? Qt::Key_Escape : Qt::Key_Return);
    return QStringLiteral("edit %1 in %2: \"%3\" + %4")
        .arg(at(index), describe(view), text, cancel ? QStringLiteral("Escape") : QStringLiteral("Return"));
}

QString selectItem(QAbstractItemView& view, Rng& rng)
{
    const std::vector<QModelIndex> items = indexesWith(view, Qt::ItemIsSelectable);
    if (items.empty()) return {};
    const QModelIndex index = pick(rng, items);
    view.setCurrentIndex(index);
    return QStringLiteral("select %1 in %2").arg(at(index), describe(view));
}

QString pressButton(QWidget& widget)
{
    if (auto* button = qobject_cast<QAbstractButton*>(&widget)) {
        button->click();
        return QStringLiteral("click %1%2").arg(describe(widget),
                                                button->isCheckable()
                                                    ? (button->isChecked() ? QStringLiteral(" (now on)") : QStringLiteral(" (now off)"))
                                                    : QString());
    }
    if (auto* group = qobject_cast<QGroupBox*>(&widget)) {
        group->setChecked(!group->isChecked());
        return QStringLiteral("toggle group %1").arg(describe(widget));
    }
    return {};
}

QString chooseEntry(QComboBox& combo, Rng& rng)
{
    combo.setFocus(Qt::TabFocusReason);
    if (combo.isEditable() && chance(rng, 0.5)) {
        const QString text = numberText(rng);
        QTest::keyClick(&combo, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(&combo, text);
        QTest::keyClick(&combo, Qt::Key_Return);
        return QStringLiteral("type \"%1\" into %2").arg(text, describe(combo));
    }
    static const std::vector<Qt::Key> keys{Qt::Key_Up,   Qt::Key_Down,   Qt::Key_Down,    Qt::Key_Up,
                                           Qt::Key_Home, Qt::Key_End,    Qt::Key_PageUp, Qt::Key_PageDown};
    const Qt::Key key = pick(rng, keys);
    QTest::keyClick(&combo, key);
    return QStringLiteral("key %1 on %2 -> \"%3\"").arg(QKeySequence(key).toString(), describe(combo), combo.currentText());
}

QString switchTab(QTabBar& tabs, Rng& rng)
{
    if (tabs.count() == 0) return {};
    const int index = uniformInt(rng, 0, tabs.count() - 1);
    tabs.setCurrentIndex(index);
    return QStringLiteral("tab %1 (\"%2\") of %3").arg(index).arg(tabs.tabText(index), describe(tabs));
}

}  // namespace actlab::stress
