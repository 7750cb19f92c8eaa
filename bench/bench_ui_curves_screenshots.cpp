// The curves view's screenshots for docs/, made by the app's own view: the real CurvesView at 1600×1000,
// given a scene as the same JSON its settings and scene files hold, rendered and grabbed.
//
//   bench_ui_curves_screenshots <directory> [--extra]
//
// writes <directory>/curves-sigmoid.png, curves-relu-softplus.png and curves-typed.png; --extra adds more scenes
// (stacked panels, the smooth family's minima, kinks, the tanh identity, dark and print themes) for review.
// Runs on any platform plugin; bench/replot.sh uses QT_QPA_PLATFORM=offscreen.

#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/curves/curvesview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QWindow>

#include <cstdio>

namespace {

struct Shot {
    const char* file;
    const char* json;
    const char* theme;
};

bool shoot(const QDir& directory, const Shot& shot)
{
    actlab::CurvesView view;
    view.applyTheme(actlab::Theme::byId(QString::fromLatin1(shot.theme)));
    const QString error = view.restoreState(QJsonDocument::fromJson(shot.json).object());
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", shot.file, qPrintable(error));
        return false;
    }
    view.resize(1600, 1000);
    view.show();
    QElapsedTimer waited;
    waited.start();
    while (!(view.windowHandle() != nullptr && view.windowHandle()->isExposed()) && waited.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);  // the settled frame, labels placed
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);  // placement moved the legend: once more
    const QString path = directory.filePath(QString::fromLatin1(shot.file));
    if (!view.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    if (qEnvironmentVariableIsSet("SHOTS_DEBUG"))
        std::printf("  %s\n", qPrintable(view.plot()->visibleLabels().join(QStringLiteral(" | "))));
    return true;
}

}  // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_ui_curves_screenshots <directory> [--extra]\n");
        return 2;
    }
    const QDir directory(arguments[1]);
    const Shot shots[] = {
        {"curves-sigmoid.png",
         R"({"functions": ["sigmoid"], "selected": "sigmoid", "x_range": [-8, 8], "probe": {"x": -2, "visible": true}})",
         "light"},
        {"curves-relu-softplus.png",
         R"({"functions": ["relu", "softplus"], "selected": "softplus", "parameters": {"softplus": {"beta": 1}},
             "x_range": [-3, 3], "probe": {"x": 1.5, "visible": true}})",
         "light"},
        {"curves-typed.png",
         R"json({"functions": ["expr:x*tanh(softplus(x))", "expr:x + sin(a*x)^2/a"],
             "selected": "expr:x + sin(a*x)^2/a", "parameters": {"expr:x + sin(a*x)^2/a": {"a": 2}},
             "x_range": [-4, 3], "probe": {"x": 1.5, "visible": true}})json",
         "light"},
    };
    const Shot extra[] = {
        {"curves-extra-stacked.png",
         R"({"functions": ["sigmoid", "tanh", "relu", "softplus"], "selected": "tanh", "layout": "stacked"})",
         "light"},
        {"curves-extra-smooth.png",
         R"({"functions": ["silu", "gelu", "mish"], "selected": "gelu", "x_range": [-5, 3]})", "light"},
        {"curves-extra-kinks.png",
         R"({"functions": ["relu", "leaky_relu", "hardtanh"], "selected": "relu", "x_range": [-3, 3],
             "parameters": {"leaky_relu": {"negative_slope": 0.2}}})",
         "light"},
        {"curves-extra-tanh.png",
         R"({"functions": ["sigmoid", "tanh"], "selected": "tanh", "highlights": {"tanh_sigmoid": true}})",
         "light"},
        {"curves-extra-softplus-beta.png",
         R"({"functions": ["relu", "softplus"], "selected": "softplus", "parameters": {"softplus": {"beta": 4}},
             "x_range": [-2, 2], "layout": "stacked"})",
         "light"},
        {"curves-extra-poles.png",
         R"json({"functions": ["expr:log(x)", "expr:1/x"], "selected": "expr:1/x", "x_range": [-4, 4],
             "layout": "stacked"})json",
         "light"},
        {"curves-extra-dark.png", R"({"functions": ["sigmoid", "tanh", "relu", "softplus"]})", "dark"},
        {"curves-extra-print.png", R"({"functions": ["sigmoid", "tanh", "relu", "softplus"]})", "print"},
        {"curves-extra-presentation.png", R"({"functions": ["sigmoid", "relu"]})", "presentation"},
    };
    bool ok = true;
    for (const Shot& shot : shots) ok = shoot(directory, shot) && ok;
    if (arguments.contains(QStringLiteral("--extra"))) {
        for (const Shot& shot : extra) ok = shoot(directory, shot) && ok;
    }
    return ok ? 0 : 1;
}
