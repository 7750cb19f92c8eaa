#include "ui/scene/scene.h"

#include "ui/common/jsonfields.h"
#include "ui/common/numberformat.h"
#include "ui/common/theme.h"
#include "ui/viewregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace actlab {

namespace {

/// QJsonParseError gives a byte offset; people read lines and columns.
QString lineAndColumn(const QByteArray& bytes, int offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("actlab::Scene", "line %1, column %2").arg(line).arg(column);
}

}  // namespace

QString parseScene(const QByteArray& bytes, Scene& scene)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return lineAndColumn(bytes, parseError.offset) + QStringLiteral(": ") + parseError.errorString();
    if (!document.isObject()) return QCoreApplication::translate("actlab::Scene", "a scene file holds one JSON object");

    Scene result;
    JsonFields fields(document.object(), QString());
    if (!fields.has(QStringLiteral("actlab_scene")))
        return QCoreApplication::translate("actlab::Scene", "not an ActLab scene (no \"actlab_scene\" version key)");
    // A later version may mean things this build cannot show: say so rather than guess.
    if (const QJsonValue version = document.object().value(QStringLiteral("actlab_scene"));
        version.toDouble(-1) != kSceneVersion) {
        return QStringLiteral("actlab_scene: version %1 is not supported (this ActLab reads version %2)")
            .arg(version.isDouble() ? roundTripText(version.toDouble()) : QStringLiteral("'?'"))
            .arg(kSceneVersion);
    }
    fields.integer(QStringLiteral("actlab_scene"), kSceneVersion, kSceneVersion, kSceneVersion);

    result.viewId = fields.string(QStringLiteral("view"), result.viewId);
    if (fields.error().isEmpty() && !viewIds().contains(result.viewId))
        fields.fail(QStringLiteral("view"), QCoreApplication::translate("actlab::Scene", "unknown view '%1' (one of: %2)")
                                                .arg(result.viewId, viewIds().join(QStringLiteral(", "))));
    result.themeId = fields.string(QStringLiteral("theme"), result.themeId);
    if (fields.error().isEmpty() && !Theme::ids().contains(result.themeId))
        fields.fail(QStringLiteral("theme"), QCoreApplication::translate("actlab::Scene", "unknown theme '%1' (one of: %2)")
                                                 .arg(result.themeId, Theme::ids().join(QStringLiteral(", "))));
    if (fields.has(QStringLiteral("size"))) {
        const QJsonArray size = fields.array(QStringLiteral("size"));
        const auto side = [](const QJsonValue& v) {
            const double d = v.toDouble(-1);
            // The range first: casting a double beyond int's range (1e10) is undefined behaviour.
            return v.isDouble() && d >= 16 && d <= kMaxFigurePixels && d == static_cast<int>(d);
        };
        if (size.size() != 2 || !side(size[0]) || !side(size[1]))
            fields.fail(QStringLiteral("size"),
                        QCoreApplication::translate("actlab::Scene", "expected [width, height] in whole pixels, each 16 to %1").arg(kMaxFigurePixels));
        else
            result.size = QSize(size[0].toInt(), size[1].toInt());
    }
    result.dpi = fields.number(QStringLiteral("dpi"), result.dpi, 36, 2400);
    result.textScale = fields.number(QStringLiteral("text_scale"), result.textScale, 0.25, 8);
    result.state = fields.object(QStringLiteral("state"));
    if (const QString error = fields.finish(); !error.isEmpty()) return error;
    scene = result;
    return {};
}

QString readScene(const QString& path, Scene& scene)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return QCoreApplication::translate("actlab::Scene", "cannot read '%1': %2").arg(path, file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return QCoreApplication::translate("actlab::Scene", "cannot read '%1': %2").arg(path, file.errorString());
    if (const QString error = parseScene(bytes, scene); !error.isEmpty())
        return QStringLiteral("%1: %2").arg(path, error);
    return {};
}

QByteArray sceneToJson(const Scene& scene)
{
    QJsonObject json;
    json.insert(QStringLiteral("actlab_scene"), kSceneVersion);
    json.insert(QStringLiteral("view"), scene.viewId);
    json.insert(QStringLiteral("theme"), scene.themeId);
    json.insert(QStringLiteral("size"), QJsonArray{scene.size.width(), scene.size.height()});
    json.insert(QStringLiteral("dpi"), scene.dpi);
    json.insert(QStringLiteral("text_scale"), scene.textScale);
    json.insert(QStringLiteral("state"), scene.state);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QString writeScene(const QString& path, const Scene& scene)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return QCoreApplication::translate("actlab::Scene", "cannot write '%1': %2").arg(path, file.errorString());
    const QByteArray bytes = sceneToJson(scene);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("actlab::Scene", "cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

}  // namespace actlab
