// How interactive the depth view is: the wall time from a slider's new value to the finished replot and
// paint of both panels (core's chains for every ticked activation, the bound, the labels placed).
// Prints p50, p95 and max per scenario.
//
//   bench_ui_depth [--moves N] [--size WxH]      defaults: 240 moves, 1600x1000

#include "uibench.h"
#include "ui/depth/depthplot.h"
#include "ui/depth/depthview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace actlab;

namespace {


struct Scenario {
    const char* name;
    std::vector<std::string> activations;
    int layers;
    bool randomized;
    const char* slider;  ///< objectName of the number entry whose slider is moved: "layers", "weight"
};

/// Moves the scenario's slider back and forth `moves` times; each sample runs from setValue to the end of
/// the replot and of the paint it posts.
std::vector<double> measure(QApplication& app, DepthView& view, QSlider& slider, int moves)
{
    bool replotted = false;
    const QMetaObject::Connection connection =
        QObject::connect(view.plot(), &QCustomPlot::afterReplot, [&replotted] { replotted = true; });
    std::vector<double> milliseconds;
    milliseconds.reserve(std::size_t(moves));
    const int low = slider.minimum() + (slider.maximum() - slider.minimum()) / 4;
    const int high = slider.maximum();
    for (int i = -2; i < moves; ++i) {  // two warm-up moves: first allocations, glyph caches
        const int span = std::max(1, high - low);
        const int value = low + ((i + 2) * 7) % span;
        replotted = false;
        QElapsedTimer timer;
        timer.start();
        slider.setValue(value == slider.value() ? value + 1 : value);
        while (!replotted) app.processEvents(QEventLoop::AllEvents);
        app.processEvents(QEventLoop::AllEvents);
        if (i >= 0) milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QObject::disconnect(connection);
    return milliseconds;
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const bench::UiBenchOptions options = bench::parseUiBenchOptions(argc, argv);
    std::vector<std::string> all;
    for (const Activation& activation : activations()) all.emplace_back(activation.id);
    const std::vector<Scenario> scenarios{
        {"defaults (3 activations, L = 30), weight slider", {"sigmoid", "tanh", "relu"}, 30, false, "weight"},
        {"all 17 activations, L = 60, weight slider", all, 60, false, "weight"},
        {"all 17 activations, randomized, L slider", all, 60, true, "layers"},
    };
    std::printf("%-52s %8s %8s %8s   (ms, %d moves, %dx%d)\n", "scenario", "p50", "p95", "max", options.moves,
                options.width, options.height);
    for (const Scenario& scenario : scenarios) {
        DepthView view;
        DepthState state;
        state.activationIds = scenario.activations;
        state.layers = scenario.layers;
        state.randomized = scenario.randomized;
        view.setState(state);
        view.resize(options.width, options.height);
        view.show();
        QElapsedTimer waited;
        waited.start();
        while (!(view.windowHandle() && view.windowHandle()->isExposed()) && waited.elapsed() < 5000)
            app.processEvents(QEventLoop::AllEvents, 50);
        auto* slider =
            view.findChild<QSlider*>(QString::fromLatin1(scenario.slider) + QStringLiteral(".slider"));
        if (!slider) {
            std::fprintf(stderr, "no slider %s\n", scenario.slider);
            return 1;
        }
        const std::vector<double> ms = measure(app, view, *slider, options.moves);
        std::printf("%-52s %8.2f %8.2f %8.2f\n", scenario.name, bench::percentile(ms, 0.5), bench::percentile(ms, 0.95),
                    *std::max_element(ms.begin(), ms.end()));
    }
    return 0;
}
