// A client killed with SIGKILL in the middle of flushing its outbox or of its bootstrap loses nothing the
// server acknowledged, and the next run resumes where it stopped (sync_crash_client does the syncing).

#include "SyncLocalStack.h"

#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/OutboxStore.h"
#include "store/SyncCursorStore.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

// Runs the client and collects its lines; kill() sends SIGKILL.
class CrashClient
{
public:
    explicit CrashClient(QStringList args)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine())
                m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
        });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(SYNC_CRASH_CLIENT), args);
    }
    ~CrashClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QStringList lines(const QString& prefix) const
    {
        QStringList out;
        for (const QString& l : m_lines)
            if (l.startsWith(prefix + QLatin1Char(' ')) || l == prefix)
                out.append(l.mid(prefix.size()).trimmed());
        return out;
    }
    bool waitFor(const std::function<bool()>& condition, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return condition() || m_process.state() == QProcess::NotRunning; }, timeoutMs) &&
               condition();
    }
    void killHard()
    {
        m_process.kill(); // SIGKILL on Unix: no chance to clean up
        m_process.waitForFinished(5000);
        while (m_process.canReadLine())
            m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
    }
    bool finishedCleanly(int timeoutMs)
    {
        if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs))
            return false;
        while (m_process.canReadLine())
            m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    QString output() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QProcess m_process;
    QStringList m_lines;
};

class CrashRecovery : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(LocalStackEnv::get().anonKey.isEmpty()) << "the local stack is not running";
        ASSERT_TRUE(m_dir.isValid());
        auto customer = m_service.createUser(QStringLiteral("customer"));
        ASSERT_TRUE(customer.ok()) << customer.error().toString().toStdString();
        m_customer = customer.value();
    }

    QStringList args(int pageSize) const
    {
        return {LocalStackEnv::get().url, LocalStackEnv::get().anonKey, m_customer.email, m_customer.password,
                cachePath(),                QString::number(pageSize)};
    }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("crash.sqlite")); }

    QUuid createTicket()
    {
        const QUuid id = QUuid::createUuid();
        QueryBuilder insert(QStringLiteral("tickets"));
        insert.insert(Json{{"id", id.toString(QUuid::WithoutBraces).toStdString()},
                           {"title", "Crash test"},
                           {"requester_id", m_customer.id.toString(QUuid::WithoutBraces).toStdString()}});
        EXPECT_TRUE(m_service.run(insert).ok());
        return id;
    }

    QTemporaryDir m_dir;
    ServiceRole m_service;
    ServiceRole::User m_customer;
};

} // namespace

TEST_F(CrashRecovery, AKillDuringTheOutboxFlushLosesNoAcknowledgedWriteAndTheNextRunFinishesOnce)
{
    const QUuid ticket = createTicket();
    const int writes = 150;
    QStringList queued;
    QStringList acknowledgedBeforeKill;
    {
        CrashClient first(args(1000) << QStringLiteral("queue") << ticket.toString(QUuid::WithoutBraces)
                                     << m_customer.id.toString(QUuid::WithoutBraces) << QString::number(writes));
        ASSERT_TRUE(first.waitFor([&] { return first.lines(QStringLiteral("ack")).size() >= 10; }, 60'000))
            << first.output().toStdString();
        first.killHard();
        queued = first.lines(QStringLiteral("queued"));
        acknowledgedBeforeKill = first.lines(QStringLiteral("ack"));
    }
    ASSERT_EQ(queued.size(), writes);
    ASSERT_LT(acknowledgedBeforeKill.size(), writes) << "the flush finished before the kill; nothing was tested";

    // Every write the first run saw acknowledged is on the server, and left the outbox.
    QueryBuilder select(QStringLiteral("ticket_messages"));
    select.select(QStringLiteral("id,body")).eq(QStringLiteral("ticket_id"), ticket).order(QStringLiteral("created_at"));
    auto afterKill = m_service.run(select);
    ASSERT_TRUE(afterKill.ok());
    QSet<QString> onServer;
    for (const Json& row : afterKill->data)
        onServer.insert(QString::fromStdString(row["id"].get<std::string>()));
    for (const QString& ack : std::as_const(acknowledgedBeforeKill))
        EXPECT_TRUE(onServer.contains(ack.section(QLatin1Char(' '), 1))) << ack.toStdString();
    {
        auto cache = CacheDatabase::open(cachePath());
        ASSERT_TRUE(cache.ok());
        EXPECT_FALSE(cache.value()->wasRebuilt());
        OutboxStore outbox(*cache.value());
        EXPECT_EQ(outbox.count().value(), writes - acknowledgedBeforeKill.size());
    }

    // The second run resumes and finishes the rest.
    CrashClient second(args(1000));
    ASSERT_TRUE(second.finishedCleanly(90'000)) << second.output().toStdString();
    auto final = m_service.run(select);
    ASSERT_TRUE(final.ok());
    ASSERT_EQ(final->data.size(), static_cast<std::size_t>(writes)) << "each write exactly once";
    QSet<QString> bodies;
    for (std::size_t i = 0; i < final->data.size(); ++i) {
        const Json& row = final->data[i];
        bodies.insert(QString::fromStdString(row["body"].get<std::string>()));
        EXPECT_EQ(QString::fromStdString(row["id"].get<std::string>()), queued[static_cast<qsizetype>(i)])
            << "sent in the order they were made";
    }
    EXPECT_EQ(bodies.size(), writes);
    auto cache = CacheDatabase::open(cachePath());
    ASSERT_TRUE(cache.ok());
    EXPECT_EQ(OutboxStore(*cache.value()).count().value(), 0);
}

TEST_F(CrashRecovery, AKillDuringTheBootstrapResumesFromTheLastCommittedPage)
{
    const int tickets = 3000;
    Json rows = Json::array();
    for (int i = 0; i < tickets; ++i)
        rows.push_back(Json{{"title", "Bootstrap crash " + std::to_string(i)},
                            {"requester_id", m_customer.id.toString(QUuid::WithoutBraces).toStdString()}});
    ASSERT_TRUE(m_service.insertMany(QStringLiteral("tickets"), rows).ok());

    qint64 pulledBeforeKill = 0;
    {
        CrashClient first(args(25));
        ASSERT_TRUE(first.waitFor(
            [&] {
                const QStringList progress = first.lines(QStringLiteral("progress"));
                return !progress.isEmpty() && progress.last().section(QLatin1Char(' '), 0, 0).toLongLong() >= 500;
            },
            60'000))
            << first.output().toStdString();
        first.killHard();
    }
    {
        auto cache = CacheDatabase::open(cachePath());
        ASSERT_TRUE(cache.ok());
        SyncCursorStore cursors(*cache.value());
        const auto cursor = cursors.cursor(QStringLiteral("tickets"));
        ASSERT_TRUE(cursor.ok());
        pulledBeforeKill = cursor->rowsPulled;
        EXPECT_FALSE(cursor->bootstrapped) << "the bootstrap finished before the kill; nothing was tested";
        EXPECT_GT(pulledBeforeKill, 0);
        // The cursor and the rows it covers were committed together.
        EXPECT_EQ(MirrorStore(*cache.value()).count(*MirrorSchema::table(QStringLiteral("tickets"))).value(),
                  pulledBeforeKill);
    }

    CrashClient second(args(25));
    ASSERT_TRUE(second.finishedCleanly(120'000)) << second.output().toStdString();
    const QStringList progress = second.lines(QStringLiteral("progress"));
    ASSERT_FALSE(progress.isEmpty());
    // The resumed run starts from what was already in the cache, not from zero.
    EXPECT_GE(progress.first().section(QLatin1Char(' '), 0, 0).toLongLong(), pulledBeforeKill);
    auto cache = CacheDatabase::open(cachePath());
    ASSERT_TRUE(cache.ok());
    EXPECT_EQ(MirrorStore(*cache.value()).count(*MirrorSchema::table(QStringLiteral("tickets"))).value(), tickets);
    EXPECT_TRUE(SyncCursorStore(*cache.value()).cursor(QStringLiteral("tickets"))->bootstrapped);
}
