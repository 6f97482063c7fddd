#pragma once

// An HttpTransport for unit tests: records every request and lets the test answer it (or fail it) when it
// chooses, so timing-dependent client logic (one refresh in flight, retry after 401) is observable.
// Answers are delivered through the event loop like a real transport.

#include "supabase/HttpTransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <memory>
#include <vector>

namespace helpdesk::test {

class FakeHttpTransport final : public HttpTransport
{
public:
    struct Pending
    {
        HttpRequest request;
        QPointer<QObject> context;
        HttpCallback callback;
        std::shared_ptr<detail::RequestState> state;
        bool answered = false;
    };

    RequestHandle send(HttpRequest request, QObject* context, HttpCallback callback) override
    {
        auto pending = std::make_shared<Pending>();
        pending->request = std::move(request);
        pending->context = context;
        pending->callback = std::move(callback);
        pending->state = std::make_shared<detail::RequestState>();
        std::weak_ptr<Pending> weak = pending;
        pending->state->onCancel = [weak] {
            if (auto p = weak.lock())
                deliver(*p, Error::cancelled());
        };
        m_requests.push_back(pending);
        return RequestHandle(pending->state);
    }

    size_t count() const { return m_requests.size(); }
    const HttpRequest& request(size_t i) const { return m_requests.at(i)->request; }
    const HttpRequest& last() const { return m_requests.back()->request; }
    size_t unanswered() const
    {
        size_t n = 0;
        for (const auto& p : m_requests)
            n += p->answered ? 0 : 1;
        return n;
    }

    // Answers request i (default: the oldest unanswered one).
    void respond(size_t i, int status, const QByteArray& body, HttpHeaders headers = {})
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers = std::move(headers);
        if (!body.isEmpty() && r.header("Content-Type").isEmpty())
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        deliver(*m_requests.at(i), r);
    }
    void respondNext(int status, const QByteArray& body, HttpHeaders headers = {})
    {
        respond(firstUnanswered(), status, body, std::move(headers));
    }
    void failNext(const Error& error) { deliver(*m_requests.at(firstUnanswered()), error); }

private:
    size_t firstUnanswered() const
    {
        for (size_t i = 0; i < m_requests.size(); ++i)
            if (!m_requests[i]->answered)
                return i;
        throw std::logic_error("no unanswered request");
    }

    static void deliver(Pending& p, Result<HttpResponse> result)
    {
        if (p.answered)
            return;
        p.answered = true;
        p.state->finished = true;
        p.state->onCancel = nullptr;
        if (!p.context)
            return;
        QMetaObject::invokeMethod(
            p.context.data(), [cb = p.callback, result] { cb(result); }, Qt::QueuedConnection);
    }

    std::vector<std::shared_ptr<Pending>> m_requests;
};

} // namespace helpdesk::test
