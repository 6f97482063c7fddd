#pragma once

// An admin's workspace over a real SQLite cache, signed in from a stored session against a server that is
// not there: the sync engine stays offline, so every write lands in the cache and the outbox exactly as it
// does for an admin working offline. Rows are put into the cache the way a sync would.
#include "core/Clock.h"
#include "core/Profile.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "supabase/AuthSession.h"
#include "supabase/InMemorySecretStore.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/ServerConnection.h"
#include "ui/ServerProfile.h"
#include "ui/UserWorkspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <memory>
#include <optional>
#include <stdexcept>

namespace helpdesk::testing {

class OfflineAdmin
{
public:
    explicit OfflineAdmin(UserRole role = UserRole::Admin)
    {
        me = person(QStringLiteral("Alex Admin"), role);
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto cache = CacheDatabase::open(path);
            if (!cache.ok())
                throw std::runtime_error(cache.error().toString().toStdString());
            Json row;
            to_json(row, me);
            auto applied = MirrorStore(*cache.value())
                               .applyServerRows(*MirrorSchema::table(QStringLiteral("profiles")), Json::array({row}));
            if (!applied.ok())
                throw std::runtime_error(applied.error().toString().toStdString());
            cache.value()->releaseThreadConnection();
        }
        ServerProfile profile;
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:9")); // discard port: nothing answers
        profile.anonKey = QStringLiteral("offline-test-key");
        m_connection = std::make_unique<ServerConnection>(profile, m_secrets, m_clock);
        Session session;
        session.accessToken = QStringLiteral("offline-token");
        session.refreshToken = QStringLiteral("offline-refresh");
        session.expiresIn = 3600;
        session.expiresAt = m_clock.now().addSecs(3600);
        session.user.id = me.id;
        session.user.email = me.email.value_or(QString());
        session.user.role = QStringLiteral("authenticated");
        bool written = false;
        QObject context;
        m_secrets.write(m_connection->auth().storageKey(), QByteArray::fromStdString(Json(session).dump()), &context,
                        [&](Result<void>) { written = true; });
        if (!QTest::qWaitFor([&] { return written; }, 5'000))
            throw std::runtime_error("the session was not stored");
        bool restored = false;
        m_connection->auth().restoreSession(&context, [&](Result<std::optional<Session>>) { restored = true; });
        if (!QTest::qWaitFor([&] { return restored; }, 5'000) || !m_connection->auth().isSignedIn())
            throw std::runtime_error("the session was not restored");
        workspace = std::make_unique<UserWorkspace>(*m_connection, m_clock, path);
        std::optional<Result<void>> opened;
        workspace->open([&](Result<void> r) { opened = r; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 5'000) || !opened->ok())
            throw std::runtime_error("the workspace did not open from the cache");
    }

    ~OfflineAdmin() { workspace.reset(); }

    Profile person(const QString& name, UserRole role)
    {
        Profile p;
        p.id = QUuid::createUuid();
        p.fullName = name;
        p.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.com");
        p.role = role;
        p.createdAt = m_clock.now();
        p.updatedAt = m_clock.now();
        return p;
    }

    // A person as the sync would have pulled them.
    Profile addPerson(const QString& name, UserRole role)
    {
        Profile p = person(name, role);
        Json row;
        to_json(row, p);
        put(QStringLiteral("profiles"), Json::array({row}));
        return p;
    }

    void put(const QString& table, const Json& rows)
    {
        Json stamped = rows;
        for (Json& row : stamped) {
            if (!row.contains("updated_at"))
                row["updated_at"] = m_clock.now().toIsoString();
            if (!row.contains("created_at"))
                row["created_at"] = m_clock.now().toIsoString();
        }
        auto applied = workspace->sync().mirror().applyServerRows(*MirrorSchema::table(table), stamped);
        if (!applied.ok())
            throw std::runtime_error(applied.error().toString().toStdString());
    }

    std::optional<Json> row(const QString& table, const QString& key)
    {
        auto r = workspace->sync().mirror().row(*MirrorSchema::table(table), key);
        return r.ok() ? r.value() : std::nullopt;
    }

    qint64 count(const QString& table)
    {
        auto n = workspace->sync().mirror().count(*MirrorSchema::table(table));
        return n.ok() ? n.value() : -1;
    }

    int pendingWrites() { return workspace->sync().pendingWrites(); }

    Profile me;
    IconSet icons;
    std::unique_ptr<UserWorkspace> workspace;

private:
    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    SystemClock m_clock;
    std::unique_ptr<ServerConnection> m_connection;
};

// Saves a widget as docs/screenshots/<name>.png when run by CTest (which sets HELPDESK_SOURCE_DIR).
inline bool saveAdminScreenshot(QWidget& widget, const QString& name)
{
    const QString root = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (root.isEmpty())
        return true;
    const QString dir = root + QStringLiteral("/docs/screenshots");
    QDir().mkpath(dir);
    return widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace helpdesk::testing
