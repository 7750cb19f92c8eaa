// The Simplified Chinese UI: every tr() the window, its views and dialogs ask for has a translation, no
// English is left in what a user sees, every string of core's registry is translated, and View → Language
// relabels the window at once without losing any view's state.

#include "core/activation.h"
#include "ui/common/coretext.h"
#include "ui/common/language.h"
#include "ui/common/qcustomplot_include.h"
#include "ui/common/view.h"
#include "ui/export/exportdialog.h"
#include "ui/export/figureexport.h"
#include "ui/export/outliningpaintdevice.h"
#include "ui/mainwindow.h"
#include "ui/maxout/maxoutformat.h"
#include "ui/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <set>

using namespace actlab;

namespace {

const QString kQm = QStringLiteral(":/i18n/actlab_zh_CN.qm");

/// Installed last, so asked first: records every ActLab lookup the real translation cannot answer, and
/// answers nothing itself.
class MissRecorder : public QTranslator {
public:
    MissRecorder() { QVERIFY(m_real.load(kQm)); }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const QByteArray name(context ? context : "");
        if (name.startsWith("actlab") && sourceText && *sourceText &&
            m_real.translate(context, sourceText, disambiguation, n).isEmpty())
            misses.insert(QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable std::set<QString> misses;

private:
    QTranslator m_real;
};

/// Words that may stay in Latin letters in the Chinese UI: names of functions, products and people, and
/// mathematical notation. Everything else in Latin letters is untranslated English.
const QSet<QString>& allowedWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
             {// functions, as PyTorch and the literature name them
              "ReLU", "relu", "ReLU6", "relu6", "Leaky", "ELU", "elu", "SELU", "selu", "GELU", "gelu", "SiLU",
              "silu", "Swish", "swish", "Mish", "mish", "Sigmoid", "sigmoid", "Tanh", "tanh", "Softplus",
              "softplus", "Softsign", "softsign", "Hard", "hard", "hardsigmoid", "hardswish", "hardtanh",
              "softmax", "Softmax", "maxout", "Maxout", "logit", "Logit", "logits", "argmax", "one-hot",
              // notation: act(·) in the depth chain, out₁ = max(z₁, z₂) in maxout
              "act", "out", "max", "min", "exp", "ln", "log", "sech", "sp", "sign", "dpi", "DPI", "cm", "px",
              "lim", "sum", "det", "diag", "inf", "nan", "NaN", "def", "dx", "std", "mt19937_64",
              // what a typed formula is written with: the constant pi, a LaTeX copy, GiNaC's f′
              "pi", "LaTeX", "GiNaC",
              // names
              "ActLab", "PyTorch", "autograd", "MobileNetV3", "GPT", "GPT-2", "BERT", "Transformer", "Qt",
              "QCustomPlot", "GNU", "GPL", "CSV", "PNG", "SVG", "PDF", "JSON", "IEEE", "Ctrl", "Shift", "Alt",
              "Esc", "Del", "PgUp", "PgDown", "Home", "End", "Space", "Tab", "Backspace", "Enter", "Return",
              "Up", "Down", "Left", "Right", "Ins", "Meta", "F1", "F2", "F3", "F5", "F11", "true", "false",
              // the numerics lens: number formats, units, libraries and the formula language's functions
              "float64", "float32", "bfloat16", "ulp", "ulps", "Arb", "TensorFlow", "Keras", "sqrt", "erf",
              "erfc", "Phi", "log1p", "expm1", "where", "abs", "step", "pi"})
            set.insert(QString::fromLatin1(word));
        set.insert(QStringLiteral("English"));  // the language menu names each language in itself
        // Parameter names as PyTorch spells them ("PyTorch: negative_slope"), which code must use.
        for (const Activation& activation : activations()) {
            for (const ParameterSpec& spec : activation.parameters)
                set.insert(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())));
        }
        return set;
    }();
    return words;
}

/// The English words in `text`: runs of two or more Latin letters not in allowedWords().
QStringList englishWords(const QString& text)
{
    // A word starts after no digit (1e308 is a number) and may hold - and _ (one-hot, negative_slope).
    static const QRegularExpression word(QStringLiteral("(?<![0-9A-Za-z])[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>|&[a-z]+;|\\.(png|svg|pdf|json|csv)\\b"));
    QString plain = text;
    plain.remove(tag);
    QStringList found;
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowedWords().contains(w)) found << w;
    }
    return found;
}

/// Everything a user can read in a plot: axis labels, legend entries, text items and titles.
void collectPlotTexts(QCustomPlot& plot, QStringList& out)
{
    for (QCPAxisRect* rect : plot.axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            if (axis->visible()) out << axis->label();
        }
    }
    // Series names show only in legends (an unnamed helper graph is "Graph 3" and never seen).
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
        auto* legend = qobject_cast<QCPLegend*>(element);
        if (!legend || !legend->visible()) continue;
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)); item && item->visible())
                out << item->plottable()->name();
        }
    }
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text && text->visible())
            out << text->text();
    }
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
        if (auto* title = qobject_cast<QCPTextElement*>(element); title && title->visible())
            out << title->text();
    }
}

/// The text, tooltips and accessible names of `root` and every widget under it that is visible.
void collectWidgetTexts(QWidget& root, QStringList& out)
{
    QList<QWidget*> widgets = root.findChildren<QWidget*>();
    widgets.prepend(&root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(&root) && w != &root) continue;
        out << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName()
            << w->accessibleDescription();
        if (w->isWindow()) out << w->windowTitle();
        if (auto* label = qobject_cast<QLabel*>(w)) out << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w)) out << button->text();
        if (auto* group = qobject_cast<QGroupBox*>(w)) out << group->title();
        if (auto* edit = qobject_cast<QLineEdit*>(w)) out << edit->placeholderText();
        if (auto* spin = qobject_cast<QSpinBox*>(w))
            out << spin->prefix() << spin->suffix() << spin->specialValueText();
        if (auto* spin = qobject_cast<QDoubleSpinBox*>(w))
            out << spin->prefix() << spin->suffix() << spin->specialValueText();
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) out << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                for (int c = 0; c < tree->columnCount(); ++c) out << (*it)->text(c) << (*it)->toolTip(c);
            }
            if (!tree->isHeaderHidden()) {
                for (int c = 0; c < tree->columnCount(); ++c) out << tree->headerItem()->text(c);
            }
        }
        if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i) out << list->item(i)->text() << list->item(i)->toolTip();
        }
        if (auto* table = qobject_cast<QTableWidget*>(w)) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (QTableWidgetItem* item = table->item(r, c)) out << item->text() << item->toolTip();
                }
            }
            for (int c = 0; c < table->columnCount(); ++c) {
                if (QTableWidgetItem* item = table->horizontalHeaderItem(c)) out << item->text();
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                if (QTableWidgetItem* item = table->verticalHeaderItem(r)) out << item->text();
            }
        }
        if (auto* plot = qobject_cast<QCustomPlot*>(w)) collectPlotTexts(*plot, out);
    }
}

void collectMenuTexts(QMenuBar& bar, QStringList& out)
{
    for (QAction* top : bar.actions()) {
        out << top->text();
        if (QMenu* menu = top->menu()) {
            for (QAction* action : menu->actions()) {
                out << action->text() << action->toolTip() << action->statusTip();
                if (QMenu* sub = action->menu()) {
                    for (QAction* item : sub->actions())
                        out << item->text() << item->toolTip() << item->statusTip();
                }
            }
        }
    }
}

/// "text" → its English words, for every text that has any; one line each.
QStringList untranslated(const QStringList& texts)
{
    QStringList lines;
    QSet<QString> seen;
    for (const QString& text : texts) {
        if (text.isEmpty() || seen.contains(text)) continue;
        seen.insert(text);
        if (const QStringList words = englishWords(text); !words.isEmpty())
            lines
                << QStringLiteral("  \"%1\"  (%2)").arg(QString(text).replace(u'\n', u'⏎'), words.join(u' '));
    }
    return lines;
}

QAction* findAction(QWidget& window, const std::function<bool(QAction*)>& match)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (match(action)) return action;
    }
    return nullptr;
}

}  // namespace

class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void chineseWindowHasNoEnglish();
    void coreTextIsTranslated_data();
    void coreTextIsTranslated();
    void languageMenuRelabelsTheWindow();
    void pluralsFollowTheCount_data();
    void pluralsFollowTheCount();
    void systemLocaleChoosesChinese();
    void svgOutlinesChineseText();
    void screenshot();
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // the language action writes settings
    QTranslator probe;
    QVERIFY2(probe.load(kQm), "the zh_CN translation is not compiled into the binary");
}

void TestTranslation::cleanup()
{
    language::install(QStringLiteral("en"));
}

void TestTranslation::chineseWindowHasNoEnglish()
{
    QCOMPARE(language::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    MissRecorder recorder;
    QCoreApplication::installTranslator(&recorder);

    QStringList texts;
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        collectMenuTexts(*window.menuBar(), texts);
        // Every view, with the highlights that draw text switched on where a view has them.
        for (View* view : window.views()) {
            window.setCurrentView(view->viewId());
            QJsonObject state = view->saveState();
            if (view->viewId() == u"curves") {
                state[QStringLiteral("functions")] =
                    QJsonArray{QStringLiteral("sigmoid"), QStringLiteral("relu"), QStringLiteral("softplus"),
                               QStringLiteral("gelu")};
                QJsonObject highlights = state[QStringLiteral("highlights")].toObject();
                for (auto it = highlights.begin(); it != highlights.end(); ++it) {
                    if (it->isBool()) *it = true;
                }
                state[QStringLiteral("highlights")] = highlights;
                QCOMPARE(view->restoreState(state), QString());
            }
            QCoreApplication::processEvents();
            collectWidgetTexts(window, texts);
        }
        for (QAction* action : window.findChildren<QAction*>()) texts << action->text() << action->toolTip();

        ExportDialog exportDialog(
            window.currentScene(), QStringLiteral("figure.txt"),
            [](const Scene&, const QString&) { return QString(); }, &window);
        exportDialog.show();
        collectWidgetTexts(exportDialog, texts);
        exportDialog.close();

        ShortcutsDialog shortcuts(window, &window);
        shortcuts.show();
        collectWidgetTexts(shortcuts, texts);
        shortcuts.close();

        // About is modal: read and close it from the event loop.
        if (QAction* about =
                findAction(window, [](QAction* a) { return a->menuRole() == QAction::AboutRole; })) {
            bool seen = false;
            QTimer::singleShot(0, this, [&] {
                if (QWidget* box = QApplication::activeModalWidget()) {
                    collectWidgetTexts(*box, texts);
                    seen = true;
                    box->close();
                }
            });
            about->trigger();
            QTRY_VERIFY(seen);
        }
    }
    QCoreApplication::removeTranslator(&recorder);

    // One line each (a failure message is cut short), then the verdict.
    for (const QString& miss : recorder.misses) qWarning("no zh_CN translation: %s", qPrintable(miss));
    const QStringList english = untranslated(texts);
    for (const QString& line : english) qWarning("English in the Chinese UI: %s", qPrintable(line));
    QVERIFY2(recorder.misses.empty(),
             qPrintable(QStringLiteral("%1 tr() lookups without a translation (listed above)")
                            .arg(recorder.misses.size())));
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("%1 texts with English words (listed above)").arg(english.size())));
}

void TestTranslation::coreTextIsTranslated_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& text : coreTexts()) QTest::newRow(qPrintable(text.left(48))) << text;
}

void TestTranslation::coreTextIsTranslated()
{
    // Straight from the .qm: a string missing from ui/common/coretext.cpp's list has no entry at all.
    QFETCH(QString, text);
    QTranslator translator;
    QVERIFY(translator.load(kQm));
    const QString translation = translator.translate(kCoreTextContext, text.toUtf8().constData());
    QVERIFY2(!translation.isEmpty(), "no translation: add it to ui/common/coretext.cpp and the .ts");
    const QStringList english = englishWords(translation);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English left: ") + english.join(u' ')));
}

void TestTranslation::languageMenuRelabelsTheWindow()
{
    language::install(QStringLiteral("en"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setScreenTheme(QStringLiteral("dark"));
    View* curves = window.view(QStringLiteral("curves"));
    QJsonObject state = curves->saveState();
    state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("tanh"), QStringLiteral("elu")};
    QCOMPARE(curves->restoreState(state), QString());
    const QJsonObject before = curves->saveState();
    window.setCurrentView(QStringLiteral("softmax"));

    const auto menuTitles = [&] {
        QStringList titles;
        for (QAction* action : window.menuBar()->actions()) titles << action->text();
        return titles;
    };
    const auto tabTitles = [&] {
        QStringList titles;
        const auto* tabs = window.findChild<QTabWidget*>();
        for (int i = 0; i < tabs->count(); ++i) titles << tabs->tabText(i);
        return titles;
    };
    const auto groupTitles = [&] {
        QStringList titles;
        for (const QGroupBox* box : window.view(QStringLiteral("curves"))->findChildren<QGroupBox*>())
            titles << box->title();
        return titles;
    };
    QVERIFY(menuTitles().contains(QStringLiteral("&File")));
    QVERIFY(tabTitles().contains(QStringLiteral("Curves")));
    QVERIFY(groupTitles().contains(QStringLiteral("Parameters")));

    const auto choose = [&](const QString& id) {
        QAction* action = findAction(window, [&](QAction* a) {
            return a->isCheckable() && a->data() == QVariant(id) && a->menu() == nullptr &&
                   !a->text().isEmpty() && a->parent() && qobject_cast<QMenu*>(a->parent());
        });
        QVERIFY2(action, qPrintable(QStringLiteral("no language action for ") + id));
        action->trigger();
    };
    choose(QStringLiteral("zh_CN"));
    QTRY_VERIFY(menuTitles().contains(QStringLiteral("文件(&F)")));
    QVERIFY(tabTitles().contains(QStringLiteral("函数曲线")));
    QVERIFY(groupTitles().contains(QStringLiteral("参数")));
    QCOMPARE(window.language(), QStringLiteral("zh_CN"));
    // The state, the current tab and the theme survive the rebuild.
    QCOMPARE(window.view(QStringLiteral("curves"))->saveState(), before);
    QCOMPARE(window.currentView()->viewId(), QStringLiteral("softmax"));
    QCOMPARE(window.screenTheme(), QStringLiteral("dark"));

    choose(QStringLiteral("en"));
    QTRY_VERIFY(menuTitles().contains(QStringLiteral("&File")));
    QVERIFY(tabTitles().contains(QStringLiteral("Curves")));
    QVERIFY(groupTitles().contains(QStringLiteral("Parameters")));
    QCOMPARE(window.view(QStringLiteral("curves"))->saveState(), before);
}

void TestTranslation::pluralsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<QString>("summary");
    QTest::newRow("en: one unit, one output")
        << QStringLiteral("en") << 1 << 1 << QStringLiteral("m = 1 unit, groups of k = 1 → 1 output");
    QTest::newRow("en: two units, one output")
        << QStringLiteral("en") << 2 << 2 << QStringLiteral("m = 2 units, groups of k = 2 → 1 output");
    QTest::newRow("en: last group of one") << QStringLiteral("en") << 5 << 2
                                           << QStringLiteral(
                                                  "m = 5 units, groups of k = 2 → 3 outputs "
                                                  "(k does not divide m: the last group has only 1 unit)");
    QTest::newRow("en: last group of two") << QStringLiteral("en") << 5 << 3
                                           << QStringLiteral(
                                                  "m = 5 units, groups of k = 3 → 2 outputs "
                                                  "(k does not divide m: the last group has only 2 units)");
    QTest::newRow("zh_CN: one form for every count")
        << QStringLiteral("zh_CN") << 1 << 1 << QStringLiteral("m = 1 个单元，每组 k = 1 个 → 1 个输出");
    QTest::newRow("zh_CN: last group of one")
        << QStringLiteral("zh_CN") << 5 << 2
        << QStringLiteral("m = 5 个单元，每组 k = 2 个 → 3 个输出 （k 不能整除 m：最后一组只有 1 个单元）");
}

// Plurals come from the translation (tr("%n outputs", nullptr, n)), not from branches in the code:
// English has its own plural forms, Chinese one form for every count.
void TestTranslation::pluralsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, units);
    QFETCH(int, groupSize);
    QFETCH(QString, summary);
    QCOMPARE(language::install(language), language);
    MaxoutLayer layer;
    layer.units.assign(std::size_t(units), MaxoutUnit{{1.0}, 0.0});
    layer.groupSize = std::size_t(groupSize);
    QCOMPARE(layerSummary(layer), summary);
}

void TestTranslation::systemLocaleChoosesChinese()
{
    // The system locale is read from the environment at start-up, so a child process checks it.
    if (qEnvironmentVariable("ACTLAB_TRANSLATION_CHILD") == u"1") {
        QCOMPARE(QLocale::system().name(), QStringLiteral("zh_CN"));
        QCOMPARE(language::install(QString()), QStringLiteral("zh_CN"));
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("文件(&F)"));
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    environment.insert(QStringLiteral("ACTLAB_TRANSLATION_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("systemLocaleChoosesChinese")});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             child.readAll().constData());
}

void TestTranslation::svgOutlinesChineseText()
{
    // The sigmoid with its peak and vanishing-gradient labels, which in Chinese mix Han and Greek.
    Scene scene;
    scene.size = QSize(800, 500);
    QString error;
    const std::unique_ptr<View> view = viewForScene(scene, error);
    QVERIFY2(view, qPrintable(error));
    QJsonObject state = view->saveState();
    state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("sigmoid")};
    QJsonObject highlights = state[QStringLiteral("highlights")].toObject();
    highlights[QStringLiteral("peak")] = true;
    highlights[QStringLiteral("saturation")] = true;
    state[QStringLiteral("highlights")] = highlights;
    scene.state = state;

    const QByteArray english = renderSceneSvg(scene, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    language::install(QStringLiteral("zh_CN"));
    const QByteArray chinese = renderSceneSvg(scene, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Qt hands text to the SVG writer in runs of one script: English keeps every run as text; in Chinese
    // the Han runs become outlines while the Latin and Greek runs and the tick labels stay text.
    QVERIFY(english.contains(">σ′ = 0.25 <"));
    QVERIFY(english.contains(">through n layers the gradient is at most 0.25"));
    const QString svg = QString::fromUtf8(chinese);
    for (const QChar c : svg) {
        QVERIFY2(!OutliningPaintDevice::needsOutline(QString(c)),
                 qPrintable(QStringLiteral("CJK character left as SVG text: ") + c));
    }
    QVERIFY(chinese.contains(">0.25</text>"));  // the y axis tick
    QVERIFY(!chinese.contains("through n layers"));

    // PNG and PDF draw the glyphs themselves; the PDF embeds a subset of the CJK font (Noto Sans CJK
    // from fonts-noto-cjk on Debian). ACTLAB_KEEP_FIGURES=dir keeps the three files to look at.
    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("ACTLAB_KEEP_FIGURES");
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    for (const char* suffix : {"svg", "png", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("ui-zh_CN.") + QLatin1String(suffix));
        QCOMPARE(exportScene(scene, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (qstrcmp(suffix, "pdf") == 0) {
            const QByteArray pdf = file.readAll();
            if (!pdf.contains("CJK")) QSKIP("no CJK font installed (Debian: fonts-noto-cjk)");
            QVERIFY(pdf.contains("/FontFile"));
            // The Simplified Chinese forms of the Han characters, whatever the system locale.
            QVERIFY2(pdf.contains("NotoSansCJKsc"), "the PDF does not use Noto Sans CJK SC");
        }
    }
    QVERIFY(chinese.count("<path") > english.count("<path"));
}

void TestTranslation::screenshot()
{
    // ACTLAB_SCREENSHOT=docs/ui-zh_CN.png regenerates the README's picture of the Chinese window.
    const QString path = qEnvironmentVariable("ACTLAB_SCREENSHOT");
    if (path.isEmpty()) QSKIP("set ACTLAB_SCREENSHOT to a .png path to write the Chinese window there");
    language::install(QStringLiteral("zh_CN"));
    MainWindow window;
    window.resize(1600, 1000);
    View* curves = window.view(QStringLiteral("curves"));
    QJsonObject state = curves->saveState();
    state[QStringLiteral("functions")] = QJsonArray{QStringLiteral("sigmoid"), QStringLiteral("tanh")};
    state[QStringLiteral("selected")] = QStringLiteral("sigmoid");
    QJsonObject highlights = state[QStringLiteral("highlights")].toObject();
    highlights[QStringLiteral("peak")] = true;
    highlights[QStringLiteral("saturation")] = true;
    highlights[QStringLiteral("depth_note")] = true;
    state[QStringLiteral("highlights")] = highlights;
    QCOMPARE(curves->restoreState(state), QString());
    window.setCurrentView(QStringLiteral("curves"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    QVERIFY(window.grab().save(path));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
