#pragma once

#include <QString>

#include <cstddef>

namespace actlab {

/// "s₁" for class index 0, "a₃" for 2: the names the figure uses for probabilities and logits.
QString probabilityName(std::size_t index);
QString logitName(std::size_t index);

}  // namespace actlab
