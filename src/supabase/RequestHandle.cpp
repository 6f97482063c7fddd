#include "supabase/RequestHandle.h"

namespace helpdesk {

void RequestHandle::cancel()
{
    if (!m_state || m_state->finished || m_state->cancelled)
        return;
    m_state->cancelled = true;
    if (auto onCancel = std::move(m_state->onCancel))
        onCancel();
}

RequestHandle RequestHandle::finished()
{
    auto state = std::make_shared<detail::RequestState>();
    state->finished = true;
    return RequestHandle(std::move(state));
}

} // namespace helpdesk
