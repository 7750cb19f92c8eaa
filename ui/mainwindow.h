#pragma once

#include <QMainWindow>

namespace actlab {

class CurvesView;

/// The application window: a shell around the views. It owns menus and window chrome only; each view
/// owns its own state, controls and plot.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    CurvesView* curvesView() const { return m_curvesView; }

private:
    void createMenus();

    CurvesView* m_curvesView;
};

}  // namespace actlab
