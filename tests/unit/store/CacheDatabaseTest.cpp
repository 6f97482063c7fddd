#include "store/CacheDatabase.h"

#include "CacheFixture.h"

#include <QFile>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

QString scalar(CacheDatabase& cache, const QString& sql)
{
    QSqlQuery query(cache.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

// Captures warnings logged while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines() { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext&, const QString& message) { s_lines.append(message); }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

std::unique_ptr<CacheDatabase> openOrFail(const QString& path)
{
    auto opened = CacheDatabase::open(path);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().toString().toStdString());
    return opened.ok() ? std::move(opened.value()) : nullptr;
}

} // namespace

TEST(CacheDatabase, CreatesTheCurrentSchemaInWalMode)
{
    QTemporaryDir dir;
    auto cache = openOrFail(dir.filePath(QStringLiteral("sub/folder/cache.sqlite")));
    ASSERT_TRUE(cache);
    EXPECT_FALSE(cache->wasRebuilt());
    EXPECT_EQ(cache->schemaVersion(), CacheDatabase::currentSchemaVersion());
    EXPECT_EQ(scalar(*cache, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(scalar(*cache, QStringLiteral("PRAGMA user_version")).toInt(), CacheDatabase::currentSchemaVersion());
    for (const MirrorTable& table : MirrorSchema::tables()) {
        QSqlQuery info(cache->connection());
        ASSERT_TRUE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)));
        QStringList columns;
        while (info.next())
            columns.append(info.value(1).toString());
        for (const MirrorColumn& column : table.columns)
            EXPECT_TRUE(columns.contains(column.name)) << table.name.toStdString() << "." << column.name.toStdString();
    }
    EXPECT_EQ(scalar(*cache, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tickets_fts'")), "1");
}

TEST(CacheDatabase, KeepsItsRowsAcrossReopening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        auto cache = openOrFail(path);
        ASSERT_TRUE(cache);
        MirrorStore mirror(*cache);
        ASSERT_TRUE(mirror.applyServerRows(*MirrorSchema::table(QStringLiteral("tickets")),
                                           array({ticketRow(ticketId(1), 1, "Printer on fire")}))
                        .ok());
    }
    auto cache = openOrFail(path);
    ASSERT_TRUE(cache);
    EXPECT_FALSE(cache->wasRebuilt());
    EXPECT_EQ(scalar(*cache, QStringLiteral("SELECT title FROM tickets")), QStringLiteral("Printer on fire"));
}

TEST(CacheDatabase, RebuildsACorruptFileWithAClearLogLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    LogCapture log;
    auto cache = openOrFail(path);
    ASSERT_TRUE(cache);
    EXPECT_TRUE(cache->wasRebuilt());
    EXPECT_EQ(cache->rebuildReason(), CacheDatabase::RebuildReason::Corrupt);
    EXPECT_EQ(scalar(*cache, QStringLiteral("SELECT count(*) FROM tickets")), "0");
    const QStringList lines = LogCapture::lines().filter(QStringLiteral("rebuilding from the server"));
    ASSERT_EQ(lines.size(), 1) << LogCapture::lines().join('\n').toStdString();
    EXPECT_TRUE(lines.first().contains(path));
    EXPECT_TRUE(lines.first().contains(QStringLiteral("corrupt")));
}

TEST(CacheDatabase, RebuildsAFileWrittenByANewerVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        auto cache = openOrFail(path);
        ASSERT_TRUE(cache);
        QSqlQuery query(cache->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    LogCapture log;
    auto cache = openOrFail(path);
    ASSERT_TRUE(cache);
    EXPECT_EQ(cache->rebuildReason(), CacheDatabase::RebuildReason::FutureVersion);
    EXPECT_EQ(scalar(*cache, QStringLiteral("PRAGMA user_version")).toInt(), CacheDatabase::currentSchemaVersion());
    EXPECT_EQ(LogCapture::lines().filter(QStringLiteral("newer version")).size(), 1);
}

TEST(CacheDatabase, RebuildsAnOldFileWithoutASchemaVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-file"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE tickets (id TEXT, subject TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-file"));
    auto cache = openOrFail(path);
    ASSERT_TRUE(cache);
    EXPECT_EQ(cache->rebuildReason(), CacheDatabase::RebuildReason::UnsupportedOldVersion);
    EXPECT_EQ(scalar(*cache, QStringLiteral("SELECT count(*) FROM tickets")), "0");
}

TEST(CacheDatabase, MigratesAnOlderVersionForwardKeepingItsRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    CacheMigration v1{1, {QStringLiteral("CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value TEXT)"),
                          QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")}};
    CacheMigration v2{2, {QStringLiteral("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")}};
    {
        auto opened = CacheDatabase::open(path, {v1}, 1);
        ASSERT_TRUE(opened.ok());
        QSqlQuery query(opened.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
    }
    auto opened = CacheDatabase::open(path, {v1, v2}, 1);
    ASSERT_TRUE(opened.ok());
    CacheDatabase& cache = *opened.value();
    EXPECT_FALSE(cache.wasRebuilt());
    EXPECT_EQ(cache.schemaVersion(), 2);
    EXPECT_EQ(scalar(cache, QStringLiteral("SELECT text || ':' || pinned FROM notes")), QStringLiteral("kept:0"));
}

TEST(CacheDatabase, RebuildsAVersionOlderThanTheOldestMigratable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    CacheMigration v1{1, {QStringLiteral("CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value TEXT)"),
                          QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")}};
    CacheMigration v2{2, {QStringLiteral("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")}};
    {
        auto opened = CacheDatabase::open(path, {v1}, 1);
        ASSERT_TRUE(opened.ok());
        QSqlQuery query(opened.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('dropped')")));
    }
    auto opened = CacheDatabase::open(path, {v1, v2}, 2);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened.value()->rebuildReason(), CacheDatabase::RebuildReason::UnsupportedOldVersion);
    EXPECT_EQ(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM notes")), "0");
}

TEST(CacheDatabase, GivesEachThreadItsOwnConnection)
{
    QTemporaryDir dir;
    auto cache = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(cache);
    MirrorStore mirror(*cache);
    const QString mainName = cache->connection().connectionName();
    QString workerName;
    std::atomic<bool> workerWrote{false};
    QThread* worker = QThread::create([&] {
        workerName = cache->connection().connectionName();
        workerWrote = mirror.applyServerRows(*MirrorSchema::table(QStringLiteral("tickets")),
                                             array({ticketRow(ticketId(7), 7, "From a worker")}))
                          .ok();
        cache->releaseThreadConnection();
    });
    worker->start();
    ASSERT_TRUE(worker->wait(10000));
    delete worker;
    EXPECT_TRUE(workerWrote);
    EXPECT_NE(mainName, workerName);
    EXPECT_EQ(scalar(*cache, QStringLiteral("SELECT title FROM tickets")), QStringLiteral("From a worker"));
}

TEST(CacheDatabase, RollsBackATransactionWhoseWorkFails)
{
    QTemporaryDir dir;
    auto cache = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(cache);
    MirrorStore mirror(*cache);
    const auto result = cache->transaction([&]() -> Result<void> {
        auto applied = mirror.applyServerRows(*MirrorSchema::table(QStringLiteral("tickets")),
                                              array({ticketRow(ticketId(1), 1, "Rolled back")}));
        EXPECT_TRUE(applied.ok());
        return Error::validation(QStringLiteral("stop"));
    });
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(scalar(*cache, QStringLiteral("SELECT count(*) FROM tickets")), "0");
}

TEST(CacheDatabase, KeepsOneFilePerServerAndUser)
{
    const QString a = CacheDatabase::defaultFilePath(QStringLiteral("http://127.0.0.1:54321"), QStringLiteral("u1"));
    const QString b = CacheDatabase::defaultFilePath(QStringLiteral("http://127.0.0.1:54321"), QStringLiteral("u2"));
    const QString c = CacheDatabase::defaultFilePath(QStringLiteral("https://x.supabase.co"), QStringLiteral("u1"));
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_TRUE(a.endsWith(QStringLiteral("127.0.0.1-54321-u1.sqlite"))) << a.toStdString();
}

TEST(CacheDatabase, CountsTheLiveTicketsFromAnIndexNotTheTable)
{
    QTemporaryDir dir;
    auto cache = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(cache);
    // The queue's total for "all tickets" (QueueQuery::count with no filter) and its newest-first window.
    for (const QString& sql : {QStringLiteral("SELECT count(*) FROM tickets t WHERE t.deleted_at IS NULL"),
                               QStringLiteral("SELECT t.id FROM tickets t WHERE t.deleted_at IS NULL "
                                              "ORDER BY t.updated_at DESC, t.rid DESC LIMIT 256")}) {
        QSqlQuery plan(cache->connection());
        ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        // A partial index of the live tickets (any of them), never a scan of the table or a sort step.
        EXPECT_TRUE(details.contains(QRegularExpression(QStringLiteral("USING (COVERING )?INDEX tickets_\\w*live"))))
            << details.toStdString();
        EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
    }
}

TEST(CacheDatabase, ReadsTheDueAndNumberOrdersFromIndexes)
{
    QTemporaryDir dir;
    auto cache = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(cache);
    // The ORDER BY expressions QueueQuery writes for QueueSort::DueSoonest and QueueSort::NumberHighest.
    const std::pair<QString, QString> orders[] = {
        {QStringLiteral("coalesce(t.resolution_due_at, 9223372036854775807) ASC, t.rid ASC"),
         QStringLiteral("tickets_due_live")},
        {QStringLiteral("coalesce(t.number, 9223372036854775807) DESC, t.rid DESC"), QStringLiteral("tickets_number_live")}};
    for (const auto& [orderBy, index] : orders) {
        QSqlQuery plan(cache->connection());
        ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT t.id FROM tickets t WHERE t.deleted_at IS NULL "
                                             "ORDER BY %1 LIMIT 256")
                                  .arg(orderBy)));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        EXPECT_TRUE(details.contains(index)) << details.toStdString();
        EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString(); // no sort step
    }
}
