#pragma once

// What the view benchmarks (bench_ui_*.cpp) share: their command line and the percentile they report.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace actlab::bench {

struct UiBenchOptions {
    int moves = 240;
    int width = 1600;
    int height = 1000;
};

/// [--moves N] [--size WxH]; anything else prints the usage and exits with status 2.
inline UiBenchOptions parseUiBenchOptions(int argc, char** argv)
{
    UiBenchOptions options;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 < argc && std::strcmp(argv[i], "--moves") == 0) {
            options.moves = std::max(1, std::atoi(argv[i + 1]));
        } else if (i + 1 < argc && std::strcmp(argv[i], "--size") == 0) {
            if (std::sscanf(argv[i + 1], "%dx%d", &options.width, &options.height) != 2) {
                std::fprintf(stderr, "--size expects WxH, e.g. 1600x1000\n");
                std::exit(2);
            }
        } else {
            std::fprintf(stderr, "usage: %s [--moves N] [--size WxH]\n", argv[0]);
            std::exit(2);
        }
    }
    return options;
}

/// The p-quantile (0 < p ≤ 1) by the nearest-rank method.
inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

}  // namespace actlab::bench
