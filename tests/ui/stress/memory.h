#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace actlab::stress {

/// Resident memory of this process in bytes, from /proc/self/statm; 0 where there is no /proc.
qint64 residentBytes();

/// Resident memory by kind, in bytes, from /proc/self/status; zeros where there is no /proc.
struct ResidentKinds {
    qint64 anonymous = 0;  ///< the heap and other private memory: what a leak grows
    qint64 files = 0;      ///< pages of mapped files (libraries, fonts), which the kernel may drop
    qint64 shared = 0;     ///< shared memory (the window's image under X11)
};
ResidentKinds residentKinds();

/// Resident bytes per mapping ("[heap]", "[anonymous]", a library or font file), largest first, from
/// /proc/self/smaps: to see whether growth is heap, other anonymous memory or mapped files.
std::vector<std::pair<QString, qint64>> residentByMapping();

}  // namespace actlab::stress
