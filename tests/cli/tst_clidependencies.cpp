// The command line apart from the GUI: a test binary that uses only the headless command-line library
// (actlab_cli: core and Qt Core) must not load Qt Widgets, Qt Gui or QCustomPlot. The binaries checked
// are linked with --no-as-needed (actlab_keep_needed_libraries), so ldd lists every shared library their
// link line brought in, not only those the linker kept: a GUI library anywhere in actlab_cli's link
// interface shows here even when no symbol of it is used.

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliDependencies : public QObject {
    Q_OBJECT

private slots:
    void loadsNoGuiLibrary_data();
    void loadsNoGuiLibrary();
};

void TestCliDependencies::loadsNoGuiLibrary_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("tst_clidependencies") << QCoreApplication::applicationFilePath();
    for (const QString& binary : QStringLiteral(ACTLAB_HEADLESS_BINARIES).split(u':', Qt::SkipEmptyParts))
        QTest::newRow(qPrintable(QFileInfo(binary).fileName())) << binary;
}

void TestCliDependencies::loadsNoGuiLibrary()
{
    QFETCH(QString, binary);
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    QProcess ldd;
    ldd.start(u"ldd"_s, {binary});
    QVERIFY2(ldd.waitForFinished(30000), "ldd did not finish");
    QCOMPARE(ldd.exitCode(), 0);
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    // Each of them links Qt Core through actlab_cli: seeing it shows ldd's list is the one to search.
    QVERIFY2(libraries.contains(u"libQt6Core.so"_s), qPrintable(libraries));
    static const QRegularExpression gui(
        u"^.*(libQt6Widgets|libQt6Gui|libQCustomPlot).*$"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto match = gui.globalMatch(libraries); match.hasNext();)
        found << match.next().captured(0).trimmed();
    QVERIFY2(found.isEmpty(),
             qPrintable(u"GUI libraries loaded by "_s + binary + u":\n"_s + found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCliDependencies)
#include "tst_clidependencies.moc"
