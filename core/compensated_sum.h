#pragma once

#include <cmath>

namespace actlab {

/// Neumaier's compensated summation: the error stays a few ulp of the total however many terms
/// (a plain loop over 4096 probabilities can be off by thousands of ulp).
class CompensatedSum {
public:
    void add(double v)
    {
        const double t = m_sum + v;
        m_compensation += std::fabs(m_sum) >= std::fabs(v) ? (m_sum - t) + v : (v - t) + m_sum;
        m_sum = t;
    }
    double value() const { return m_sum + m_compensation; }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

}  // namespace actlab
