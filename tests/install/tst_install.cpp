// The installed tree: binary, desktop entry, icon and AppStream metainfo where a desktop looks for them,
// each passing its validator, the installed binary working, and the files Debian's conventions ask of a
// package (a machine-readable copyright file, the packaging changelog, a manual page, both compressed
// reproducibly) where dpkg and lintian look for them.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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
    void compressedAsDebianWants_data();
    void compressedAsDebianWants();
    void copyrightIsMachineReadable();
    void changelogNamesThePackageVersion();

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
    QTest::newRow("copyright") << QStringLiteral("share/doc/actlab/copyright");
    QTest::newRow("changelog") << QStringLiteral("share/doc/actlab/changelog.Debian.gz");
    QTest::newRow("manual page") << QStringLiteral("share/man/man1/actlab.1.gz");
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

void TestInstall::compressedAsDebianWants_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("changelog") << QStringLiteral("share/doc/actlab/changelog.Debian.gz");
    QTest::newRow("manual page") << QStringLiteral("share/man/man1/actlab.1.gz");
}

void TestInstall::compressedAsDebianWants()
{
    // gzip's header (RFC 1952): no file name and no time stamp (gzip -n, so a rebuild makes the same
    // bytes; lintian: package-contains-timestamped-gzip), and the flag for maximum compression (gzip -9;
    // lintian: *-not-compressed-with-max-compression).
    QFETCH(QString, path);
    QFile file(m_prefix.filePath(path));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray header = file.read(10);
    QCOMPARE(header.size(), 10);
    QCOMPARE(header.left(3), QByteArray("\x1f\x8b\x08"));
    QCOMPARE(int(header[3]), 0);                      // FLG: no name, comment or extra field
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));  // MTIME
    QCOMPARE(int(header[8]), 2);                      // XFL: maximum compression
}

void TestInstall::copyrightIsMachineReadable()
{
    QFile file(m_prefix.filePath(QStringLiteral("share/doc/actlab/copyright")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray copyright = file.readAll();
    QVERIFY(
        copyright.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
    QVERIFY(copyright.contains("\nFiles: *\n"));
    // The project's licence (LICENSE: GPL version 3, "or any later version" as the metainfo says), by
    // reference to the copy every Debian system has.
    QVERIFY(copyright.contains("\nLicense: GPL-3+\n"));
    QVERIFY(copyright.contains("/usr/share/common-licenses/GPL-3"));
}

void TestInstall::changelogNamesThePackageVersion()
{
    // The version CPack gives the package, read from the configuration it runs with.
    QFile config(QStringLiteral(ACTLAB_BUILD_DIR "/CPackConfig.cmake"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QString settings = QString::fromUtf8(config.readAll());
    const auto setting = [&](const QString& name) {
        return QRegularExpression(QStringLiteral("set\\(%1 \"([^\"]*)\"\\)").arg(name))
            .match(settings)
            .captured(1);
    };
    const QString version = setting(QStringLiteral("CPACK_PACKAGE_VERSION")) + u'-' +
                            setting(QStringLiteral("CPACK_DEBIAN_PACKAGE_RELEASE"));
    QVERIFY2(!version.startsWith(u'-') && !version.endsWith(u'-'), qPrintable(version));

    QProcess gunzip;
    gunzip.start(
        QStringLiteral("gzip"),
        {QStringLiteral("-dc"), m_prefix.filePath(QStringLiteral("share/doc/actlab/changelog.Debian.gz"))});
    QVERIFY(gunzip.waitForFinished(30000));
    QCOMPARE(gunzip.exitCode(), 0);
    const QString changelog = QString::fromUtf8(gunzip.readAllStandardOutput());
    // The latest entry comes first: "actlab (0.1.0-1) unstable; urgency=medium".
    QVERIFY2(changelog.startsWith(QStringLiteral("actlab (%1) ").arg(version)),
             qPrintable(changelog.section(u'\n', 0, 0) + QStringLiteral(" does not name ") + version));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
