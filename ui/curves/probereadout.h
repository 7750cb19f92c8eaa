#pragma once

#include "ui/curves/curvesstate.h"

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QGridLayout;
class QLabel;

namespace actlab::curves {

/// x, f(x) and f′(x) at the probe for every drawn function, at full precision (17 significant digits,
/// which read back as the same double), from core. Selectable, so numbers can be copied.
class ProbeReadout : public QWidget {
    Q_OBJECT

public:
    explicit ProbeReadout(QWidget* parent = nullptr);

    void sync(const CurvesState& state);

    /// The texts shown, for tests: x, then f(x) and f′(x) of each function in the state's order.
    QString xText() const;
    QString valueText(std::size_t function) const;
    QString derivativeText(std::size_t function) const;

private:
    struct Row {
        const Activation* activation;
        QLabel* name;
        QLabel* value;
        QLabel* derivative;
    };

    QGridLayout* m_grid;
    QLabel* m_x;
    std::vector<Row> m_rows;
    std::vector<std::string> m_shownIds;
};

}  // namespace actlab::curves
