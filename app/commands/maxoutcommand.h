#pragma once

#include "commandarguments.h"
#include "core/maxout.h"

#include <array>
#include <iosfwd>

namespace actlab {

struct MaxoutOptions {
    MaxoutLayer layer;  ///< 1-input units and the group size, already checked with maxoutLayerError.
};

/// The options `actlab maxout` accepts.
inline constexpr std::array kMaxoutOptions{OptionSpec{"--units", true, false},
                                           OptionSpec{"--group-size", true, false}};

/// Checks maxout's arguments: --units W:B[,W:B...] and --group-size K make a layer core accepts.
/// Throws UsageError at the first problem.
MaxoutOptions maxoutOptions(const CommandArguments& arguments);

/// `actlab maxout`: for every x of `in`, one line: x, then per group its value, its derivative (the
/// winning unit's weight) and the winning unit's 0-based index. All of `in` is read and checked before
/// anything is written. Returns the exit status.
int runMaxout(const MaxoutOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace actlab
