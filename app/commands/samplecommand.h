#pragma once

#include "commandarguments.h"
#include "commands/functionchoice.h"

#include <array>
#include <cstddef>
#include <iosfwd>

namespace actlab {

enum class TableFormat { Tsv, Csv, Json };

struct SampleOptions {
    FunctionChoice function;
    double from = 0.0;
    double to = 0.0;
    std::size_t points = 0;
    TableFormat format = TableFormat::Tsv;
    bool withKinks = false;
};

/// Most samples `actlab sample` writes: three arrays of this many doubles stay well inside memory.
inline constexpr std::size_t kMaxSamplePoints = 10'000'000;

/// The options `actlab sample` accepts.
inline constexpr std::array kSampleOptions{
    OptionSpec{"--from", true, false},   OptionSpec{"--to", true, false},
    OptionSpec{"--points", true, false}, OptionSpec{"--param", true, true},
    OptionSpec{"--format", true, false}, OptionSpec{"--with-kinks", false, false},
    OptionSpec{"--expr", true, false},
};

/// Checks sample's arguments: the function, a finite range with A < B, 2 to kMaxSamplePoints points, a
/// known format. Throws UsageError at the first problem.
SampleOptions sampleOptions(const CommandArguments& arguments);

/// `actlab sample`: a header `x f df`, then the rows of core's sampleRange, as TSV, CSV or JSON.
int runSample(const SampleOptions& options, std::ostream& out);

}  // namespace actlab
