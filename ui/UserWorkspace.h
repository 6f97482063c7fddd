#pragma once

#include "core/Profile.h"
#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace helpdesk {

class CacheDatabase;
class Clock;
class ServerConnection;
class SyncEngine;

// Everything of one signed-in user: the local cache for (server, user), the sync engine keeping it
// current, and the user's own profile (role decides which views exist).
class UserWorkspace : public QObject
{
    Q_OBJECT
public:
    // cacheFile empty: the platform's default place for this server and user.
    UserWorkspace(ServerConnection &connection, const Clock &clock, QString cacheFile = {}, QObject *parent = nullptr);
    ~UserWorkspace() override;

    // Opens the cache and finds the user's profile (cache first, else the server); then call start().
    void open(std::function<void(Result<void>)> done);
    void start();

    const Profile &me() const { return m_me; }
    ServerConnection &connection() { return m_connection; }
    CacheDatabase &cache() { return *m_cache; }
    SyncEngine &sync() { return *m_sync; }
    const Clock &clock() const { return m_clock; }

private:
    bool readProfileFromCache();

    ServerConnection &m_connection;
    const Clock &m_clock;
    QString m_cacheFile;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_sync;
    Profile m_me;
};

} // namespace helpdesk
