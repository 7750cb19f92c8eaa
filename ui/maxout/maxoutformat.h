#pragma once

#include "core/maxout.h"

#include <QString>

#include <cstddef>

namespace actlab {

/// "z₁" for unit 0: units are numbered from 1 on screen, as on a slide.
QString unitName(std::size_t unit);
/// "out₁" for group 0.
QString outputName(std::size_t group);
/// "out₁ = max(z₁, z₂)", or "out₃ = z₅" for a group of one; long groups elide the middle
/// ("max(z₁, z₂, …, z₁₆)").
QString groupFormula(const MaxoutLayer& layer, std::size_t group);
/// "m = 4 units, groups of k = 2 → 2 outputs", and when k does not divide m, the note that the last
/// group is smaller: "… → 3 outputs (the last group has only 2 units)". Translated.
QString layerSummary(const MaxoutLayer& layer);
/// The unit's formula for its inputs: "z₂ = 0.5x + 0.5", "z₁ = x₁ + 0.5x₂ − 1".
QString unitFormula(const MaxoutLayer& layer, std::size_t unit);

}  // namespace actlab
