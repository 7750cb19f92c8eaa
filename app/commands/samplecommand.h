#pragma once

#include <iosfwd>

namespace actlab {

struct SampleOptions;

/// `actlab sample`: a header `x f df`, then the rows of core's sampleRange, as TSV, CSV or JSON.
int runSample(const SampleOptions& options, std::ostream& out);

}  // namespace actlab
