#pragma once

// Waiting in tests without sleeping: spin the event loop until a condition holds or a timeout passes
// (QTest::qWaitFor), and capture an asynchronous callback's Result.

#include "core/Result.h"

#include <QTest>
#include <optional>

namespace helpdesk::test {

template <typename Predicate> [[nodiscard]] bool waitUntil(Predicate predicate, int timeoutMs = 10'000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

// Holds the Result a callback receives: pass callback() to the call, then wait().
template <typename T> class Capture
{
public:
    auto callback()
    {
        return [this](Result<T> r) {
            ++m_calls;
            m_result.emplace(std::move(r));
        };
    }
    [[nodiscard]] bool wait(int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    bool done() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    const Result<T>& result() const { return *m_result; }
    bool ok() const { return m_result && m_result->ok(); }
    // For failure messages: "ok" or the error.
    std::string describe() const
    {
        if (!m_result)
            return "no result";
        return m_result->ok() ? "ok" : m_result->error().toString().toStdString();
    }
    void reset()
    {
        m_result.reset();
        m_calls = 0;
    }

private:
    std::optional<Result<T>> m_result;
    int m_calls = 0;
};

} // namespace helpdesk::test
