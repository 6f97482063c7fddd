#include "SignInFlow.h"

#include "ServerConnection.h"

namespace helpdesk {

SignInFlow::SignInFlow(SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::restore(const ServerProfile &profile)
{
    m_connection = std::make_unique<ServerConnection>(profile, m_secrets, m_clock);
    m_connection->auth().restoreSession(this, [this](Result<std::optional<Session>> result) {
        if (result.ok() && result.value().has_value()) {
            emit signedIn();
        } else {
            emit needsCredentials();
        }
    });
}

void SignInFlow::signIn(const ServerProfile &profile, const QString &email, const QString &password)
{
    m_connection = std::make_unique<ServerConnection>(profile, m_secrets, m_clock);
    m_connection->auth().signInWithPassword(email, password, this, [this, profile](Result<Session> result) {
        if (result.ok()) {
            emit signedIn();
        } else {
            emit failed(describe(result.error(), profile));
        }
    });
}

std::unique_ptr<ServerConnection> SignInFlow::takeConnection()
{
    return std::move(m_connection);
}

QString SignInFlow::describe(const Error &error, const ServerProfile &profile)
{
    const QString host = profile.url.host() + (profile.url.port() > 0 ? QStringLiteral(":%1").arg(profile.url.port())
                                                                     : QString());
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return tr("Cannot reach the server at %1. Check the address and your connection, and that the server "
                  "is running.")
            .arg(host);
    case Error::Kind::Parse:
        return tr("%1 does not look like a Supabase project. Check the project URL.").arg(host);
    case Error::Kind::Http:
        if (error.httpStatus == 404 || error.httpStatus == 405) {
            return tr("%1 does not look like a Supabase project. Check the project URL.").arg(host);
        }
        break;
    case Error::Kind::Api:
        if (error.httpStatus == 401 && error.code.isEmpty()) {
            return tr("The server refused the anon key. Copy it again from the project's API settings.");
        }
        break;
    case Error::Kind::Cancelled:
    case Error::Kind::Conflict:
    case Error::Kind::Validation:
        break;
    }
    return error.userMessage();
}

} // namespace helpdesk
