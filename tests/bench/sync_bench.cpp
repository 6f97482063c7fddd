// The sync engine against a server with a large workspace (tests/bench/sync_bench_stack.sh): bootstrap
// rows/s into an empty cache, then realtime commit-to-cache latency for tickets inserted by another client
// (the service role) at a steady rate; peak RSS. Not part of the pass/fail run.
//
//   eval "$(tests/bench/sync_bench_stack.sh up)"
//   sync_bench --email agent@example.com --password helpdesk-demo [--cache FILE] [--page-size 1000]
//              [--changes 300] [--rate 20]
// URL and keys come from SUPABASE_URL, SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY.

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "supabase/AuthClient.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/PhoenixMessage.h"
#include "supabase/PostgresChange.h"
#include "supabase/RealtimeClient.h"
#include "supabase/RestClient.h"
#include "sync/RealtimeApplier.h"
#include "sync/SyncEngine.h"

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace helpdesk;
using namespace helpdesk::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addHelpOption();
    args.addOptions({{QStringLiteral("email"), QStringLiteral("Agent e-mail."), QStringLiteral("email"),
                      QStringLiteral("agent@example.com")},
                     {QStringLiteral("password"), QStringLiteral("Password."), QStringLiteral("password"),
                      QStringLiteral("helpdesk-demo")},
                     {QStringLiteral("cache"), QStringLiteral("Cache file (emptied first)."), QStringLiteral("file"),
                      QStringLiteral("/var/tmp/helpdesk-sync-bench.sqlite")},
                     {QStringLiteral("page-size"), QStringLiteral("Rows per page."), QStringLiteral("n"),
                      QStringLiteral("1000")},
                     {QStringLiteral("changes"), QStringLiteral("Realtime inserts to time."), QStringLiteral("n"),
                      QStringLiteral("300")},
                     {QStringLiteral("rate"), QStringLiteral("Inserts per second."), QStringLiteral("n"),
                      QStringLiteral("20")}});
    args.process(app);

    SupabaseConfig config;
    config.url = QUrl(qEnvironmentVariable("SUPABASE_URL", QStringLiteral("http://127.0.0.1:54341")));
    config.anonKey = qEnvironmentVariable("SUPABASE_ANON_KEY");
    config.timeout = std::chrono::milliseconds(120'000);
    SupabaseConfig serviceConfig = config;
    serviceConfig.anonKey = qEnvironmentVariable("SUPABASE_SERVICE_ROLE_KEY");
    SystemClock clock;
    NetworkHttpTransport transport;
    InMemorySecretStore secrets;
    AuthClient auth(config, transport, secrets, clock);
    RestClient rest(config, transport, &auth);
    RestClient service(serviceConfig, transport);
    RealtimeClient realtime(config);

    const QString path = args.value(QStringLiteral("cache"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto opened = CacheDatabase::open(path);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error().toString()));
    SyncEngine::Options options;
    options.pull.pageSize = args.value(QStringLiteral("page-size")).toInt();
    std::unique_ptr<SyncEngine> engine;
    QElapsedTimer timer;
    Samples latency;
    Samples received; // commit → the frame read from the WebSocket: the server's and the socket's share
    const int changes = args.value(QStringLiteral("changes")).toInt();
    const int rate = std::max(1, args.value(QStringLiteral("rate")).toInt());
    int sent = 0;
    QTimer writer;
    QString agentId;
    const QString marker = QStringLiteral("sync-bench %1").arg(clock.now().secs());

    auto finish = [&] {
        out() << Qt::endl << "| realtime, ticket inserted by another client → row in the cache | changes | p50 ms | p95 ms | max ms |"
              << Qt::endl << "| --- | ---: | ---: | ---: | ---: |" << Qt::endl
              << latency.row(QStringLiteral("%1 inserts/s").arg(rate)) << Qt::endl
              << received.row(QStringLiteral("of which commit → frame received (server + socket)")) << Qt::endl;
        out() << Qt::endl << "peak RSS: " << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;
        QueryBuilder cleanup(QStringLiteral("tickets"));
        cleanup.remove().like(QStringLiteral("title"), marker + QStringLiteral("*"));
        service.execute(cleanup, &app, [](Result<RestResponse>) { QCoreApplication::exit(0); });
    };

    auth.signInWithPassword(args.value(QStringLiteral("email")), args.value(QStringLiteral("password")), &app,
                            [&](Result<Session> session) {
        if (!session.ok())
            qFatal("sign-in: %s", qPrintable(session.error().toString()));
        agentId = session->user.id.toString(QUuid::WithoutBraces);
        engine = std::make_unique<SyncEngine>(*opened.value(), rest, &realtime, &auth, clock, options);
        QObject::connect(engine.get(), &SyncEngine::bootstrapFinished, &app, [&] {
            const double secs = elapsedMs(timer) / 1000.0;
            out() << "bootstrap: " << engine->progressDone() << " rows in " << QString::number(secs, 'f', 1)
                  << " s = " << QString::number(static_cast<double>(engine->progressDone()) / secs, 'f', 0)
                  << " rows/s (page size " << options.pull.pageSize << "); peak RSS "
                  << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;
        });
        QObject::connect(engine->realtimeApplier(), &RealtimeApplier::changeApplied, &app,
                         [&](const QString& table, std::int64_t micros) {
            if (table != QLatin1String("tickets") || sent == 0)
                return;
            latency.add(static_cast<double>(micros) / 1000.0);
            if (static_cast<int>(latency.values.size()) >= changes)
                finish();
        });
        QObject::connect(&realtime, &RealtimeClient::messageReceived, &app, [&](const PhoenixMessage& message) {
            if (message.event != QLatin1String("postgres_changes") || sent == 0)
                return;
            auto change = PostgresChange::fromPayload(message.payload);
            if (change.ok() && change->table == QLatin1String("tickets"))
                received.add(static_cast<double>(change->commitTimestamp.microsTo(clock.now())) / 1000.0);
        });
        QObject::connect(engine.get(), &SyncEngine::stateChanged, &app, [&](SyncEngine::State state) {
            if (state != SyncEngine::State::Live || writer.isActive() || sent > 0)
                return;
            out() << "live; inserting " << changes << " tickets at " << rate << "/s" << Qt::endl;
            writer.start();
        });
        writer.setInterval(1000 / rate);
        QObject::connect(&writer, &QTimer::timeout, &app, [&] {
            if (sent >= changes) {
                writer.stop();
                QTimer::singleShot(30'000, &app, finish); // whatever has not arrived by then is reported
                return;
            }
            ++sent;
            QueryBuilder insert(QStringLiteral("tickets"));
            insert.insert(Json{{"title", QStringLiteral("%1 #%2").arg(marker).arg(sent).toStdString()},
                               {"requester_id", agentId.toStdString()}})
                .returning(ReturnPreference::Minimal);
            service.execute(insert, &app, [](Result<RestResponse> r) {
                if (!r.ok())
                    qWarning("insert: %s", qPrintable(r.error().toString()));
            });
        });
        timer.start();
        engine->start();
    });
    return app.exec();
}
