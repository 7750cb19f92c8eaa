#pragma once

// Test rows generated from core's registry, so a new activation is covered without editing tests.

#include "core/activation.h"

#include <QString>

#include <vector>

namespace actlab::testing {

struct ParameterCase {
    QString label;  ///< "beta=0.01", or "defaults"
    ParameterValues values;
};

/// The defaults, and each parameter at its minimum and at its maximum.
inline std::vector<ParameterCase> parameterCases(const Activation& a)
{
    std::vector<ParameterCase> cases{{QStringLiteral("defaults"), a.defaults()}};
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        for (double v : {a.parameters[i].minimum, a.parameters[i].maximum}) {
            ParameterValues p = a.defaults();
            p[i] = v;
            cases.push_back({QString::fromUtf8(a.parameters[i].id.data(), qsizetype(a.parameters[i].id.size())) +
                                 u'=' + QString::number(v),
                             p});
        }
    }
    return cases;
}

inline QString idOf(const Activation& a) { return QString::fromUtf8(a.id.data(), qsizetype(a.id.size())); }

}  // namespace actlab::testing
