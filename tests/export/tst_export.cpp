// Figures for lectures: every format at the size and resolution asked for, themes that hold on paper,
// scene files that reproduce a figure exactly, and errors that leave nothing half-written.

#include "core/activation.h"
#include "ui/common/numberformat.h"
#include "ui/common/view.h"
#include "ui/export/figureexport.h"
#include "ui/export/figurepainter.h"
#include "ui/export/plotdata.h"
#include "ui/mainwindow.h"
#include "ui/maxout/maxoutmapplot.h"
#include "ui/maxout/maxoutview.h"
#include "ui/scene/scene.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace actlab;

namespace {

/// The lecture figure: sigmoid and its derivative with the 0.25 annotation.
Scene lectureScene()
{
    Scene scene;
    scene.viewId = QStringLiteral("curves");
    scene.size = QSize(1600, 1000);
    scene.dpi = 200;
    QString error;
    scene.state = viewForScene(scene, error)->saveState();
    return scene;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void pngHasSizeAndDpi_data();
    void pngHasSizeAndDpi();
    void svgHasCurvesAsPathsAndTheAnnotationAsText();
    void pdfHasThePageSize();
    void printThemeIsGreyOnly();
    void sceneRoundTripRendersTheSamePixels();
    void headlessExportEqualsTheWindowsExport_data();
    void headlessExportEqualsTheWindowsExport();
    void badScenesAreRejectedWithTheirField_data();
    void badScenesAreRejectedWithTheirField();
    void failedExportLeavesNothingBehind_data();
    void failedExportLeavesNothingBehind();
    void plottedDataIsCoresSamples();
    void maxoutMapsAreFittedToTheExportedSize_data();
    void maxoutMapsAreFittedToTheExportedSize();

private:
    QTemporaryDir m_dir;
};

void TestExport::pngHasSizeAndDpi_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpi");
    QTest::newRow("1600x1000 at 200 dpi") << QSize(1600, 1000) << 200.0;
    QTest::newRow("800x500 at 96 dpi") << QSize(800, 500) << 96.0;
    QTest::newRow("3000x2000 at 300 dpi") << QSize(3000, 2000) << 300.0;
}

void TestExport::pngHasSizeAndDpi()
{
    QFETCH(QSize, size);
    QFETCH(double, dpi);
    Scene scene = lectureScene();
    scene.size = size;
    scene.dpi = dpi;
    const QString path = m_dir.filePath(QStringLiteral("figure.png"));
    QCOMPARE(exportScene(scene, path), QString());
    const QImage image(path);
    QCOMPARE(image.size(), size);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(dpi));
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), qRound(dpi));
}

void TestExport::svgHasCurvesAsPathsAndTheAnnotationAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("figure.svg"));
    QCOMPARE(exportScene(lectureScene(), path), QString());
    QXmlStreamReader xml(readAll(path));
    int curves = 0;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        const QStringView name = xml.name();
        // QCustomPlot draws a curve as one polyline (or path) of many points: count the long ones.
        if (name == u"polyline" && xml.attributes().value(QStringLiteral("points")).count(u',') > 500) ++curves;
        if (name == u"path" && xml.attributes().value(QStringLiteral("d")).count(u'L') > 500) ++curves;
        if (name == u"text") text += xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(curves >= 2, qPrintable(QString::number(curves)));  // σ and σ′
    QVERIFY2(text.contains(QStringLiteral("0.25")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("σ′")), qPrintable(text));
}

void TestExport::pdfHasThePageSize()
{
    Scene scene = lectureScene();  // 1600×1000 at 200 dpi: 8 × 5 inches, 576 × 360 points
    const QString path = m_dir.filePath(QStringLiteral("figure.pdf"));
    QCOMPARE(exportScene(scene, path), QString());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QCOMPARE(qRound(match.captured(1).toDouble()), 576);
    QCOMPARE(qRound(match.captured(2).toDouble()), 360);
}

void TestExport::printThemeIsGreyOnly()
{
    Scene scene = lectureScene();
    scene.themeId = QStringLiteral("print");
    scene.state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("sigmoid"), QStringLiteral("tanh"),
                                                          QStringLiteral("relu")};
    QString error;
    const QImage image = renderSceneImage(scene, error).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(error, QString());
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (std::max({r, g, b}) - std::min({r, g, b}) > 2) ++coloured;
        }
    }
    QCOMPARE(coloured, 0);
}

void TestExport::sceneRoundTripRendersTheSamePixels()
{
    Scene scene = lectureScene();
    scene.themeId = QStringLiteral("dark");
    scene.size = QSize(900, 600);
    const QString scenePath = m_dir.filePath(QStringLiteral("lecture.json"));
    QCOMPARE(writeScene(scenePath, scene), QString());
    Scene read;
    QCOMPARE(readScene(scenePath, read), QString());
    QCOMPARE(sceneToJson(read), sceneToJson(scene));
    QString error;
    const QImage before = renderSceneImage(scene, error);
    const QImage after = renderSceneImage(read, error);
    QCOMPARE(error, QString());
    QVERIFY(before == after);
}

void TestExport::headlessExportEqualsTheWindowsExport_data()
{
    QTest::addColumn<QJsonObject>("state");
    QTest::newRow("lecture") << lectureScene().state;
    // A typed formula travels in the scene as its "expr:" id, with its parameter by name.
    QTest::newRow("typed formula") << QJsonDocument::fromJson(R"json({
        "functions": ["sigmoid", "expr:x + sin(a*x)^2/a", "expr:log(x)"], "selected": "expr:x + sin(a*x)^2/a",
        "parameters": {"expr:x + sin(a*x)^2/a": {"a": 2.5}}})json").object();
}

void TestExport::headlessExportEqualsTheWindowsExport()
{
    QFETCH(QJsonObject, state);
    MainWindow window;
    window.setCurrentView(QStringLiteral("curves"));
    QCOMPARE(window.currentView()->restoreState(state), QString());
    Scene scene = window.currentScene();
    scene.size = QSize(1000, 640);
    scene.dpi = 150;
    const QString windowPng = m_dir.filePath(QStringLiteral("window.png"));
    QCOMPARE(exportScene(scene, windowPng), QString());

    const QString scenePath = m_dir.filePath(QStringLiteral("window.json"));
    QCOMPARE(writeScene(scenePath, scene), QString());
    const QString headlessPng = m_dir.filePath(QStringLiteral("headless.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));  // it must choose the offscreen platform itself
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACTLAB_BINARY),
                  {QStringLiteral("export"), QStringLiteral("--scene"), scenePath, QStringLiteral("-o"), headlessPng});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    QVERIFY(QImage(windowPng) == QImage(headlessPng));
}

void TestExport::badScenesAreRejectedWithTheirField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"actlab_scene\": 1,\n \"view\": \"curves\",\n \"size\": [1600 1000]}")
                              << QStringLiteral("line 3, column ");
    QTest::newRow("not a scene") << QByteArray(R"({"view": "curves"})")
                                 << QStringLiteral("not an ActLab scene (no \"actlab_scene\" version key)");
    QTest::newRow("unknown view") << QByteArray(R"({"actlab_scene": 1, "view": "curvs"})")
                                  << QStringLiteral("view: unknown view 'curvs'");
    QTest::newRow("unknown theme") << QByteArray(R"({"actlab_scene": 1, "theme": "neon"})")
                                   << QStringLiteral("theme: unknown theme 'neon'");
    QTest::newRow("bad size") << QByteArray(R"({"actlab_scene": 1, "size": [1600]})")
                              << QStringLiteral("size: expected [width, height]");
    // fuzz_scene: a side beyond int's range was cast to int before the range check (undefined behaviour).
    QTest::newRow("size beyond int") << QByteArray(R"({"actlab_scene": 1, "size": [1e10, -3e9]})")
                                     << QStringLiteral("size: expected [width, height]");
    QTest::newRow("dpi out of range") << QByteArray(R"({"actlab_scene": 1, "dpi": 0})")
                                      << QStringLiteral("dpi: 0 is outside [36, 2400]");
    QTest::newRow("unknown key") << QByteArray(R"({"actlab_scene": 1, "colour": "red"})")
                                 << QStringLiteral("colour: unknown key");
    QTest::newRow("a later version") << QByteArray(R"({"actlab_scene": 2, "view": "curves"})")
                                     << QStringLiteral("actlab_scene: version 2 is not supported (this ActLab reads version 1)");
    QTest::newRow("version not a number") << QByteArray(R"({"actlab_scene": "1"})")
                                          << QStringLiteral("actlab_scene: version '?' is not supported");
    QTest::newRow("a JSON array") << QByteArray("[1, 2]") << QStringLiteral("a scene file holds one JSON object");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1, column 1: ");
}

void TestExport::badScenesAreRejectedWithTheirField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Scene scene;
    scene.dpi = 123;
    const QString got = parseScene(json, scene);
    QVERIFY2(got.startsWith(error), qPrintable(got));
    QCOMPARE(scene.dpi, 123.0);  // untouched
}

void TestExport::failedExportLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("badState");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/figure.png") << false
                                    << QStringLiteral("cannot write");
    QTest::newRow("unknown format") << QStringLiteral("figure.gif") << false << QStringLiteral("unknown figure format");
    QTest::newRow("bad state, PNG") << QStringLiteral("figure.png") << true << QStringLiteral("state: curves.functions[0]");
    QTest::newRow("bad state, PDF") << QStringLiteral("figure.pdf") << true << QStringLiteral("state: curves.functions[0]");
}

void TestExport::failedExportLeavesNothingBehind()
{
    QFETCH(QString, fileName);
    QFETCH(bool, badState);
    QFETCH(QString, error);
    Scene scene = lectureScene();
    if (badState) scene.state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("sigmod")};
    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);
    const QString got = exportScene(scene, path);
    QVERIFY2(got.contains(error), qPrintable(got));
    QVERIFY(!QFile::exists(path));
    // An existing figure is not replaced by a failed export.
    if (!badState) return;
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous figure");
    previous.close();
    QVERIFY(!exportScene(scene, path).isEmpty());
    QCOMPARE(readAll(path), QByteArray("previous figure"));
}

void TestExport::plottedDataIsCoresSamples()
{
    QString error;
    Scene scene = lectureScene();
    scene.state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("relu"), QStringLiteral("softplus")};
    const std::unique_ptr<View> view = viewForScene(scene, error);
    const QList<QByteArray> lines = plottedDataCsv(*view->figure()).split('\n');
    QCOMPARE(lines.front(), QByteArray("function,x,f,df"));
    QVERIFY(lines.size() > 4000);
    QVERIFY(lines.contains("ReLU,0,0,0"));  // the kink, exactly, with the left derivative
    // Every softplus row is core's value and derivative at that x, to the last digit, each written as the
    // shortest text that reads back as the same double.
    const Activation& softplus = *findActivation("softplus");
    int rows = 0;
    for (const QByteArray& line : lines) {
        if (!line.startsWith("Softplus,")) continue;
        const QList<QByteArray> fields = line.split(',');
        const double x = fields[1].toDouble();
        const double f = softplus.value(x, softplus.defaults());
        const double df = softplus.derivative(x, softplus.defaults());
        QCOMPARE(fields[2], roundTripText(f).toLatin1());
        QCOMPARE(fields[3], roundTripText(df).toLatin1());
        QVERIFY2(fields[2].toDouble() == f && fields[3].toDouble() == df, line.constData());
        ++rows;
    }
    QVERIFY(rows >= 2000);
}

void TestExport::maxoutMapsAreFittedToTheExportedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1000 x 640") << QSize(1000, 640);
    QTest::newRow("1600 x 1000") << QSize(1600, 1000);
    QTest::newRow("640 x 480") << QSize(640, 480);
}

void TestExport::maxoutMapsAreFittedToTheExportedSize()
{
    // The maps fit their squares to the plot's size when it is resized, but a figure laid out for export is
    // not shown, and Qt holds a hidden widget's resize events back: every export had the squares of the
    // size the view happened to have (90-pixel maps in a 1000 × 640 figure).
    QFETCH(QSize, size);
    MaxoutState state;
    state.mode = MaxoutMode::TwoInput;
    MaxoutMapPlot shown;
    shown.resize(size);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    shown.render(state.twoInput, Theme::light());
    QCoreApplication::processEvents();

    MaxoutView view;
    view.setState(state);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QCPPainter painter(&image);
    paintFigure(*view.figure(), painter, size, Qt::white);
    painter.end();
    QCOMPARE(view.mapPlot()->mapRect(0)->rect().size(), shown.mapRect(0)->rect().size());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
