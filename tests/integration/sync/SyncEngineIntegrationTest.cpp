// SyncEngine against the local stack: real PostgreSQL (RLS, triggers), real HTTP and WebSockets.
// Every test makes its own users and tickets; customers are used so that a test's cache holds only its own
// tickets whatever else the shared database contains.

#include "SyncLocalStack.h"
#include "SyncTestClient.h"
#include "TcpProxy.h"

#include "store/MirrorSchema.h"
#include "store/QueueQuery.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;
using namespace std::chrono_literals;

namespace {

const MirrorTable& ticketsTable()
{
    return *MirrorSchema::table(QStringLiteral("tickets"));
}

const MirrorTable& messagesTable()
{
    return *MirrorSchema::table(QStringLiteral("ticket_messages"));
}

Json newTicket(const QUuid& requester, const QString& title, QUuid id = QUuid::createUuid())
{
    return Json{{"id", id.toString(QUuid::WithoutBraces).toStdString()},
                {"title", title.toStdString()},
                {"description", "Created by the test as another client"},
                {"requester_id", requester.toString(QUuid::WithoutBraces).toStdString()}};
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

SyncEngine::Options quickOptions()
{
    SyncEngine::Options options;
    options.retry = RetryPolicy(100ms, 1000ms);
    return options;
}

class SyncEngineIntegration : public ::testing::Test
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

    std::unique_ptr<SyncTestClient> client(const QString& url = LocalStackEnv::get().url, bool realtime = true,
                                           const QString& cacheName = QStringLiteral("cache.sqlite"),
                                           SyncEngine::Options options = quickOptions())
    {
        SyncTestClient::Options o;
        o.realtime = realtime;
        o.engine = options;
        auto c = std::make_unique<SyncTestClient>(url, LocalStackEnv::get().anonKey, m_dir.filePath(cacheName), o);
        EXPECT_TRUE(c->cache()) << c->openError().toStdString();
        EXPECT_TRUE(c->signIn(m_customer.email, m_customer.password));
        return c;
    }

    QUuid createTicket(const QString& title)
    {
        const QUuid id = QUuid::createUuid();
        QueryBuilder insert(QStringLiteral("tickets"));
        insert.insert(newTicket(m_customer.id, title, id));
        auto done = m_service.run(insert);
        EXPECT_TRUE(done.ok()) << done.error().toString().toStdString();
        return id;
    }

    Json serverRows(const QString& table, const QString& column, const QUuid& value)
    {
        QueryBuilder select(table);
        select.select(QStringLiteral("*")).eq(column, value).order(QStringLiteral("created_at"));
        auto rows = m_service.run(select);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? rows->data : Json::array();
    }

    static std::optional<Json> cached(SyncTestClient& c, const MirrorTable& table, const QUuid& id)
    {
        MirrorStore mirror(*c.cache());
        auto row = mirror.row(table, idText(id));
        return row.ok() ? row.value() : std::nullopt;
    }

    QTemporaryDir m_dir;
    ServiceRole m_service;
    ServiceRole::User m_customer;
};

} // namespace

TEST_F(SyncEngineIntegration, BootstrapsTenThousandTicketsWithProgress)
{
    Json rows = Json::array();
    for (int i = 0; i < 10'000; ++i)
        rows.push_back(newTicket(m_customer.id, QStringLiteral("Bulk ticket %1").arg(i)));
    auto inserted = m_service.insertMany(QStringLiteral("tickets"), rows);
    ASSERT_TRUE(inserted.ok()) << inserted.error().toString().toStdString();

    auto c = client(LocalStackEnv::get().url, /*realtime=*/false);
    QSignalSpy progress(&c->engine(), &SyncEngine::progressChanged);
    QSignalSpy finished(&c->engine(), &SyncEngine::bootstrapFinished);
    c->engine().start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 1; }, 110'000));

    MirrorStore mirror(*c->cache());
    EXPECT_EQ(mirror.count(ticketsTable()).value(), 10'000);
    ASSERT_GE(progress.size(), 10); // one report per page at least
    const qint64 lastDone = progress.last().at(0).toLongLong();
    const qint64 lastTotal = progress.last().at(1).toLongLong();
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_GE(lastTotal, 10'000);
    qint64 previous = -1;
    for (const QList<QVariant>& report : std::as_const(progress)) {
        EXPECT_GE(report.at(0).toLongLong(), previous); // rows done never goes back
        previous = report.at(0).toLongLong();
    }
    QueueQuery queue(*c->cache());
    QueueFilter filter;
    filter.text = QStringLiteral("bulk 9999");
    EXPECT_EQ(queue.count(filter).value(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->engine().state() == SyncEngine::State::Live; }, 30'000));
}

TEST_F(SyncEngineIntegration, RealtimeInsertUpdateAndDeleteFromAnotherClientReachTheCache)
{
    auto c = client();
    ASSERT_TRUE(c->startAndWaitLive());

    const QUuid id = createTicket(QStringLiteral("Live ticket"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached(*c, ticketsTable(), id).has_value(); }, 15'000));

    QueryBuilder rename(QStringLiteral("tickets"));
    rename.update(Json{{"title", "Renamed live"}}).eq(QStringLiteral("id"), id);
    ASSERT_TRUE(m_service.run(rename).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto row = cached(*c, ticketsTable(), id);
            return row && (*row)["title"] == "Renamed live";
        },
        15'000));

    QueryBuilder softDelete(QStringLiteral("tickets"));
    softDelete.update(Json{{"deleted_at", "2026-11-22T00:00:00Z"}}).eq(QStringLiteral("id"), id);
    ASSERT_TRUE(m_service.run(softDelete).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cached(*c, ticketsTable(), id).has_value(); }, 15'000));

    const QUuid second = createTicket(QStringLiteral("Hard deleted"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached(*c, ticketsTable(), second).has_value(); }, 15'000));
    QueryBuilder hardDelete(QStringLiteral("tickets"));
    hardDelete.remove().eq(QStringLiteral("id"), second);
    ASSERT_TRUE(m_service.run(hardDelete).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cached(*c, ticketsTable(), second).has_value(); }, 15'000));
    EXPECT_EQ(c->engine().state(), SyncEngine::State::Live);
}

TEST_F(SyncEngineIntegration, OfflineWritesAreQueuedAndFlushedInOrderExactlyOnce)
{
    const QUuid ticket = createTicket(QStringLiteral("Offline conversation"));
    TcpProxy proxy(QUrl(LocalStackEnv::get().url).port());
    auto c = client(proxy.url());
    ASSERT_TRUE(c->startAndWaitLive());
    ASSERT_TRUE(cached(*c, ticketsTable(), ticket).has_value());

    proxy.setUp(false);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        auto entry = c->engine().insertRow(QStringLiteral("ticket_messages"),
                                           Json{{"ticket_id", idText(ticket).toStdString()},
                                                {"author_id", idText(m_customer.id).toStdString()},
                                                {"body", "Offline reply " + std::to_string(i)},
                                                {"is_internal", false},
                                                {"source", "customer"}});
        ASSERT_TRUE(entry.ok()) << entry.error().toString().toStdString();
        ids.append(entry->rowKey);
        EXPECT_TRUE(cached(*c, messagesTable(), QUuid::fromString(entry->rowKey)).has_value()); // shown at once
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->engine().state() == SyncEngine::State::Offline; }, 15'000));
    EXPECT_EQ(c->engine().pendingWrites(), 5);
    EXPECT_TRUE(serverRows(QStringLiteral("ticket_messages"), QStringLiteral("ticket_id"), ticket).empty());

    proxy.setUp(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->engine().pendingWrites() == 0; }, 30'000));
    const Json messages = serverRows(QStringLiteral("ticket_messages"), QStringLiteral("ticket_id"), ticket);
    ASSERT_EQ(messages.size(), 5u);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(messages[static_cast<std::size_t>(i)]["id"].get<std::string>(), ids[i].toStdString());
        EXPECT_EQ(messages[static_cast<std::size_t>(i)]["body"], "Offline reply " + std::to_string(i));
    }
    EXPECT_EQ(c->engine().openConflicts(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->engine().state() == SyncEngine::State::Live; }, 30'000));
}

TEST_F(SyncEngineIntegration, AReconnectPullsTheChangesRealtimeMissedWhileCutOff)
{
    TcpProxy proxy(QUrl(LocalStackEnv::get().url).port());
    SyncEngine::Options options = quickOptions();
    options.deltaInterval = std::chrono::hours(1); // no periodic pull can bring the row during the test
    auto c = client(proxy.url(), /*realtime=*/true, QStringLiteral("cache.sqlite"), options);
    ASSERT_TRUE(c->startAndWaitLive());
    ASSERT_NE(c->realtime(), nullptr);
    QSignalSpy deltas(&c->engine(), &SyncEngine::deltaFinished);

    proxy.setUp(false); // the WebSocket is cut: whatever happens now is not pushed to this client
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return c->realtime()->state() != RealtimeClient::State::Connected; }, 15'000));
    const QUuid missed = createTicket(QStringLiteral("Created while the client was cut off"));
    EXPECT_FALSE(cached(*c, ticketsTable(), missed).has_value());
    EXPECT_EQ(deltas.size(), 0);

    proxy.setUp(true); // the client reconnects (backoff), rejoins and closes the gap with a delta pull
    ASSERT_TRUE(QTest::qWaitFor([&] { return cached(*c, ticketsTable(), missed).has_value(); }, 30'000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return deltas.size() >= 1; }, 30'000)); // it came with the gap pull
    EXPECT_EQ((*cached(*c, ticketsTable(), missed))["title"], "Created while the client was cut off");
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->engine().state() == SyncEngine::State::Live; }, 30'000));
}

TEST_F(SyncEngineIntegration, AConcurrentEditBecomesAConflictRecordWithBothSides)
{
    const QUuid ticket = createTicket(QStringLiteral("Original title"));
    TcpProxy proxy(QUrl(LocalStackEnv::get().url).port());
    auto c = client(proxy.url());
    ASSERT_TRUE(c->startAndWaitLive());
    QSignalSpy conflicts(&c->engine(), &SyncEngine::conflictRecorded);

    proxy.setUp(false);
    ASSERT_TRUE(c->engine().updateRow(QStringLiteral("tickets"), idText(ticket), Json{{"title", "Mine"}}).ok());
    QueryBuilder theirs(QStringLiteral("tickets"));
    theirs.update(Json{{"title", "Theirs"}}).eq(QStringLiteral("id"), ticket);
    ASSERT_TRUE(m_service.run(theirs).ok());
    proxy.setUp(true);

    ASSERT_TRUE(QTest::qWaitFor([&] { return conflicts.size() == 1; }, 30'000));
    auto open = c->engine().conflicts().open();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1u);
    const ConflictRecord& record = open->front();
    EXPECT_EQ(record.kind, ConflictRecord::Kind::Conflict);
    EXPECT_EQ(record.localChange, (Json{{"title", "Mine"}}));
    ASSERT_TRUE(record.serverRow.has_value());
    EXPECT_EQ((*record.serverRow)["title"], "Theirs");
    EXPECT_EQ((*record.localRow)["title"], "Mine");
    EXPECT_FALSE(record.reason.isEmpty());
    EXPECT_EQ((*cached(*c, ticketsTable(), ticket))["title"], "Theirs");
    EXPECT_EQ(serverRows(QStringLiteral("tickets"), QStringLiteral("id"), ticket)[0]["title"], "Theirs");
    EXPECT_EQ(c->engine().pendingWrites(), 0);
}

TEST_F(SyncEngineIntegration, AWriteRefusedByRowLevelSecurityIsRevertedWithAReason)
{
    const QUuid ticket = createTicket(QStringLiteral("Customer ticket"));
    auto c = client();
    ASSERT_TRUE(c->startAndWaitLive());
    QSignalSpy rejected(&c->engine(), &SyncEngine::writeRejected);

    // Customers may not write internal notes (policy "customers reply on own tickets").
    auto entry = c->engine().insertRow(QStringLiteral("ticket_messages"),
                                       Json{{"ticket_id", idText(ticket).toStdString()},
                                            {"author_id", idText(m_customer.id).toStdString()},
                                            {"body", "Pretending to be staff"},
                                            {"is_internal", true},
                                            {"source", "customer"}});
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(cached(*c, messagesTable(), QUuid::fromString(entry->rowKey)).has_value());

    ASSERT_TRUE(QTest::qWaitFor([&] { return rejected.size() == 1; }, 20'000));
    const auto record = rejected.first().at(0).value<ConflictRecord>();
    EXPECT_EQ(record.kind, ConflictRecord::Kind::Rejected);
    EXPECT_TRUE(record.reason.contains(QStringLiteral("permission"))) << record.reason.toStdString();
    EXPECT_FALSE(cached(*c, messagesTable(), QUuid::fromString(entry->rowKey)).has_value());
    EXPECT_TRUE(serverRows(QStringLiteral("ticket_messages"), QStringLiteral("ticket_id"), ticket).empty());
    EXPECT_EQ(c->engine().pendingWrites(), 0);
    EXPECT_EQ(c->engine().openConflicts(), 1);
}

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The same token with `exp` in the past, signed with the stack's secret: valid signature, expired.
QString expiredCopy(const QString& token, const QString& secret, qint64 nowSecs)
{
    const QList<QByteArray> parts = token.toUtf8().split('.');
    Json claims = Json::parse(QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding).toStdString());
    claims["exp"] = nowSecs - 120;
    claims["iat"] = nowSecs - 3720;
    const QByteArray signingInput = parts.value(0) + '.' + base64Url(QByteArray::fromStdString(claims.dump()));
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, secret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromUtf8(signingInput + '.' + base64Url(signature));
}

} // namespace

TEST_F(SyncEngineIntegration, AnExpiredTokenMidSyncIsRefreshedTransparently)
{
    for (int i = 0; i < 6; ++i)
        createTicket(QStringLiteral("Token ticket %1").arg(i));
    auto first = client();
    auto session = first->auth().currentSession();
    ASSERT_TRUE(session.has_value());

    // A second client starts from a stored session whose access token has in fact expired, while the
    // session still claims an hour of validity: the first request of the sync meets a 401.
    SyncEngine::Options options = quickOptions();
    options.pull.pageSize = 2;
    SyncTestClient::Options o;
    o.engine = options;
    SyncTestClient second(LocalStackEnv::get().url, LocalStackEnv::get().anonKey,
                          m_dir.filePath(QStringLiteral("second.sqlite")), o);
    Session stale = *session;
    const qint64 now = SystemClock().now().secs();
    stale.accessToken = expiredCopy(session->accessToken, LocalStackEnv::get().jwtSecret, now);
    stale.expiresAt = Timestamp::fromSecs(now + 3600);
    Json stored;
    to_json(stored, stale);
    bool written = false;
    second.secrets().write(second.auth().storageKey(), QByteArray::fromStdString(stored.dump()), second.context(),
                           [&](Result<void> r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    bool restored = false;
    second.auth().restoreSession(second.context(), [&](Result<std::optional<Session>> r) {
        restored = r.ok() && r.value().has_value();
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored; }, 5000));
    ASSERT_EQ(second.auth().accessToken(), stale.accessToken);

    second.createEngine();
    QSignalSpy failures(&second.engine(), &SyncEngine::syncFailed);
    ASSERT_TRUE(second.startAndWaitLive());
    EXPECT_EQ(failures.size(), 0);
    EXPECT_NE(second.auth().accessToken(), stale.accessToken);
    EXPECT_EQ(second.realtime()->accessToken(), second.auth().accessToken());
    MirrorStore mirror(*second.cache());
    EXPECT_EQ(mirror.count(ticketsTable()).value(), 6);
}

TEST_F(SyncEngineIntegration, ACorruptCacheFileIsRebuiltFromTheServerWithALogLine)
{
    for (int i = 0; i < 3; ++i)
        createTicket(QStringLiteral("Survivor %1").arg(i));
    {
        auto c = client(LocalStackEnv::get().url, false);
        ASSERT_TRUE(c->startAndWaitLive());
        EXPECT_EQ(MirrorStore(*c->cache()).count(ticketsTable()).value(), 3);
    }
    const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(4096, '\x5a'));
    }
    static QStringList lines;
    lines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { lines.append(message); });
    auto c = client(LocalStackEnv::get().url, false);
    qInstallMessageHandler(previous);
    ASSERT_TRUE(c->cache());
    EXPECT_TRUE(c->cache()->wasRebuilt());
    EXPECT_EQ(lines.filter(QStringLiteral("rebuilding from the server")).size(), 1) << lines.join('\n').toStdString();
    ASSERT_TRUE(c->startAndWaitLive());
    EXPECT_EQ(MirrorStore(*c->cache()).count(ticketsTable()).value(), 3);
}

TEST_F(SyncEngineIntegration, ReconciliationDropsTicketsTheUserCanNoLongerSee)
{
    const QUuid kept = createTicket(QStringLiteral("Still mine"));
    const QUuid moved = createTicket(QStringLiteral("Moved to someone else"));
    auto c = client();
    ASSERT_TRUE(c->startAndWaitLive());
    ASSERT_TRUE(cached(*c, ticketsTable(), moved).has_value());

    auto other = m_service.createUser(QStringLiteral("customer"));
    ASSERT_TRUE(other.ok());
    QueryBuilder reassign(QStringLiteral("tickets"));
    reassign.update(Json{{"requester_id", idText(other->id).toStdString()}}).eq(QStringLiteral("id"), moved);
    ASSERT_TRUE(m_service.run(reassign).ok());
    // Realtime cannot say "you no longer see this": the row stays until reconciliation.
    QSignalSpy reconciled(&c->engine(), &SyncEngine::reconcileFinished);
    c->engine().reconcileNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reconciled.size() == 1; }, 30'000));
    EXPECT_GE(reconciled.first().at(0).toInt(), 1);
    EXPECT_FALSE(cached(*c, ticketsTable(), moved).has_value());
    EXPECT_TRUE(cached(*c, ticketsTable(), kept).has_value());
}
