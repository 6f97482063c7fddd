#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "supabase/AccessTokenSource.h"
#include "supabase/HttpTransport.h"
#include "supabase/SupabaseConfig.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace helpdesk {

// Edge functions (/functions/v1/<name>, protocol reference §6): POST a JSON body, read a JSON answer.
// A non-2xx answer (FunctionsHttpError) or x-relay-error (FunctionsRelayError) becomes an Error carrying the
// function's own message and code.
class FunctionsClient : public QObject
{
    Q_OBJECT

public:
    FunctionsClient(SupabaseConfig config, HttpTransport& transport, AccessTokenSource* tokens = nullptr,
                    QObject* parent = nullptr);

    // A non-JSON 2xx body is returned as a JSON string. timeout: AI calls may need longer than the default.
    RequestHandle invoke(const QString& name, const Json& body, QObject* context,
                         std::function<void(Result<Json>)> callback,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(0));

    HttpRequest invokeRequest(const QString& name, const Json& body) const;

private:
    SupabaseConfig m_config;
    HttpTransport& m_transport;
    AccessTokenSource* m_tokens;
};

} // namespace helpdesk
