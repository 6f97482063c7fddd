#pragma once

// A signed-in user's workspace over a fresh cache, synced until live, for the AI widgets' tests; plus the calls the
// tests make as "another client" (REST, the ai-assist function) and the one-time training of the triage model the
// builtin provider suggests from (an admin action; the seed has no stored model).
#include "ui/IconSet.h"
#include "ui/LiveServer.h"
#include "ui/UserWorkspace.h"
#include "ui/ai/AssistClient.h"

#include "core/Clock.h"
#include "store/TicketStore.h"
#include "supabase/InMemorySecretStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace helpdesk::testing {

struct AiTestWorkspace
{
    InMemorySecretStore secrets;
    SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<UserWorkspace> workspace;
    IconSet icons;
    QString error;

    explicit AiTestWorkspace(const QString &email, const ServerProfile &profile = ServerProfile::localDemoServer())
    {
        auto outcome = signIn(secrets, clock, profile, email);
        if (!outcome.connection) {
            error = outcome.error;
            return;
        }
        connection = std::move(outcome.connection);
        workspace = std::make_unique<UserWorkspace>(*connection, clock, dir.filePath(QStringLiteral("cache.sqlite")));
        bool opened = false;
        workspace->open([&](Result<void> r) {
            opened = true;
            if (!r.ok()) {
                error = r.error().toString();
            }
        });
        (void)QTest::qWaitFor([&] { return opened; }, 20'000);
        if (!opened || !error.isEmpty()) {
            error = error.isEmpty() ? QStringLiteral("workspace did not open") : error;
            return;
        }
        workspace->start();
        if (!QTest::qWaitFor([&] { return workspace->sync().state() == SyncEngine::State::Live; }, 120'000)) {
            error = QStringLiteral("sync did not go live");
        }
    }

    QString userId() const { return connection->auth().currentSession()->user.id.toString(QUuid::WithoutBraces); }

    std::optional<Ticket> ticket(const QUuid &id)
    {
        TicketStore store(workspace->cache());
        auto t = store.ticket(id);
        return t.ok() ? t.value() : std::nullopt;
    }

    std::optional<Ticket> ticketByNumber(qint64 number)
    {
        TicketStore store(workspace->cache());
        auto t = store.ticketByNumber(number);
        return t.ok() ? t.value() : std::nullopt;
    }

    bool waitForNoPendingWrites(int timeout = 30'000)
    {
        return QTest::qWaitFor([&] { return workspace->sync().pendingWrites() == 0; }, timeout);
    }
};

// One ai-assist call as the connection's user, waited for.
inline Result<AssistAnswer> assist(ServerConnection &connection, const Json &body)
{
    AssistClient client(connection);
    std::optional<Result<AssistAnswer>> answer;
    QObject context;
    client.run(body, &context, [&](Result<AssistAnswer> r) { answer = std::move(r); });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 90'000);
    if (!answer) {
        return Error::timeout(QStringLiteral("no ai-assist answer within 90 s"));
    }
    return std::move(*answer);
}

// The builtin triage suggests from the model stored in ai_models; train it once (as the seeded admin) when the
// database has none yet. Returns an error text, empty on success.
inline QString ensureTriageModel()
{
    InMemorySecretStore secrets;
    SystemClock clock;
    auto admin = signIn(secrets, clock, ServerProfile::localDemoServer(), QStringLiteral("admin@example.com"));
    if (!admin.connection) {
        return admin.error;
    }
    auto stored = [&]() -> Result<bool> {
        auto query = admin.connection->rest().from(QStringLiteral("ai_models"));
        query.select(QStringLiteral("name")).eq(QStringLiteral("name"), QStringLiteral("triage"));
        auto rows = rest(*admin.connection, query);
        if (!rows.ok()) {
            return rows.error();
        }
        return rows.value().data.is_array() && !rows.value().data.empty();
    };
    if (auto exists = stored(); !exists.ok() || exists.value()) {
        return exists.ok() ? QString() : exists.error().toString();
    }
    AssistClient client(*admin.connection);
    std::optional<Result<Json>> model;
    QObject context;
    client.train(&context, [&](Result<Json> r) { model = std::move(r); });
    (void)QTest::qWaitFor([&] { return model.has_value(); }, 120'000);
    if (!model) {
        return QStringLiteral("training did not answer within 120 s");
    }
    if (model->ok()) {
        return {};
    }
    // Another test process may have trained (and stored) it at the same moment: that model serves as well.
    auto exists = stored();
    return exists.ok() && exists.value() ? QString() : model->error().toString();
}

// report_ai_acceptance over all time: action → {accepted, edited, rejected} counts.
struct AcceptanceLine
{
    qint64 suggestions = 0;
    qint64 accepted = 0;
    qint64 edited = 0;
    qint64 rejected = 0;
};

inline std::optional<AcceptanceLine> acceptance(ServerConnection &connection, const char *action)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto query = QueryBuilder::rpc(QStringLiteral("report_ai_acceptance"),
                                   Json{{"p_from", now.addYears(-20).toString(Qt::ISODateWithMs).toStdString()},
                                        {"p_to", now.addDays(1).toString(Qt::ISODateWithMs).toStdString()}});
    auto report = rest(connection, query);
    if (!report.ok() || !report.value().data.is_array()) {
        return std::nullopt;
    }
    auto count = [](const Json &line, const char *key) -> qint64 {
        const Json &v = line.at(key);
        return v.is_number() ? v.get<qint64>() : (v.is_string() ? std::stoll(v.get<std::string>()) : 0);
    };
    for (const Json &line : report.value().data) {
        if (assistjson::string(line, "action") == QLatin1String(action)) {
            return AcceptanceLine{count(line, "suggestions"), count(line, "accepted"), count(line, "edited"),
                                  count(line, "rejected")};
        }
    }
    return std::nullopt;
}

// The stored row of a suggestion, read as the connection's user.
inline Json suggestionRow(ServerConnection &connection, const QUuid &id)
{
    auto query = connection.rest().from(QStringLiteral("ai_suggestions"));
    query.select(QStringLiteral("id,ticket_id,action,outcome,final_text")).eq(QStringLiteral("id"), id);
    auto rows = rest(connection, query);
    if (!rows.ok() || !rows.value().data.is_array() || rows.value().data.empty()) {
        return Json();
    }
    return rows.value().data.front();
}

inline QString jsonString(const Json &object, const char *key)
{
    return assistjson::string(object, key);
}

} // namespace helpdesk::testing
