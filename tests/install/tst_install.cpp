// The installed tree: binary, desktop entry, icon and AppStream metainfo where a desktop looks for them,
// each passing its validator, and the installed binary working.

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestInstall : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void installsFile_data();
    void installsFile();
    void metainfoValidates();
    void desktopEntryValidates();
    void installedBinaryRuns();

private:
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    QProcess install;
    install.start(QStringLiteral(ACTLAB_CMAKE), {QStringLiteral("--install"), QStringLiteral(ACTLAB_BUILD_DIR),
                                                 QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
}

void TestInstall::installsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << QStringLiteral("bin/actlab");
    QTest::newRow("desktop entry") << QStringLiteral("share/applications/org.actlab.ActLab.desktop");
    QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/org.actlab.ActLab.svg");
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/org.actlab.ActLab.metainfo.xml");
    QTest::newRow("licence") << QStringLiteral("share/doc/ActLab/copyright");
}

void TestInstall::installsFile()
{
    QFETCH(QString, path);
    const QFileInfo file(m_prefix.filePath(path));
    QVERIFY2(file.exists(), qPrintable(path));
    QVERIFY(file.size() > 0);
    if (path.startsWith(QStringLiteral("bin/"))) QVERIFY(file.isExecutable());
}

void TestInstall::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty()) QSKIP("appstreamcli is not installed (Debian package appstream)");
    QProcess validate;
    validate.start(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                          m_prefix.filePath(QStringLiteral("share/metainfo/org.actlab.ActLab.metainfo.xml"))});
    QVERIFY(validate.waitForFinished(60000));
    QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
}

void TestInstall::desktopEntryValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty()) QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    QProcess validate;
    validate.start(tool, {m_prefix.filePath(QStringLiteral("share/applications/org.actlab.ActLab.desktop"))});
    QVERIFY(validate.waitForFinished(60000));
    const QByteArray report = validate.readAllStandardOutput();  // hints and warnings count too
    QVERIFY2(validate.exitCode() == 0 && report.isEmpty(), report.constData());
}

void TestInstall::installedBinaryRuns()
{
    QProcess actlab;
    actlab.start(m_prefix.filePath(QStringLiteral("bin/actlab")), {QStringLiteral("--version")});
    QVERIFY(actlab.waitForFinished(30000));
    QCOMPARE(actlab.exitCode(), 0);
    QVERIFY(actlab.readAllStandardOutput().startsWith("actlab "));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
