#pragma once

#include <QMainWindow>

#include <vector>

class QTabWidget;

namespace actlab {

class View;

/// The application window: a shell around the views, one tab each. It owns menus and window chrome
/// only; each view owns its own state, controls and figure.
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

private:
    void createMenus();

    QTabWidget* m_tabs;
    std::vector<View*> m_views;
};

}  // namespace actlab
