// A client process for the kill -9 tests: signs in, optionally queues writes, then syncs (bootstrap and
// outbox flush) and reports what the server acknowledged on stdout, one line per event, flushed at once:
//   queued <message id>      a write entered the outbox
//   ack <table> <row key>    the server answered a write and the cache recorded it
//   progress <done> <total>  bootstrap progress
//   done                     bootstrap finished and the outbox is empty (then the process exits 0)
// Usage: sync_crash_client <url> <anon key> <email> <password> <cache file> <page size>
//                          [queue <ticket id> <author id> <count>]

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "supabase/AuthClient.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RestClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace helpdesk;

namespace {

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7) {
        std::fputs("usage: sync_crash_client url anon email password cache pagesize [queue ticket author count]\n",
                   stderr);
        return 2;
    }
    SupabaseConfig config;
    config.url = QUrl(args[1]);
    config.anonKey = args[2];
    SystemClock clock;
    NetworkHttpTransport transport;
    InMemorySecretStore secrets;
    AuthClient auth(config, transport, secrets, clock);
    RestClient rest(config, transport, &auth);
    auto opened = CacheDatabase::open(args[5]);
    if (!opened.ok()) {
        say(QStringLiteral("error %1").arg(opened.error().toString()));
        return 3;
    }
    CacheDatabase& cache = *opened.value();
    SyncEngine::Options options;
    options.pull.pageSize = args[6].toInt();
    options.retry = RetryPolicy(std::chrono::milliseconds(100), std::chrono::milliseconds(1000));
    std::unique_ptr<SyncEngine> engine;

    auto checkDone = [&] {
        if (engine && engine->isBootstrapped() && engine->pendingWrites() == 0) {
            say(QStringLiteral("done"));
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
        }
    };

    auth.signInWithPassword(args[3], args[4], &app, [&](Result<Session> session) {
        if (!session.ok()) {
            say(QStringLiteral("error %1").arg(session.error().toString()));
            QCoreApplication::exit(4);
            return;
        }
        engine = std::make_unique<SyncEngine>(cache, rest, nullptr, &auth, clock, options);
        if (args.size() >= 11 && args[7] == QLatin1String("queue")) {
            const int count = args[10].toInt();
            for (int i = 0; i < count; ++i) {
                auto entry = engine->insertRow(QStringLiteral("ticket_messages"),
                                               Json{{"ticket_id", args[8].toStdString()},
                                                    {"author_id", args[9].toStdString()},
                                                    {"body", "Crash write " + std::to_string(i)},
                                                    {"is_internal", false},
                                                    {"source", "customer"}});
                if (!entry.ok()) {
                    say(QStringLiteral("error %1").arg(entry.error().toString()));
                    QCoreApplication::exit(5);
                    return;
                }
                say(QStringLiteral("queued %1").arg(entry->rowKey));
            }
        }
        QObject::connect(engine.get(), &SyncEngine::writeAcknowledged, &app,
                         [&](const QString& table, const QString& key) {
                             say(QStringLiteral("ack %1 %2").arg(table, key));
                             checkDone();
                         });
        QObject::connect(engine.get(), &SyncEngine::progressChanged, &app,
                         [](qint64 done, qint64 total) { say(QStringLiteral("progress %1 %2").arg(done).arg(total)); });
        QObject::connect(engine.get(), &SyncEngine::bootstrapFinished, &app, checkDone);
        QObject::connect(engine.get(), &SyncEngine::deltaFinished, &app, checkDone);
        engine->start();
    });
    return app.exec();
}
