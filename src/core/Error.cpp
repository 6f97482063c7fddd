#include "core/Error.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("helpdesk::Error", text);
}

bool startsWith(const QString& code, const char* prefix)
{
    return code.startsWith(QLatin1String(prefix));
}

} // namespace

Error Error::network(QString message)
{
    Error e;
    e.kind = Kind::Network;
    e.message = std::move(message);
    return e;
}

Error Error::timeout(QString message)
{
    Error e;
    e.kind = Kind::Timeout;
    e.message = message.isEmpty() ? QStringLiteral("The request timed out") : std::move(message);
    return e;
}

Error Error::cancelled()
{
    Error e;
    e.kind = Kind::Cancelled;
    e.message = QStringLiteral("The request was cancelled");
    return e;
}

Error Error::http(int status, QString message)
{
    Error e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.message = std::move(message);
    return e;
}

Error Error::api(int status, QString code, QString message, QString details, QString hint)
{
    Error e;
    e.kind = Kind::Api;
    e.httpStatus = status;
    e.code = std::move(code);
    e.message = std::move(message);
    e.details = std::move(details);
    e.hint = std::move(hint);
    return e;
}

Error Error::parse(QString message)
{
    Error e;
    e.kind = Kind::Parse;
    e.message = std::move(message);
    return e;
}

Error Error::conflict(QString message)
{
    Error e;
    e.kind = Kind::Conflict;
    e.httpStatus = 409;
    e.message = std::move(message);
    return e;
}

Error Error::validation(QString message)
{
    Error e;
    e.kind = Kind::Validation;
    e.message = std::move(message);
    return e;
}

bool Error::retryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Cancelled:
    case Kind::Parse:
    case Kind::Conflict:
    case Kind::Validation:
        return false;
    case Kind::Http:
    case Kind::Api:
        break;
    }
    // Postgres: serialization failure, deadlock, connection trouble, too many connections, query cancelled
    // by statement timeout. PostgREST: PGRST000-003 (database unreachable / pool timeout).
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || startsWith(code, "08") ||
        code == QLatin1String("53300") || code == QLatin1String("57014") || code == QLatin1String("PGRST000") ||
        code == QLatin1String("PGRST001") || code == QLatin1String("PGRST002") || code == QLatin1String("PGRST003") ||
        code == QLatin1String("over_request_rate_limit"))
        return true;
    return httpStatus == 408 || httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599 && httpStatus != 501);
}

QString Error::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check your connection; your changes are kept and will be sent "
                  "when it is back.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Please try again.");
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::Parse:
        return tr("The server sent an answer this version of the application does not understand.");
    case Kind::Conflict:
        return tr("Someone else changed this item at the same time. Review both versions before saving again.");
    case Kind::Validation:
        return message.isEmpty() ? tr("Some of the information entered is not valid.") : message;
    case Kind::Http:
    case Kind::Api:
        break;
    }

    // Auth (GoTrue) codes.
    if (code == QLatin1String("invalid_credentials"))
        return tr("The email address or password is incorrect.");
    if (code == QLatin1String("email_not_confirmed"))
        return tr("Please confirm your email address before signing in.");
    if (code == QLatin1String("user_already_exists") || code == QLatin1String("email_exists"))
        return tr("An account with this email address already exists.");
    if (code == QLatin1String("weak_password"))
        return tr("The password is too weak. Choose a longer password.");
    if (code == QLatin1String("signup_disabled"))
        return tr("New accounts cannot be created on this server.");
    if (code == QLatin1String("user_banned"))
        return tr("This account has been suspended.");
    if (code == QLatin1String("session_not_found") || code == QLatin1String("session_expired") ||
        code == QLatin1String("refresh_token_not_found") || code == QLatin1String("refresh_token_already_used") ||
        code == QLatin1String("bad_jwt") || code == QLatin1String("PGRST301") || code == QLatin1String("PGRST303"))
        return tr("Your session has ended. Please sign in again.");
    if (code == QLatin1String("over_request_rate_limit") || code == QLatin1String("over_email_send_rate_limit"))
        return tr("Too many attempts. Please wait a moment and try again.");
    if (code == QLatin1String("validation_failed"))
        return tr("Some of the information entered is not valid.");

    // PostgREST / Postgres codes.
    if (code == QLatin1String("PGRST116"))
        return tr("The item was not found, or you no longer have access to it.");
    if (code == QLatin1String("23505"))
        return tr("An item with the same value already exists.");
    if (code == QLatin1String("23503"))
        return tr("This item refers to something that no longer exists, or is still referred to by other items.");
    if (code == QLatin1String("23502") || code == QLatin1String("23514") || code == QLatin1String("22P02"))
        return tr("Some of the information entered is not valid.");
    if (code == QLatin1String("42501"))
        return tr("You do not have permission to do this.");
    if (code == QLatin1String("P0001") && !message.isEmpty())
        return message; // a RAISE from our own database functions: written for people
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return tr("The server was busy with a conflicting change. Please try again.");

    // Storage codes.
    if (code == QLatin1String("NoSuchKey") || code == QLatin1String("NoSuchBucket"))
        return tr("The file was not found.");
    if (code == QLatin1String("EntityTooLarge"))
        return tr("The file is too large.");
    if (code == QLatin1String("InvalidMimeType"))
        return tr("This type of file is not allowed.");
    if (code == QLatin1String("KeyAlreadyExists") || code == QLatin1String("ResourceAlreadyExists"))
        return tr("A file with this name already exists.");
    if (code == QLatin1String("AccessDenied"))
        return tr("You do not have permission to do this.");

    // By status when the code is unknown.
    if (httpStatus == 401)
        return tr("Your session has ended. Please sign in again.");
    if (httpStatus == 403)
        return tr("You do not have permission to do this.");
    if (httpStatus == 404)
        return tr("The item was not found, or you no longer have access to it.");
    if (httpStatus == 409)
        return tr("This conflicts with an existing item.");
    if (httpStatus == 413)
        return tr("The file is too large.");
    if (httpStatus == 429)
        return tr("Too many attempts. Please wait a moment and try again.");
    if (httpStatus >= 500)
        return tr("The server had a problem. Please try again later.");
    return tr("The server refused the request.");
}

QString Error::kindName(Kind k)
{
    switch (k) {
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::Api:
        return QStringLiteral("Api");
    case Kind::Parse:
        return QStringLiteral("Parse");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Validation:
        return QStringLiteral("Validation");
    }
    return QStringLiteral("Unknown");
}

QString Error::toString() const
{
    QString s = kindName(kind);
    if (httpStatus != 0)
        s += QLatin1Char(' ') + QString::number(httpStatus);
    if (!code.isEmpty())
        s += QLatin1Char(' ') + code;
    s += QLatin1String(": ") + message;
    if (!details.isEmpty())
        s += QLatin1String(" (") + details + QLatin1Char(')');
    if (!hint.isEmpty())
        s += QLatin1String(" [") + hint + QLatin1Char(']');
    return s;
}

} // namespace helpdesk
