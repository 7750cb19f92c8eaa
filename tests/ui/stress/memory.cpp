#include "stress/memory.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <map>

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

ResidentKinds residentKinds()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return {};
    ResidentKinds kinds;
    // Lines such as "RssAnon:	   23456 kB".
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2) continue;
        const qint64 bytes = fields[1].toLongLong() * 1024;
        if (fields[0] == "RssAnon:")
            kinds.anonymous = bytes;
        else if (fields[0] == "RssFile:")
            kinds.files = bytes;
        else if (fields[0] == "RssShmem:")
            kinds.shared = bytes;
    }
    return kinds;
}

std::vector<std::pair<QString, qint64>> residentByMapping()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly)) return {};
    // A mapping's first line: "start-end perms offset dev inode [path]"; its "Rss:" line follows.
    static const QRegularExpression header(QStringLiteral(R"(^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$)"));
    std::map<QString, qint64> bytes;
    QString mapping;
    // Read whole: /proc files report size 0, so QFile::atEnd() is true before the first line.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (const QRegularExpressionMatch match = header.match(line); match.hasMatch()) {
            mapping = match.captured(1).isEmpty() ? QStringLiteral("[anonymous]") : match.captured(1);
        } else if (line.startsWith(QLatin1String("Rss:"))) {
            bytes[mapping] += line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(1).toLongLong() * 1024;
        }
    }
    std::vector<std::pair<QString, qint64>> sorted(bytes.begin(), bytes.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return sorted;
}

}  // namespace actlab::stress
