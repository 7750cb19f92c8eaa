#pragma once

#include <QtGlobal>

namespace actlab::stress {

/// Resident memory of this process in bytes, from /proc/self/statm; 0 where there is no /proc.
qint64 residentBytes();

}  // namespace actlab::stress
