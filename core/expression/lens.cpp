#include "core/expression/lens.h"

#include "core/expression/bfloat16.h"
#include "core/expression/program.h"

#include <cmath>
#include <limits>
#include <memory>

namespace actlab::expression {

namespace {

double roundTo(Precision precision, double v)
{
    switch (precision) {
    case Precision::Float64: return v;
    case Precision::Float32: return static_cast<float>(v);
    case Precision::BFloat16: return static_cast<double>(BFloat16(v));  // NB: via float, see bfloat16.h
    }
    return v;
}

/// f and f′ of the subject at the points, computed in `precision`, widened to double.
void evaluateIn(Precision precision, const LensSubject& subject, std::span<const double> x, std::vector<double>& f,
                std::vector<double>& df, std::span<const double> parameters, Side side)
{
    const Program program(*subject.f);
    const std::unique_ptr<Program> derivative =
        subject.derivative != nullptr ? std::make_unique<Program>(*subject.derivative) : nullptr;
    auto run = [&]<class T>(T) {
        std::vector<T> xs(x.begin(), x.end());
        std::vector<T> fs(x.size()), dfs(x.size());
        program.evaluate<T>(xs, fs, dfs, parameters, side);
        if (derivative) {
            std::vector<T> unused(x.size());
            derivative->evaluate<T>(xs, dfs, unused, parameters, side);
        }
        f.assign(fs.size(), 0);
        df.assign(fs.size(), 0);
        for (std::size_t i = 0; i < fs.size(); ++i) {
            f[i] = static_cast<double>(fs[i]);
            df[i] = static_cast<double>(dfs[i]);
        }
    };
    switch (precision) {
    case Precision::Float64: run(double{}); break;
    case Precision::Float32: run(float{}); break;
    case Precision::BFloat16: run(BFloat16{}); break;
    }
}

LensError errorOf(Precision precision, double computed, const ReferenceNumber& truth)
{
    LensError e;
    e.computed = computed;
    if (std::isnan(computed)) e.failure = Failure::NotANumber;
    else if (std::isinf(computed)) e.failure = Failure::Overflow;
    else if (computed == 0 && truth.determined && truth.value != 0) e.failure = Failure::Underflow;
    if (!truth.determined) {
        e.ulps = std::numeric_limits<double>::quiet_NaN();
        return e;
    }
    const double t = roundTo(precision, truth.value);
    if (computed == t || (std::isnan(computed) && std::isnan(t))) return e;  // 0 ulps
    if (!std::isfinite(computed) || !std::isfinite(t)) {
        e.ulps = std::numeric_limits<double>::infinity();
        return e;
    }
    const long double difference = std::fabs(static_cast<long double>(computed) - static_cast<long double>(truth.value));
    e.ulps = static_cast<double>(difference / static_cast<long double>(ulpOf(precision, truth.value)));
    return e;
}

Failure failureAt(Precision precision, const LensSubject& subject, double x, bool derivative,
                  std::span<const double> parameters, Side side, const Expression& reference)
{
    std::vector<double> f;
    std::vector<double> df;
    evaluateIn(precision, subject, std::span(&x, 1), f, df, parameters, side);
    const double computed = derivative ? df[0] : f[0];
    if (std::isnan(computed)) return Failure::NotANumber;
    if (std::isinf(computed)) return Failure::Overflow;
    if (computed == 0) {
        const ReferencePoint truth = referenceAt(reference, x, parameters, side, 1024);
        const ReferenceNumber& t = derivative ? truth.df : truth.f;
        if (t.determined && t.value != 0) return Failure::Underflow;
    }
    return Failure::None;
}

/// Bisects (a, b), where the failure is `at` on neither or one side, to the neighbouring doubles.
double boundary(Precision precision, const LensSubject& subject, double a, double b, bool derivative, Failure kind,
                std::span<const double> parameters, Side side, const Expression& reference)
{
    const bool failsAtA = failureAt(precision, subject, a, derivative, parameters, side, reference) == kind;
    for (int i = 0; i < 200; ++i) {
        const double middle = a + (b - a) / 2;
        if (middle == a || middle == b) break;
        if ((failureAt(precision, subject, middle, derivative, parameters, side, reference) == kind) == failsAtA) a = middle;
        else b = middle;
    }
    return b;
}

}  // namespace

std::string_view precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Float64: return "float64";
    case Precision::Float32: return "float32";
    case Precision::BFloat16: return "bfloat16";
    }
    return {};
}

double ulpOf(Precision precision, double v)
{
    const int mantissaBits = precision == Precision::Float64 ? 53 : precision == Precision::Float32 ? 24 : 8;
    const int minExponent = precision == Precision::Float64 ? -1021 : -125;  // of the normal range, frexp's
    int exponent = 0;
    std::frexp(std::fabs(v), &exponent);
    if (v == 0 || exponent < minExponent) exponent = minExponent;
    return std::ldexp(1.0, exponent - mantissaBits);
}

Lens computeLens(const LensSubject& subject, const Expression& reference, double from, double to, std::size_t points,
                 std::span<const double> parameters, Side side, const std::vector<ReferencePoint>* truth)
{
    Lens lens;
    points = std::max<std::size_t>(points, 2);
    for (std::size_t i = 0; i < points; ++i)
        lens.x.push_back(i + 1 == points ? to : from + (to - from) * double(i) / double(points - 1));
    if (truth != nullptr && truth->size() == points) {
        lens.truth = *truth;
    } else {
        lens.truth.reserve(points);
        for (const double x : lens.x) lens.truth.push_back(referenceAt(reference, x, parameters, side));
    }
    for (const Precision precision : kPrecisions) {
        const std::size_t p = std::size_t(precision);
        std::vector<double> f;
        std::vector<double> df;
        evaluateIn(precision, subject, lens.x, f, df, parameters, side);
        for (std::size_t i = 0; i < points; ++i) {
            lens.f[p].push_back(errorOf(precision, f[i], lens.truth[i].f));
            lens.df[p].push_back(errorOf(precision, df[i], lens.truth[i].df));
            if (lens.truth[i].f.determined && std::isfinite(lens.f[p].back().ulps))
                lens.worstF[p] = std::max(lens.worstF[p], lens.f[p].back().ulps);
            if (lens.truth[i].df.determined && std::isfinite(lens.df[p].back().ulps))
                lens.worstDf[p] = std::max(lens.worstDf[p], lens.df[p].back().ulps);
        }
        // A threshold wherever a failure starts or stops between neighbouring points.
        for (const bool derivative : {false, true}) {
            const auto& errors = derivative ? lens.df[p] : lens.f[p];
            for (std::size_t i = 1; i < points; ++i) {
                const Failure before = errors[i - 1].failure;
                const Failure after = errors[i].failure;
                if (before == after) continue;
                for (const auto& [kind, entering] : {std::pair{after, true}, std::pair{before, false}}) {
                    if (kind == Failure::None) continue;
                    const double x = boundary(precision, subject, lens.x[i - 1], lens.x[i], derivative, kind,
                                              parameters, side, reference);
                    lens.thresholds.push_back({precision, derivative, kind, x, entering});
                }
            }
        }
    }
    return lens;
}

}  // namespace actlab::expression
