#include "ui/mainwindow.h"

#include "ui/common/language.h"
#include "ui/common/theme.h"
#include "ui/common/undoactions.h"
#include "ui/common/undorecorder.h"
#include "ui/common/view.h"
#include "ui/common/windowpalette.h"
#include "ui/export/exportdialog.h"
#include "ui/export/figureexport.h"
#include "ui/export/plotdata.h"
#include "ui/shortcutsdialog.h"
#include "ui/viewregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QJsonDocument>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace actlab {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(QStringLiteral("ActLab"));
    m_tabs->setDocumentMode(true);
    createViewTabs();
    recordEdits();
    // Edit → Undo and Redo act on the view in front.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (View* view = currentView()) m_undoGroup->setActiveStack(undoStack(view->viewId()));
    });
    m_undoGroup->setActiveStack(undoStack(currentView()->viewId()));
    setCentralWidget(m_tabs);
    createMenus();
    resize(defaultSize());
}

QSize MainWindow::defaultSize() const
{
    // Most of the screen, up to the size the figures are designed at: the plot, formula and probe
    // readout all need room, and 1200 × 760 squeezed the formula panel on a 1920 × 1080 screen.
    const QSize designed(1600, 1000);
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen) return {1200, 760};
    const QSize available = screen->availableGeometry().size() * 0.9;
    return designed.boundedTo(available).expandedTo(QSize(960, 600));
}

void MainWindow::createViewTabs()
{
    // Here rather than in the constructor, so a change of language retranslates them with the views.
    m_tabs->tabBar()->setAccessibleName(tr("Views"));
    m_tabs->tabBar()->setToolTip(tr("The views: click one, or press Ctrl+Tab and Ctrl+Shift+Tab to switch"));
    for (std::unique_ptr<View>& view : createViews()) {
        m_views.push_back(view.get());
        // A plot's right-click menu asks for the export dialog; the view asking is the one shown.
        connect(view.get(), &View::exportRequested, this, &MainWindow::exportFigure);
        m_tabs->addTab(view.release(), m_views.back()->title());  // the tab widget owns it now
    }
}

void MainWindow::recordEdits()
{
    for (View* view : m_views) {
        UndoRecorder*& recorder = m_recorders[view->viewId()];
        if (recorder != nullptr) {
            recorder->attach(*view);
            continue;
        }
        recorder = new UndoRecorder(*view, this);
        m_undoGroup->addStack(&recorder->stack());
    }
}

QUndoStack* MainWindow::undoStack(const QString& viewId) const
{
    const auto it = m_recorders.find(viewId);
    return it != m_recorders.end() ? &it->second->stack() : nullptr;
}

void MainWindow::resetCurrentView()
{
    View* view = currentView();
    // A new view's state is the defaults, whatever the view holds (functions, layers, ranges …).
    const QJsonObject defaults = createView(view->viewId())->saveState();
    m_recorders.at(view->viewId())->recordAs(tr("Reset all to defaults"), [&] {
        if (const QString error = view->restoreState(defaults); !error.isEmpty())
            qWarning("reset: %s defaults not restored (%s)", qPrintable(view->viewId()), qPrintable(error));
    });
}

void MainWindow::setLanguage(const QString& languageId)
{
    if (!language::ids().contains(languageId)) return;
    m_languageId = languageId;
    language::install(languageId);
    rebuild();
}

void MainWindow::rebuild()
{
    // Every text is set where a widget is built, so a new language rebuilds the views and menus rather
    // than retranslating each widget: each view's state goes out and back in through its JSON. The undo
    // steps stay with their recorders, which follow the new views once they hold the old state.
    const QString current = currentView() ? currentView()->viewId() : QString();
    std::vector<QJsonObject> states;
    for (View* view : m_views) states.push_back(view->saveState());
    m_tabs->clear();
    for (View* view : m_views) delete view;
    m_views.clear();
    createViewTabs();
    for (std::size_t i = 0; i < m_views.size() && i < states.size(); ++i) {
        if (const QString error = m_views[i]->restoreState(states[i]); !error.isEmpty())
            qWarning("language change: %s state not restored (%s)", qPrintable(m_views[i]->viewId()), qPrintable(error));
    }
    recordEdits();
    delete m_themeActions;
    delete m_languageActions;
    m_themeActions = m_languageActions = nullptr;
    setMenuBar(new QMenuBar(this));  // the old bar, with its menus and actions, is deleted later
    createMenus();
    setScreenTheme(m_themeId);
    setCurrentView(current);
}

View* MainWindow::view(const QString& viewId) const
{
    for (View* view : m_views) {
        if (view->viewId() == viewId) return view;
    }
    return nullptr;
}

View* MainWindow::currentView() const { return qobject_cast<View*>(m_tabs->currentWidget()); }

void MainWindow::setCurrentView(const QString& viewId)
{
    if (View* v = view(viewId)) m_tabs->setCurrentWidget(v);
}

void MainWindow::setScreenTheme(const QString& themeId)
{
    bool ok = false;
    const Theme theme = Theme::byId(themeId, &ok);
    if (!ok) return;
    m_themeId = themeId;
    applyWindowPalette(themeId == u"dark");
    for (View* view : m_views) view->applyTheme(theme);
    for (QAction* action : m_themeActions->actions()) action->setChecked(action->data().toString() == themeId);
}

Scene MainWindow::currentScene() const
{
    Scene scene = m_exportSettings;
    if (View* view = currentView()) {
        scene.viewId = view->viewId();
        scene.state = view->saveState();
    }
    return scene;
}

QString MainWindow::showScene(const Scene& scene)
{
    View* target = view(scene.viewId);
    if (!target) return tr("unknown view '%1'").arg(scene.viewId);
    QString error;
    m_recorders.at(scene.viewId)->recordAs(tr("Open scene"), [&] {
        error = target->restoreState(scene.state);
    });
    if (!error.isEmpty()) return tr("state: %1").arg(error);
    m_exportSettings = scene;
    m_exportSettings.state = {};
    setCurrentView(scene.viewId);
    setScreenTheme(scene.themeId);
    return {};
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open scene…"), this, &MainWindow::openScene);
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save scene…"), this, &MainWindow::saveScene);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export figure…"), this, &MainWindow::exportFigure);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* copy = file->addAction(tr("&Copy figure"), this, &MainWindow::copyFigure);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addAction(tr("Export &data as CSV…"), this, &MainWindow::exportData);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    // Spelled out rather than QKeySequence::Quit, which is empty on Windows.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    // Closing the last window ends the application through the normal path, so close events run.
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(createUndoAction(*m_undoGroup, edit));
    edit->addAction(createRedoAction(*m_undoGroup, edit));
    edit->addSeparator();
    QAction* resetAll = edit->addAction(tr("Reset &all to defaults"), this, &MainWindow::resetCurrentView);
    resetAll->setToolTip(
        tr("Put everything in this view back as it was at first: one step, which Undo takes back"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* themes = viewMenu->addMenu(tr("&Theme"));
    m_themeActions = new QActionGroup(this);
    const QStringList names{tr("&Light"), tr("&Dark"), tr("&Print (black and white)"), tr("P&resentation")};
    for (qsizetype i = 0; i < Theme::ids().size(); ++i) {
        QAction* action = themes->addAction(names.value(i, Theme::ids()[i]));
        action->setCheckable(true);
        action->setData(Theme::ids()[i]);
        action->setChecked(Theme::ids()[i] == m_themeId);
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { setScreenTheme(action->data().toString()); });
    }
    // Each language named in itself; the change takes effect at once and is remembered.
    QMenu* languages = viewMenu->addMenu(tr("&Language"));
    m_languageActions = new QActionGroup(this);
    for (const QString& id : language::ids()) {
        QAction* action = languages->addAction(language::displayName(id));
        action->setCheckable(true);
        action->setData(id);
        action->setChecked(id == m_languageId);
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] {
            QSettings settings;
            language::toSettings(settings, id);
            // Queued: the rebuild deletes the menu this action lives in.
            QMetaObject::invokeMethod(this, [this, id] { setLanguage(id); }, Qt::QueuedConnection);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutsDialog(*this, this).exec(); });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction* about = help->addAction(tr("&About ActLab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ActLab"),
        tr("<h3>ActLab %1</h3>"
           "<p>Explore neural-network activation functions beside their exact derivatives: every value and "
           "derivative agrees with a 60-digit reference to 1e-14.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later. "
           "Built with Qt %2 and QCustomPlot.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    // Window-modal and non-blocking: the window keeps painting behind it, and nothing waits on it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openScene()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scene"), m_lastScenePath,
                                                      tr("ActLab scenes (*.json);;All files (*)"));
    if (!path.isEmpty()) openSceneFile(path);
}

bool MainWindow::openSceneFile(const QString& path)
{
    Scene scene;
    QString error = readScene(path, scene);
    if (error.isEmpty()) {
        error = showScene(scene);
        if (!error.isEmpty()) error = path + QStringLiteral(": ") + error;
    }
    if (!error.isEmpty()) {
        showError(tr("Open scene"), error);
        return false;
    }
    m_lastScenePath = path;
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::saveScene()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save scene"), m_lastScenePath,
                                                tr("ActLab scenes (*.json)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) path += QStringLiteral(".json");
    saveSceneFile(path);
}

bool MainWindow::saveSceneFile(const QString& path)
{
    Scene scene = currentScene();
    scene.themeId = m_themeId;
    if (const QString error = writeScene(path, scene); !error.isEmpty()) {
        showError(tr("Save scene"), error);
        return false;
    }
    m_lastScenePath = path;
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::exportFigure()
{
    // The dialog writes the file itself and stays open on a failure, with the user's values in it.
    const auto write = [this](const Scene& settings, const QString& path) {
        Scene scene = settings;
        scene.viewId = currentView()->viewId();
        scene.state = currentView()->saveState();
        return exportScene(scene, path);
    };
    ExportDialog dialog(currentScene(), m_lastExportPath, write, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_exportSettings = dialog.scene();
    m_exportSettings.state = {};
    m_lastExportPath = dialog.path();
    statusBar()->showMessage(tr("Wrote %1").arg(dialog.path()), 5000);
}

void MainWindow::copyFigure()
{
    // The figure at its size on screen, sharp on HiDPI, in the screen theme; SVG alongside for
    // applications that take vectors.
    QWidget* figure = currentView()->figure();
    const double ratio = figure->devicePixelRatioF();
    Scene scene = currentScene();
    scene.themeId = m_themeId;
    scene.size = figure->size() * ratio;
    scene.dpi = 96 * ratio;
    scene.textScale = 1;
    QString error;
    const QImage image = renderSceneImage(scene, error);
    const QByteArray svg = error.isEmpty() ? renderSceneSvg(scene, error) : QByteArray();
    if (!error.isEmpty()) return showError(tr("Copy figure"), error);
    auto* mime = new QMimeData;
    mime->setImageData(image);
    mime->setData(QStringLiteral("image/svg+xml"), svg);
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Figure copied"), 3000);
}

void MainWindow::exportData()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export data"), QString(), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) path += QStringLiteral(".csv");
    exportDataFile(path);
}

bool MainWindow::exportDataFile(const QString& path)
{
    QSaveFile file(path);
    const QByteArray csv = plottedDataCsv(*currentView()->figure());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showError(tr("Export data"), tr("cannot write '%1': %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
    return true;
}

void MainWindow::readSettings(QSettings& settings)
{
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    for (View* view : m_views) {
        const QByteArray json = settings.value(QStringLiteral("views/") + view->viewId()).toString().toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(json);
        // A corrupted or outdated entry leaves the view at its defaults: no dialog, the user has nothing to fix.
        if (document.isObject()) {
            if (const QString error = view->restoreState(document.object()); !error.isEmpty())
                qWarning("settings: %s ignored (%s)", qPrintable(view->viewId()), qPrintable(error));
        }
    }
    const QByteArray exportJson = settings.value(QStringLiteral("export/scene")).toString().toUtf8();
    Scene exportSettings;
    if (!exportJson.isEmpty() && parseScene(exportJson, exportSettings).isEmpty()) {
        exportSettings.state = {};
        m_exportSettings = exportSettings;
    }
    m_lastExportPath = settings.value(QStringLiteral("export/path")).toString();
    m_lastScenePath = settings.value(QStringLiteral("scene/path")).toString();
    setScreenTheme(settings.value(QStringLiteral("window/theme"), m_themeId).toString());
    setCurrentView(settings.value(QStringLiteral("window/view")).toString());
    // The state the window opens with is where undo starts, not a step.
    for (const auto& [id, recorder] : m_recorders) recorder->restart();
    // main() installed this language before the window was built; here the menu learns which it is.
    m_languageId = language::fromSettings(settings);
    for (QAction* action : m_languageActions->actions()) action->setChecked(action->data().toString() == m_languageId);
}

void MainWindow::writeSettings(QSettings& settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/view"), currentView() ? currentView()->viewId() : QString());
    settings.setValue(QStringLiteral("window/theme"), m_themeId);
    language::toSettings(settings, m_languageId);
    for (View* view : m_views) {
        settings.setValue(QStringLiteral("views/") + view->viewId(),
                          QString::fromUtf8(QJsonDocument(view->saveState()).toJson(QJsonDocument::Compact)));
    }
    settings.setValue(QStringLiteral("export/scene"), QString::fromUtf8(sceneToJson(m_exportSettings)));
    settings.setValue(QStringLiteral("export/path"), m_lastExportPath);
    settings.setValue(QStringLiteral("scene/path"), m_lastScenePath);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    writeSettings(settings);
    QMainWindow::closeEvent(event);
}

}  // namespace actlab
