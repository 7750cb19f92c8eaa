// Typed functions against issue 18's targets, with the peer (core's built-in) in the same run:
//   - f + f′ per point of a typed formula, ≤ 3× the built-in's ns/point (mish, gelu, softplus);
//   - parse + differentiate + compile of a 200-character formula, ≤ 20 ms, so typing feels live;
//   - the lens on 2,000 points in three precisions with the Arb truth cached, ≤ 100 ms.
// Medians of repeated runs, wall time beside CPU time (the machines are shared), one verdict per target.
//
//   bench_expression [--repeats R] [--points N]

#include "core/activation.h"
#include "core/expression/lens.h"
#include "core/expression/parser.h"
#include "core/expression/program.h"
#include "core/expression/symbolic.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace actlab;
using namespace actlab::expression;

namespace {

struct Timing {
    double wall;  ///< seconds
    double cpu;
};

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

template <class Work>
Timing medianOf(std::size_t repeats, Work work)
{
    work();  // warm-up
    std::vector<double> walls;
    std::vector<double> cpus;
    for (std::size_t i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuSeconds();
        work();
        cpus.push_back(cpuSeconds() - cpuStart);
        walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

Expression parsed(const std::string& formula)
{
    auto result = parse(formula);
    if (auto* error = std::get_if<ParseError>(&result)) {
        std::fprintf(stderr, "bench_expression: %s\n", error->message.c_str());
        std::exit(2);
    }
    return std::get<Expression>(std::move(result));
}

volatile double g_sink = 0;

void verdict(const char* target, bool met, const std::string& figure)
{
    std::printf("verdict\t%s\t%s\t%s\n", target, met ? "met" : "MISSED", figure.c_str());
}

}  // namespace

int main(int argc, char** argv)
{
    std::size_t repeats = 15;
    std::size_t points = 1'000'000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--repeats") == 0) repeats = std::stoul(argv[i + 1]);
        if (std::strcmp(argv[i], "--points") == 0) points = std::stoul(argv[i + 1]);
    }

    // 1. Typed f + f′ against the built-in, same points.
    std::vector<double> x(points), f(points), df(points);
    for (std::size_t i = 0; i < points; ++i) x[i] = -10 + 20 * double(i) / double(points - 1);
    const struct {
        const char* id;
        const char* formula;
        bool target;
    } rows[] = {{"mish", "x*tanh(softplus(x))", true},  {"gelu", "x*Phi(x)", true},
                {"softplus", "softplus(x)", true},       {"silu", "x*sigmoid(x)", false},
                {"sigmoid", "sigmoid(x)", false},        {"tanh", "tanh(x)", false}};
    std::printf("# f + f' over %zu points in [-10, 10], median of %zu runs\n", points, repeats);
    std::printf("# id\ttyped ns/pt (wall)\ttyped ns/pt (cpu)\tbuilt-in ns/pt (wall)\tbuilt-in ns/pt (cpu)\tratio (cpu)\n");
    for (const auto& row : rows) {
        const Activation& a = *findActivation(row.id);
        const Program program(parsed(row.formula));
        const Timing typed = medianOf(repeats, [&] {
            program.evaluateFast(x, f, df, {});
            g_sink = g_sink + f[points / 3] + df[points / 2];
        });
        const Timing builtIn = medianOf(repeats, [&] {
            a.evaluateBatch(x.data(), f.data(), df.data(), points, a.defaults());
            g_sink = g_sink + f[points / 3] + df[points / 2];
        });
        // The verdict on CPU time: on a shared machine the wall time of one of the pair may include
        // another process's slice (wall/CPU here has been 1-3x), while CPU time counts only this work.
        const double ratio = typed.cpu / builtIn.cpu;
        std::printf("%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", row.id, typed.wall * 1e9 / double(points),
                    typed.cpu * 1e9 / double(points), builtIn.wall * 1e9 / double(points),
                    builtIn.cpu * 1e9 / double(points), ratio);
        if (row.target) {
            char figure[96];
            std::snprintf(figure, sizeof figure, "typed %s %.2fx the built-in in CPU time (target <= 3x)", row.id, ratio);
            verdict("typed f+f' within 3x", ratio <= 3.0, figure);
        }
    }

    // 2. Parse + differentiate + compile of a 200-character formula.
    std::string formula = "x*tanh(softplus(a*x))/a + sin(b*x)^2/b - max(x, 0)^2*erf(x/sqrt(2))";
    while (formula.size() < 200) formula += " + log1p(x^2)*Phi(x)";
    formula.resize(200);
    while (parse(formula).index() != 0 || formula.back() == ' ' || formula.back() == '+') formula.pop_back();
    const Timing live = medianOf(repeats, [&] {
        const Expression e = parsed(formula);
        const auto symbolic = differentiate(e);
        const Program program(e);
        g_sink = g_sink + double(program.instructions().size()) + double(symbolic.index());
    });
    std::printf("# parse + differentiate + compile, %zu characters: %.2f ms wall, %.2f ms cpu\n", formula.size(),
                live.wall * 1e3, live.cpu * 1e3);
    char figure[96];
    std::snprintf(figure, sizeof figure, "%.2f ms for %zu characters (target <= 20 ms)", live.wall * 1e3, formula.size());
    verdict("typing feels live", live.wall <= 0.020, figure);

    // 3. The lens, 2,000 points, three precisions, the Arb truth cached.
    const Expression mish = parsed("x*tanh(log(1+exp(x)))");
    const Expression truthForm = parsed("x*tanh(softplus(x))");
    const double coldStart = cpuSeconds();
    const auto coldWall = std::chrono::steady_clock::now();
    const Lens first = computeLens({&mish, nullptr}, truthForm, -40, 40, 2000, {});
    std::printf("# lens, 2,000 points, Arb truth computed: %.1f ms wall, %.1f ms cpu\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - coldWall).count() * 1e3,
                (cpuSeconds() - coldStart) * 1e3);
    const Timing lens = medianOf(std::min<std::size_t>(repeats, 7), [&] {
        const Lens again = computeLens({&mish, nullptr}, truthForm, -40, 40, 2000, {}, Side::Left, &first.truth);
        g_sink = g_sink + again.worstF[0];
    });
    std::printf("# lens, 2,000 points, truth cached: %.1f ms wall, %.1f ms cpu\n", lens.wall * 1e3, lens.cpu * 1e3);
    std::snprintf(figure, sizeof figure, "%.1f ms (target <= 100 ms)", lens.wall * 1e3);
    verdict("lens with cached truth", lens.wall <= 0.100, figure);
    return 0;
}
