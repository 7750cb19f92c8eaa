// actlab: with a subcommand it runs headless (no QApplication, so no display needed); without one it
// opens the window.

#include "commandline.h"
#include "commands/exportcommand.h"
#include "firstpaintexit.h"
#include "ui/common/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QStringList>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <span>
#include <string_view>
#include <vector>

namespace {

int runCommand(const actlab::Options& options)
{
    using actlab::Command;
    switch (options.command) {
        case Command::Help:
            std::cout << actlab::usage(options.helpTopic);
            return 0;
        case Command::Version:
            std::cout << "actlab " << ACTLAB_VERSION << '\n';
            return 0;
        case Command::List:
            return actlab::runList(options.list, std::cout);
        case Command::Eval:
            return actlab::runEval(options.eval, std::cin, std::cout, std::cerr);
        case Command::Sample:
            return actlab::runSample(options.sample, std::cout);
        case Command::Softmax:
            return actlab::runSoftmax(options.softmax, std::cin, std::cout, std::cerr);
        case Command::Maxout:
            return actlab::runMaxout(options.maxout, std::cin, std::cout, std::cerr);
        case Command::Export:
            return actlab::runExport(options.exportFigure, std::cout, std::cerr);
        case Command::Gui:
            break;
    }
    return 2;
}

int runHeadless(std::span<const std::string_view> arguments)
{
    const actlab::ParsedCommandLine parsed = actlab::parseCommandLine(arguments);
    if (!parsed.error.empty()) {
        std::cerr << "actlab: " << parsed.error << '\n';
        return 2;
    }
    try {
        const int status = runCommand(parsed.options);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "actlab: cannot write to standard output\n";
            return 1;
        }
        return status;
    } catch (const std::bad_alloc&) {
        std::cerr << "actlab: out of memory\n";
    } catch (const std::exception& error) {
        std::cerr << "actlab: internal error: " << error.what() << '\n';
    }
    return 1;
}

bool isSet(const char* variable)
{
    const char* value = std::getenv(variable);
    return value != nullptr && *value != '\0';
}

// Without a display Qt aborts with a message about the xcb plugin that few users can act on.
bool hasDisplay(std::span<const std::string_view> arguments)
{
    for (const std::string_view argument : arguments) {
        if (argument == "-platform" || argument == "--platform") {
            return true;
        }
    }
    return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY") || isSet("QT_QPA_PLATFORM");
}

int runWindow(int argc, char* argv[])
{
    QApplication::setApplicationName(QStringLiteral("ActLab"));
    QApplication::setOrganizationName(QStringLiteral("ActLab"));
    QApplication::setApplicationVersion(QStringLiteral(ACTLAB_VERSION));
    QApplication app(argc, argv);

    // QApplication has removed the options it understood (-platform, -style ...); the rest are typos.
    const QStringList unknown = QApplication::arguments().mid(1);
    if (!unknown.isEmpty()) {
        std::cerr << "actlab: unknown option '" << unknown.front().toStdString() << "' (see actlab --help)\n";
        return 2;
    }

    // The language chosen in View → Language, else the system locale (LANG=zh_CN.UTF-8 → Chinese).
    QSettings settings;
    actlab::language::install(actlab::language::fromSettings(settings));

    actlab::MainWindow window;
    window.readSettings(settings);
    actlab::FirstPaintExit::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}

}  // namespace

int main(int argc, char* argv[])
{
    const std::vector<std::string_view> arguments(argv + 1, argv + argc);
    if (actlab::isHeadless(arguments)) {
        return runHeadless(arguments);
    }
    if (!hasDisplay(arguments)) {
        std::cerr
            << "actlab: no display found; run the window under a virtual display with: xvfb-run -a actlab\n";
        return 2;
    }
    return runWindow(argc, argv);
}
