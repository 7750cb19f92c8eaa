#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace actlab::stress {

/// Resident memory of this process in bytes, from /proc/self/statm; 0 where there is no /proc.
qint64 residentBytes();

/// Resident bytes per mapping ("[heap]", "[anonymous]", a library or font file), largest first, from
/// /proc/self/smaps: to see whether growth is heap, other anonymous memory or mapped files.
std::vector<std::pair<QString, qint64>> residentByMapping();

}  // namespace actlab::stress
