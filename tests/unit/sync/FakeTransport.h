#pragma once

#include "core/Json.h"
#include "supabase/HttpTransport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>

namespace helpdesk::test {

// An HttpTransport answering from a script: each request goes to `handler`, whose answer is delivered on
// the next turn of the event loop (like a real reply). Unit tests only; integration tests use the server.
class FakeTransport : public HttpTransport
{
public:
    using Handler = std::function<Result<HttpResponse>(const HttpRequest&)>;

    Handler handler;
    std::vector<HttpRequest> requests;

    RequestHandle send(HttpRequest request, QObject* context, HttpCallback callback) override
    {
        requests.push_back(request);
        auto state = std::make_shared<detail::RequestState>();
        Result<HttpResponse> answer = handler ? handler(request) : Result<HttpResponse>(Error::network("no handler"));
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [state, guard, answer, callback = std::move(callback)]() {
            if (!guard || state->finished)
                return;
            state->finished = true;
            callback(state->cancelled ? Result<HttpResponse>(Error::cancelled()) : answer);
        });
        state->onCancel = [state]() { state->cancelled = true; };
        return RequestHandle(state);
    }
};

inline HttpResponse jsonResponse(int status, const Json& body, HttpHeaders headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(body.dump());
    r.headers = std::move(headers);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

inline HttpResponse postgrestError(int status, const char* code, const char* message)
{
    return jsonResponse(status, Json{{"code", code}, {"message", message}, {"details", nullptr}, {"hint", nullptr}});
}

// The decoded query items of a request (PostgREST filters: key → "op.value").
inline QUrlQuery queryOf(const HttpRequest& request)
{
    return QUrlQuery(request.url.query(QUrl::FullyDecoded));
}

inline QString pathOf(const HttpRequest& request)
{
    return request.url.path();
}

} // namespace helpdesk::test
