#pragma once

#include <iosfwd>

namespace actlab {

struct SoftmaxOptions;

/// `actlab softmax`: for each non-empty line of `in` (one logit vector), its probabilities on one line,
/// then with --jacobian the Jacobian's rows, then an empty line. All of `in` is read and checked
/// before anything is written. Returns the exit status.
int runSoftmax(const SoftmaxOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace actlab
