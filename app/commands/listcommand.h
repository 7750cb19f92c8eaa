#pragma once

#include <iosfwd>

namespace actlab {

struct ListOptions;

/// `actlab list`: every activation with its parameters and formulas, as a text table or JSON.
int runList(const ListOptions& options, std::ostream& out);

}  // namespace actlab
