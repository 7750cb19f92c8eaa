#pragma once

#include <QStringList>

class QWidget;

namespace actlab::stress {

/// Every broken promise under `root`, one line each naming where: a NaN or infinite number in any plot's
/// data, axis ranges or item positions (apart from the NaN separators the maxout map's region outlines
/// carry on purpose), or visible text that reads "nan" or "inf" (labels, plot texts, tick labels,
/// buttons, spin boxes, tables, lists, combo boxes, tabs, the status bar). Empty when all is well.
QStringList screenProblems(QWidget& root);

}  // namespace actlab::stress
