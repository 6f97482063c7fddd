#pragma once

#include "core/Clock.h"

namespace helpdesk {

// A clock that only moves when told to (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Timestamp start = Timestamp::fromSecs(1'800'000'000)) : m_now(start) {}

    Timestamp now() const override { return m_now; }
    void set(Timestamp now) { m_now = now; }
    void advanceSecs(std::int64_t secs) { m_now = m_now.addSecs(secs); }
    void advanceMicros(std::int64_t micros) { m_now = m_now.addMicros(micros); }

private:
    Timestamp m_now;
};

} // namespace helpdesk
