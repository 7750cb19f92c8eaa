#pragma once

#include "ui/curves/curvesstate.h"

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QGridLayout;
class QLabel;

namespace actlab {
class NumberLabel;
}

namespace actlab::curves {

/// x, f(x) and f′(x) at the probe for every drawn function, from core, each as the shortest decimal that
/// reads back as the same double. Each number copies whole (Ctrl+C, right-click → Copy).
class ProbeReadout : public QWidget {
    Q_OBJECT

public:
    explicit ProbeReadout(QWidget* parent = nullptr);

    void sync(const CurvesState& state);

    /// The texts shown, for tests: x, then f(x) and f′(x) of each function in the state's order.
    QString xText() const;
    QString valueText(std::size_t function) const;
    QString derivativeText(std::size_t function) const;
    /// The cells, for tests: x, f(x) of function i, f′(x) of function i.
    NumberLabel* xCell() const { return m_x; }
    NumberLabel* valueCell(std::size_t function) const { return m_rows.at(function).value; }
    NumberLabel* derivativeCell(std::size_t function) const { return m_rows.at(function).derivative; }

private:
    /// `v` in `cell`, in words where it is not a finite number.
    static void showNumber(NumberLabel* cell, double v);
    struct Row {
        const Activation* activation;
        QLabel* name;
        NumberLabel* value;
        NumberLabel* derivative;
    };

    QGridLayout* m_grid;
    NumberLabel* m_x;
    std::vector<Row> m_rows;
    std::vector<std::string> m_shownIds;
};

}  // namespace actlab::curves
