// How long the maxout view's two-input figure takes to redraw after a slider move: from the slider's new
// value to the finished replot and paint of the colour maps (core's grid, the maps' images, the exact
// region outlines, labels). Prints p50, p95 and max per scenario.
//
//   bench_ui_maxout_map [--moves N] [--size WxH]      defaults: 240 moves, 1600x1000 (maps of 400×400)

#include "uibench.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <thread>
#include <vector>

using namespace actlab;

namespace {


/// Process CPU time in milliseconds: on a shared machine the wall time also counts other processes'
/// turns on the cores, the CPU time only this one's work.
double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Samples {
    std::vector<double> wall;
    std::vector<double> cpu;
};

/// Moves `slider` through `values` (cycling, skipping a value equal to the current one) `moves` times;
/// each sample runs from setValue to the end of the replot and of the paint events it posts.
Samples measure(QApplication& app, MaxoutMapPlot& plot, QSlider& slider, const std::vector<int>& values,
                int moves)
{
    bool replotted = false;
    const QMetaObject::Connection connection =
        QObject::connect(&plot, &QCustomPlot::afterReplot, [&replotted] { replotted = true; });
    Samples samples;
    std::size_t next = 0;
    // Two warm-up moves: first allocations of the map buffers and glyph caches are not what a user feels
    // on every later move.
    for (int i = -2; i < moves; ++i) {
        int value = values[next++ % values.size()];
        if (value == slider.value()) value = values[next++ % values.size()];  // that would not be a move
        replotted = false;
        QElapsedTimer timer;
        const double cpuStart = cpuMilliseconds();
        timer.start();
        slider.setValue(value);
        while (!replotted) app.processEvents(QEventLoop::AllEvents);
        app.processEvents(QEventLoop::AllEvents);  // the paint the replot asked for
        if (i >= 0) {
            samples.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            samples.cpu.push_back(cpuMilliseconds() - cpuStart);
        }
    }
    QObject::disconnect(connection);
    return samples;
}

void report(const char* scenario, const MaxoutMapPlot& plot, const Samples& samples)
{
    std::printf(
        "%-46s %2zu maps of %3zu×%-3zu n = %4zu | wall p50 %6.2f  p95 %6.2f  max %6.2f ms | cpu p50 %6.2f  "
        "p95 %6.2f ms\n",
        scenario, plot.outputCount(), plot.gridX1().size(), plot.gridX2().size(), samples.wall.size(),
        bench::percentile(samples.wall, 0.5), bench::percentile(samples.wall, 0.95),
        *std::max_element(samples.wall.begin(), samples.wall.end()), bench::percentile(samples.cpu, 0.5),
        bench::percentile(samples.cpu, 0.95));
}

double loadAverage()
{
    double load = -1;
    if (FILE* file = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(file, "%lf", &load) != 1) load = -1;
        std::fclose(file);
    }
    return load;
}

}  // namespace

int main(int argc, char** argv)
{
    const bench::UiBenchOptions options = bench::parseUiBenchOptions(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // a line per scenario as it finishes, even into a pipe
    QApplication app(argc, argv);
    MaxoutView view;
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    view.setState(state);
    view.resize(options.width, options.height);
    view.show();
    QElapsedTimer waiting;
    waiting.start();
    while (view.windowHandle() == nullptr || !view.windowHandle()->isExposed()) {
        app.processEvents(QEventLoop::AllEvents, 50);
        if (waiting.elapsed() > 10000) {
            std::fprintf(stderr, "the window was never exposed\n");
            return 1;
        }
    }
    MaxoutMapPlot& plot = *view.mapPlot();
    QSlider& units = *view.unitCountSlider();
    QSlider& groups = *view.groupSizeSlider();
    std::printf(
        "maxout two-input map redraw after a slider move, window %dx%d, %s platform, %u cores, "
        "load average %.2f\n",
        options.width, options.height, qPrintable(QGuiApplication::platformName()),
        std::thread::hardware_concurrency(), loadAverage());

    // The lecture's example: k between 2 and 1 at m = 4, so 2 and 4 maps alternate.
    Samples ms = measure(app, plot, groups, {1, 2}, options.moves);
    report("k slider 1 <-> 2 at m = 4 (4 and 2 outputs)", plot, ms);

    // m up and down at k = 2: units appear and vanish, 2 to 4 maps.
    groups.setValue(2);
    ms = measure(app, plot, units, {3, 4, 5, 6, 7, 8, 7, 6, 5, 4}, options.moves);
    report("m slider 3 .. 8 at k = 2 (2 to 4 outputs)", plot, ms);

    // Two maps only, every move: the default figure, re-grouped.
    units.setValue(4);
    ms = measure(app, plot, groups, {2, 3}, options.moves);
    report("k slider 2 <-> 3 at m = 4 (2 outputs)", plot, ms);

    // The heaviest figure the sliders allow: 16 units, each its own output.
    units.setValue(16);
    ms = measure(app, plot, groups, {1, 2}, options.moves);
    report("k slider 1 <-> 2 at m = 16 (16 and 8 outputs)", plot, ms);
    return 0;
}
