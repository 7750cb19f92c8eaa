#include "stress/invariants.h"

#include "ui/common/qcustomplot_include.h"
#include "ui/lens/lensplot.h"
#include "ui/maxout/maxoutmapplot.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>

#include <cmath>
#include <memory>

namespace actlab::stress {

namespace {

class Checker {
public:
    QStringList problems;
    /// The numerics lens names NaN as a result ("f′ is NaN below x = −709.8"): there the word as IEEE
    /// writes it is text, while a value leaking through (printed "nan", "inf") is still caught.
    bool nanIsNamed = false;

    void text(const QString& where, const QString& text)
    {
        static const QRegularExpression bad(
            QStringLiteral(R"((?<![\p{L}\p{N}_])(nan|inf|infinity)(?![\p{L}\p{N}_]))"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression named(QStringLiteral(R"((?<![\p{L}\p{N}_])NaN(?![\p{L}\p{N}_]))"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        const QString checked = nanIsNamed ? QString(text).remove(named) : text;
        if (bad.match(checked).hasMatch()) problems << where + QStringLiteral(" shows \"") + text + QLatin1Char('"');
    }

    void number(const QString& where, double v)
    {
        if (!std::isfinite(v)) problems << where + QStringLiteral(" = ") + QString::number(v);
    }

    void plot(QCustomPlot& plot, const QString& name)
    {
        // A maxout map outline is drawn as one QCPCurve per region; a (NaN, NaN) point breaks it between
        // edges that do not meet (maxoutmapplot.cpp). Nothing else may hold a non-finite number.
        const bool outlineSeparatorsAllowed = qobject_cast<MaxoutMapPlot*>(&plot) != nullptr;
        nanIsNamed = qobject_cast<LensPlot*>(&plot) != nullptr;
        const std::unique_ptr<bool, void (*)(bool*)> namedOnlyHere(&nanIsNamed, [](bool* flag) { *flag = false; });
        for (int p = 0; p < plot.plottableCount(); ++p) {
            QCPAbstractPlottable* plottable = plot.plottable(p);
            const QString where = name + QStringLiteral(" plottable '") + plottable->name() + QStringLiteral("'");
            if (plottable->visible()) text(where + QStringLiteral(" name"), plottable->name());
            if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
                for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                    number(where + QStringLiteral(" key"), it->key);
                    number(where + QStringLiteral(" value at ") + QString::number(it->key), it->value);
                }
            } else if (auto* curve = qobject_cast<QCPCurve*>(plottable)) {
                for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it) {
                    if (outlineSeparatorsAllowed && std::isnan(it->key) && std::isnan(it->value)) continue;
                    number(where + QStringLiteral(" t"), it->t);
                    number(where + QStringLiteral(" key"), it->key);
                    number(where + QStringLiteral(" value"), it->value);
                }
            } else if (auto* bars = qobject_cast<QCPBars*>(plottable)) {
                for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
                    number(where + QStringLiteral(" key"), it->key);
                    number(where + QStringLiteral(" value"), it->value);
                }
            } else if (auto* map = qobject_cast<QCPColorMap*>(plottable)) {
                QCPColorMapData* cells = map->data();
                for (int x = 0; x < cells->keySize(); ++x) {
                    for (int y = 0; y < cells->valueSize(); ++y) number(where + QStringLiteral(" cell"), cells->cell(x, y));
                }
                number(where + QStringLiteral(" data range"), map->dataRange().lower);
                number(where + QStringLiteral(" data range"), map->dataRange().upper);
            }
        }
        for (QCPAxisRect* rect : plot.axisRects()) {
            for (QCPAxis* axis : rect->axes()) {
                const QString where = name + QStringLiteral(" axis '") + axis->label() + QStringLiteral("'");
                number(where + QStringLiteral(" lower"), axis->range().lower);
                number(where + QStringLiteral(" upper"), axis->range().upper);
                if (!(axis->range().lower < axis->range().upper))
                    problems << where + QStringLiteral(" range is empty");
                if (!axis->visible() || !plot.isVisible()) continue;
                text(where, axis->label());
                if (axis->tickLabels()) {
                    for (const QString& label : axis->tickVectorLabels()) text(where + QStringLiteral(" tick"), label);
                }
            }
        }
        // Pixel positions and tick labels exist once a plot is laid out on screen: a never-shown plot (a
        // view rebuilt in another tab) has no axis rect size yet.
        if (!plot.isVisible()) return;
        for (int i = 0; i < plot.itemCount(); ++i) {
            QCPAbstractItem* item = plot.item(i);
            if (!item->visible()) continue;
            const QString where = name + QStringLiteral(" item ") + QString::fromLatin1(item->metaObject()->className());
            if (auto* label = qobject_cast<QCPItemText*>(item)) text(where, label->text());
            for (QCPItemPosition* position : item->positions()) {
                number(where + QStringLiteral(" x"), position->pixelPosition().x());
                number(where + QStringLiteral(" y"), position->pixelPosition().y());
            }
        }
        for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
            if (auto* title = qobject_cast<QCPTextElement*>(element); title && title->visible())
                text(name + QStringLiteral(" text element"), title->text());
        }
    }

    void itemView(QAbstractItemView& view, const QString& where)
    {
        const QAbstractItemModel* model = view.model();
        if (!model) return;
        walk(*model, QModelIndex(), where);
    }

private:
    void walk(const QAbstractItemModel& model, const QModelIndex& parent, const QString& where)
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            for (int c = 0; c < model.columnCount(parent); ++c) {
                const QModelIndex index = model.index(r, c, parent);
                const QVariant shown = model.data(index, Qt::DisplayRole);
                const QString at = where + QStringLiteral(" [%1,%2]").arg(r).arg(c);
                if (shown.typeId() == QMetaType::Double) number(at, shown.toDouble());
                else text(at, shown.toString());
                if (c == 0 && model.hasChildren(index)) walk(model, index, at);
            }
        }
    }
};

QString nameOf(const QObject& object)
{
    const QString name = object.objectName();
    return QString::fromLatin1(object.metaObject()->className()) +
           (name.isEmpty() ? QString() : QStringLiteral(" '") + name + QLatin1Char('\''));
}

}  // namespace

QStringList screenProblems(QWidget& root)
{
    Checker check;
    // Plots of every view, shown or not: a hidden view's data is what its tab shows when opened.
    for (QCustomPlot* plot : root.findChildren<QCustomPlot*>()) check.plot(*plot, nameOf(*plot));
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisible()) continue;
        // A widget marked as showing the user's own text (a typed formula, or the parse error quoting
        // it) may show "nan" as typed: no number of ActLab's is there.
        if (widget->property("actlabUserText").toBool()) continue;
        const QString where = nameOf(*widget);
        if (auto* label = qobject_cast<QLabel*>(widget)) check.text(where, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget)) check.text(where, button->text());
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) check.text(where, spin->text());
        else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) check.itemView(*view, where);
        else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) check.text(where, combo->itemText(i));
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) check.text(where, tabs->tabText(i));
        } else if (auto* status = qobject_cast<QStatusBar*>(widget)) check.text(where, status->currentMessage());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && !qobject_cast<QAbstractSpinBox*>(edit->parent()))
            check.text(where, edit->text());
    }
    return check.problems;
}

}  // namespace actlab::stress
