#pragma once

#include <vector>

namespace actlab {

/// Gives back a reused scratch buffer's memory when it holds less than half of it: buffers kept between
/// frames for speed should not stay at the size of the largest window or layer ever drawn.
template <typename T>
void shrinkIfOversized(std::vector<T>& buffer)
{
    if (buffer.capacity() > 2 * buffer.size()) buffer.shrink_to_fit();
}

}  // namespace actlab
