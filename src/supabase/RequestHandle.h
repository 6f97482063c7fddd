#pragma once

#include <functional>
#include <memory>

namespace helpdesk {

namespace detail {

// Shared between a RequestHandle and the operation it controls. A multi-stage operation (refresh the
// token, then retry) replaces onCancel as it moves from stage to stage; cancelled stays set.
struct RequestState
{
    bool cancelled = false;
    bool finished = false;
    std::function<void()> onCancel;
};

} // namespace detail

// Returned at once by every asynchronous call. cancel() aborts the operation: its callback then runs once
// with Error{Cancelled} (callbacks run exactly once unless their context object is destroyed first).
// Use from the thread that owns the client. A default-constructed handle controls nothing.
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(std::shared_ptr<detail::RequestState> state) : m_state(std::move(state)) {}

    void cancel();
    bool isActive() const { return m_state && !m_state->finished && !m_state->cancelled; }
    bool isCancelled() const { return m_state && m_state->cancelled; }

    static RequestHandle finished();

private:
    std::shared_ptr<detail::RequestState> m_state;
};

} // namespace helpdesk
