#include "commands/exportcommand.h"

#include "core/activation.h"
#include "core/expression/typedactivation.h"
#include "ui/common/language.h"
#include "ui/common/view.h"
#include "ui/export/figureexport.h"
#include "ui/scene/scene.h"
#include "ui/viewregistry.h"

#include <QApplication>
#include <QJsonArray>

#include <cstdio>
#include <ostream>
#include <string>

namespace actlab {

namespace {

QString toQString(const std::string& text) { return QString::fromStdString(text); }

/// Errors quote the user's own text (a path, a view id or function name from a scene file), which may hold
/// a newline; the command line promises one line on stderr, so control characters become '?'.
std::string oneLine(std::string text)
{
    for (char& c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) c = '?';
    }
    return text;
}

/// Applies --function, --param and --range to a curves state; they mean nothing to other views.
QString applyCurvesOptions(const ExportOptions& options, Scene& scene)
{
    const bool curvesOptions = !options.functions.empty() || !options.parameters.empty() || options.range;
    if (!curvesOptions) return {};
    if (scene.viewId != u"curves")
        return QStringLiteral("--function, --param and --range apply to the curves view, not '%1'").arg(scene.viewId);
    if (scene.state.isEmpty()) scene.state = createView(scene.viewId)->saveState();
    if (!options.functions.empty()) {
        QJsonArray functions;
        for (const std::string& id : options.functions) functions.append(toQString(id));
        scene.state.insert(QStringLiteral("functions"), functions);
    }
    QJsonObject parameters = scene.state.value(QStringLiteral("parameters")).toObject();
    for (const NamedParameter& parameter : options.parameters) {
        const Activation& activation = *findAnyActivation(parameter.function);
        const QString id = toQString(parameter.function);
        QJsonObject named = parameters.value(id).toObject();
        const ParameterSpec& spec = activation.parameters[parameter.index];
        named.insert(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())), parameter.value);
        parameters.insert(id, named);
    }
    if (!options.parameters.empty()) scene.state.insert(QStringLiteral("parameters"), parameters);
    if (options.range)
        scene.state.insert(QStringLiteral("x_range"), QJsonArray{options.range->first, options.range->second});
    return {};
}

QString sceneFor(const ExportOptions& options, Scene& scene)
{
    if (!options.scene.empty()) {
        if (QString error = readScene(toQString(options.scene), scene); !error.isEmpty()) return error;
    }
    if (!options.view.empty()) {
        const QString view = toQString(options.view);
        if (!viewIds().contains(view))
            return QStringLiteral("unknown view '%1' (one of: %2)").arg(view, viewIds().join(QStringLiteral(", ")));
        if (!options.scene.empty() && view != scene.viewId)
            return QStringLiteral("--view %1 does not match the scene's view '%2'").arg(view, scene.viewId);
        scene.viewId = view;
    }
    if (!options.theme.empty()) scene.themeId = toQString(options.theme);
    if (options.size) scene.size = QSize(options.size->first, options.size->second);
    if (options.dpi) scene.dpi = *options.dpi;
    if (options.textScale) scene.textScale = *options.textScale;
    return applyCurvesOptions(options, scene);
}

}  // namespace

int runExport(const ExportOptions& options, std::ostream& out, std::ostream& err)
{
    // The command line's stderr carries its own one-line errors only; Qt's start-up chatter on a
    // headless platform (runtime directory, window hints) is not for the user.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg || qEnvironmentVariableIsSet("ACTLAB_DEBUG"))
            fprintf(stderr, "%s\n", qPrintable(message));
    });
    // Headless by default: a figure needs fonts and a paint device, not a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "actlab";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    // Figures are exported in English, with its plural forms ("L = 1 layer").
    language::install(QStringLiteral("en"));

    Scene scene;
    QString error = sceneFor(options, scene);
    if (error.isEmpty()) {
        error = exportScene(scene, toQString(options.output));
        // A state error is about the scene file's contents: say which file.
        if (!options.scene.empty() && error.startsWith(QStringLiteral("state: ")))
            error = toQString(options.scene) + QStringLiteral(": ") + error;
    }
    if (!error.isEmpty()) {
        err << "actlab: " << oneLine(error.toStdString()) << '\n';
        return 2;
    }
    out << "wrote " << options.output << '\n';
    return 0;
}

}  // namespace actlab
