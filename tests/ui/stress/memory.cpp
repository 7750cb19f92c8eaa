#include "stress/memory.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace actlab::stress {

qint64 residentBytes()
{
    // statm: size resident shared text lib data dt, in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    if (fields.size() < 2) return 0;
    return fields[1].toLongLong() * qint64(sysconf(_SC_PAGESIZE));
}

}  // namespace actlab::stress
