#pragma once

#include "commandarguments.h"

#include <array>
#include <iosfwd>

namespace actlab {

struct SoftmaxOptions {
    double temperature = 1.0;
    bool jacobian = false;
};

/// The options `actlab softmax` accepts.
inline constexpr std::array kSoftmaxOptions{OptionSpec{"--temperature", true, false},
                                            OptionSpec{"--jacobian", false, false}};

/// Checks softmax's arguments (a positive, finite temperature); throws UsageError at the first problem.
SoftmaxOptions softmaxOptions(const CommandArguments& arguments);

/// `actlab softmax`: for each non-empty line of `in` (one logit vector), its probabilities on one line,
/// then with --jacobian the Jacobian's rows, then an empty line. All of `in` is read and checked
/// before anything is written. Returns the exit status.
int runSoftmax(const SoftmaxOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace actlab
