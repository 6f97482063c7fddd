#include "core/Clock.h"

#include <chrono>

namespace helpdesk {

Timestamp SystemClock::now() const
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp::fromMicros(std::chrono::duration_cast<std::chrono::microseconds>(since).count());
}

} // namespace helpdesk
