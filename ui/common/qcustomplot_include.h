#pragma once

// Include QCustomPlot through this header, never directly.
//
// qcustomplot.h 2.1 uses Qt's `foreach` keyword inside two inline templates (plottableAt, itemAt), and
// every ActLab target builds with QT_NO_FOREACH, which removes that keyword. Rather than drop the
// define for the whole library, give this one header a range-for with the same meaning for the
// duration of the include. The Qt headers it pulls in come first (QtPrintSupport's module header brings
// Core, Gui and Widgets, as qcustomplot.h itself does), so the macro cannot reach them.
#pragma GCC system_header

#include <qmath.h>
#include <QtPrintSupport/QtPrintSupport>

#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : container)
#define ACTLAB_DEFINED_FOREACH_FOR_QCUSTOMPLOT
#endif

#include <qcustomplot.h>

#ifdef ACTLAB_DEFINED_FOREACH_FOR_QCUSTOMPLOT
#undef foreach
#undef ACTLAB_DEFINED_FOREACH_FOR_QCUSTOMPLOT
#endif
