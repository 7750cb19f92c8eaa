#include "ui/export/figureexport.h"

#include "ui/common/qcustomplot_include.h"
#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/export/figurepainter.h"
#include "ui/export/outliningpaintdevice.h"
#include "ui/viewregistry.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace actlab {

namespace {

constexpr double kMetresPerInch = 0.0254;
constexpr double kLayoutDpi = 96.0;

QSize layoutSizeFor(const Scene& scene)
{
    const double scale = scene.renderScale();
    return QSize(std::max(1, int(std::lround(scene.size.width() / scale))),
                 std::max(1, int(std::lround(scene.size.height() / scale))));
}

/// Paints the scene's figure on an already begun painter whose device is scene.size device pixels.
QString paintScene(const Scene& scene, QCPPainter& painter, bool vector)
{
    QString error;
    const std::unique_ptr<View> view = viewForScene(scene, error);
    if (!view) return error;
    const QSize layout = layoutSizeFor(scene);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (vector) painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.scale(double(scene.size.width()) / layout.width(), double(scene.size.height()) / layout.height());
    paintFigure(*view->figure(), painter, layout, Theme::byId(scene.themeId).palette.background);
    return {};
}

QString writeError(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("actlab::FigureExport", "cannot write '%1': %2").arg(path, reason);
}

}  // namespace

bool figureFormatForPath(const QString& path, FigureFormat& format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png") format = FigureFormat::Png;
    else if (suffix == u"svg") format = FigureFormat::Svg;
    else if (suffix == u"pdf") format = FigureFormat::Pdf;
    else return false;
    return true;
}

std::unique_ptr<View> viewForScene(const Scene& scene, QString& error)
{
    std::unique_ptr<View> view = createView(scene.viewId);
    if (!view) {
        error = QCoreApplication::translate("actlab::FigureExport", "unknown view '%1'").arg(scene.viewId);
        return nullptr;
    }
    bool themeOk = false;
    const Theme theme = Theme::byId(scene.themeId, &themeOk);
    if (!themeOk) {
        error = QCoreApplication::translate("actlab::FigureExport", "unknown theme '%1'").arg(scene.themeId);
        return nullptr;
    }
    if (const QString stateError = view->restoreState(scene.state); !stateError.isEmpty()) {
        error = QCoreApplication::translate("actlab::FigureExport", "state: %1").arg(stateError);
        return nullptr;
    }
    view->applyTheme(theme);
    view->finishPendingWork();
    return view;
}

QImage renderSceneImage(const Scene& scene, QString& error)
{
    QImage image(scene.size, QImage::Format_RGB32);
    if (image.isNull()) {
        error = QCoreApplication::translate("actlab::FigureExport", "not enough memory for a %1×%2 image").arg(scene.size.width()).arg(scene.size.height());
        return {};
    }
    // Fonts are laid out at 96 dpi, as on screen; the painter's scale does the rest. The real dpi is
    // written into the image afterwards, as metadata only.
    const int layoutDotsPerMetre = int(std::lround(kLayoutDpi / kMetresPerInch));
    image.setDotsPerMeterX(layoutDotsPerMetre);
    image.setDotsPerMeterY(layoutDotsPerMetre);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    error = paintScene(scene, painter, false);
    painter.end();
    if (!error.isEmpty()) return {};
    const int dotsPerMetre = int(std::lround(scene.dpi / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

QByteArray renderSceneSvg(const Scene& scene, QString& error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(scene.size);
    generator.setViewBox(QRect(QPoint(0, 0), scene.size));
    generator.setResolution(int(kLayoutDpi));
    generator.setTitle(QStringLiteral("ActLab figure"));
    // Text that needs a CJK font is written as outlines: an SVG viewer may have no such font.
    OutliningPaintDevice outlining(generator);
    QCPPainter painter(&outlining);
    error = paintScene(scene, painter, true);
    painter.end();
    return error.isEmpty() ? buffer.data() : QByteArray();
}

QString exportScene(const Scene& scene, const QString& path)
{
    FigureFormat format;
    if (!figureFormatForPath(path, format))
        return QCoreApplication::translate("actlab::FigureExport", "'%1': unknown figure format (use .png, .svg or .pdf)").arg(path);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return writeError(path, file.errorString());
    QString error;
    switch (format) {
    case FigureFormat::Png: {
        const QImage image = renderSceneImage(scene, error);
        QImageWriter writer(&file, "png");
        writer.setQuality(85);  // Qt maps this to zlib level 1: half the export time, files a little larger
        if (error.isEmpty() && !writer.write(image)) error = writeError(path, writer.errorString());
        break;
    }
    case FigureFormat::Svg: {
        const QByteArray svg = renderSceneSvg(scene, error);
        if (error.isEmpty() && file.write(svg) != svg.size()) error = writeError(path, file.errorString());
        break;
    }
    case FigureFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("ActLab"));
        writer.setTitle(QStringLiteral("ActLab figure"));
        writer.setResolution(int(kLayoutDpi));
        const QSizeF points(scene.size.width() / scene.dpi * 72.0, scene.size.height() / scene.dpi * 72.0);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        // The page is size/dpi inches; at the writer's 96 dpi that is the layout size times textScale.
        Scene page = scene;
        page.size = QSize(int(std::lround(points.width() / 72.0 * kLayoutDpi)),
                          int(std::lround(points.height() / 72.0 * kLayoutDpi)));
        page.dpi = kLayoutDpi;
        page.textScale = scene.textScale;
        QCPPainter painter(&writer);
        error = paintScene(page, painter, true);
        painter.end();
        break;
    }
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit()) return writeError(path, file.errorString());
    return {};
}

}  // namespace actlab
