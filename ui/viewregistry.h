#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QWidget;

namespace actlab {

class View;

/// Every view the window shows, in tab order, newly made. The one place a new subject is added.
std::vector<std::unique_ptr<View>> createViews();

/// The view with this id, newly made, or nullptr (headless export makes just the one it needs).
std::unique_ptr<View> createView(const QString& viewId);

/// The ids of createViews(), in order.
QStringList viewIds();

}  // namespace actlab
