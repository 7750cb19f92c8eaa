#pragma once

// The families the registry concatenates; one table per file.

#include "activation.h"

#include <span>

namespace actlab {

std::span<const Activation> classicActivations();
std::span<const Activation> rectifierActivations();
std::span<const Activation> smoothActivations();
std::span<const Activation> hardActivations();

}  // namespace actlab
