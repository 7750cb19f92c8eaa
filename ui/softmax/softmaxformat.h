#pragma once

#include <QString>

#include <cstddef>

namespace actlab {

/// Four significant digits (or `digits`) for labels inside the figure ("0.6364", "−0.04329",
/// "1.235e−44"), with a true minus sign, and never "−0".
QString formatShort(double value, int digits = 4);

/// The shortest text that reads back as exactly `value` ("0.1", "-0.14900000000000002", "1e+308"), in
/// plain ASCII so it can be copied into a number box: for tooltips and the command line's readers.
QString formatFull(double value);

/// Unicode subscript digits for a 1-based index: 1 → "₁", 10 → "₁₀".
QString subscript(std::size_t oneBased);

/// "s₁" for class index 0, "a₃" for 2: the names the figure uses for probabilities and logits.
QString probabilityName(std::size_t index);
QString logitName(std::size_t index);

}  // namespace actlab
