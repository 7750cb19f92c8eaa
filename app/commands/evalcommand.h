#pragma once

#include "commandarguments.h"
#include "commands/functionchoice.h"

#include <array>
#include <iosfwd>

namespace actlab {

struct EvalOptions {
    FunctionChoice function;
};

/// The options `actlab eval` accepts.
inline constexpr std::array kEvalOptions{OptionSpec{"--param", true, true}, OptionSpec{"--expr", true, false}};

/// Checks eval's arguments (FUNCTION and its parameters); throws UsageError at the first problem.
EvalOptions evalOptions(const CommandArguments& arguments);

/// `actlab eval`: f and f′ at every number of `in`, one line `x<TAB>f<TAB>df` each. All of `in` is read
/// and checked before anything is written, so bad input leaves `out` untouched. Returns the exit status.
int runEval(const EvalOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace actlab
