#include "ui/softmax/softmaxformat.h"

#include "ui/common/numberformat.h"

namespace actlab {

QString probabilityName(std::size_t index)
{
    return u's' + subscriptDigits(static_cast<long long>(index + 1));
}

QString logitName(std::size_t index)
{
    return u'a' + subscriptDigits(static_cast<long long>(index + 1));
}

}  // namespace actlab
