// Scene files as colleagues send them: any bytes through parseScene, and every scene it accepts restored
// into a fresh view of its kind (viewForScene, on Qt's offscreen platform) as File → Open scene and
// `actlab export --scene` do. Beyond memory errors and undefined behaviour it checks:
//   - a rejected scene leaves the caller's Scene untouched and says why in one message;
//   - an accepted scene reads back identically after sceneToJson (what File → Save scene writes);
//   - a view accepts the state it saves itself, so a saved scene always opens again.

#include "ui/common/view.h"
#include "ui/export/figureexport.h"
#include "ui/scene/scene.h"

#include <QApplication>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

[[noreturn]] void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "property broken: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's start-up notes (runtime directory, fonts) on every run would drown libFuzzer's status lines.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg || type == QtCriticalMsg) std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    static int argc = 1;
    static char name[] = "fuzz_scene";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    actlab::Scene scene;
    scene.dpi = 123;  // not a default, so that a change on error shows
    const QString error = actlab::parseScene(bytes, scene);
    if (!error.isEmpty()) {
        if (scene.dpi != 123 || scene.viewId != u"curves" || !scene.state.isEmpty())
            fail("a rejected scene changed the caller's Scene", error);
        return 0;
    }

    const QByteArray saved = actlab::sceneToJson(scene);
    actlab::Scene reread;
    if (const QString rereadError = actlab::parseScene(saved, reread); !rereadError.isEmpty())
        fail("a saved scene does not parse", rereadError);
    if (actlab::sceneToJson(reread) != saved)
        fail("a saved scene reads back differently", QString::fromUtf8(saved));

    QString viewError;
    const std::unique_ptr<actlab::View> view = actlab::viewForScene(scene, viewError);
    if (!view) {
        if (viewError.isEmpty()) fail("no view and no error", QString());
        return 0;
    }
    const QJsonObject state = view->saveState();
    if (const QString restoreError = view->restoreState(state); !restoreError.isEmpty())
        fail("a view rejects the state it saved", restoreError);
    if (view->saveState() != state) fail("a view's saved state changes on restoring it", QString());
    return 0;
}
