#include "ui/lens/lensforms.h"

#include "core/expression/actlabforms.h"
#include "core/expression/formulatext.h"
#include "core/expression/frameworkforms.h"
#include "core/expression/parser.h"
#include "ui/common/numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <variant>

namespace actlab {

namespace {

std::string_view familyOf(LensForm form)
{
    switch (form) {
    case LensForm::ActLab:
        return {};
    case LensForm::Textbook:
        return "textbook";
    case LensForm::PyTorch:
        return "PyTorch";
    case LensForm::TensorFlow:
        return "TensorFlow";
    }
    return {};
}

const expression::FrameworkForm* frameworkForm(std::string_view activationId, LensForm form)
{
    for (const expression::FrameworkForm& candidate : expression::frameworkForms(activationId)) {
        if (candidate.family == familyOf(form)) return &candidate;
    }
    return nullptr;
}

/// Whether the subtree of `a` at `i` is the subtree of `b` at `j`, node for node (numbers as typed).
bool sameTree(const expression::Expression& a, std::int32_t i, const expression::Expression& b,
              std::int32_t j)
{
    if ((i < 0) != (j < 0)) return false;
    if (i < 0) return true;
    const expression::Node& m = a.node(i);
    const expression::Node& n = b.node(j);
    if (m.kind != n.kind) return false;
    switch (m.kind) {
    case expression::NodeKind::Number:
        return a.text.substr(m.offset, m.length) == b.text.substr(n.offset, n.length);
    case expression::NodeKind::Parameter:
        return a.parameters[m.index] == b.parameters[n.index];
    case expression::NodeKind::Call:
        if (m.function != n.function) return false;
        break;
    default:
        break;
    }
    return sameTree(a, m.first, b, n.first) && sameTree(a, m.second, b, n.second) &&
           sameTree(a, m.third, b, n.third);
}

/// Turns every subtree of `e` that is all of `part` into the parameter `name`; true if any was.
bool replaceSubtrees(expression::Expression& e, const expression::Expression& part, const std::string& name)
{
    bool replaced = false;
    const auto visit = [&](auto&& self, std::int32_t i) -> void {
        if (i < 0) return;
        if (sameTree(e, i, part, part.root)) {
            if (!replaced) e.parameters.push_back(name);
            replaced = true;
            expression::Node& node = e.nodes[std::size_t(i)];
            node.kind = expression::NodeKind::Parameter;
            node.index = e.parameters.size() - 1;
            return;
        }
        const expression::Node& node = e.node(i);
        self(self, node.first);
        self(self, node.second);
        self(self, node.third);
    };
    visit(visit, e.root);
    return replaced;
}

QString typographic(QString text)
{
    text.replace(u'*', QStringLiteral("·"));
    return withTypographicMinus(text);
}

}  // namespace

std::vector<LensForm> formsOf(std::string_view activationId)
{
    if (expression::actlabForm(activationId).empty()) return {};
    std::vector<LensForm> forms{LensForm::ActLab};
    for (const LensForm form : {LensForm::Textbook, LensForm::PyTorch, LensForm::TensorFlow}) {
        if (frameworkForm(activationId, form) != nullptr) forms.push_back(form);
    }
    return forms;
}

std::optional<LensFormula> formulaOf(std::string_view activationId, LensForm form)
{
    if (form == LensForm::ActLab) {
        const std::string_view f = expression::actlabForm(activationId);
        if (f.empty()) return std::nullopt;
        return LensFormula{std::string(f), {}};
    }
    const expression::FrameworkForm* found = frameworkForm(activationId, form);
    if (found == nullptr) return std::nullopt;
    return LensFormula{std::string(found->f), std::string(found->derivative)};
}

std::string_view sourceOf(std::string_view activationId, LensForm form)
{
    if (form == LensForm::ActLab || form == LensForm::Textbook) return {};
    const expression::FrameworkForm* found = frameworkForm(activationId, form);
    return found != nullptr ? found->source : std::string_view();
}

QString formId(LensForm form)
{
    switch (form) {
    case LensForm::ActLab:
        return QStringLiteral("actlab");
    case LensForm::Textbook:
        return QStringLiteral("textbook");
    case LensForm::PyTorch:
        return QStringLiteral("pytorch");
    case LensForm::TensorFlow:
        return QStringLiteral("tensorflow");
    }
    return {};
}

std::optional<LensForm> formFromId(const QString& id)
{
    for (const LensForm form : kLensForms) {
        if (formId(form) == id) return form;
    }
    return std::nullopt;
}

QString formName(LensForm form)
{
    switch (form) {
    case LensForm::ActLab:
        return QCoreApplication::translate("actlab::LensForms", "ActLab (stable)");
    case LensForm::Textbook:
        return QCoreApplication::translate("actlab::LensForms", "Textbook");
    case LensForm::PyTorch:
        return QStringLiteral("PyTorch");
    case LensForm::TensorFlow:
        return QStringLiteral("TensorFlow");
    }
    return {};
}

QString readableFormula(const LensFormula& formula, bool derivative)
{
    auto parsedF = expression::parse(formula.f);
    const auto* f = std::get_if<expression::Expression>(&parsedF);
    if (f == nullptr) return typographic(QString::fromStdString(derivative ? formula.derivative : formula.f));
    const QString fText = typographic(QString::fromStdString(expression::formulaText(*f)));
    if (!derivative) return fText;
    if (formula.derivative.empty())
        return QCoreApplication::translate("actlab::LensForms", "dual numbers of %1").arg(fText);
    auto parsedDf = expression::parse(formula.derivative);
    auto* df = std::get_if<expression::Expression>(&parsedDf);
    if (df == nullptr) return typographic(QString::fromStdString(formula.derivative));
    // A backward pass that reads the forward output (sigmoid's, the textbook tanh's): the output is
    // written once, as y. Not for an f as short as tanh(x), which reads as well as y would.
    const bool yIsFree = std::find(df->parameters.begin(), df->parameters.end(), "y") == df->parameters.end();
    if (f->nodes.size() >= 4 && yIsFree && replaceSubtrees(*df, *f, "y"))
        return QCoreApplication::translate("actlab::LensForms", "%1, y = %2")
            .arg(typographic(QString::fromStdString(expression::formulaText(*df))), fText);
    return typographic(QString::fromStdString(expression::formulaText(*df)));
}

}  // namespace actlab
