#pragma once

#include "activation.h"

#include <cstddef>
#include <span>

namespace actlab {

/// Samples f and f′ at `points` evenly spaced x over [from, to] (both ends included, exactly).
///
/// With `insertKinks`, every kink strictly inside (from, to) that is not already a sample is inserted at
/// its exact position, in order, so a plotted relu bends exactly at 0; the buffers then need room for
/// points + kMaxKinks entries. Returns the number of samples written.
/// Preconditions (std::invalid_argument otherwise): points ≥ 2, from < to, both finite, and every buffer
/// large enough.
std::size_t sampleRange(const Activation& activation, const ParameterValues& p, double from, double to,
                        std::size_t points, bool insertKinks, std::span<double> x, std::span<double> f,
                        std::span<double> df);

/// The i-th of `points` evenly spaced values over [from, to]: exactly `from` at 0 and `to` at points − 1,
/// without overflow even for ±DBL_MAX.
double evenlySpaced(double from, double to, std::size_t i, std::size_t points);

}  // namespace actlab
