#pragma once

#include "core/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace helpdesk {

// One forward step of the cache schema: the statements that take a file from version - 1 to version.
struct CacheMigration
{
    int version = 0;
    QStringList statements;
};

// The SQLite file behind the local cache of one (server, user): opened in WAL mode, migrated forward to
// the current schema, and rebuilt empty (so that the sync engine bootstraps it again from the server)
// when it is corrupt, from a future version, or older than the oldest version we can migrate.
//
// The stores are synchronous and may be used from any thread: connection() hands each thread its own
// named QSqlDatabase connection to the same file (Qt Sql connections must stay on their thread).
class CacheDatabase
{
public:
    // Why open() started from an empty file.
    enum class RebuildReason
    {
        None,
        Corrupt,
        FutureVersion,
        UnsupportedOldVersion,
    };

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase&) = delete;
    CacheDatabase& operator=(const CacheDatabase&) = delete;

    // Opens (creating, migrating or rebuilding) the cache at `filePath`; its folder is created.
    static Result<std::unique_ptr<CacheDatabase>> open(const QString& filePath);
    // The same with an explicit migration list (tests use it to exercise upgrades).
    static Result<std::unique_ptr<CacheDatabase>> open(const QString& filePath,
                                                       std::vector<CacheMigration> migrations,
                                                       int oldestMigratableVersion);

    // The cache file for one (server, user) under the platform's app-data folder
    // (QStandardPaths::AppDataLocation/cache/<host-port>-<user id>.sqlite).
    static QString defaultFilePath(const QString& serverUrl, const QString& userId);

    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection();
    // Closes the calling thread's connection (call before a worker thread ends).
    void releaseThreadConnection();

    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    RebuildReason rebuildReason() const { return m_rebuildReason; }
    bool wasRebuilt() const { return m_rebuildReason != RebuildReason::None; }

    // Runs `work` inside one transaction on the calling thread's connection; commits when it returns
    // success, rolls back otherwise. Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // The schema this build writes (latest migration).
    static int currentSchemaVersion();
    static const std::vector<CacheMigration>& defaultMigrations();
    static int defaultOldestMigratableVersion();

private:
    explicit CacheDatabase(QString filePath);
    Result<void> openAndPrepare(const std::vector<CacheMigration>& migrations, int oldestMigratable);
    Result<void> migrate(QSqlDatabase& db, const std::vector<CacheMigration>& migrations, int from);
    void removeFiles();
    QString connectionNameForCurrentThread() const;
    Result<QSqlDatabase> openConnection(const QString& name);

    QString m_filePath;
    QString m_instanceId;
    int m_schemaVersion = 0;
    RebuildReason m_rebuildReason = RebuildReason::None;
    QMutex m_mutex;
    QStringList m_connectionNames;
    // Transaction depth per thread connection (nested transaction() calls join the outer one).
    QHash<QString, int> m_transactionDepth;
};

// Error value for a failed SQLite call (a local storage failure, never retryable by resending).
Error storeError(const QString& what, const QSqlError& error);

} // namespace helpdesk
