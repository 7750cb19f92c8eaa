#pragma once

#include "commandarguments.h"

#include <array>
#include <iosfwd>

namespace actlab {

struct ListOptions {
    bool json = false;
};

/// The options `actlab list` accepts.
inline constexpr std::array kListOptions{OptionSpec{"--json", false, false}};

/// Checks list's arguments (it takes no words); throws UsageError at the first problem.
ListOptions listOptions(const CommandArguments& arguments);

/// `actlab list`: every activation with its parameters and formulas, as a text table or JSON.
int runList(const ListOptions& options, std::ostream& out);

}  // namespace actlab
