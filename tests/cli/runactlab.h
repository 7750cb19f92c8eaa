#pragma once

// Runs the built `actlab` binary (ACTLAB_BINARY) as a user would: what the command-line tests share.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace actlab::testing {

struct Result {
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every run happens without a display: the headless commands must not need one.
inline Result runActlab(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACTLAB_BINARY), arguments);
    Result result;
    if (!process.waitForStarted()) {
        result.err = "could not start " ACTLAB_BINARY;
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

inline QString message(const char* what, const QByteArray& detail)
{
    return QString::fromUtf8(what) + QStringLiteral(": ") + QString::fromUtf8(detail);
}

}  // namespace actlab::testing
