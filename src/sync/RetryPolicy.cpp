#include "sync/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace helpdesk {

std::chrono::milliseconds RetryPolicy::delay(int attempt, double random01) const
{
    const int shift = std::clamp(attempt, 0, 30);
    const double ceiling = std::min(static_cast<double>(m_max.count()),
                                    static_cast<double>(m_base.count()) * static_cast<double>(1LL << shift));
    const double half = ceiling / 2.0;
    const double value = half + half * std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<long long>(value));
}

std::chrono::milliseconds RetryPolicy::delay(int attempt) const
{
    return delay(attempt, QRandomGenerator::global()->generateDouble());
}

bool RetryPolicy::needsSignIn(const Error& error)
{
    return error.httpStatus == 401;
}

} // namespace helpdesk
