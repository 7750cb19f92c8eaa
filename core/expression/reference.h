#pragma once

#include "core/expression/dualrules.h"
#include "core/expression/expressiontree.h"

#include <span>

namespace actlab::expression {

/// One number of a rigorous reference: the exact value rounded to the nearest double, or undetermined
/// when even the widest precision leaves a ball that holds two doubles (a kink straddled, a pole, a
/// domain error, or digits beyond the cap).
struct ReferenceNumber {
    double value = 0;
    bool determined = false;
    long bits = 0;  ///< the precision that determined it (or the cap, when undetermined)
};

struct ReferencePoint {
    ReferenceNumber f;
    ReferenceNumber df;  ///< from `side` at a kink, as the program computes it
};

/// Widest precision tried, in bits, before a point is called undetermined.
inline constexpr long kMaxReferenceBits = 4096;

/// f(x) and f′(x) of the real function the formula denotes — literals as the exact decimals typed, π
/// and e exact — in Arb's ball arithmetic, raising the precision from 64 bits until each ball holds a
/// single double. A fixed number of digits is not enough: log(1 + exp(−745)) needs about 1,100 bits to
/// come out as 5e−324 rather than 0. `parameters` in the expression's order.
ReferencePoint referenceAt(const Expression& expression, double x, std::span<const double> parameters,
                           Side side = Side::Left, long maxBits = kMaxReferenceBits);

/// Frees the calling thread's Arb caches (π, log 2 and the like at the precisions used). A worker thread
/// that computed references calls it before it ends, or the caches outlive it; the next reference on
/// the thread fills them again.
void releaseThreadReferenceCaches();

}  // namespace actlab::expression
