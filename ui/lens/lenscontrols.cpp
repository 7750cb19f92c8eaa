#include "ui/lens/lenscontrols.h"

#include "core/activation.h"
#include "core/expression/lens.h"
#include "ui/common/coretext.h"
#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"
#include "ui/common/numberformat.h"
#include "ui/lens/lensforms.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// The range slider's reach; the boxes take up to ±kLensMaxAbsX.
constexpr double kSliderReach = 1000.0;

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

}  // namespace

LensControls::LensControls(QWidget* parent) : QWidget(parent)
{
    // Made in the order they are shown, which is the order Tab visits them.
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(10, 10, 10, 10);
    column->addWidget(buildFunction());
    column->addWidget(buildForms());
    column->addWidget(buildRange());
    column->addWidget(buildDisplay());
    m_refusal = wrappedLabel(this, QStringLiteral("refusal"));
    column->addWidget(m_refusal);
    m_status = wrappedLabel(this, QStringLiteral("status"));
    column->addWidget(m_status);
    column->addStretch(1);
    setState(m_state);
}

QGroupBox* LensControls::buildFunction()
{
    auto* box = new QGroupBox(tr("Function"), this);
    auto* layout = new QVBoxLayout(box);
    m_function = new QComboBox(box);
    m_function->setObjectName(QStringLiteral("function"));
    m_function->setAccessibleName(tr("Function under the lens"));
    m_function->setToolTip(
        tr("A built-in activation, examined in the forms the frameworks use, or the "
           "formula typed below"));
    for (const Activation& activation : activations())
        m_function->addItem(coreText(activation.name), toQString(activation.id));
    m_function->addItem(tr("Typed formula"), QString());
    layout->addWidget(m_function);

    auto* typedLabel = new QLabel(tr("Or type f(x) and press Return:"), box);
    typedLabel->setWordWrap(true);
    layout->addWidget(typedLabel);
    m_formula = new QLineEdit(box);
    m_formula->setObjectName(QStringLiteral("formula"));
    // What the user typed, shown as typed (also "nan", which is refused), not a number of ActLab's.
    m_formula->setProperty("actlabUserText", true);
    m_formula->setAccessibleName(tr("Typed formula"));
    m_formula->setPlaceholderText(tr("f(x), e.g. log(1 + exp(x))"));
    m_formula->setToolTip(
        tr("A formula in x, evaluated exactly as written; press Return to put it under "
           "the lens. Other names are parameters, set to 1"));
    typedLabel->setBuddy(m_formula);
    layout->addWidget(m_formula);
    m_formulaError = wrappedLabel(box, QStringLiteral("formulaError"));
    m_formulaError->setWordWrap(false);                   // one line, as the parser writes it
    m_formulaError->setProperty("actlabUserText", true);  // it quotes what was typed
    layout->addWidget(m_formulaError);

    m_suggest = new QPushButton(tr("Suggest a stable form"), box);
    m_suggest->setObjectName(QStringLiteral("suggest"));
    layout->addWidget(m_suggest);
    m_rewrite = wrappedLabel(box, QStringLiteral("rewrite"));
    layout->addWidget(m_rewrite);

    connect(m_function, &QComboBox::activated, this, [this](int index) {
        LensState next = m_state;
        const QString id = m_function->itemData(index).toString();
        next.typed = id.isEmpty();
        if (!next.typed) {
            next.activationId = id.toStdString();
            // Keep the examined form and the overlays where the new activation has them.
            const std::vector<LensForm> forms = formsOf(next.activationId);
            const auto offered = [&](LensForm form) {
                return std::find(forms.begin(), forms.end(), form) != forms.end();
            };
            if (!offered(next.form)) next.form = LensForm::PyTorch;
            std::erase_if(next.overlays, [&](LensForm form) { return !offered(form) || form == next.form; });
        } else {
            next.formula = m_formula->text().toStdString();
        }
        edit(next);
    });
    connect(m_formula, &QLineEdit::returnPressed, this, &LensControls::commitFormula);
    connect(m_formula, &QLineEdit::editingFinished, this, [this] {
        // Leaving the box commits only what was changed there and not yet tried (Return also ends
        // the editing).
        const QString text = m_formula->text().trimmed();
        if (text.toStdString() != m_state.formula && text != m_tried) commitFormula();
    });
    connect(m_formula, &QLineEdit::textEdited, this, [this] { showFormulaError({}, 0); });
    connect(m_suggest, &QPushButton::clicked, this, &LensControls::suggestRequested);
    return box;
}

QGroupBox* LensControls::buildForms()
{
    m_formBox = new QGroupBox(tr("Form"), this);
    auto* layout = new QVBoxLayout(m_formBox);
    m_form = new QComboBox(m_formBox);
    m_form->setObjectName(QStringLiteral("form"));
    m_form->setAccessibleName(tr("Form examined"));
    m_form->setToolTip(
        tr("How the activation is written: ActLab's stable form, the textbook's, or what "
           "PyTorch's or TensorFlow's kernels compute, forward and backward"));
    layout->addWidget(m_form);
    auto* overlayLabel = new QLabel(tr("Overlay:"), m_formBox);
    layout->addWidget(overlayLabel);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    for (const LensForm form : kLensForms) {
        auto* check = new QCheckBox(formName(form), m_formBox);
        check->setObjectName(QStringLiteral("overlay.") + formId(form));
        check->setToolTip(
            tr("Draw the %1 form too, dashed, with its worst error in the key").arg(formName(form)));
        m_overlays[std::size_t(form)] = check;
        connect(check, &QCheckBox::toggled, this, [this, form](bool on) {
            LensState next = m_state;
            std::erase(next.overlays, form);
            if (on) next.overlays.push_back(form);
            edit(next);
        });
    }
    // Two per row: four names in the presentation font are wider than the panel.
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < m_overlays.size(); ++i)
        grid->addWidget(m_overlays[i], int(i / 2), int(i % 2));
    row->addLayout(grid);
    connect(m_form, &QComboBox::activated, this, [this](int index) {
        LensState next = m_state;
        const std::optional<LensForm> form = formFromId(m_form->itemData(index).toString());
        if (!form) return;
        next.form = *form;
        std::erase(next.overlays, *form);
        edit(next);
    });
    return m_formBox;
}

QGroupBox* LensControls::buildRange()
{
    auto* box = new QGroupBox(tr("Range"), this);
    auto* form = new QFormLayout(box);
    const auto entry = [&](const QString& label, const QString& name, const QString& description) {
        auto* e = new NumberEntry(label, box);
        e->setObjectNames(name);
        e->setDescription(description);
        e->placeInForm(form);
        return e;
    };
    m_from = entry(tr("From x"), QStringLiteral("from"), tr("the left end of the range examined"));
    m_to = entry(tr("To x"), QStringLiteral("to"), tr("the right end of the range examined"));
    for (NumberEntry* e : {m_from, m_to}) {
        e->setRange(-kSliderReach, kSliderReach, Scale::Linear, 2000);
        e->setTypedRange(-kLensMaxAbsX, kLensMaxAbsX);
    }
    m_points = entry(tr("Points"), QStringLiteral("points"),
                     tr("how many evenly spaced points of the range are examined"));
    m_points->setRange(kLensMinPoints, kLensMaxPoints, Scale::Logarithmic);
    m_points->box()->setIntegersOnly(true);

    connect(m_from, &NumberEntry::valueEdited, this, [this](double v) {
        LensState next = m_state;
        next.from = v;
        edit(next);
    });
    connect(m_to, &NumberEntry::valueEdited, this, [this](double v) {
        LensState next = m_state;
        next.to = v;
        edit(next);
    });
    connect(m_points, &NumberEntry::valueEdited, this, [this](double v) {
        LensState next = m_state;
        next.points = static_cast<int>(std::lround(v));
        edit(next);
    });
    return box;
}

QGroupBox* LensControls::buildDisplay()
{
    auto* box = new QGroupBox(tr("Show"), this);
    auto* layout = new QVBoxLayout(box);
    auto* panelRow = new QHBoxLayout;
    auto* group = new QButtonGroup(box);
    const std::array<std::pair<LensPanels, QString>, 3> panels{
        std::pair{LensPanels::Value, QStringLiteral("f")},
        std::pair{LensPanels::Derivative, QStringLiteral("f′")}, std::pair{LensPanels::Both, tr("both")}};
    for (std::size_t i = 0; i < panels.size(); ++i) {
        auto* button = new QRadioButton(panels[i].second, box);
        button->setObjectName(QStringLiteral("panels.%1").arg(i));
        button->setToolTip(i == 0   ? tr("The error of f")
                           : i == 1 ? tr("The error of f′, the backward pass")
                                    : tr("The errors of f and of f′, one panel each"));
        group->addButton(button, int(i));
        panelRow->addWidget(button);
        m_panels[i] = button;
        const LensPanels value = panels[i].first;
        connect(button, &QRadioButton::toggled, this, [this, value](bool on) {
            if (!on) return;
            LensState next = m_state;
            next.panels = value;
            edit(next);
        });
    }
    panelRow->addStretch(1);
    layout->addLayout(panelRow);
    auto* precisionRow = new QHBoxLayout;
    for (const expression::Precision precision : expression::kPrecisions) {
        const QString name = toQString(expression::precisionName(precision));
        auto* check = new QCheckBox(name, box);
        check->setObjectName(QStringLiteral("precision.") + name);
        check->setToolTip(tr("Draw the error of the formula evaluated in %1").arg(name));
        m_precisions[std::size_t(precision)] = check;
        precisionRow->addWidget(check);
        connect(check, &QCheckBox::toggled, this, [this, precision](bool on) {
            LensState next = m_state;
            next.precisions[std::size_t(precision)] = on;
            edit(next);
        });
    }
    precisionRow->addStretch(1);
    layout->addLayout(precisionRow);
    return box;
}

QRadioButton* LensControls::panelsButton(LensPanels panels) const
{
    switch (panels) {
    case LensPanels::Value:
        return m_panels[0];
    case LensPanels::Derivative:
        return m_panels[1];
    case LensPanels::Both:
        return m_panels[2];
    }
    return nullptr;
}

void LensControls::commitFormula()
{
    LensState next = m_state;
    next.typed = true;
    m_tried = m_formula->text().trimmed();
    next.formula = m_tried.toStdString();
    if (next == m_state) return;
    emit edited(next);
}

void LensControls::edit(const LensState& state)
{
    if (state == m_state) return;
    emit edited(state);
}

void LensControls::setState(const LensState& state)
{
    const bool formulaChanged = !m_synced || state.formula != m_state.formula;
    m_state = state;
    m_synced = true;
    const std::vector<LensForm> forms = formsOf(state.activationId);
    {
        const QSignalBlocker a(m_function);
        const QSignalBlocker b(m_form);
        m_function->setCurrentIndex(state.typed
                                        ? m_function->count() - 1
                                        : m_function->findData(QString::fromStdString(state.activationId)));
        if (formulaChanged) {
            m_formula->setText(QString::fromStdString(state.formula));
            showFormulaError({}, 0);
        }
        m_form->clear();
        for (const LensForm form : forms) m_form->addItem(formName(form), formId(form));
        m_form->setCurrentIndex(m_form->findData(formId(state.form)));
        for (const LensForm form : kLensForms) {
            QCheckBox* check = m_overlays[std::size_t(form)];
            const QSignalBlocker c(check);
            const bool offered = std::find(forms.begin(), forms.end(), form) != forms.end();
            check->setVisible(offered && form != state.form);
            check->setChecked(std::find(state.overlays.begin(), state.overlays.end(), form) !=
                              state.overlays.end());
        }
        for (std::size_t p = 0; p < m_precisions.size(); ++p) {
            const QSignalBlocker c(m_precisions[p]);
            m_precisions[p]->setChecked(state.precisions[p]);
        }
        for (QRadioButton* button : m_panels) {
            const QSignalBlocker c(button);
            button->setChecked(button == panelsButton(state.panels));
        }
    }
    m_formBox->setEnabled(!state.typed);
    m_from->setValue(state.from);
    m_to->setValue(state.to);
    m_points->setValue(state.points);
}

void LensControls::showFormulaError(const QString& message, int column)
{
    m_formulaError->setText(message);
    m_formulaError->setVisible(!message.isEmpty());
    m_formulaError->setToolTip(message);
    if (!message.isEmpty() && column > 0) m_formula->setCursorPosition(column - 1);
}

void LensControls::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void LensControls::setSuggestion(bool available, const QString& toolTip, const QString& note)
{
    m_suggest->setEnabled(available);
    m_suggest->setToolTip(toolTip);
    m_rewrite->setText(note);
    m_rewrite->setVisible(!note.isEmpty());
}

void LensControls::setStatus(const QString& status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

}  // namespace actlab
