#pragma once

#include "core/maxout.h"
#include "ui/common/theme.h"
#include "ui/maxout/maxoutstyle.h"

#include <QTableWidget>

#include <cstddef>
#include <span>
#include <vector>

namespace actlab {

/// Where backpropagation sends the gradient at the probe: for every unit j of group g, ∂out_g/∂wⱼ and
/// ∂out_g/∂bⱼ, from core's maxoutBackward with ∂L/∂out = 1 for every output. Only each group's winning
/// unit gets a non-zero gradient; its row is highlighted.
class MaxoutGradientTable : public QTableWidget {
    Q_OBJECT

public:
    explicit MaxoutGradientTable(QWidget* parent = nullptr);

    /// Evaluates `layer` at `x` through core and shows the result.
    void showGradient(const MaxoutLayer& layer, std::span<const double> x, const Theme& theme);

    /// The units shown as winners, one per group, ascending.
    const std::vector<std::size_t>& winners() const { return m_winners; }
    /// The gradients as shown: [unit][input], and per unit for the bias.
    const std::vector<std::vector<double>>& weightGradients() const { return m_weightGradients; }
    const std::vector<double>& biasGradients() const { return m_biasGradients; }

private:
    std::vector<std::size_t> m_winners;
    std::vector<std::vector<double>> m_weightGradients;
    std::vector<double> m_biasGradients;
    UnitIcons m_icons;
};

}  // namespace actlab
