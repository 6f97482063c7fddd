#include "store/CacheDatabase.h"

#include "store/CacheSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace helpdesk {

Q_LOGGING_CATEGORY(lcCache, "helpdesk.store")

namespace {

QString rebuildReasonText(CacheDatabase::RebuildReason reason)
{
    switch (reason) {
    case CacheDatabase::RebuildReason::Corrupt:
        return QStringLiteral("the file is corrupt");
    case CacheDatabase::RebuildReason::FutureVersion:
        return QStringLiteral("the file was written by a newer version of the application");
    case CacheDatabase::RebuildReason::UnsupportedOldVersion:
        return QStringLiteral("the file's schema is too old to migrate");
    case CacheDatabase::RebuildReason::None:
        break;
    }
    return {};
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError();
        return false;
    }
    return true;
}

} // namespace

Error storeError(const QString& what, const QSqlError& error)
{
    // Local storage failures are reported as validation errors: nothing was sent, retrying the same call
    // will not help. (core has no dedicated "storage" kind yet.)
    Error e = Error::validation(QStringLiteral("local cache: %1: %2").arg(what, error.text()));
    e.code = error.nativeErrorCode();
    return e;
}

CacheDatabase::CacheDatabase(QString filePath)
    : m_filePath(std::move(filePath))
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CacheDatabase::~CacheDatabase()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int CacheDatabase::currentSchemaVersion()
{
    return defaultMigrations().back().version;
}

const std::vector<CacheMigration>& CacheDatabase::defaultMigrations()
{
    return CacheSchema::migrations();
}

int CacheDatabase::defaultOldestMigratableVersion()
{
    return CacheSchema::oldestMigratableVersion();
}

QString CacheDatabase::defaultFilePath(const QString& serverUrl, const QString& userId)
{
    const QUrl url(serverUrl);
    QString server = url.host().isEmpty() ? serverUrl : url.host();
    if (url.port() > 0)
        server += QStringLiteral("-%1").arg(url.port());
    server.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    QString user = userId;
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("cache/%1-%2.sqlite").arg(server, user));
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString& filePath)
{
    return open(filePath, defaultMigrations(), defaultOldestMigratableVersion());
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString& filePath,
                                                           std::vector<CacheMigration> migrations,
                                                           int oldestMigratableVersion)
{
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(filePath));
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::validation(QStringLiteral("local cache: cannot create the folder %1").arg(info.absolutePath()));
    if (auto prepared = cache->openAndPrepare(migrations, oldestMigratableVersion); !prepared.ok())
        return prepared.error();
    return cache;
}

QString CacheDatabase::connectionNameForCurrentThread() const
{
    return QStringLiteral("helpdesk-cache-%1-%2")
        .arg(m_instanceId)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

Result<QSqlDatabase> CacheDatabase::openConnection(const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return storeError(QStringLiteral("open %1").arg(m_filePath), error);
    }
    // WAL: readers never block the writer; NORMAL sync is durable against process crashes (only an OS
    // crash may lose the last commits). Mirror tables have no foreign keys: the server owns integrity.
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),       QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),      QStringLiteral("PRAGMA cache_size=-16000"),
        QStringLiteral("PRAGMA foreign_keys=OFF"),       QStringLiteral("PRAGMA recursive_triggers=OFF"),
    };
    for (const QString& pragma : pragmas) {
        QSqlError error;
        if (!exec(db, pragma, &error)) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return storeError(pragma, error);
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    return db;
}

QSqlDatabase CacheDatabase::connection()
{
    const QString name = connectionNameForCurrentThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto opened = openConnection(name);
    if (!opened.ok()) {
        qCWarning(lcCache).noquote() << opened.error().toString();
        return QSqlDatabase();
    }
    return opened.value();
}

void CacheDatabase::releaseThreadConnection()
{
    const QString name = connectionNameForCurrentThread();
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.removeAll(name);
        m_transactionDepth.remove(name);
    }
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void CacheDatabase::removeFiles()
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_filePath + suffix);
}

Result<void> CacheDatabase::openAndPrepare(const std::vector<CacheMigration>& migrations, int oldestMigratable)
{
    const int target = migrations.empty() ? 0 : migrations.back().version;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = connectionNameForCurrentThread();
        auto opened = openConnection(name);
        RebuildReason reason = RebuildReason::None;
        QString detail;
        int version = 0;
        if (!opened.ok()) {
            reason = RebuildReason::Corrupt;
            detail = opened.error().message;
        } else {
            QSqlDatabase db = opened.value();
            QSqlQuery query(db);
            // Reading the header and the schema catches "file is not a database" and a damaged schema.
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                reason = RebuildReason::Corrupt;
                detail = query.lastError().text();
            } else {
                version = query.value(0).toInt();
                QSqlQuery tables(db);
                if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
                    reason = RebuildReason::Corrupt;
                    detail = tables.lastError().text();
                } else if (version == 0 && tables.value(0).toInt() > 0) {
                    reason = RebuildReason::UnsupportedOldVersion;
                    detail = QStringLiteral("tables without a schema version");
                } else if (version > target) {
                    reason = RebuildReason::FutureVersion;
                    detail = QStringLiteral("version %1, this build knows up to %2").arg(version).arg(target);
                } else if (version > 0 && version < oldestMigratable) {
                    reason = RebuildReason::UnsupportedOldVersion;
                    detail = QStringLiteral("version %1, oldest migratable is %2").arg(version).arg(oldestMigratable);
                } else if (version > 0) {
                    QSqlQuery check(db);
                    if (!check.exec(QStringLiteral("SELECT value FROM cache_meta WHERE key = 'created_at'"))) {
                        reason = RebuildReason::Corrupt;
                        detail = check.lastError().text();
                    }
                }
            }
            if (reason == RebuildReason::None) {
                if (auto migrated = migrate(db, migrations, version); !migrated.ok()) {
                    // A migration that fails on an existing file means the file is not what its version
                    // says; rebuild it. On a new file the failure is a bug: report it.
                    if (version == 0)
                        return migrated.error();
                    reason = RebuildReason::Corrupt;
                    detail = migrated.error().message;
                } else {
                    m_schemaVersion = target;
                    return {};
                }
            }
        }
        if (attempt == 1)
            return Error::validation(QStringLiteral("local cache: %1 cannot be rebuilt: %2").arg(m_filePath, detail));
        // Close and drop the file, then start over from an empty one: the sync engine sees no cursors and
        // bootstraps everything from the server again.
        if (QSqlDatabase::contains(name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            QMutexLocker lock(&m_mutex);
            m_connectionNames.removeAll(name);
        }
        m_rebuildReason = reason;
        qCWarning(lcCache).noquote() << QStringLiteral("cache: %1: %2 (%3); deleting it and rebuilding from the server")
                                            .arg(m_filePath, rebuildReasonText(reason), detail);
        removeFiles();
    }
    return {};
}

Result<void> CacheDatabase::migrate(QSqlDatabase& db, const std::vector<CacheMigration>& migrations, int from)
{
    for (const CacheMigration& migration : migrations) {
        if (migration.version <= from)
            continue;
        QSqlError error;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
            return storeError(QStringLiteral("begin migration %1").arg(migration.version), error);
        for (const QString& statement : migration.statements) {
            if (!exec(db, statement, &error)) {
                exec(db, QStringLiteral("ROLLBACK"));
                return storeError(QStringLiteral("migration %1: %2").arg(migration.version).arg(statement.left(80)),
                                  error);
            }
        }
        const bool ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &error)
            && (from > 0
                || exec(db,
                        QStringLiteral("INSERT OR REPLACE INTO cache_meta(key, value) VALUES ('created_at', '%1')")
                            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
                        &error))
            && exec(db, QStringLiteral("COMMIT"), &error);
        if (!ok) {
            exec(db, QStringLiteral("ROLLBACK"));
            return storeError(QStringLiteral("migration %1").arg(migration.version), error);
        }
        if (from > 0)
            qCInfo(lcCache).noquote() << QStringLiteral("cache: %1 migrated from schema version %2 to %3")
                                             .arg(m_filePath)
                                             .arg(from)
                                             .arg(migration.version);
        from = migration.version;
        qCDebug(lcCache).noquote() << QStringLiteral("cache: %1 migrated to schema version %2")
                                         .arg(m_filePath)
                                         .arg(migration.version);
    }
    return {};
}

Result<void> CacheDatabase::transaction(const std::function<Result<void>()>& work)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::validation(QStringLiteral("local cache: no connection to %1").arg(m_filePath));
    const QString name = db.connectionName();
    int depth = 0;
    {
        QMutexLocker lock(&m_mutex);
        depth = m_transactionDepth.value(name);
    }
    if (depth > 0) {
        // Joined: the outer call commits or rolls back.
        QMutexLocker lock(&m_mutex);
        m_transactionDepth[name] = depth + 1;
    } else {
        QSqlError error;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
            return storeError(QStringLiteral("begin"), error);
        QMutexLocker lock(&m_mutex);
        m_transactionDepth[name] = 1;
    }
    Result<void> result = work();
    {
        QMutexLocker lock(&m_mutex);
        m_transactionDepth[name] -= 1;
    }
    if (depth > 0)
        return result;
    QSqlError error;
    if (!result.ok()) {
        exec(db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!exec(db, QStringLiteral("COMMIT"), &error)) {
        exec(db, QStringLiteral("ROLLBACK"));
        return storeError(QStringLiteral("commit"), error);
    }
    return {};
}

} // namespace helpdesk
