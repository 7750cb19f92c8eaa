#pragma once

#include <QString>
#include <QtGlobal>

namespace actlab::stress {

/// The last actions of a stress run, for reproducing a failure: printed by the test on a failed check and,
/// through a fatal-signal handler, when the run crashes (SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL).
class ActionLog {
public:
    static constexpr int kKept = 40;

    /// Installs the crash handler; the seed is printed with the tail.
    explicit ActionLog(quint64 seed);
    ~ActionLog();
    ActionLog(const ActionLog&) = delete;
    ActionLog& operator=(const ActionLog&) = delete;

    /// Action `step` (1-based) starts: a crash from here on names it.
    void begin(int step);
    /// Records what action `step` did.
    void add(int step, const QString& action);
    /// "seed S, step N; last actions:" and up to kKept lines, oldest first.
    QString tail() const;
};

}  // namespace actlab::stress
