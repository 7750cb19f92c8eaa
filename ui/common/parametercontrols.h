#pragma once

#include "core/activation.h"

#include <QString>
#include <QWidget>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

class NumberEntry;

/// A number entry for every parameter of a list of activations, generated from core's ParameterSpec
/// (label, range, default, log scale): a new activation in core gets its controls in every view with no
/// UI code, and a parameter reads, ranges, steps and explains itself the same in each.
class ParameterControls : public QWidget {
    Q_OBJECT

public:
    /// How the rows are laid out; the rows themselves are the same either way.
    enum class Grouping {
        BoxPerActivation,  ///< a titled box per activation, rows labelled by the parameter ("β")
        OneForm,           ///< one form, rows labelled with the activation ("Softplus β")
    };

    explicit ParameterControls(Grouping grouping, QWidget* parent = nullptr);

    /// Shows the parameters of `activationIds` (rows are rebuilt only when the activations with
    /// parameters among them change) with the values `valuesOf` gives, emitting nothing.
    void sync(const std::vector<std::string>& activationIds,
              const std::function<ParameterValues(const Activation&)>& valuesOf);

    /// The entry of one parameter, or nullptr. It is named "<activation>.<parameter>".
    NumberEntry* entry(std::string_view activationId, std::string_view parameterId) const;
    /// No activation shown has parameters.
    bool isEmpty() const { return m_rows.empty(); }

    /// The entry of parameter `index` of `activation`: its label, range, scale, default, tooltip,
    /// accessible name and object names, all from core.
    static NumberEntry* makeEntry(const Activation& activation, std::size_t index, QWidget* parent);

signals:
    void parameterEdited(const QString& activationId, int parameterIndex, double value, bool dragging);
    void editingFinished();

private:
    struct Row {
        const Activation* activation;
        std::size_t index;
        NumberEntry* entry;
    };

    void rebuild(const std::vector<const Activation*>& shown);
    NumberEntry* addEntry(const Activation& activation, std::size_t index, QWidget* parent);

    Grouping m_grouping;
    std::vector<const Activation*> m_shown;
    std::vector<Row> m_rows;
    QWidget* m_content = nullptr;
};

}  // namespace actlab
