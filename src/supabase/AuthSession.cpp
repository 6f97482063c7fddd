#include "supabase/AuthSession.h"

namespace helpdesk {

void to_json(Json& j, const AuthUser& user)
{
    j = user.raw.is_object() ? user.raw : Json::object();
    j["id"] = user.id;
    j["email"] = user.email;
    j["role"] = user.role;
    j["app_metadata"] = user.appMetadata;
    j["user_metadata"] = user.userMetadata;
}

void from_json(const Json& j, AuthUser& user)
{
    if (!j.is_object())
        throw JsonError("user: expected an object");
    readField(j, "id", user.id);
    std::optional<QString> email;
    readField(j, "email", email);
    user.email = email.value_or(QString());
    std::optional<QString> role;
    readField(j, "role", role);
    user.role = role.value_or(QString());
    user.appMetadata = j.value("app_metadata", Json::object());
    user.userMetadata = j.value("user_metadata", Json::object());
    user.raw = j;
}

void to_json(Json& j, const Session& session)
{
    j = Json::object();
    j["access_token"] = session.accessToken;
    j["refresh_token"] = session.refreshToken;
    j["token_type"] = session.tokenType;
    j["expires_in"] = session.expiresIn;
    j["expires_at"] = session.expiresAt.secs();
    j["user"] = session.user;
}

void from_json(const Json& j, Session& session)
{
    if (!j.is_object())
        throw JsonError("session: expected an object");
    readField(j, "access_token", session.accessToken);
    readField(j, "refresh_token", session.refreshToken);
    std::optional<QString> type;
    readField(j, "token_type", type);
    session.tokenType = type.value_or(QStringLiteral("bearer"));
    readField(j, "expires_in", session.expiresIn);
    std::int64_t expiresAt = 0;
    readField(j, "expires_at", expiresAt);
    session.expiresAt = Timestamp::fromSecs(expiresAt);
    readField(j, "user", session.user);
}

Result<Session> Session::fromResponse(const Json& body, Timestamp now)
{
    if (!body.is_object() || !body.contains("access_token") || !body.contains("refresh_token") ||
        !body.contains("expires_in"))
        return Error::parse(QStringLiteral("The answer is not a session"));
    Json j = body;
    if (!j.contains("expires_at") || j["expires_at"].is_null()) {
        if (!j["expires_in"].is_number_integer())
            return Error::parse(QStringLiteral("session: expires_in is not a number"));
        j["expires_at"] = now.secs() + j["expires_in"].get<std::int64_t>();
    }
    return parseJson<Session>(j);
}

} // namespace helpdesk
