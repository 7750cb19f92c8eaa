#include "stress/figurefiles.h"

#include "ui/common/view.h"
#include "ui/export/figureexport.h"
#include "ui/mainwindow.h"
#include "ui/scene/scene.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace actlab::stress {

namespace {

constexpr int kSceneFiles = 6;

}  // namespace

QString exportFigure(MainWindow& window, const QString& dir, Rng& rng, QString& error)
{
    static const std::vector<QString> suffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    static const std::vector<QSize> sizes{{1600, 1000}, {800, 500}, {200, 150}, {1200, 1200}};
    static const std::vector<double> dpis{72, 96, 150};
    const QString suffix = pick(rng, suffixes);
    Scene scene = window.currentScene();
    scene.themeId = window.screenTheme();
    scene.size = pick(rng, sizes);
    scene.dpi = pick(rng, dpis);
    scene.textScale = chance(rng, 0.8) ? 1.0 : 2.0;
    const QString path = QDir(dir).filePath(QStringLiteral("figure.") + suffix);
    error = exportScene(scene, path);
    if (error.isEmpty() && QFileInfo(path).size() <= 0) error = QStringLiteral("export left no file at ") + path;
    if (error.isEmpty() && suffix == QStringLiteral("svg")) {
        // Text and path coordinates are plain text in SVG: a NaN or infinity anywhere shows up as a word.
        static const QRegularExpression bad(QStringLiteral(R"(\b(nan|inf|infinity)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
        QFile file(path);
        const QString svg = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        if (const QRegularExpressionMatch match = bad.match(svg); match.hasMatch())
            error = QStringLiteral("the SVG holds \"%1\"").arg(svg.mid(std::max<qsizetype>(0, match.capturedStart() - 60), 140));
    }
    return QStringLiteral("export %1 %2x%3 at %4 dpi, text ×%5 -> %6")
        .arg(scene.viewId)
        .arg(scene.size.width())
        .arg(scene.size.height())
        .arg(scene.dpi)
        .arg(scene.textScale)
        .arg(QFileInfo(path).fileName());
}

QString saveAndOpenScene(MainWindow& window, const QString& dir, Rng& rng, QString& error)
{
    const QString saved = QDir(dir).filePath(QStringLiteral("scene-%1.json").arg(uniformInt(rng, 0, kSceneFiles - 1)));
    Scene scene = window.currentScene();
    scene.themeId = window.screenTheme();
    error = writeScene(saved, scene);
    if (!error.isEmpty()) return QStringLiteral("save scene ") + saved;

    QString opened = saved;
    if (chance(rng, 0.4)) {
        const QString other = QDir(dir).filePath(QStringLiteral("scene-%1.json").arg(uniformInt(rng, 0, kSceneFiles - 1)));
        if (QFileInfo::exists(other)) opened = other;
    }
    Scene read;
    error = readScene(opened, read);
    if (error.isEmpty()) error = window.showScene(read);
    const QString what = QStringLiteral("save %1 scene to %2, open %3 (%4)")
                             .arg(scene.viewId, QFileInfo(saved).fileName(), QFileInfo(opened).fileName(), read.viewId);
    if (!error.isEmpty()) return what;
    const View* shown = window.currentView();
    if (!shown || shown->viewId() != read.viewId) error = QStringLiteral("the scene's view is not the current one");
    else if (shown->saveState() != read.state)
        error = QStringLiteral("state after opening differs from the file: file %1, view %2")
                    .arg(QString::fromUtf8(QJsonDocument(read.state).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(shown->saveState()).toJson(QJsonDocument::Compact)));
    return what;
}

}  // namespace actlab::stress
