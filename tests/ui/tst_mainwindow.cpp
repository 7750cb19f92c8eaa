// The window shell: settings survive a restart, and a corrupted or out-of-range setting quietly falls
// back to its default instead of breaking start-up.

#include "ui/common/view.h"
#include "ui/mainwindow.h"
#include "ui/viewregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace actlab;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void settingsRoundTrip();
    void corruptedSettingsGiveDefaults_data();
    void corruptedSettingsGiveDefaults();
    void badSceneChangesNothing();

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
