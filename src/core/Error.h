#pragma once

#include <QMetaType>
#include <QString>

namespace helpdesk {

// One error value for every failure a call can end with: transport, HTTP, the service's own error body,
// parsing, optimistic-concurrency conflicts and local validation (STYLE.md "Errors").
struct Error
{
    enum class Kind
    {
        Network,    // connection refused, DNS, TLS, connection reset
        Timeout,    // no progress within the call's timeout
        Cancelled,  // the caller cancelled the request
        Http,       // non-2xx status without a recognised service error body
        Api,        // the service said no: PostgREST/GoTrue/Storage error body (code, message, details, hint)
        Parse,      // a body or value we could not read (bad JSON, unknown enum string, bad timestamp)
        Conflict,   // an update based on a stale row version changed nothing
        Validation, // the request was refused before it was sent (missing field, bad argument)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP response was received
    QString code;       // the service's code: PGRST116, 23505, invalid_credentials, NoSuchKey ...
    QString message;    // the service's (English, technical) message
    QString details;
    QString hint;

    static Error network(QString message);
    static Error timeout(QString message = {});
    static Error cancelled();
    static Error http(int status, QString message = {});
    static Error api(int status, QString code, QString message, QString details = {}, QString hint = {});
    static Error parse(QString message);
    static Error conflict(QString message);
    static Error validation(QString message);

    // True when the same request may succeed later unchanged: network trouble, timeouts, 408/429/5xx,
    // serialization failures and deadlocks. Never true for a refusal (4xx, constraint violations).
    bool retryable() const;

    // A sentence for a person (translatable, context "helpdesk::Error"); never shows raw codes alone.
    QString userMessage() const;

    // For logs and test failure output: "Api 409 23505: duplicate key ... (details) [hint]".
    QString toString() const;

    static QString kindName(Kind kind);
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::Error)
