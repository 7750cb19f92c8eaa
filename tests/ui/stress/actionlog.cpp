#include "stress/actionlog.h"

#include <array>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace actlab::stress {

namespace {

// Plain buffers, so the signal handler reads them without allocating.
constexpr std::size_t kLineBytes = 240;
std::array<std::array<char, kLineBytes>, ActionLog::kKept> g_lines{};
int g_count = 0;
int g_step = 0;
char g_header[96] = {};

constexpr std::array<int, 5> kSignals{SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL};
std::array<struct sigaction, kSignals.size()> g_previous{};

void writeAll(const char* text) { (void)!::write(STDERR_FILENO, text, std::strlen(text)); }

void writeTail()
{
    writeAll(g_header);
    const int first = g_count > ActionLog::kKept ? g_count - ActionLog::kKept : 0;
    for (int i = first; i < g_count; ++i) {
        writeAll(g_lines[std::size_t(i % ActionLog::kKept)].data());
        writeAll("\n");
    }
}

void onFatalSignal(int signal)
{
    writeAll("\nstress: FATAL SIGNAL during the GUI stress run\n");
    char step[64];
    std::snprintf(step, sizeof step, "stress: crashed in step %d\n", g_step);
    writeAll(step);
    writeTail();
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        if (kSignals[i] != signal) continue;
        sigaction(signal, &g_previous[i], nullptr);  // QTest's handler (stack trace) or the default
    }
    raise(signal);
}

}  // namespace

ActionLog::ActionLog(quint64 seed)
{
    g_count = 0;
    std::snprintf(g_header, sizeof g_header, "stress: seed %llu; the last actions, oldest first:\n",
                  static_cast<unsigned long long>(seed));
    struct sigaction action {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &action, &g_previous[i]);
}

ActionLog::~ActionLog()
{
    for (std::size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &g_previous[i], nullptr);
}

void ActionLog::begin(int step) { g_step = step; }

void ActionLog::add(int step, const QString& action)
{
    const QByteArray line = QStringLiteral("  #%1 %2").arg(step).arg(action).toUtf8();
    auto& slot = g_lines[std::size_t(g_count % kKept)];
    std::snprintf(slot.data(), slot.size(), "%s", line.constData());
    ++g_count;
}

QString ActionLog::tail() const
{
    QString text = QString::fromUtf8(g_header);
    const int first = g_count > kKept ? g_count - kKept : 0;
    for (int i = first; i < g_count; ++i)
        text += QString::fromUtf8(g_lines[std::size_t(i % kKept)].data()) + QLatin1Char('\n');
    return text;
}

}  // namespace actlab::stress
