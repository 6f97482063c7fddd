#pragma once

#include "core/Timestamp.h"

namespace helpdesk {

// Injectable time (KeePassXC's Clock): SLA, token expiry and backoff logic ask a Clock, never the system,
// so tests can move time with ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Timestamp now() const override;
};

} // namespace helpdesk
