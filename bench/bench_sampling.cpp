// Times core's sampling of f and f′ for the activations that NumPy and PyTorch also provide, and prints
// tab-separated lines that bench/peers_activations.py sets beside the peers' timings of the same work.
//
//   bench_sampling [--points N] [--warmups W] [--repeats R] [--function ID]
//       time<TAB>id<TAB>median ns/point<TAB>min ns/point      one line per function
//       probe<TAB>id<TAB>x<TAB>f(x)<TAB>f′(x)                 core's values where the peers go wrong
//   bench_sampling --profile ID [--points N] [--iterations K]
//       runs ID's evaluateBatch K times over the same x, for perf / callgrind.

#include "core/activation.h"
#include "core/sampling.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

// The functions every peer has under the same name and definition (gelu is the exact x·Φ(x) in both).
constexpr std::string_view kCompared[] = {"sigmoid", "tanh", "softplus", "gelu", "silu", "mish"};

struct Probe {
    std::string_view id;
    double x;
};

// Where the peers are inexact: σ′(40) = e⁻⁴⁰/(1+e⁻⁴⁰)² ≈ 4.25e-18 underflows to 0 through s·(1−s), and
// PyTorch's softplus returns x itself above its threshold of 20.
constexpr Probe kProbes[] = {{"sigmoid", 40.0}, {"softplus", 20.5}};

constexpr double kFrom = -10.0;
constexpr double kTo = 10.0;

struct Options {
    std::size_t points = 1'000'000;
    std::size_t warmups = 3;
    std::size_t repeats = 15;
    std::size_t iterations = 200;
    std::string only;
    std::string profile;
};

struct Buffers {
    explicit Buffers(std::size_t n) : x(n), f(n), df(n) {}
    std::vector<double> x, f, df;
};

// Keeps the results observable so no optimiser can decide the work is dead.
volatile double g_sink = 0.0;

using Clock = std::chrono::steady_clock;

double nanosecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::nano>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

bool parseCount(std::string_view text, std::size_t& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc{} && end == text.data() + text.size();
}

int usage(const char* program) {
    std::fprintf(stderr,
                 "usage: %s [--points N] [--warmups W] [--repeats R] [--function ID]\n"
                 "       %s --profile ID [--points N] [--iterations K]\n",
                 program, program);
    return 2;
}

// Returns false (after saying why) when the arguments cannot be used.
bool parseOptions(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h" || i + 1 >= argc) {
            return false;
        }
        const std::string_view value = argv[++i];
        bool ok = true;
        if (arg == "--points") {
            ok = parseCount(value, options.points) && options.points >= 2;
        } else if (arg == "--warmups") {
            ok = parseCount(value, options.warmups);
        } else if (arg == "--repeats") {
            ok = parseCount(value, options.repeats) && options.repeats >= 1;
        } else if (arg == "--iterations") {
            ok = parseCount(value, options.iterations) && options.iterations >= 1;
        } else if (arg == "--function") {
            options.only = value;
        } else if (arg == "--profile") {
            options.profile = value;
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(stderr, "bench_sampling: bad option %s %s\n", argv[i - 1], argv[i]);
            return false;
        }
    }
    return true;
}

const actlab::Activation* activationOrComplain(std::string_view id) {
    const actlab::Activation* activation = actlab::findActivation(id);
    if (activation == nullptr) {
        std::fprintf(stderr, "bench_sampling: no activation \"%.*s\"\n", static_cast<int>(id.size()),
                     id.data());
    }
    return activation;
}

// One sampleRange call per run, into buffers allocated (and touched) before the clock starts.
std::vector<double> timeSampling(const actlab::Activation& activation, const Options& options,
                                 Buffers& buffers) {
    const actlab::ParameterValues p = activation.defaults();
    std::vector<double> nsPerPoint;
    nsPerPoint.reserve(options.repeats);
    for (std::size_t run = 0; run < options.warmups + options.repeats; ++run) {
        const Clock::time_point start = Clock::now();
        const std::size_t written = actlab::sampleRange(activation, p, kFrom, kTo, options.points, false,
                                                        buffers.x, buffers.f, buffers.df);
        const double elapsed = nanosecondsSince(start);
        g_sink = g_sink + buffers.f[written / 2] + buffers.df[written / 3];
        if (run >= options.warmups) {
            nsPerPoint.push_back(elapsed / static_cast<double>(written));
        }
    }
    return nsPerPoint;
}

int runTimings(const Options& options) {
    Buffers buffers(options.points);
    std::printf("# ActLab bench_sampling: sampleRange over [%g, %g], points=%zu, insertKinks=false, "
                "warmups=%zu, repeats=%zu\n",
                kFrom, kTo, options.points, options.warmups, options.repeats);
    std::printf("# time<TAB>function<TAB>median_ns_per_point<TAB>min_ns_per_point\n");
    for (const std::string_view id : kCompared) {
        if (!options.only.empty() && id != options.only) {
            continue;
        }
        const actlab::Activation* activation = activationOrComplain(id);
        if (activation == nullptr) {
            return 1;
        }
        const std::vector<double> runs = timeSampling(*activation, options, buffers);
        std::printf("time\t%.*s\t%.4f\t%.4f\n", static_cast<int>(id.size()), id.data(), median(runs),
                    *std::min_element(runs.begin(), runs.end()));
        std::fflush(stdout);
    }
    std::printf("# probe<TAB>function<TAB>x<TAB>f(x)<TAB>f'(x)\n");
    for (const Probe& probe : kProbes) {
        const actlab::Activation* activation = activationOrComplain(probe.id);
        if (activation == nullptr) {
            return 1;
        }
        const actlab::ParameterValues p = activation->defaults();
        std::printf("probe\t%.*s\t%.17g\t%.17g\t%.17g\n", static_cast<int>(probe.id.size()), probe.id.data(),
                    probe.x, activation->value(probe.x, p), activation->derivative(probe.x, p));
    }
    return 0;
}

// The kernel alone, many times over the same x, so a profiler's samples land in evaluateBatch.
int runProfile(const Options& options) {
    const actlab::Activation* activation = activationOrComplain(options.profile);
    if (activation == nullptr) {
        return 1;
    }
    const actlab::ParameterValues p = activation->defaults();
    Buffers buffers(options.points);
    actlab::sampleRange(*activation, p, kFrom, kTo, options.points, false, buffers.x, buffers.f, buffers.df);
    const Clock::time_point start = Clock::now();
    for (std::size_t i = 0; i < options.iterations; ++i) {
        activation->evaluateBatch(buffers.x.data(), buffers.f.data(), buffers.df.data(), options.points, p);
        g_sink = g_sink + buffers.f[i % options.points];
    }
    const double elapsed = nanosecondsSince(start);
    std::printf("profile\t%s\t%zu iterations x %zu points\t%.4f ns/point (evaluateBatch only)\n",
                options.profile.c_str(), options.iterations, options.points,
                elapsed / (static_cast<double>(options.iterations) * static_cast<double>(options.points)));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parseOptions(argc, argv, options)) {
        return usage(argv[0]);
    }
    try {
        return options.profile.empty() ? runTimings(options) : runProfile(options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_sampling: %s\n", error.what());
        return 1;
    }
}
