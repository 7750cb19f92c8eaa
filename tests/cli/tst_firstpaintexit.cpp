// The first-paint hook bench/replot.sh times cold start with: `actlab` with ACTLAB_EXIT_AFTER_FIRST_PAINT
// set opens its window, paints it once and quits by itself with status 0; without it the window stays.

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestFirstPaintExit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void windowQuitsAfterItsFirstPaint();
    void windowStaysWithoutTheVariable();

private:
    /// The window on the offscreen platform, with settings of its own (a first start, as the bench has).
    void startWindow(QProcess& process, bool exitAfterFirstPaint);

    QTemporaryDir m_config;
    qint64 m_firstPaintMilliseconds = 0;
};

void TestFirstPaintExit::initTestCase()
{
    QVERIFY(m_config.isValid());
}

void TestFirstPaintExit::startWindow(QProcess& process, bool exitAfterFirstPaint)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    environment.remove(u"ACTLAB_EXIT_AFTER_FIRST_PAINT"_s);
    if (exitAfterFirstPaint) environment.insert(u"ACTLAB_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACTLAB_BINARY), QStringList{});
}

void TestFirstPaintExit::windowQuitsAfterItsFirstPaint()
{
    QProcess actlab;
    QElapsedTimer clock;
    clock.start();
    startWindow(actlab, true);
    QVERIFY(actlab.waitForStarted());
    QVERIFY2(actlab.waitForFinished(60000), "the window did not quit after its first paint");
    m_firstPaintMilliseconds = clock.elapsed();
    QCOMPARE(actlab.exitStatus(), QProcess::NormalExit);
    QCOMPARE(actlab.exitCode(), 0);
}

void TestFirstPaintExit::windowStaysWithoutTheVariable()
{
    // Given three times as long as the first paint took above (two seconds at least), the window
    // without the hook is still open: the hook, not a start-up failure, is what ended the run above.
    QProcess actlab;
    startWindow(actlab, false);
    QVERIFY(actlab.waitForStarted());
    const bool finished = actlab.waitForFinished(int(std::max<qint64>(2000, 3 * m_firstPaintMilliseconds)));
    if (!finished) {
        actlab.kill();
        actlab.waitForFinished();
    }
    QVERIFY2(!finished, actlab.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestFirstPaintExit)
#include "tst_firstpaintexit.moc"
