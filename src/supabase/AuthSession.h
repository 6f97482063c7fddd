#pragma once

#include "core/Json.h"
#include "core/Timestamp.h"

#include <QString>
#include <QUuid>
#include <optional>

namespace helpdesk {

// GoTrue's user JSON (protocol reference §1.4): the fields the client uses, plus the whole object.
struct AuthUser
{
    QUuid id;
    QString email;
    QString role; // "authenticated" (the database role; the helpdesk role is profiles.role)
    Json appMetadata = Json::object();
    Json userMetadata = Json::object();
    Json raw = Json::object();

    bool operator==(const AuthUser&) const = default;
};

void to_json(Json& j, const AuthUser& user);
void from_json(const Json& j, AuthUser& user);

// A signed-in session (protocol reference §1.3).
struct Session
{
    QString accessToken;
    QString refreshToken;
    QString tokenType = QStringLiteral("bearer");
    qint64 expiresIn = 0;
    Timestamp expiresAt; // from expires_at, or now + expires_in when the server left it out
    AuthUser user;

    bool operator==(const Session&) const = default;

    // Reads a token response; now fills expires_at when absent.
    static Result<Session> fromResponse(const Json& body, Timestamp now);
};

void to_json(Json& j, const Session& session);
void from_json(const Json& j, Session& session);

} // namespace helpdesk
