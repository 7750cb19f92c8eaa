#pragma once

#include <iosfwd>

namespace actlab {

struct MaxoutOptions;

/// `actlab maxout`: for every x of `in`, one line: x, then per group its value, its derivative (the
/// winning unit's weight) and the winning unit's 0-based index. All of `in` is read and checked before
/// anything is written. Returns the exit status.
int runMaxout(const MaxoutOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace actlab
