// helpdesk-cli: the store and sync library without the UI.
//
//   helpdesk-cli [--url URL] [--anon-key KEY] [--cache FILE] sync --email E --password P [--page-size N]
//                [--live SECONDS]
//   helpdesk-cli [--cache FILE | --url URL --email E] tickets list [--status new,open,...]
//                [--assignee me|unassigned|anyone] [--me UUID] [--tag T] [--text WORDS]
//                [--sort updated|created|priority|due|number] [--limit N] [--offset N]
//   helpdesk-cli [--cache FILE | --url URL --email E] ticket show NUMBER
//
// URL and key default to SUPABASE_URL / SUPABASE_ANON_KEY (as printed by `scripts/local-stack env`). The
// cache file defaults to the per-(server, user) file under the application data folder; `tickets` and
// `ticket` read only the cache (they work offline).

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "store/DirectoryStore.h"
#include "store/QueueQuery.h"
#include "store/TicketStore.h"
#include "supabase/AuthClient.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RealtimeClient.h"
#include "supabase/RestClient.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace helpdesk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString cachePath(const QCommandLineParser& args, const QString& userKey)
{
    if (args.isSet(QStringLiteral("cache")))
        return args.value(QStringLiteral("cache"));
    return CacheDatabase::defaultFilePath(args.value(QStringLiteral("url")), userKey);
}

std::unique_ptr<CacheDatabase> openCache(const QString& path)
{
    auto opened = CacheDatabase::open(path);
    if (!opened.ok()) {
        err() << "helpdesk-cli: " << opened.error().toString() << Qt::endl;
        return nullptr;
    }
    return std::move(opened.value());
}

int runSync(QCoreApplication& app, const QCommandLineParser& args)
{
    const QString email = args.value(QStringLiteral("email"));
    const QString password = args.value(QStringLiteral("password"));
    if (email.isEmpty() || password.isEmpty()) {
        err() << "helpdesk-cli: sync needs --email and --password" << Qt::endl;
        return 2;
    }
    SupabaseConfig config;
    config.url = QUrl(args.value(QStringLiteral("url")));
    config.anonKey = args.value(QStringLiteral("anon-key"));
    SystemClock clock;
    NetworkHttpTransport transport;
    InMemorySecretStore secrets;
    AuthClient auth(config, transport, secrets, clock);
    RestClient rest(config, transport, &auth);
    RealtimeClient realtime(config);
    auto cache = openCache(cachePath(args, email));
    if (!cache)
        return 3;
    if (cache->wasRebuilt())
        out() << "cache: rebuilt (see the log line above); pulling everything again" << Qt::endl;
    SyncEngine::Options options;
    options.pull.pageSize = args.value(QStringLiteral("page-size")).toInt();
    const int liveSeconds = args.value(QStringLiteral("live")).toInt();
    std::unique_ptr<SyncEngine> engine;
    QElapsedTimer timer;
    int exitCode = 0;

    auth.signInWithPassword(email, password, &app, [&](Result<Session> session) {
        if (!session.ok()) {
            err() << "helpdesk-cli: sign-in failed: " << session.error().userMessage() << Qt::endl;
            QCoreApplication::exit(4);
            return;
        }
        engine = std::make_unique<SyncEngine>(*cache, rest, liveSeconds > 0 ? &realtime : nullptr, &auth, clock,
                                              options);
        QObject::connect(engine.get(), &SyncEngine::progressChanged, &app, [&](qint64 done, qint64 total) {
            out() << "\rbootstrap: " << done << " / " << total << " rows" << Qt::flush;
        });
        QObject::connect(engine.get(), &SyncEngine::stateChanged, &app, [&](SyncEngine::State state) {
            out() << "\nstate: " << SyncEngine::stateName(state) << Qt::endl;
            if (state == SyncEngine::State::Live && engine->pendingWrites() == 0) {
                const double secs = static_cast<double>(timer.elapsed()) / 1000.0;
                out() << "in step with the server after " << QString::number(secs, 'f', 2) << " s";
                if (engine->progressDone() > 0)
                    out() << " (" << engine->progressDone() << " rows pulled, "
                          << QString::number(static_cast<double>(engine->progressDone()) / secs, 'f', 0)
                          << " rows/s)";
                out() << "; pending writes " << engine->pendingWrites() << ", open conflicts "
                      << engine->openConflicts() << Qt::endl;
                QTimer::singleShot(liveSeconds * 1000, &app, [] { QCoreApplication::exit(0); });
            }
        });
        QObject::connect(engine.get(), &SyncEngine::writeRejected, &app,
                         [](const ConflictRecord& r) { out() << "write refused: " << r.reason << Qt::endl; });
        QObject::connect(engine.get(), &SyncEngine::rowsChanged, &app, [&](const QString& table, const QStringList& keys) {
            if (engine->state() == SyncEngine::State::Live)
                out() << "live: " << keys.size() << " " << table << " row(s) changed" << Qt::endl;
        });
        QObject::connect(engine.get(), &SyncEngine::syncFailed, &app, [&](const Error& e) {
            err() << "\nhelpdesk-cli: " << e.toString() << Qt::endl;
            exitCode = 5;
            QCoreApplication::exit(5);
        });
        timer.start();
        engine->start();
    });
    const int code = app.exec();
    return code != 0 ? code : exitCode;
}

QueueSort sortFrom(const QString& name)
{
    if (name == QLatin1String("created"))
        return QueueSort::CreatedNewest;
    if (name == QLatin1String("priority"))
        return QueueSort::PriorityHighest;
    if (name == QLatin1String("due"))
        return QueueSort::DueSoonest;
    if (name == QLatin1String("number"))
        return QueueSort::NumberHighest;
    return QueueSort::UpdatedNewest;
}

int listTickets(const QCommandLineParser& args)
{
    auto cache = openCache(cachePath(args, args.value(QStringLiteral("email"))));
    if (!cache)
        return 3;
    QueueFilter filter;
    for (const QString& s : args.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto status = fromWire<TicketStatus>(s.trimmed());
        if (!status.ok()) {
            err() << "helpdesk-cli: " << status.error().message << Qt::endl;
            return 2;
        }
        filter.statuses.append(status.value());
    }
    const QString assignee = args.value(QStringLiteral("assignee"));
    filter.me = QUuid::fromString(args.value(QStringLiteral("me")));
    if (assignee == QLatin1String("me"))
        filter.assignee = QueueFilter::Assignee::Me;
    else if (assignee == QLatin1String("unassigned"))
        filter.assignee = QueueFilter::Assignee::Unassigned;
    filter.tag = args.value(QStringLiteral("tag"));
    filter.text = args.value(QStringLiteral("text"));
    QueueQuery queue(*cache);
    QElapsedTimer timer;
    timer.start();
    auto page = queue.ids(filter, sortFrom(args.value(QStringLiteral("sort"))),
                          args.value(QStringLiteral("offset")).toInt(), args.value(QStringLiteral("limit")).toInt());
    if (!page.ok()) {
        err() << "helpdesk-cli: " << page.error().toString() << Qt::endl;
        return 5;
    }
    const qint64 queryMicros = timer.nsecsElapsed() / 1000;
    TicketStore tickets(*cache);
    auto rows = tickets.ticketsByIds(page->ids);
    if (!rows.ok()) {
        err() << "helpdesk-cli: " << rows.error().toString() << Qt::endl;
        return 5;
    }
    for (const Ticket& t : rows.value())
        out() << QStringLiteral("#%1").arg(t.number, -7) << QStringLiteral("%1").arg(toWireString(t.status), -9)
              << QStringLiteral("%1").arg(toWireString(t.priority), -8) << t.updatedAt.toIso().left(16) << "  "
              << t.title.left(70) << Qt::endl;
    out() << page->ids.size() << " of " << page->total << " tickets (query " << queryMicros / 1000.0 << " ms)"
          << Qt::endl;
    return 0;
}

int showTicket(const QCommandLineParser& args, const QString& numberText)
{
    auto cache = openCache(cachePath(args, args.value(QStringLiteral("email"))));
    if (!cache)
        return 3;
    TicketStore tickets(*cache);
    auto ticket = tickets.ticketByNumber(numberText.toLongLong());
    if (!ticket.ok() || !ticket->has_value()) {
        err() << "helpdesk-cli: no ticket #" << numberText << " in the cache" << Qt::endl;
        return 6;
    }
    const Ticket& t = **ticket;
    DirectoryStore directory(*cache);
    auto people = directory.profilesByIds({t.requesterId});
    const QString requester = people.ok() && !people->empty() ? people->front().fullName : t.requesterId.toString();
    out() << "#" << t.number << "  " << t.title << Qt::endl
          << "status " << toWireString(t.status) << ", priority " << toWireString(t.priority) << ", requester "
          << requester << ", version " << t.version << Qt::endl
          << "created " << t.createdAt.toIso() << ", updated " << t.updatedAt.toIso() << Qt::endl;
    if (!t.tags.isEmpty())
        out() << "tags: " << t.tags.join(QStringLiteral(", ")) << Qt::endl;
    out() << Qt::endl << t.description << Qt::endl;
    auto messages = tickets.messages(t.id);
    if (messages.ok()) {
        for (const TicketMessage& m : messages.value())
            out() << Qt::endl
                  << "--- " << m.createdAt.toIso().left(19) << " " << toWireString(m.source)
                  << (m.isInternal ? " (internal note)" : "") << Qt::endl
                  << m.body << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("helpdesk"));
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("The helpdesk cache and sync engine from the command line."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("url"), QStringLiteral("Server URL."), QStringLiteral("url"),
         qEnvironmentVariable("SUPABASE_URL", QStringLiteral("http://127.0.0.1:54321"))},
        {QStringLiteral("anon-key"), QStringLiteral("Public (anon) key."), QStringLiteral("key"),
         qEnvironmentVariable("SUPABASE_ANON_KEY")},
        {QStringLiteral("cache"), QStringLiteral("Cache file."), QStringLiteral("file")},
        {QStringLiteral("email"), QStringLiteral("Account e-mail."), QStringLiteral("email")},
        {QStringLiteral("password"), QStringLiteral("Account password."), QStringLiteral("password")},
        {QStringLiteral("page-size"), QStringLiteral("Rows per bootstrap page."), QStringLiteral("n"),
         QStringLiteral("1000")},
        {QStringLiteral("live"), QStringLiteral("Stay live this many seconds after catching up."),
         QStringLiteral("seconds"), QStringLiteral("0")},
        {QStringLiteral("status"), QStringLiteral("Statuses, comma-separated."), QStringLiteral("list")},
        {QStringLiteral("assignee"), QStringLiteral("me, unassigned or anyone."), QStringLiteral("who"),
         QStringLiteral("anyone")},
        {QStringLiteral("me"), QStringLiteral("Your user id (for --assignee me)."), QStringLiteral("uuid")},
        {QStringLiteral("tag"), QStringLiteral("A tag."), QStringLiteral("tag")},
        {QStringLiteral("text"), QStringLiteral("Words to search."), QStringLiteral("words")},
        {QStringLiteral("sort"), QStringLiteral("updated, created, priority, due or number."),
         QStringLiteral("key"), QStringLiteral("updated")},
        {QStringLiteral("limit"), QStringLiteral("Rows to show."), QStringLiteral("n"), QStringLiteral("50")},
        {QStringLiteral("offset"), QStringLiteral("Rows to skip."), QStringLiteral("n"), QStringLiteral("0")},
    });
    args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("sync | tickets list | ticket show N"));
    args.process(app);
    const QStringList words = args.positionalArguments();
    if (words.value(0) == QLatin1String("sync"))
        return runSync(app, args);
    if (words.value(0) == QLatin1String("tickets") && words.value(1) == QLatin1String("list"))
        return listTickets(args);
    if (words.value(0) == QLatin1String("ticket") && words.value(1) == QLatin1String("show") && words.size() == 3)
        return showTicket(args, words.value(2));
    args.showHelp(2);
}
