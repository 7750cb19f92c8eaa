#include "ui/lens/lensnumbers.h"

#include "core/activation.h"
#include "core/expression/parser.h"
#include "ui/common/numberformat.h"

#include <QElapsedTimer>

#include <algorithm>
#include <deque>
#include <mutex>
#include <utility>

namespace actlab {

namespace {

using expression::Expression;

/// The most points the cache holds over all its lenses (about 200 bytes a point with its truth).
constexpr std::size_t kCachedPoints = 120000;

/// Lenses and references already computed, most recent last; shared by every lens view and thread.
class LensCache {
public:
    std::shared_ptr<const std::vector<expression::ReferencePoint>> truth(const std::string& key)
    {
        const std::lock_guard lock(m_mutex);
        for (auto it = m_truths.begin(); it != m_truths.end(); ++it) {
            if (it->first == key) return it->second;
        }
        return nullptr;
    }
    void storeTruth(const std::string& key,
                    std::shared_ptr<const std::vector<expression::ReferencePoint>> truth)
    {
        const std::lock_guard lock(m_mutex);
        m_truths.emplace_back(key, std::move(truth));
        trim();
    }
    std::shared_ptr<const expression::Lens> lens(const std::string& key)
    {
        const std::lock_guard lock(m_mutex);
        const auto it =
            std::find_if(m_lenses.begin(), m_lenses.end(), [&](const auto& e) { return e.first == key; });
        if (it == m_lenses.end()) return nullptr;
        auto found = std::move(*it);
        m_lenses.erase(it);
        m_lenses.push_back(std::move(found));
        return m_lenses.back().second;
    }
    void storeLens(const std::string& key, std::shared_ptr<const expression::Lens> lens)
    {
        const std::lock_guard lock(m_mutex);
        m_lenses.emplace_back(key, std::move(lens));
        trim();
    }
    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_truths.clear();
        m_lenses.clear();
    }

private:
    void trim()
    {
        const auto points = [](const auto& list) {
            std::size_t n = 0;
            for (const auto& entry : list) n += entry.second->size();
            return n;
        };
        while (m_truths.size() > 1 && points(m_truths) > kCachedPoints) m_truths.pop_front();
        std::size_t lensPoints = 0;
        for (const auto& entry : m_lenses) lensPoints += entry.second->x.size();
        while (m_lenses.size() > 1 && lensPoints > kCachedPoints) {
            lensPoints -= m_lenses.front().second->x.size();
            m_lenses.pop_front();
        }
    }

    std::mutex m_mutex;
    std::deque<std::pair<std::string, std::shared_ptr<const std::vector<expression::ReferencePoint>>>>
        m_truths;
    std::deque<std::pair<std::string, std::shared_ptr<const expression::Lens>>> m_lenses;
};

LensCache& cache()
{
    // Never destroyed: a computation still running on a pool thread when the program ends may use it.
    static auto* instance = new LensCache;
    return *instance;
}

std::string truthKey(const LensRequest& request)
{
    std::string key = request.referenceText;
    std::vector<double> numbers{request.from, request.to, double(request.points)};
    numbers.insert(numbers.end(), request.parameters.begin(), request.parameters.end());
    for (const double v : numbers) {
        key += '|';
        key += roundTripText(v).toStdString();
    }
    return key;
}

std::string formKey(const LensRequest& request, const LensRequest::Form& form)
{
    std::string key = truthKey(request);
    for (const std::string* part : {&form.text.f, &form.text.derivative}) {
        key += '#';
        key += *part;
    }
    return key;
}

std::variant<std::shared_ptr<const Expression>, QString> parsedShared(const std::string& formula)
{
    auto parsed = expression::parse(formula);
    if (auto* error = std::get_if<expression::ParseError>(&parsed))
        return QString::fromStdString(error->message);
    return std::make_shared<const Expression>(std::get<Expression>(std::move(parsed)));
}

/// Whether `e`'s parameters are the first of `names`, in order: core hands every formula of one lens
/// the same parameter values.
bool parametersAgree(const Expression& e, const std::vector<std::string>& names)
{
    return e.parameters.size() <= names.size() &&
           std::equal(e.parameters.begin(), e.parameters.end(), names.begin());
}

}  // namespace

std::string LensRequest::key() const
{
    std::string key = truthKey(*this);
    for (const Form& form : forms) {
        for (const std::string* part : {&form.text.f, &form.text.derivative}) {
            key += '#';
            key += *part;
        }
    }
    return key;
}

std::variant<LensRequest, QString> lensRequest(const LensState& state)
{
    LensRequest request;
    request.from = state.from;
    request.to = state.to;
    request.points = std::size_t(state.points);
    std::vector<std::pair<LensForm, LensFormula>> formulas;
    if (state.typed) {
        request.referenceText = state.formula;
        formulas.emplace_back(LensForm::ActLab, LensFormula{state.formula, {}});
    } else {
        const std::optional<LensFormula> reference = formulaOf(state.activationId, LensForm::ActLab);
        if (!reference)
            return QStringLiteral("lens.function: no formula for '%1'")
                .arg(QString::fromStdString(state.activationId));
        request.referenceText = reference->f;
        std::vector<LensForm> shown{state.form};
        shown.insert(shown.end(), state.overlays.begin(), state.overlays.end());
        for (const LensForm form : shown) {
            const std::optional<LensFormula> formula = formulaOf(state.activationId, form);
            if (!formula)
                return QStringLiteral("lens.form: '%1' has no %2 form")
                    .arg(QString::fromStdString(state.activationId), formId(form));
            formulas.emplace_back(form, *formula);
        }
    }

    auto reference = parsedShared(request.referenceText);
    if (auto* error = std::get_if<QString>(&reference)) return QStringLiteral("lens.formula: ") + *error;
    request.reference = std::get<std::shared_ptr<const Expression>>(std::move(reference));
    request.parameterNames = request.reference->parameters;
    const Activation* activation = state.typed ? nullptr : findActivation(state.activationId);
    for (const std::string& name : request.parameterNames) {
        double value = 1.0;  // a typed formula's free names, as on the command line
        if (activation != nullptr) {
            const int index = activation->parameterIndex(name);
            if (index < 0)
                return QStringLiteral("lens.function: '%1' has no parameter '%2'")
                    .arg(QString::fromStdString(state.activationId), QString::fromStdString(name));
            value = activation->defaults()[std::size_t(index)];
        }
        request.parameters.push_back(value);
    }

    for (auto& [form, text] : formulas) {
        LensRequest::Form entry;
        entry.form = form;
        entry.text = text;
        auto f = parsedShared(text.f);
        if (auto* error = std::get_if<QString>(&f)) return QStringLiteral("lens.formula: ") + *error;
        entry.f = std::get<std::shared_ptr<const Expression>>(std::move(f));
        if (!text.derivative.empty()) {
            auto df = parsedShared(text.derivative);
            if (auto* error = std::get_if<QString>(&df)) return QStringLiteral("lens.formula: ") + *error;
            entry.derivative = std::get<std::shared_ptr<const Expression>>(std::move(df));
        }
        // A name of f the reference lacks, or in another order, would get another name's value.
        for (const Expression* e : {entry.f.get(), entry.derivative.get()}) {
            if (e != nullptr && !parametersAgree(*e, request.parameterNames))
                return QStringLiteral("lens.form: the %1 form names its parameters unlike the reference")
                    .arg(formId(form));
        }
        request.forms.push_back(std::move(entry));
    }
    return request;
}

std::optional<LensNumbers> cachedLensNumbers(const LensRequest& request)
{
    LensNumbers numbers;
    numbers.key = request.key();
    numbers.parameterNames = request.parameterNames;
    numbers.parameters = request.parameters;
    for (const LensRequest::Form& form : request.forms) {
        std::shared_ptr<const expression::Lens> lens = cache().lens(formKey(request, form));
        if (!lens) return std::nullopt;
        numbers.series.push_back({form.form, form.text, std::move(lens)});
    }
    return numbers;
}

LensNumbers computeLensNumbers(const LensRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    LensNumbers numbers;
    numbers.key = request.key();
    numbers.parameterNames = request.parameterNames;
    numbers.parameters = request.parameters;
    const std::string truthId = truthKey(request);
    std::shared_ptr<const std::vector<expression::ReferencePoint>> truth = cache().truth(truthId);
    bool computed = false;
    for (const LensRequest::Form& form : request.forms) {
        const std::string key = formKey(request, form);
        std::shared_ptr<const expression::Lens> lens = cache().lens(key);
        if (!lens) {
            computed = true;
            auto fresh = std::make_shared<expression::Lens>(expression::computeLens(
                {form.f.get(), form.derivative.get()}, *request.reference, request.from, request.to,
                request.points, request.parameters, expression::Side::Left, truth.get()));
            if (!truth) {
                truth = std::make_shared<const std::vector<expression::ReferencePoint>>(fresh->truth);
                cache().storeTruth(truthId, truth);
            }
            lens = std::move(fresh);
            cache().storeLens(key, lens);
        }
        numbers.series.push_back({form.form, form.text, std::move(lens)});
    }
    numbers.milliseconds = computed ? double(timer.nsecsElapsed()) / 1e6 : 0.0;
    return numbers;
}

void clearLensCache()
{
    cache().clear();
}

}  // namespace actlab
