#include "ui/curves/functionlist.h"

#include "ui/common/coretext.h"
#include "ui/common/numberformat.h"

#include "core/activation.h"
#include "core/expression/typedactivation.h"
#include "ui/common/formulaentry.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace actlab::curves {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString familyName(Family family)
{
    switch (family) {
        case Family::Classic:
            return FunctionList::tr("The classic four");
        case Family::Rectifier:
            return FunctionList::tr("Rectifier family");
        case Family::Smooth:
            return FunctionList::tr("Smooth modern");
        case Family::Hard:
            return FunctionList::tr("Hard variants");
    }
    return {};
}

/// An unchecked item for `activation` in `group`, its formulas as the tooltip.
void addItem(QTreeWidgetItem* group, const Activation& activation)
{
    auto* item = new QTreeWidgetItem(group, {activationText(activation, activation.name)});
    item->setData(0, kIdRole, toQString(activation.id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    item->setToolTip(0, activationText(activation, activation.formula) + u'\n' +
                            activationText(activation, activation.derivativeFormula));
}

}  // namespace

FunctionList::FunctionList(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_typed(nullptr), m_entry(new FormulaEntry(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_entry);
    connect(m_entry, &FormulaEntry::formulaEntered, this, &FunctionList::formulaEntered);
    m_tree->setObjectName(QStringLiteral("functions"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Functions"));
    m_tree->setToolTip(tr("Check functions to draw them; select one to read its formula."));

    constexpr std::array families{Family::Classic, Family::Rectifier, Family::Smooth, Family::Hard};
    for (const Family family : families) {
        auto* group = new QTreeWidgetItem(m_tree, {familyName(family)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const Activation& activation : activations()) {
            if (activation.family != family) continue;
            addItem(group, activation);
        }
    }
    m_typed = new QTreeWidgetItem(m_tree, {tr("Your functions")});
    m_typed->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_typed->font(0);
    bold.setBold(true);
    m_typed->setFont(0, bold);
    m_typed->setHidden(true);
    m_tree->expandAll();

    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int) {
        const QString id = item->data(0, kIdRole).toString();
        if (m_syncing || id.isEmpty()) return;
        emit checkToggled(id, item->checkState(0) == Qt::Checked);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item != nullptr ? item->data(0, kIdRole).toString() : QString();
        if (m_syncing || id.isEmpty()) return;
        emit selected(id);
    });
}

QTreeWidgetItem* FunctionList::itemOf(const QString& activationId) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kIdRole).toString() == activationId) return group->child(i);
        }
    }
    return nullptr;
}

void FunctionList::syncTyped(const CurvesState& state)
{
    // Items are only ever added: a formula unchecked stays listed to be checked again, and no item is
    // deleted while its own check box is being toggled (sync runs inside that signal).
    std::vector<std::string> ids = state.activationIds;
    ids.push_back(state.selectedId);
    for (const std::string& id : ids) {
        if (!isTypedId(id) || itemOf(QString::fromStdString(id)) != nullptr) continue;
        const Activation* activation = findAnyActivation(id);
        if (activation == nullptr) continue;
        addItem(m_typed, *activation);
        m_typed->setExpanded(true);
    }
    m_typed->setHidden(m_typed->childCount() == 0);
}

void FunctionList::sync(const CurvesState& state)
{
    m_syncing = true;
    syncTyped(state);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const std::string id = item->data(0, kIdRole).toString().toStdString();
            const bool checked = std::find(state.activationIds.begin(), state.activationIds.end(), id) !=
                                 state.activationIds.end();
            const Qt::CheckState wanted = checked ? Qt::Checked : Qt::Unchecked;
            if (item->checkState(0) != wanted) item->setCheckState(0, wanted);
        }
    }
    QTreeWidgetItem* current = itemOf(QString::fromStdString(state.selectedId));
    if (current != nullptr && m_tree->currentItem() != current) m_tree->setCurrentItem(current);
    m_syncing = false;
}

}  // namespace actlab::curves
