// Every activation's f and f′ against tables computed with mpmath at 60 digits and rounded once to double
// (scripts/make_reference.py): the accuracy promise of core/activation.h, checked row by row.

#include "core/activation.h"

#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include "tests/common/exactcompare.h"

#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The bar of activation.h: relative 1e-14, absolute 1e-300 below that magnitude.
constexpr double kRelativeBar = 1e-14;
constexpr double kTinyMagnitude = 1e-300;
// f′ of the smooth gates crosses zero (and has its minimum) in [−3, 0] of their scaled argument (βx for
// swish), where it is a difference of terms of order one; there the bar also allows an absolute 1e-16.
constexpr double kNearZeroAbsolute = 1e-16;
constexpr double kNearZeroRange = 3.0;
constexpr qsizetype kMaxReportedRows = 40;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool hasNearZeroAllowance(const QString& id)
{
    return id == u"silu" || id == u"swish" || id == u"gelu" || id == u"gelu_tanh" || id == u"mish";
}

struct ReferenceRow {
    double x = 0;
    double f = 0;
    double df = 0;
    QString kind;  // grid, kink (f′ is the left derivative), limit (x = ±inf) or nan
};

struct ParameterSet {
    QString text;  // as written in the table: "-" or "beta=0.37" or "min_val=-2.5,max_val=0.75"
    actlab::ParameterValues values{};
    std::vector<ReferenceRow> rows;
};

struct ReferenceTable {
    QString problem;  // why the table cannot be used; empty when it can
    std::vector<ParameterSet> sets;
};

/// The worst error seen, and where.
struct Worst {
    double error = 0;
    double x = kNaN;
    QString params;

    void note(double candidate, double at, const QString& where)
    {
        if (candidate > error) {
            error = candidate;
            x = at;
            params = where;
        }
    }
};

struct FunctionSummary {
    Worst f;           ///< relative error of f
    Worst df;          ///< relative error of f′ where the relative bar applies
    Worst dfNearZero;  ///< absolute error of f′ where the near-zero allowance applies
    qsizetype rows = 0;
    qsizetype failures = 0;
};

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QString describe(const Worst& worst, bool withParams)
{
    if (!(worst.error > 0)) return u"0 (every row exact)"_s;
    QString text = u"%1 at x = %2"_s.arg(QString::number(worst.error, 'g', 3), number(worst.x));
    if (withParams) text += u" (%1)"_s.arg(worst.params);
    return text;
}

std::optional<double> parseDouble(QByteArrayView text)
{
    double v = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    // from_chars: locale-free, correctly rounded, and reads "inf", "-inf" and "nan".
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return v;
}

QString tablePath(const QString& id)
{
    return QStringLiteral(ACTLAB_REFERENCE_DIR "/") + id + u".tsv"_s;
}

QString activationId(const actlab::Activation& activation)
{
    return QString::fromUtf8(activation.id.data(), static_cast<qsizetype>(activation.id.size()));
}

/// Reads "-" or "name=value,name=value" into values; returns why it cannot, or an empty string.
QString parseParameters(const actlab::Activation& activation, const QString& text,
                        actlab::ParameterValues& values)
{
    values = activation.defaults();
    const auto expected = static_cast<qsizetype>(activation.parameters.size());
    if (text == u"-") {
        return expected == 0 ? QString() : u"parameters '-', but the activation takes %1"_s.arg(expected);
    }
    const QStringList pairs = text.split(u',');
    if (pairs.size() != expected) {
        return u"parameters '%1' name %2 values, the activation takes %3"_s.arg(text)
            .arg(pairs.size())
            .arg(expected);
    }
    std::vector<bool> seen(activation.parameters.size(), false);
    for (const QString& pair : pairs) {
        const QStringList nameValue = pair.split(u'=');
        const int index = nameValue.size() == 2 ? activation.parameterIndex(nameValue[0].toStdString()) : -1;
        const std::optional<double> v =
            nameValue.size() == 2 ? parseDouble(nameValue[1].toLatin1()) : std::optional<double>();
        if (index < 0 || !v || seen[static_cast<std::size_t>(index)]) {
            return u"parameters '%1': '%2' is not a parameter of the activation"_s.arg(text, pair);
        }
        seen[static_cast<std::size_t>(index)] = true;
        values[static_cast<std::size_t>(index)] = *v;
    }
    const std::string outside = actlab::parameterError(activation, values);
    if (!outside.empty()) return u"parameters '%1': %2"_s.arg(text, QString::fromStdString(outside));
    return {};
}

ReferenceTable readTable(const actlab::Activation& activation, const QString& path)
{
    ReferenceTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.problem = u"no reference table %1 (make it with scripts/make_reference.py)"_s.arg(path);
        return table;
    }
    QMap<QString, std::size_t> setIndex;
    int lineNumber = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        if (line.endsWith('\n')) line.chop(1);
        if (line.isEmpty() || line.startsWith('#')) continue;
        const QList<QByteArray> fields = line.split('\t');
        const auto fail = [&](const QString& why) {
            table.problem = u"%1:%2: %3"_s.arg(path).arg(lineNumber).arg(why);
            table.sets.clear();
            return table;
        };
        if (fields.size() != 5)
            return fail(u"expected 5 tab-separated fields, found %1"_s.arg(fields.size()));
        const std::optional<double> x = parseDouble(fields[1]);
        const std::optional<double> f = parseDouble(fields[2]);
        const std::optional<double> df = parseDouble(fields[3]);
        if (!x || !f || !df) return fail(u"unreadable number"_s);

        const QString params = QString::fromLatin1(fields[0]);
        auto found = setIndex.constFind(params);
        if (found == setIndex.constEnd()) {
            ParameterSet set;
            set.text = params;
            const QString why = parseParameters(activation, params, set.values);
            if (!why.isEmpty()) return fail(why);
            found = setIndex.insert(params, table.sets.size());
            table.sets.push_back(std::move(set));
        }
        table.sets[*found].rows.push_back({*x, *f, *df, QString::fromLatin1(fields[4])});
    }
    if (table.sets.empty()) table.problem = u"%1 holds no rows"_s.arg(path);
    return table;
}


struct Verdict {
    bool pass = false;
    double error = kNaN;    // |got − exact| when both are finite
    double allowed = kNaN;  // the bar for this row
};

Verdict judge(double got, double exact, bool nearZeroAllowance)
{
    if (std::isnan(exact)) return {std::isnan(got)};
    if (std::isinf(exact)) return {got == exact};
    if (!std::isfinite(got)) return {false};
    const double magnitude = std::abs(exact);
    double allowed = magnitude < kTinyMagnitude ? kTinyMagnitude : kRelativeBar * magnitude;
    if (nearZeroAllowance) allowed = kRelativeBar * magnitude + kNearZeroAbsolute;
    const double error = std::abs(got - exact);
    return {error <= allowed, error, allowed};
}

}  // namespace

class TestReference : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void cleanupTestCase();

private:
    QMap<QString, ReferenceTable> m_tables;  // by activation id
    QMap<QString, FunctionSummary> m_summaries;
};

void TestReference::initTestCase()
{
#ifdef ACTLAB_REQUIRED_CPU
    // This executable links core pinned to one x86-64 level; a processor without it cannot run the kernels.
    if (!__builtin_cpu_supports(ACTLAB_REQUIRED_CPU)) QSKIP("this processor cannot run " ACTLAB_REQUIRED_CPU);
    qInfo("kernels pinned to %s", ACTLAB_REQUIRED_CPU);
#endif
    for (const actlab::Activation& activation : actlab::activations()) {
        const QString id = activationId(activation);
        m_tables.insert(id, readTable(activation, tablePath(id)));
    }
}

void TestReference::matchesReference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("set");  // index into the table's parameter sets; −1: the table is unusable

    // Rows come from the registry, so an activation added to core without a table fails here.
    for (const actlab::Activation& activation : actlab::activations()) {
        const QString id = activationId(activation);
        const ReferenceTable& table = m_tables[id];
        if (!table.problem.isEmpty()) {
            const char* what = QFile::exists(tablePath(id)) ? "table readable" : "table exists";
            QTest::addRow("%s: %s", qPrintable(id), what) << id << -1;
            continue;
        }
        for (std::size_t i = 0; i < table.sets.size(); ++i) {
            QTest::addRow("%s %s", qPrintable(id), qPrintable(table.sets[i].text))
                << id << static_cast<int>(i);
        }
    }
}

void TestReference::matchesReference()
{
    QFETCH(QString, id);
    QFETCH(int, set);
    const ReferenceTable& table = m_tables[id];
    if (set < 0) QFAIL(qPrintable(table.problem));
    const actlab::Activation* activation = actlab::findActivation(id.toStdString());
    QVERIFY(activation);
    const ParameterSet& parameters = table.sets[static_cast<std::size_t>(set)];
    const std::vector<ReferenceRow>& rows = parameters.rows;
    const actlab::ParameterValues& p = parameters.values;

    // The whole table in one batch, as the plots ask for it.
    const std::size_t n = rows.size();
    std::vector<double> xs(n);
    std::vector<double> batchF(n, kNaN);
    std::vector<double> batchDf(n, kNaN);
    for (std::size_t i = 0; i < n; ++i) xs[i] = rows[i].x;
    activation->evaluateBatch(xs.data(), batchF.data(), batchDf.data(), n, p);

    FunctionSummary& summary = m_summaries[id];
    Worst worstF;
    Worst worstDf;
    Worst worstDfNearZero;
    QStringList failures;
    qsizetype failureCount = 0;
    const auto report = [&](const QString& line) {
        ++failureCount;
        if (failures.size() < kMaxReportedRows) failures << line;
    };

    for (std::size_t i = 0; i < n; ++i) {
        const ReferenceRow& row = rows[i];
        const double f = activation->value(row.x, p);
        const double df = activation->derivative(row.x, p);
        if (!actlab::testing::sameDouble(f, batchF[i]) || !actlab::testing::sameDouble(df, batchDf[i])) {
            report(u"x = %1 [%2]: value/derivative give %3, %4 but evaluateBatch gives %5, %6"_s.arg(
                number(row.x), row.kind, number(f), number(df), number(batchF[i]), number(batchDf[i])));
        }

        const double gateArgument = id == u"swish" ? p[0] * row.x : row.x;
        const bool nearZero = hasNearZeroAllowance(id) && std::abs(gateArgument) <= kNearZeroRange;
        const struct {
            const char* name;
            double got;
            double exact;
            bool allowance;
            Worst* worst;
        } checks[] = {
            {"f", f, row.f, false, &worstF},
            {"f′", df, row.df, nearZero, nearZero ? &worstDfNearZero : &worstDf},
        };
        for (const auto& check : checks) {
            const Verdict verdict = judge(check.got, check.exact, check.allowance);
            const double magnitude = std::abs(check.exact);
            const double relative = magnitude > 0 ? verdict.error / magnitude : verdict.error;
            if (!verdict.pass) {
                report(u"x = %1 [%2]: %3 got %4, exact %5, error %6 (relative %7), allowed %8"_s.arg(
                    number(row.x), row.kind, QString::fromUtf8(check.name), number(check.got),
                    number(check.exact), QString::number(verdict.error, 'g', 3),
                    QString::number(relative, 'g', 3), QString::number(verdict.allowed, 'g', 3)));
            }
            if (std::isfinite(verdict.error)) {
                if (check.allowance) {
                    check.worst->note(verdict.error, row.x, parameters.text);
                } else if (magnitude >= kTinyMagnitude) {
                    check.worst->note(relative, row.x, parameters.text);
                }
            }
        }
    }

    QString line = u"%1 %2: %3 rows; worst relative error f %4, f′ %5"_s.arg(
        id, parameters.text, QString::number(n), describe(worstF, false), describe(worstDf, false));
    if (hasNearZeroAllowance(id)) {
        line += u"; |x| ≤ 3: worst absolute error f′ %1"_s.arg(describe(worstDfNearZero, false));
    }
    qInfo().noquote() << line;

    summary.f.note(worstF.error, worstF.x, parameters.text);
    summary.df.note(worstDf.error, worstDf.x, parameters.text);
    summary.dfNearZero.note(worstDfNearZero.error, worstDfNearZero.x, parameters.text);
    summary.rows += static_cast<qsizetype>(n);
    summary.failures += failureCount;

    if (failureCount > 0) {
        QString message =
            u"%1 %2: %3 of %4 rows outside the bar\n  "_s.arg(id, parameters.text).arg(failureCount).arg(n);
        message += failures.join(u"\n  "_s);
        if (failureCount > failures.size()) {
            message += u"\n  … and %1 more"_s.arg(failureCount - failures.size());
        }
        QFAIL(qPrintable(message));
    }
}

void TestReference::cleanupTestCase()
{
    // One line per function for the record: the worst error over all its parameter sets.
    for (const actlab::Activation& activation : actlab::activations()) {
        const QString id = activationId(activation);
        const auto found = m_summaries.constFind(id);
        if (found == m_summaries.constEnd()) continue;
        const FunctionSummary& s = *found;
        QString line = u"summary %1: %2 rows, %3 failing; worst relative error f %4, f′ %5"_s.arg(id)
                           .arg(s.rows)
                           .arg(s.failures)
                           .arg(describe(s.f, true), describe(s.df, true));
        if (hasNearZeroAllowance(id)) {
            line += u"; |x| ≤ 3: worst absolute error f′ %1"_s.arg(describe(s.dfNearZero, true));
        }
        qInfo().noquote() << line;
    }
}

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
