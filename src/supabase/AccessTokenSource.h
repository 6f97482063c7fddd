#pragma once

#include "core/Result.h"
#include "supabase/RequestHandle.h"

#include <QObject>
#include <QString>
#include <functional>

namespace helpdesk {

// What the data services (REST, Storage, Functions, Realtime) need from Auth: the bearer to send now, and
// one refresh when a service answered 401 to that bearer (supabase-swift: Auth owns the session, the others
// ask it per request). AuthClient implements it.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    // The current access token, or an empty string when signed out (services then send the anon key).
    virtual QString accessToken() const = 0;

    // Called after a 401 for rejectedToken. If the session has already moved on, answers at once with the
    // new token; otherwise refreshes (sharing any refresh in flight). Fails when there is no session or the
    // refresh fails.
    virtual RequestHandle refreshAfterUnauthorized(const QString& rejectedToken, QObject* context,
                                                   std::function<void(Result<QString>)> callback) = 0;
};

} // namespace helpdesk
