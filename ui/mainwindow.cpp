#include "ui/mainwindow.h"

#include "ui/curvesview.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace actlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_curvesView(new CurvesView(this))
{
    setWindowTitle(QStringLiteral("ActLab"));
    setCentralWidget(m_curvesView);
    createMenus();
    resize(1200, 760);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    // Spelled out rather than QKeySequence::Quit, which is empty on Windows.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    // Closing the last window ends the application through the normal path, so close events run.
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

}  // namespace actlab
