#pragma once

#include <iosfwd>

namespace actlab {

struct EvalOptions;

/// `actlab eval`: f and f′ at every number of `in`, one line `x<TAB>f<TAB>df` each. All of `in` is read
/// and checked before anything is written, so bad input leaves `out` untouched. Returns the exit status.
int runEval(const EvalOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace actlab
