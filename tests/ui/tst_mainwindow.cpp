// The window shell: settings survive a restart, and a corrupted or out-of-range setting quietly falls
// back to its default instead of breaking start-up; the window fits a projector; a failed export keeps
// its dialog open.

#include "ui/common/bufferreleasingplot.h"
#include "ui/common/view.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/viewregistry.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace actlab;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void settingsRoundTrip();
    void corruptedSettingsGiveDefaults_data();
    void corruptedSettingsGiveDefaults();
    void badSceneChangesNothing();
    void fileProblemsShowAMessageAndChangeNothing_data();
    void fileProblemsShowAMessageAndChangeNothing();
    void hiddenPlotsGiveBackTheirPaintBuffers();
    void windowFitsAProjector_data();
    void windowFitsAProjector();
    void failedExportKeepsTheDialogAndItsValues();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::settingsRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.conf"));
    QJsonObject curves;
    {
        MainWindow window;
        QJsonObject state = window.view(QStringLiteral("curves"))->saveState();
        state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("tanh"), QStringLiteral("gelu")};
        QCOMPARE(window.view(QStringLiteral("curves"))->restoreState(state), QString());
        curves = window.view(QStringLiteral("curves"))->saveState();
        window.setScreenTheme(QStringLiteral("dark"));
        QSettings settings(path, QSettings::IniFormat);
        window.writeSettings(settings);
    }
    MainWindow window;
    QSettings settings(path, QSettings::IniFormat);
    window.readSettings(settings);
    QCOMPARE(window.view(QStringLiteral("curves"))->saveState(), curves);
    QCOMPARE(window.screenTheme(), QStringLiteral("dark"));
}

void TestMainWindow::corruptedSettingsGiveDefaults_data()
{
    QTest::addColumn<QByteArray>("contents");
    // Sized from the literal (its embedded NUL included): a hand-counted 22 read past its 19 bytes (ASan).
    static const char garbage[] = "\x01\xff[views\n=\x00\x13garbage";
    QTest::newRow("garbage bytes") << QByteArray(garbage, sizeof garbage - 1);
    QTest::newRow("state not JSON") << QByteArray("[views]\ncurves={\"functions\": [\n");
    QTest::newRow("unknown activation") << QByteArray("[views]\ncurves=\"{\\\"functions\\\": [\\\"sigmod\\\"]}\"\n");
    QTest::newRow("parameter out of range")
        << QByteArray("[views]\ncurves=\"{\\\"parameters\\\": {\\\"softplus\\\": {\\\"beta\\\": -4}}}\"\n");
    QTest::newRow("unknown theme") << QByteArray("[window]\ntheme=neon\n");
    QTest::newRow("unknown current view") << QByteArray("[window]\nview=curvs\n");
    QTest::newRow("garbage geometry") << QByteArray("[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n");
    QTest::newRow("maxout state not an object") << QByteArray("[views]\nmaxout=\"[1, 2]\"\n");
    QTest::newRow("maxout units out of range") << QByteArray("[views]\nmaxout=\"{\\\"units\\\": 1e9}\"\n");
    QTest::newRow("softmax logit not a number")
        << QByteArray("[views]\nsoftmax=\"{\\\"logits\\\": [1, \\\"x\\\"]}\"\n");
    QTest::newRow("depth state truncated") << QByteArray("[views]\ndepth=\"{\\\"layers\\\": \"\n");
    QTest::newRow("export settings not JSON") << QByteArray("[export]\nscene=\"{\\\"dpi\\\": \"\n");
    QTest::newRow("export dpi out of range")
        << QByteArray("[export]\nscene=\"{\\\"actlab_scene\\\": 1, \\\"dpi\\\": 0}\"\n");
}

void TestMainWindow::corruptedSettingsGiveDefaults()
{
    QFETCH(QByteArray, contents);
    const QString path = m_dir.filePath(QStringLiteral("corrupted.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
    file.close();

    MainWindow window;
    QSettings settings(path, QSettings::IniFormat);
    window.readSettings(settings);
    for (const QString& id : viewIds()) QCOMPARE(window.view(id)->saveState(), createView(id)->saveState());
    QCOMPARE(window.screenTheme(), QStringLiteral("light"));
    const MainWindow fresh;
    QCOMPARE(window.currentView()->viewId(), fresh.currentView()->viewId());
    QCOMPARE(window.currentScene().size, fresh.currentScene().size);
    QCOMPARE(window.currentScene().dpi, fresh.currentScene().dpi);
}

void TestMainWindow::fileProblemsShowAMessageAndChangeNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("path");  // relative to the temporary folder
    QTest::addColumn<QByteArray>("contents");  // written to path first when not empty
    QTest::addColumn<QString>("expected");  // in the message

    QTest::newRow("open a missing scene") << u"open"_s << u"missing.json"_s << QByteArray() << u"cannot read"_s;
    QTest::newRow("open a folder") << u"open"_s << u"."_s << QByteArray() << u"cannot read"_s;
    QTest::newRow("open a scene that is not JSON")
        << u"open"_s << u"broken.json"_s << QByteArray("{\"actlab_scene\": 1,\n \"view\": curves}") << u"line 2, column"_s;
    QTest::newRow("open a scene of version 2")
        << u"open"_s << u"v2.json"_s << QByteArray(R"({"actlab_scene": 2})") << u"actlab_scene"_s;
    QTest::newRow("open a JSON array") << u"open"_s << u"array.json"_s << QByteArray("[1, 2]") << u"one JSON object"_s;
    QTest::newRow("open a scene with an unknown view")
        << u"open"_s << u"view.json"_s << QByteArray(R"({"actlab_scene": 1, "view": "curvs"})") << u"curvs"_s;
    QTest::newRow("open a scene with a bad state")
        << u"open"_s << u"state.json"_s
        << QByteArray(R"({"actlab_scene": 1, "view": "curves", "state": {"functions": ["sigmod"]}})") << u"sigmod"_s;
    QTest::newRow("save a scene into a missing folder")
        << u"save"_s << u"no/such/folder/scene.json"_s << QByteArray() << u"cannot write"_s;
    QTest::newRow("save a scene over a folder") << u"save"_s << u"."_s << QByteArray() << u"cannot write"_s;
    QTest::newRow("export data into a missing folder")
        << u"data"_s << u"no/such/folder/data.csv"_s << QByteArray() << u"cannot write"_s;
    QTest::newRow("export data over a folder") << u"data"_s << u"."_s << QByteArray() << u"cannot write"_s;
}

void TestMainWindow::fileProblemsShowAMessageAndChangeNothing()
{
    QFETCH(QString, action);
    QFETCH(QString, path);
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString fullPath = dir.filePath(path);
    if (!contents.isEmpty()) {
        QFile file(fullPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    MainWindow window;
    window.setCurrentView(u"softmax"_s);
    QList<QJsonObject> statesBefore;
    for (const View* view : window.views()) statesBefore << view->saveState();

    bool worked = true;
    if (action == u"open"_s) worked = window.openSceneFile(fullPath);
    else if (action == u"save"_s) worked = window.saveSceneFile(fullPath);
    else worked = window.exportDataFile(fullPath);
    QVERIFY(!worked);

    const QList<QMessageBox*> boxes = window.findChildren<QMessageBox*>();
    QCOMPARE(boxes.size(), 1);
    const QString message = boxes.front()->text();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(!message.isEmpty(), "an empty message tells the user nothing");

    QCOMPARE(window.currentView()->viewId(), u"softmax"_s);
    for (qsizetype i = 0; i < statesBefore.size(); ++i) QCOMPARE(window.views()[i]->saveState(), statesBefore[i]);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), filesBefore);
}

void TestMainWindow::badSceneChangesNothing()
{
    MainWindow window;
    const QJsonObject before = window.view(QStringLiteral("curves"))->saveState();
    Scene scene;
    scene.state[QStringLiteral("x_range")] = QJsonArray{5, -5};
    const QString error = window.showScene(scene);
    QVERIFY2(error.contains(QStringLiteral("x_range")), qPrintable(error));
    QCOMPARE(window.view(QStringLiteral("curves"))->saveState(), before);
    QCOMPARE(window.screenTheme(), QStringLiteral("light"));
}

namespace {

/// The plots of one view, with what each shows now.
QList<QImage> grabPlots(const QList<BufferReleasingPlot*>& plots)
{
    QList<QImage> images;
    for (BufferReleasingPlot* plot : plots) images << plot->grab().toImage();
    return images;
}

}  // namespace

void TestMainWindow::hiddenPlotsGiveBackTheirPaintBuffers()
{
    // A lecturer works at 1600 × 1000 and visits every view: the views not shown must not keep an image
    // of the window's size per plot layer, and a view shown again must look exactly as it did.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QImage> softmaxBefore;
    QList<BufferReleasingPlot*> softmaxPlots;
    for (View* view : window.views()) {
        window.setCurrentView(view->viewId());
        QCoreApplication::processEvents();
        if (view->viewId() != u"softmax"_s) continue;
        for (BufferReleasingPlot* plot : view->findChildren<BufferReleasingPlot*>())
            if (plot->isVisible()) softmaxPlots << plot;
        softmaxBefore = grabPlots(softmaxPlots);
    }
    QVERIFY(!softmaxPlots.isEmpty());
    for (const QImage& image : softmaxBefore) {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, "a plot drawn blank proves nothing");
    }
    window.setCurrentView(u"curves"_s);
    QCoreApplication::processEvents();

    qint64 hiddenBytes = 0;
    int hiddenPlots = 0;
    for (BufferReleasingPlot* plot : window.findChildren<BufferReleasingPlot*>()) {
        const qint64 bytes = plot->paintBufferBytes();
        if (plot->isVisible()) {
            const qint64 oneLayer = qint64(plot->width()) * plot->height() * 4;
            QVERIFY2(bytes >= oneLayer, qPrintable(plot->objectName() + u" shown without its buffers"_s));
        } else {
            hiddenBytes += bytes;
            ++hiddenPlots;
        }
    }
    QVERIFY(hiddenPlots >= 4);
    QVERIFY2(hiddenBytes <= 64 * hiddenPlots, qPrintable(QString::number(hiddenBytes) + u" bytes held by hidden plots"_s));

    window.setCurrentView(u"softmax"_s);
    QCoreApplication::processEvents();
    const QList<QImage> softmaxAfter = grabPlots(softmaxPlots);
    for (qsizetype i = 0; i < softmaxPlots.size(); ++i) {
        QVERIFY(softmaxAfter[i].size() == softmaxBefore[i].size());
        QVERIFY2(softmaxAfter[i] == softmaxBefore[i],
                 qPrintable(softmaxPlots[i]->objectName() + u" looks different after being hidden"_s));
    }
}

void TestMainWindow::windowFitsAProjector_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QByteArray>("state");  // merged into the view's state; the widest figures first
    for (const QString& theme : {u"light"_s, u"presentation"_s}) {
        for (const QString& id : viewIds())
            QTest::newRow(qPrintable(id + u' ' + theme)) << id << theme << QByteArray("{}");
        // The maps' title and probe row in presentation type forced 1169 px before the figure scrolled.
        QTest::newRow(qPrintable(u"maxout two inputs "_s + theme))
            << u"maxout"_s << theme << QByteArray(R"({"mode": "two_input"})");
        QTest::newRow(qPrintable(u"softmax ten classes "_s + theme))
            << u"softmax"_s << theme
            << QByteArray(R"({"logits": [1.5, -2.25, 3.125, 0.5, -1, 2, 0.25, -0.75, 1.25, -3.5]})");
    }
}

namespace {

/// Where `widget` is cut off at 1024 × 700: narrower than its text needs, or reaching past the right
/// edge of what shows it (the scroll area it is in, which does not scroll sideways, or the view).
QStringList clippedControls(View& view)
{
    QStringList problems;
    for (QWidget* widget : view.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->width() == 0) continue;
        const bool control = qobject_cast<QAbstractButton*>(widget) != nullptr ||
                             qobject_cast<QComboBox*>(widget) != nullptr ||
                             qobject_cast<QAbstractSpinBox*>(widget) != nullptr;
        if (!control) continue;
        const QString name =
            QString::fromLatin1(widget->metaObject()->className()) + u" '"_s +
            (qobject_cast<QAbstractButton*>(widget) ? qobject_cast<QAbstractButton*>(widget)->text()
                                                    : widget->objectName()) +
            u'\'';
        if (widget->sizeHint().width() > widget->width() &&
            widget->minimumSizeHint().width() > widget->width())
            problems << name + u" is "_s + QString::number(widget->width()) + u" px wide, needs "_s +
                            QString::number(widget->minimumSizeHint().width());
        QWidget* frame = &view;
        for (QWidget* parent = widget->parentWidget(); parent != nullptr && parent != &view;
             parent = parent->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
                frame = scroll->viewport();
                break;
            }
        }
        const QRect inFrame(
            widget->mapTo(frame->window(), QPoint(0, 0)) - frame->mapTo(frame->window(), QPoint(0, 0)),
            widget->size());
        if (inFrame.left() < 0 || inFrame.right() > frame->width() - 1)
            problems << name + u" reaches from x = "_s + QString::number(inFrame.left()) + u" to "_s +
                            QString::number(inFrame.right()) + u" of a "_s + QString::number(frame->width()) +
                            u"-pixel frame"_s;
    }
    return problems;
}

}  // namespace

void TestMainWindow::windowFitsAProjector()
{
    // A 1024 × 768 projector less a panel and a title bar: the window must fit 1024 × 700 with every
    // control whole, whatever the view.
    QFETCH(QString, id);
    QFETCH(QString, theme);
    QFETCH(QByteArray, state);
    MainWindow window;
    window.setCurrentView(id);
    window.setScreenTheme(theme);
    QJsonObject edited = window.currentView()->saveState();
    const QJsonObject changes = QJsonDocument::fromJson(state).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) edited[it.key()] = it.value();
    QCOMPARE(window.currentView()->restoreState(edited), QString());
    const QSize projector(1024, 700);
    QVERIFY2(window.minimumSizeHint().width() <= projector.width() &&
                 window.minimumSizeHint().height() <= projector.height(),
             qPrintable(u"minimum %1 x %2"_s.arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    window.resize(projector);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), projector);
    const QStringList problems = clippedControls(*window.currentView());
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

void TestMainWindow::failedExportKeepsTheDialogAndItsValues()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QAction* exportAction = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E)) exportAction = action;
    QVERIFY(exportAction != nullptr);

    const QString bad = dir.filePath(u"figure.bmp"_s);
    const QString good = dir.filePath(u"figure.png"_s);
    QString errorShown;
    bool stayedOpen = false;
    double widthKept = 0;
    QString pathKept;
    // The dialog is modal: the checks run from inside its event loop.
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<ExportDialog*>();
        if (dialog == nullptr) return;
        auto* path = dialog->findChild<QLineEdit*>();
        QDoubleSpinBox* width = dialog->findChildren<QDoubleSpinBox*>().value(0);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        path->setText(bad);
        width->setValue(640);
        buttons->button(QDialogButtonBox::Save)->click();
        stayedOpen = dialog->isVisible();
        errorShown = dialog->error();
        widthKept = width->value();
        pathKept = path->text();
        // Mended, the same dialog writes the file and closes.
        path->setText(good);
        buttons->button(QDialogButtonBox::Save)->click();
    });
    exportAction->trigger();

    QVERIFY(stayedOpen);
    QVERIFY2(errorShown.contains(u"unknown figure format"_s), qPrintable(errorShown));
    QCOMPARE(pathKept, bad);
    QCOMPARE(widthKept, 640.0);
    QVERIFY(!QFile::exists(bad));
    QVERIFY(QFile::exists(good));
    QCOMPARE(window.currentScene().size.width(), 640);
    QVERIFY(window.findChild<ExportDialog*>() == nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
