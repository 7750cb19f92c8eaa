#pragma once

#include <QByteArray>

class QWidget;

namespace actlab {

/// What a figure plots, as CSV for pgfplots or a spreadsheet, numbers with 17 significant digits. Where
/// every curve comes as a pair sharing its x samples (a function and its derivative) the columns are
/// `function,x,f,df`; otherwise one row per point: `series,x,y`.
QByteArray plottedDataCsv(QWidget& figure);

}  // namespace actlab
