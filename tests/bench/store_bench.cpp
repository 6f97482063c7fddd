// The cache under the queue and search load of a large workspace: queue queries for the common filters,
// counts per saved view, the model's row fetch, FTS search; peak RSS. Not part of the pass/fail run.
//
//   store_bench --cache FILE            a cache filled by `helpdesk-cli sync` (e.g. from the bench server,
//                                       tests/bench/sync_bench_stack.sh) — the realistic input
//   store_bench --synthetic [--tickets N] [--messages M] [--cache FILE]
//                                       fills a cache with generated rows first (and reports the local write
//                                       rate), for machines without the server
//   [--rounds R] (default 200)

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "store/LocalSearch.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/QueueQuery.h"
#include "store/TicketStore.h"

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace helpdesk;
using namespace helpdesk::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

const char* const kWords[] = {
    "account", "login", "password", "reset", "invoice", "refund", "billing", "payment", "card", "declined",
    "order", "shipping", "delivery", "tracking", "address", "cancel", "subscription", "plan", "upgrade",
    "downgrade", "export", "import", "report", "dashboard", "sync", "mobile", "app", "crash", "error",
    "timeout", "slow", "email", "notification", "sso", "saml", "okta", "api", "webhook", "integration",
    "slack", "calendar", "attachment", "upload", "download", "permission", "role", "admin", "team", "user",
    "license", "seat", "trial", "discount", "coupon", "tax", "vat", "receipt", "pdf", "csv", "printer",
    "vpn", "network", "wifi", "laptop", "monitor", "keyboard", "battery", "update", "install", "windows",
    "macos", "linux", "browser", "chrome", "firefox", "safari", "cookie", "cache", "session", "token",
    "locked", "blocked", "spam", "phishing", "security", "two-factor", "sms", "code", "verify", "identity",
};
constexpr int kWordCount = static_cast<int>(sizeof kWords / sizeof kWords[0]);
const char* const kStatuses[] = {"new", "open", "open", "open", "pending", "on_hold", "solved", "solved", "closed", "closed"};
const char* const kPriorities[] = {"low", "normal", "normal", "normal", "high", "urgent"};

// Zipf-like pick: common words far more often than rare ones.
QString word(QRandomGenerator& rng)
{
    const double u = rng.generateDouble();
    return QString::fromLatin1(kWords[static_cast<int>(u * u * kWordCount) % kWordCount]);
}

QString sentence(QRandomGenerator& rng, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(word(rng));
    parts.append(QString::number(rng.bounded(100000, 999999)));
    return parts.join(QLatin1Char(' '));
}

QString uuid(int kind, int n)
{
    return QStringLiteral("00000000-0000-4000-%1-%2").arg(kind, 4, 10, QLatin1Char('0')).arg(n, 12, 10, QLatin1Char('0'));
}

QString iso(qint64 micros)
{
    return Timestamp::fromMicros(micros).toIso();
}

void fillSynthetic(CacheDatabase& cache, int tickets, int messages)
{
    MirrorStore mirror(cache);
    QRandomGenerator rng(42);
    const qint64 now = SystemClock().now().micros();
    const qint64 year = 365LL * 24 * 3600 * 1'000'000;
    QElapsedTimer timer;
    timer.start();
    Json batch = Json::array();
    auto flush = [&](const QString& table) {
        if (batch.empty())
            return;
        auto applied = mirror.applyServerRows(*MirrorSchema::table(table), batch);
        if (!applied.ok())
            qFatal("%s", qPrintable(applied.error().toString()));
        batch = Json::array();
    };
    for (int i = 1; i <= tickets; ++i) {
        const qint64 created = now - static_cast<qint64>(rng.generateDouble() * static_cast<double>(year));
        const qint64 updated = created + static_cast<qint64>(rng.generateDouble() * 3.0e11);
        Json tags = Json::array();
        for (int t = 0, n = rng.bounded(4); t < n; ++t)
            tags.push_back(word(rng).toStdString());
        const int assignee = rng.bounded(25); // 0..19 agents, 20..24 unassigned; agent 1 is "me"
        const int team = rng.bounded(5);
        batch.push_back(Json{
            {"id", uuid(8000, i).toStdString()},
            {"number", i},
            {"title", sentence(rng, 5).toStdString()},
            {"description", sentence(rng, 30).toStdString()},
            {"status", kStatuses[rng.bounded(10)]},
            {"priority", kPriorities[rng.bounded(6)]},
            {"channel", "email"},
            {"tags", tags},
            {"custom_fields", Json::object()},
            {"requester_id", uuid(9000, rng.bounded(2000)).toStdString()},
            {"assignee_id", assignee < 20 ? Json(uuid(7000, assignee).toStdString()) : Json(nullptr)},
            {"team_id", team < 4 ? Json(uuid(6000, team).toStdString()) : Json(nullptr)},
            {"resolution_due_at", iso(created + 86'400'000'000LL * rng.bounded(1, 10)).toStdString()},
            {"version", 1},
            {"created_at", iso(created).toStdString()},
            {"updated_at", iso(updated).toStdString()},
            {"deleted_at", nullptr}});
        if (batch.size() == 1000)
            flush(QStringLiteral("tickets"));
    }
    flush(QStringLiteral("tickets"));
    const double ticketSecs = elapsedMs(timer) / 1000.0;
    timer.restart();
    for (int i = 1; i <= messages; ++i) {
        const qint64 at = now - static_cast<qint64>(rng.generateDouble() * static_cast<double>(year));
        batch.push_back(Json{{"id", uuid(5000, i).toStdString()},
                             {"ticket_id", uuid(8000, rng.bounded(1, tickets + 1)).toStdString()},
                             {"author_id", uuid(7000, rng.bounded(20)).toStdString()},
                             {"body", sentence(rng, 40).toStdString()},
                             {"is_internal", rng.bounded(5) == 0},
                             {"source", "agent"},
                             {"version", 1},
                             {"created_at", iso(at).toStdString()},
                             {"updated_at", iso(at).toStdString()},
                             {"deleted_at", nullptr}});
        if (batch.size() == 1000)
            flush(QStringLiteral("ticket_messages"));
    }
    flush(QStringLiteral("ticket_messages"));
    const double messageSecs = elapsedMs(timer) / 1000.0;
    out() << "local write rate (applyServerRows, 1000-row transactions): tickets "
          << QString::number(tickets / ticketSecs, 'f', 0) << " rows/s, messages "
          << QString::number(messages / messageSecs, 'f', 0) << " rows/s" << Qt::endl;
}

QList<QUuid> someIds(CacheDatabase& cache, const QString& table, int count)
{
    QSqlQuery query(cache.connection());
    query.exec(QStringLiteral("SELECT id FROM %1 ORDER BY random() LIMIT %2").arg(table).arg(count));
    QList<QUuid> ids;
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    return ids;
}

QString someAssignee(CacheDatabase& cache)
{
    QSqlQuery query(cache.connection());
    query.exec(QStringLiteral("SELECT assignee_id FROM tickets WHERE assignee_id IS NOT NULL GROUP BY assignee_id "
                              "ORDER BY count(*) DESC LIMIT 1"));
    return query.next() ? query.value(0).toString() : QString();
}

QString someTeam(CacheDatabase& cache)
{
    QSqlQuery query(cache.connection());
    query.exec(QStringLiteral("SELECT team_id FROM tickets WHERE team_id IS NOT NULL GROUP BY team_id "
                              "ORDER BY count(*) DESC LIMIT 1"));
    return query.next() ? query.value(0).toString() : QString();
}

QString someTag(CacheDatabase& cache)
{
    QSqlQuery query(cache.connection());
    query.exec(QStringLiteral("SELECT tag FROM ticket_tags GROUP BY tag ORDER BY count(*) DESC LIMIT 1"));
    return query.next() ? query.value(0).toString() : QString();
}

QStringList searchTerms(CacheDatabase& cache, int count)
{
    // Words that occur in titles: common and rare ones, as a user would type them (whole or prefix).
    QSqlQuery query(cache.connection());
    query.exec(QStringLiteral("SELECT title FROM tickets ORDER BY random() LIMIT %1").arg(count));
    QStringList terms;
    QRandomGenerator rng(7);
    while (query.next()) {
        const QStringList words = query.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList usable;
        for (const QString& w : words)
            if (w.size() >= 4 && !w.at(0).isDigit())
                usable.append(w.toLower());
        if (usable.isEmpty())
            continue;
        QString term = usable[rng.bounded(static_cast<int>(usable.size()))];
        if (rng.bounded(3) == 0)
            term = term.left(std::max<qsizetype>(3, term.size() - 2)); // typing in progress
        if (rng.bounded(3) == 0 && usable.size() > 1)
            term += QLatin1Char(' ') + usable[rng.bounded(static_cast<int>(usable.size()))];
        terms.append(term);
    }
    return terms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addOptions({{QStringLiteral("cache"), QStringLiteral("Cache file."), QStringLiteral("file"),
                      QStringLiteral("/var/tmp/helpdesk-store-bench.sqlite")},
                     {QStringLiteral("synthetic"), QStringLiteral("Fill the cache with generated rows first.")},
                     {QStringLiteral("tickets"), QStringLiteral("Generated tickets."), QStringLiteral("n"),
                      QStringLiteral("100000")},
                     {QStringLiteral("messages"), QStringLiteral("Generated messages."), QStringLiteral("n"),
                      QStringLiteral("500000")},
                     {QStringLiteral("rounds"), QStringLiteral("Repetitions per query."), QStringLiteral("n"),
                      QStringLiteral("200")}});
    args.addHelpOption();
    args.process(app);
    const QString path = args.value(QStringLiteral("cache"));
    if (args.isSet(QStringLiteral("synthetic"))) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    auto opened = CacheDatabase::open(path);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error().toString()));
    CacheDatabase& cache = *opened.value();
    if (args.isSet(QStringLiteral("synthetic")))
        fillSynthetic(cache, args.value(QStringLiteral("tickets")).toInt(), args.value(QStringLiteral("messages")).toInt());
    {
        QSqlQuery optimize(cache.connection());
        optimize.exec(QStringLiteral("PRAGMA optimize"));
        optimize.exec(QStringLiteral("ANALYZE"));
    }
    MirrorStore mirror(cache);
    const qint64 ticketCount = mirror.count(*MirrorSchema::table(QStringLiteral("tickets"))).value();
    const qint64 messageCount = mirror.count(*MirrorSchema::table(QStringLiteral("ticket_messages"))).value();
    out() << "cache " << path << ": " << ticketCount << " tickets, " << messageCount << " messages" << Qt::endl;

    const int rounds = args.value(QStringLiteral("rounds")).toInt();
    const QList<TicketStatus> active{TicketStatus::New, TicketStatus::Open, TicketStatus::Pending};
    const QUuid me = QUuid::fromString(someAssignee(cache));
    const QUuid team = QUuid::fromString(someTeam(cache));
    const QString tag = someTag(cache);
    QueueQuery queue(cache);

    struct Case
    {
        QString name;
        QueueFilter filter;
        QueueSort sort;
    };
    std::vector<Case> cases;
    {
        QueueFilter f;
        f.statuses = active;
        cases.push_back({QStringLiteral("active (new/open/pending), newest first"), f, QueueSort::UpdatedNewest});
        cases.push_back({QStringLiteral("active, highest priority first"), f, QueueSort::PriorityHighest});
        cases.push_back({QStringLiteral("active, due soonest"), f, QueueSort::DueSoonest});
        QueueFilter mine = f;
        mine.assignee = QueueFilter::Assignee::Me;
        mine.me = me;
        cases.push_back({QStringLiteral("assigned to me, active"), mine, QueueSort::UpdatedNewest});
        QueueFilter unassigned = f;
        unassigned.assignee = QueueFilter::Assignee::Unassigned;
        cases.push_back({QStringLiteral("unassigned, active"), unassigned, QueueSort::UpdatedNewest});
        QueueFilter byTeam = f;
        byTeam.teamId = team;
        cases.push_back({QStringLiteral("one team, active"), byTeam, QueueSort::UpdatedNewest});
        QueueFilter byTag;
        byTag.tag = tag;
        cases.push_back({QStringLiteral("one tag, any status"), byTag, QueueSort::UpdatedNewest});
        cases.push_back({QStringLiteral("all tickets, newest first"), QueueFilter{}, QueueSort::UpdatedNewest});
    }

    out() << Qt::endl << "| query (window of 100 ids + total) | runs | p50 ms | p95 ms | max ms |" << Qt::endl
          << "| --- | ---: | ---: | ---: | ---: |" << Qt::endl;
    for (const Case& c : cases) {
        Samples samples;
        qint64 total = 0;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            auto page = queue.ids(c.filter, c.sort, 0, 100);
            samples.add(elapsedMs(t));
            if (!page.ok())
                qFatal("%s", qPrintable(page.error().toString()));
            total = page->total;
        }
        out() << samples.row(QStringLiteral("%1 (%2 rows)").arg(c.name).arg(total)) << Qt::endl;
    }
    {
        // Deep scrolling: a window far down the list by offset, and the same by keyset.
        QueueFilter f;
        Samples byOffset;
        Samples byKeyset;
        auto anchor = queue.ids(f, QueueSort::UpdatedNewest, static_cast<int>(ticketCount / 2), 1);
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            auto page = queue.ids(f, QueueSort::UpdatedNewest, static_cast<int>(ticketCount / 2), 100);
            byOffset.add(elapsedMs(t));
            t.restart();
            auto next = queue.idsAfter(f, QueueSort::UpdatedNewest, anchor->ids.value(0), 100);
            byKeyset.add(elapsedMs(t));
        }
        out() << byOffset.row(QStringLiteral("window at the middle of all tickets, by offset")) << Qt::endl;
        out() << byKeyset.row(QStringLiteral("window at the middle of all tickets, by keyset")) << Qt::endl;
    }
    {
        // Every saved view's count, as the sidebar refreshes them.
        QList<SavedView> views;
        for (const Case& c : cases)
            views.append(SavedView{c.name, c.filter});
        Samples samples;
        for (int r = 0; r < rounds / 4; ++r) {
            QElapsedTimer t;
            t.start();
            auto counts = queue.countsPerView(views);
            samples.add(elapsedMs(t));
        }
        out() << samples.row(QStringLiteral("counts of %1 saved views (all together)").arg(views.size())) << Qt::endl;
    }
    {
        TicketStore store(cache);
        Samples samples;
        for (int r = 0; r < rounds; ++r) {
            const QList<QUuid> ids = someIds(cache, QStringLiteral("tickets"), 50);
            QElapsedTimer t;
            t.start();
            auto rows = store.ticketsByIds(ids);
            samples.add(elapsedMs(t));
        }
        out() << samples.row(QStringLiteral("ticketsByIds(50): the model's row fetch")) << Qt::endl;
    }

    out() << Qt::endl << "| search | runs | p50 ms | p95 ms | max ms |" << Qt::endl << "| --- | ---: | ---: | ---: | ---: |"
          << Qt::endl;
    {
        LocalSearch search(cache);
        const QStringList terms = searchTerms(cache, rounds);
        Samples samples;
        Samples inQueue;
        for (const QString& term : terms) {
            QElapsedTimer t;
            t.start();
            auto hits = search.tickets(term, 50);
            samples.add(elapsedMs(t));
            QueueFilter f;
            f.statuses = active;
            f.text = term;
            t.restart();
            auto page = queue.ids(f, QueueSort::UpdatedNewest, 0, 100);
            inQueue.add(elapsedMs(t));
        }
        out() << samples.row(QStringLiteral("tickets + messages, top 50 by bm25 (%1 typed terms)").arg(terms.size()))
              << Qt::endl;
        out() << inQueue.row(QStringLiteral("queue filtered by the same text, active, newest first")) << Qt::endl;
    }
    out() << Qt::endl << "peak RSS: " << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;
    return 0;
}
