#pragma once

#include "ServerProfile.h"

#include "core/Error.h"

#include <QObject>

#include <memory>

namespace helpdesk {

class Clock;
class SecretStore;
class ServerConnection;

// Gets a session for a server profile: restores the one kept in the keychain, or signs in with email and
// password. Failures come back as a sentence a person understands (wrong password, server unreachable,
// not a Supabase URL).
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    SignInFlow(SecretStore &secrets, const Clock &clock, QObject *parent = nullptr);
    ~SignInFlow() override;

    // signedIn() when a stored session exists, else needsCredentials().
    void restore(const ServerProfile &profile);
    void signIn(const ServerProfile &profile, const QString &email, const QString &password);
    // The connection holding the session, after signedIn().
    std::unique_ptr<ServerConnection> takeConnection();

    static QString describe(const Error &error, const ServerProfile &profile);

signals:
    void signedIn();
    void needsCredentials();
    void failed(const QString &message);

private:
    SecretStore &m_secrets;
    const Clock &m_clock;
    std::unique_ptr<ServerConnection> m_connection;
};

} // namespace helpdesk
