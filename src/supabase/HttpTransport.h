#pragma once

#include "core/Result.h"
#include "supabase/HttpRequest.h"
#include "supabase/RequestHandle.h"

#include <QObject>
#include <functional>

namespace helpdesk {

using HttpCallback = std::function<void(Result<HttpResponse>)>;

// Sends HttpRequests. Any HTTP status is a successful Result (the clients interpret bodies); transport
// failures are Error{Network}, Error{Timeout} or Error{Cancelled}. The callback runs on context's thread and
// is dropped if context is destroyed first.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual RequestHandle send(HttpRequest request, QObject* context, HttpCallback callback) = 0;
};

} // namespace helpdesk
