#pragma once

#include "core/Error.h"

#include <chrono>
#include <functional>

namespace helpdesk {

// When to try a failed request again: equal-jitter exponential backoff (half of min(max, base·2^attempt)
// plus a random share of the other half), and which failures are worth retrying at all (network trouble,
// timeouts, 408/429/5xx; never a refusal).
class RetryPolicy
{
public:
    RetryPolicy() = default;
    RetryPolicy(std::chrono::milliseconds base, std::chrono::milliseconds max) : m_base(base), m_max(max) {}

    // attempt: 0 for the first retry. random01 in [0, 1) (tests pass fixed values).
    std::chrono::milliseconds delay(int attempt, double random01) const;
    std::chrono::milliseconds delay(int attempt) const; // with a random share

    static bool shouldRetry(const Error& error) { return error.retryable(); }
    // 401 after the token refresh failed: the write is fine, the session is not. Keep it and wait.
    static bool needsSignIn(const Error& error);

    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds max() const { return m_max; }

private:
    std::chrono::milliseconds m_base{1'000};
    std::chrono::milliseconds m_max{60'000};
};

} // namespace helpdesk
