// Slider moved → replot finished, for the curves view: the real CurvesView in a 1600×1000 window with four
// functions checked (sigmoid, tanh, relu, softplus: eight curves, every highlight that applies), driven
// through its real sliders. Each step is timed from QSlider::setValue to the end of the plot's next paint
// (the event loop runs until the plot has painted and returned), so state update, core sampling and
// analysis, QCustomPlot's drawing and the widget paint are all inside the clock.
//
//   bench_ui_replot [--steps 200] [--warmup 20] [--only beta-drag|beta-step|probe|range|reference]
//                   [--scene '{"functions": ["softplus"], ...}']
//
// Prints p50, p95, max per scenario. bench/replot.sh builds it and runs it offscreen.

#include "ui/common/qcustomplot_include.h"
#include "ui/curves/curvesview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSlider>
#include <QWindow>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

/// Counts the plot's paint events, to wait for the frame a step caused.
class PaintCounter : public QObject {
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) ++paints;
        return false;
    }
};

struct Stats {
    double p50;
    double p95;
    double max;
};

Stats statsOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[static_cast<std::size_t>(std::ceil(q * static_cast<double>(ms.size()))) - 1];
    };
    return {at(0.5), at(0.95), ms.back()};
}

/// CPU time of the whole process (every thread), in milliseconds.
double cpuMilliseconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Frames {
    std::vector<double> wall;  ///< What the user waits, in ms.
    std::vector<double>
        cpu;  ///< CPU time the frame took, in ms: what it costs when no other process competes.
};

/// Runs `step` and the event loop until the plot has painted once more, and records the frame's times.
void timeFrame(PaintCounter& counter, const std::function<void()>& step, Frames* frames)
{
    QElapsedTimer clock;
    const int before = counter.paints;
    const double cpu = cpuMilliseconds();
    clock.start();
    step();
    while (counter.paints == before && clock.elapsed() < 2000)
        QApplication::processEvents(QEventLoop::AllEvents);
    // processEvents returned: the paint that was counted has finished.
    const double wall = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    if (counter.paints == before) std::fprintf(stderr, "warning: a step painted nothing within 2 s\n");
    if (frames != nullptr) {
        frames->wall.push_back(wall);
        frames->cpu.push_back(cpuMilliseconds() - cpu);
    }
}

void report(const char* name, const Frames& frames)
{
    const Stats w = statsOf(frames.wall);
    const Stats c = statsOf(frames.cpu);
    // Padded as characters, not bytes: "β" is two bytes.
    const QString padded = QString::fromUtf8(name).leftJustified(52);
    std::printf("| %s | %5zu | %7.2f | %7.2f | %7.2f | %7.2f | %7.2f |\n", qPrintable(padded),
                frames.wall.size(), w.p50, w.p95, w.max, c.p50, c.p95);
}

/// Positions of a slider going back and forth over the middle of its range, so every step changes it.
int triangle(int i, int low, int high)
{
    const int span = high - low;
    const int phase = i % (2 * span);
    return phase < span ? low + phase : high - (phase - span);
}

}  // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    int steps = 200;
    int warmup = 20;
    QString only;  // one scenario: beta-drag, beta-step, probe, range, reference
    // The scene: the curves view's JSON (its settings and scene files hold the same).
    QByteArray scene = R"({"functions": ["sigmoid", "tanh", "relu", "softplus"], "selected": "softplus"})";
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--steps") steps = args[i + 1].toInt();
        if (args[i] == u"--warmup") warmup = args[i + 1].toInt();
        if (args[i] == u"--only") only = args[i + 1];
        if (args[i] == u"--scene") scene = args[i + 1].toUtf8();
    }
    const auto wanted = [&only](const char* name) { return only.isEmpty() || only == QLatin1String(name); };

    actlab::CurvesView view;
    const QString error = view.restoreState(QJsonDocument::fromJson(scene).object());
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    view.resize(1600, 1000);
    view.show();
    QElapsedTimer waited;
    waited.start();
    while (!(view.windowHandle() != nullptr && view.windowHandle()->isExposed()) && waited.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < 10; ++i) QApplication::processEvents();

    actlab::CurvesPlot& plot = *view.plot();
    PaintCounter counter;
    plot.installEventFilter(&counter);
    auto* beta = view.findChild<QSlider*>(QStringLiteral("softplus.beta.slider"));
    auto* probe = view.findChild<QSlider*>(QStringLiteral("probe.slider"));
    if (beta == nullptr || probe == nullptr) {
        std::fprintf(stderr, "sliders not found\n");
        return 1;
    }
    int points = 0;
    for (int g = 0; g < plot.graphCount(); ++g) points = std::max(points, plot.graph(g)->data()->size());
    std::printf(
        "window %dx%d, plot %dx%d, %zu functions (%d graphs incl. highlights), %d samples per curve, "
        "platform %s\n\n",
        view.width(), view.height(), plot.width(), plot.height(), plot.seriesCount(), plot.graphCount(),
        points, qPrintable(QGuiApplication::platformName()));
    std::printf("| %-52s | %5s | %7s | %7s | %7s | %7s | %7s |\n", "scenario (ms per frame)", "steps", "p50",
                "p95", "max", "cpu p50", "cpu p95");
    std::printf("|%s|------:|--------:|--------:|--------:|--------:|--------:|\n",
                std::string(54, '-').c_str());

    const auto run = [&](QSlider* slider, bool held, int low, int high) {
        Frames frames;
        Frames settle;
        slider->setSliderDown(held);
        for (int i = 0; i < warmup + steps; ++i) {
            const int position = triangle(i + 1, low, high);
            timeFrame(
                counter, [&] { slider->setValue(position); }, i >= warmup ? &frames : nullptr);
        }
        if (held)
            timeFrame(
                counter, [&] { slider->setSliderDown(false); }, &settle);
        return std::pair(frames, settle);
    };

    if (wanted("beta-drag")) {
        const int fullBefore = plot.fullReplots();
        const int layerBefore = plot.layerReplots();
        const auto [drag, settle] = run(beta, true, 250, 750);
        report("softplus β slider dragged (draft frames)", drag);
        report("  the settled frame on release (antialiased, fitted)", settle);
        const QString note = QStringLiteral("  (in the drag: %1 full replots, %2 of one layer)")
                                 .arg(plot.fullReplots() - fullBefore)
                                 .arg(plot.layerReplots() - layerBefore);
        std::printf("| %-52s |       |         |         |         |         |         |\n",
                    qPrintable(note));
    }
    if (wanted("beta-step"))
        report("softplus β slider stepped (settled frames)", run(beta, false, 300, 700).first);
    if (wanted("probe")) report("probe slider dragged", run(probe, true, 300, 700).first);
    if (wanted("range")) {
        // Every curve resampled by core and redrawn: the x range dragged (a pan frame is the same work).
        auto* from = view.findChild<QSlider*>(QStringLiteral("x_from.slider"));
        const auto [drag, settle] = run(from, true, 330, 350);
        report("x from slider dragged (all curves resampled, draft)", drag);
        report("  the settled frame on release", settle);
    }
    if (wanted("reference")) {
        // For scale: the naive way, every curve and item redrawn, antialiased, on every frame.
        Frames full;
        for (int i = 0; i < 60; ++i)
            timeFrame(
                counter, [&] { plot.replot(QCustomPlot::rpImmediateRefresh); }, &full);
        report("reference: full replot of the same scene, antialiased", full);
    }
    return 0;
}
