#pragma once

#include "ui/curves/curvesstate.h"

#include <QWidget>

#include <vector>

class QCheckBox;

namespace actlab {
class NumberEntry;
}

namespace actlab::curves {

/// A switch for each highlight and the ε of the vanishing-gradient shading. Switches that concern a
/// function not checked (the relu ↔ softplus gap without softplus) are shown disabled.
class HighlightPanel : public QWidget {
    Q_OBJECT

public:
    explicit HighlightPanel(QWidget* parent = nullptr);

    void sync(const CurvesState& state);

    /// The switch for one highlight, by its JSON key ("peak", "relu_gap", …), or nullptr.
    QCheckBox* box(const QString& key) const;
    NumberEntry* epsilonEntry() const { return m_epsilon; }

signals:
    void highlightsEdited(const CurvesHighlights& highlights, bool dragging);
    void editingFinished();

private:
    struct Switch {
        QString key;
        bool CurvesHighlights::*member;
        QCheckBox* box;
        const char* concerns;  ///< The activation id the highlight concerns, or nullptr for any.
    };

    CurvesHighlights m_shown;
    std::vector<Switch> m_switches;
    NumberEntry* m_epsilon;
};

}  // namespace actlab::curves
