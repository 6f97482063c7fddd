#include "UserWorkspace.h"

#include "ServerConnection.h"

#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "sync/SyncEngine.h"

namespace helpdesk {

UserWorkspace::UserWorkspace(ServerConnection &connection, const Clock &clock, QString cacheFile, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_cacheFile(std::move(cacheFile))
{
}

UserWorkspace::~UserWorkspace()
{
    if (m_sync) {
        m_sync->stop();
    }
    m_sync.reset();
    if (m_cache) {
        m_cache->releaseThreadConnection();
    }
}

void UserWorkspace::open(std::function<void(Result<void>)> done)
{
    const auto session = m_connection.auth().currentSession();
    if (!session) {
        done(Error::validation(tr("Not signed in.")));
        return;
    }
    const QUuid userId = session->user.id;
    const QString file = m_cacheFile.isEmpty()
                             ? CacheDatabase::defaultFilePath(m_connection.profile().url.toString(),
                                                              userId.toString(QUuid::WithoutBraces))
                             : m_cacheFile;
    auto cache = CacheDatabase::open(file);
    if (!cache.ok()) {
        done(cache.error());
        return;
    }
    m_cache = std::move(cache.value());
    m_sync = std::make_unique<SyncEngine>(*m_cache, m_connection.rest(), &m_connection.realtime(),
                                          &m_connection.auth(), m_clock);
    m_me.id = userId;
    if (readProfileFromCache()) {
        done(Result<void>());
        return;
    }
    auto query = m_connection.rest().from(QStringLiteral("profiles"));
    query.select().eq(QStringLiteral("id"), userId.toString(QUuid::WithoutBraces));
    m_connection.rest().fetch<Profile>(query, this, [this, done](Result<std::vector<Profile>> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        if (result.value().empty()) {
            done(Error::api(404, QStringLiteral("PGRST116"), tr("Your profile was not found on the server.")));
            return;
        }
        m_me = result.value().front();
        done(Result<void>());
    });
}

bool UserWorkspace::readProfileFromCache()
{
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("profiles"));
    if (!table) {
        return false;
    }
    MirrorStore store(*m_cache);
    auto row = store.row(*table, m_me.id.toString(QUuid::WithoutBraces));
    if (!row.ok() || !row.value()) {
        return false;
    }
    try {
        from_json(*row.value(), m_me);
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

void UserWorkspace::start()
{
    m_sync->start();
}

} // namespace helpdesk
