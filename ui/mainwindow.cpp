#include "ui/mainwindow.h"

#include "ui/common/view.h"
#include "ui/viewregistry.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace actlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_tabs(new QTabWidget(this))
{
    setWindowTitle(QStringLiteral("ActLab"));
    m_tabs->setDocumentMode(true);
    for (std::unique_ptr<View>& view : createViews()) {
        m_views.push_back(view.get());
        m_tabs->addTab(view.release(), m_views.back()->title());  // the tab widget owns it now
    }
    setCentralWidget(m_tabs);
    createMenus();
    resize(1200, 760);
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
