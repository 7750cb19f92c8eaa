#pragma once

#include "ui/scene/scene.h"

#include <QMainWindow>

#include <map>
#include <vector>

class QActionGroup;
class QSettings;
class QTabWidget;
class QUndoGroup;
class QUndoStack;

namespace actlab {

class UndoRecorder;
class View;

/// The application window: a shell around the views, one tab each. It owns menus, the screen theme,
/// figure export, scene files and settings; each view owns its own state, controls and figure.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// The views in tab order.
    const std::vector<View*>& views() const { return m_views; }
    /// The view with this id, or nullptr.
    View* view(const QString& viewId) const;
    View* currentView() const;
    void setCurrentView(const QString& viewId);

    /// The undo steps of the view with this id (nullptr for an unknown id); Edit → Undo and Redo act on
    /// the current view's. The steps outlive a change of language.
    QUndoStack* undoStack(const QString& viewId) const;
    /// Edit → Reset all to defaults: the current view's whole state back to a new view's, as one step.
    void resetCurrentView();

    /// The current view as a scene: its state, the screen theme and the last export size and dpi.
    Scene currentScene() const;
    /// Shows a scene: its view becomes current with the scene's state, theme and export settings; the
    /// new state is one undo step of that view. Returns one line naming the problem (and changes
    /// nothing) if the scene's state is invalid.
    QString showScene(const Scene& scene);

    /// The theme every view is drawn in on screen; the dark one darkens the whole window, controls
    /// included. A setting, not an undo step.
    QString screenTheme() const { return m_themeId; }
    void setScreenTheme(const QString& themeId);

    /// What File → Open scene, Save scene and Export data do once their dialog has a path. A problem
    /// (missing or unreadable file, bad scene, unwritable path) is shown in a message box naming it,
    /// changes nothing and leaves no file behind; the return value says whether it worked.
    bool openSceneFile(const QString& path);
    bool saveSceneFile(const QString& path);
    bool exportDataFile(const QString& path);

    /// The UI language: "" (the system locale), "en" or "zh_CN", as in View → Language. Installs the
    /// translators and rebuilds menus and views at once, keeping every view's state, the current tab and
    /// the theme. Does not write settings (choosing it in the menu does).
    void setLanguage(const QString& languageId);
    QString language() const { return m_languageId; }

    /// Settings: window geometry, current view, screen theme, export settings and every view's state.
    /// Anything missing, corrupted or out of range is skipped and that part keeps its default.
    void readSettings(QSettings& settings);
    void writeSettings(QSettings& settings) const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// 90 % of the primary screen's available area, at most 1600 × 1000 and at least 960 × 600.
    QSize defaultSize() const;
    void createViewTabs();
    /// Records each view's edits as undo steps, from its present state on; after a rebuild the
    /// recorders follow the new views and keep their steps.
    void recordEdits();
    void createMenus();
    void rebuild();
    void openScene();
    void saveScene();
    void exportFigure();
    void copyFigure();
    void exportData();
    void showError(const QString& title, const QString& message);
    void showAbout();

    QTabWidget* m_tabs;
    std::vector<View*> m_views;
    QUndoGroup* m_undoGroup;
    std::map<QString, UndoRecorder*> m_recorders;  ///< by view id
    QActionGroup* m_themeActions = nullptr;
    QActionGroup* m_languageActions = nullptr;
    QString m_languageId;  ///< "" follows the system locale
    QString m_themeId = QStringLiteral("light");
    Scene m_exportSettings;  ///< size, dpi, text scale and theme of the last export
    QString m_lastExportPath;
    QString m_lastScenePath;
};

}  // namespace actlab
