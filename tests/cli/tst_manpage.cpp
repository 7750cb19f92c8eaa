// The manual page actlab.1 that the build writes from the help texts (actlab_manpage): every subcommand
// `actlab --help` lists has its section, every option a help text names is in the page (a subcommand's
// own in its section), and man reads the page without a warning, as lintian checks it.

#include "commandline.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString help(const QString& topic = {})
{
    return QString::fromStdString(actlab::usage(topic.toStdString()));
}

/// The words of the command list of `actlab --help` ("  eval FUNCTION ..."): list, eval, ..., --version.
QStringList listedCommands()
{
    static const QRegularExpression entry(u"^  (\\S+)"_s, QRegularExpression::MultilineOption);
    QStringList names;
    for (auto match = entry.globalMatch(help()); match.hasNext();) names << match.next().captured(1);
    return names;
}

/// The options a text names: "--with-kinks", "-o", "-h" (a word of letters and dashes after a dash,
/// not inside a word, so "non-empty" and "0x1p-3" are not options).
QStringList optionsIn(const QString& text)
{
    static const QRegularExpression option(u"(?<![\\w-])--?[a-z][a-z-]*(?![\\w-])"_s);
    QStringList options;
    for (auto match = option.globalMatch(text); match.hasNext();) {
        const QString found = match.next().captured(0);
        if (!options.contains(found)) options << found;
    }
    return options;
}

/// The page as a reader sees it: comments dropped, a request line reduced to its arguments (".SS eval"
/// reads "eval"), escapes resolved.
QString readable(const QString& troff)
{
    QString text;
    for (QString line : troff.split(u'\n')) {
        if (line.startsWith(u".\\\""_s)) continue;
        if (line.startsWith(u'.')) {
            const qsizetype space = line.indexOf(u' ');
            line = space < 0 ? QString() : line.mid(space + 1);
        }
        text += line + u'\n';
    }
    static const QRegularExpression escape(u"\\\\(-|e|&|\\(aq|\\(ga|f[BIRP])"_s);
    QString resolved;
    qsizetype at = 0;
    for (auto match = escape.globalMatch(text); match.hasNext();) {
        const auto m = match.next();
        resolved += text.mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        if (name == u"-")
            resolved += u'-';
        else if (name == u"e")
            resolved += u'\\';
        else if (name == u"(aq")
            resolved += u'\'';
        else if (name == u"(ga")
            resolved += u'`';
        at = m.capturedEnd();
    }
    return resolved + text.mid(at);
}

/// The troff of one subsection (".SS eval" up to the next .SS or .SH), or empty when there is none.
QString subsection(const QString& troff, const QString& name)
{
    const QString heading = u"\n.SS "_s + name + u'\n';
    const qsizetype begin = troff.indexOf(heading);
    if (begin < 0) return {};
    static const QRegularExpression next(u"\\n\\.S[SH] "_s);
    const auto end = next.match(troff, begin + 1);
    return troff.mid(begin, end.hasMatch() ? end.capturedStart() - begin : -1);
}

bool mentions(const QString& text, const QString& option)
{
    return QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(option) + u"(?![\\w-])"_s)
        .match(text)
        .hasMatch();
}

}  // namespace

class TestManPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hasASectionPerSubcommand_data();
    void hasASectionPerSubcommand();
    void documentsEveryOption_data();
    void documentsEveryOption();
    void manReadsItWithoutWarnings();

private:
    QString m_page;
};

void TestManPage::initTestCase()
{
    QFile file(QStringLiteral(ACTLAB_MANUAL_PAGE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_page = QString::fromUtf8(file.readAll());
    QVERIFY(m_page.startsWith(u".\\\""_s));
}

void TestManPage::hasASectionPerSubcommand_data()
{
    QTest::addColumn<QString>("command");
    const QStringList commands = listedCommands();
    // The list is read from the help text; the command-line tests name what it must hold.
    QVERIFY2(commands.size() >= 6, qPrintable(commands.join(u", ")));
    for (const QString& command : commands) QTest::newRow(qPrintable(command)) << command;
}

void TestManPage::hasASectionPerSubcommand()
{
    QFETCH(QString, command);
    if (help(command).isEmpty()) {
        // help and --version have no help of their own: the page's command list names them.
        const QString escaped = QString(command).replace(u"-"_s, u"\\-"_s);
        QVERIFY2(m_page.contains(u"\n.TP\n\\fB"_s + escaped + u"\\fR"_s), qPrintable(command));
        return;
    }
    const QString section = subsection(m_page, command);
    QVERIFY2(!section.isEmpty(), qPrintable(u"no .SS "_s + command));
    QVERIFY(readable(section).contains(u"actlab "_s + command));
    QVERIFY(readable(section).contains(u"Examples:"_s));
}

void TestManPage::documentsEveryOption_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("option");
    QStringList topics{QString()};
    for (const QString& command : listedCommands())
        if (!help(command).isEmpty()) topics << command;
    for (const QString& topic : topics)
        for (const QString& option : optionsIn(help(topic)))
            QTest::addRow("%s %s", topic.isEmpty() ? "--help" : qPrintable(topic), qPrintable(option))
                << topic << option;
}

void TestManPage::documentsEveryOption()
{
    QFETCH(QString, topic);
    QFETCH(QString, option);
    // A subcommand's options are in its own section; the overview's anywhere in the page.
    const QString where = topic.isEmpty() ? m_page : subsection(m_page, topic);
    QVERIFY2(mentions(readable(where), option), qPrintable(option));
}

void TestManPage::manReadsItWithoutWarnings()
{
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    if (man.isEmpty()) QSKIP("man is not installed (Debian package man-db)");
    // lintian's check (manpage-has-errors-from-man): groff's warnings on stderr, the output discarded.
    QProcess render;
    render.start(man, {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, u"-Tutf8"_s, u"-Z"_s,
                       QStringLiteral(ACTLAB_MANUAL_PAGE)});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    const QByteArray warnings = render.readAllStandardError();
    QVERIFY2(warnings.isEmpty(), warnings.constData());

    // The NAME section as man's index reads it (lintian: manpage-has-bad-whatis-entry).
    const QString lexgrog = QStandardPaths::findExecutable(u"lexgrog"_s);
    if (lexgrog.isEmpty()) return;
    QProcess whatis;
    whatis.start(lexgrog, {QStringLiteral(ACTLAB_MANUAL_PAGE)});
    QVERIFY(whatis.waitForFinished(30000));
    QCOMPARE(whatis.exitCode(), 0);
    QVERIFY2(whatis.readAllStandardOutput().contains("\"actlab - "), "no whatis entry");
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
