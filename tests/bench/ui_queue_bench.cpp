// The ticket queue with 100 000 tickets in the cache: time per scroll step (paint included) and per filter
// change (SQLite id query off the UI thread + model reset + paint). Offscreen raster painting.
//   cmake --preset bench && cmake --build --preset bench --target ui_queue_bench -j2
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/ui_queue_bench [--tickets 100000]
#include "BenchStats.h"

#include "ui/IconSet.h"
#include "ui/Theme.h"
#include "ui/TicketQueueModel.h"
#include "ui/TicketQueueView.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/Ticket.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/QueueQuery.h"

#include <QApplication>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace helpdesk;
using helpdesk::bench::Samples;

namespace {

const char *kWords[] = {"printer", "invoice", "login", "password", "export", "refund", "sso", "report",
                        "crash", "slow", "email", "billing", "upgrade", "mobile", "sync", "api"};

void fill(CacheDatabase &db, int ticketCount)
{
    MirrorStore store(db);
    const MirrorTable &profiles = *MirrorSchema::table(QStringLiteral("profiles"));
    const MirrorTable &tickets = *MirrorSchema::table(QStringLiteral("tickets"));
    std::vector<QUuid> people;
    Json rows = Json::array();
    for (int i = 0; i < 300; ++i) {
        Profile p;
        p.id = QUuid::createUuid();
        p.fullName = QStringLiteral("Person %1").arg(i);
        p.role = i < 30 ? UserRole::Agent : UserRole::Customer;
        people.push_back(p.id);
        Json row;
        to_json(row, p);
        rows.push_back(row);
    }
    (void)store.applyServerRows(profiles, rows);
    auto *rng = QRandomGenerator::global();
    const Timestamp now = SystemClock().now();
    const auto statuses = allValues<TicketStatus>();
    const auto priorities = allValues<TicketPriority>();
    for (int start = 0; start < ticketCount; start += 5000) {
        Json batch = Json::array();
        for (int i = start; i < std::min(ticketCount, start + 5000); ++i) {
            Ticket t;
            t.id = QUuid::createUuid();
            t.number = i + 1;
            t.title = QStringLiteral("%1 %2 problem number %3")
                          .arg(QString::fromLatin1(kWords[rng->bounded(16)]), QString::fromLatin1(kWords[rng->bounded(16)]))
                          .arg(i);
            t.description = QStringLiteral("The customer reports a %1 issue.").arg(QString::fromLatin1(kWords[rng->bounded(16)]));
            t.status = statuses[static_cast<size_t>(rng->bounded(static_cast<int>(statuses.size())))];
            t.priority = priorities[static_cast<size_t>(rng->bounded(static_cast<int>(priorities.size())))];
            t.requesterId = people[static_cast<size_t>(30 + rng->bounded(270))];
            if (rng->bounded(3) != 0) {
                t.assigneeId = people[static_cast<size_t>(rng->bounded(30))];
            }
            t.updatedAt = now.addSecs(-rng->bounded(90 * 24 * 3600));
            t.createdAt = t.updatedAt.addSecs(-3600);
            t.resolutionDueAt = now.addSecs(rng->bounded(-48 * 3600, 96 * 3600));
            Json row;
            to_json(row, t);
            batch.push_back(row);
        }
        auto applied = store.applyServerRows(tickets, batch);
        if (!applied.ok()) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(applied.error().toString()));
            std::exit(1);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    int ticketCount = 100'000;
    const QStringList args = QApplication::arguments();
    if (const int i = static_cast<int>(args.indexOf(QStringLiteral("--tickets"))); i > 0 && i + 1 < args.size()) {
        ticketCount = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok()) {
        return 1;
    }
    CacheDatabase &db = *opened.value();
    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(db, ticketCount);
    std::printf("filled %d tickets in %.1f s\n", ticketCount, static_cast<double>(fillTimer.elapsed()) / 1000.0);

    Theme theme(app);
    IconSet icons;
    SystemClock clock;
    TicketQueueModel model(db, clock);
    TicketQueueView view(model, theme, icons);
    view.resize(1100, 800);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    QTableView *table = view.table();

    Samples answered; // setQuery → queryFinished (worker query + model reset), before the paint
    auto query = [&](const QueueFilter &filter, QueueSort sort) {
        QElapsedTimer t;
        t.start();
        model.setQuery(filter, sort);
        (void)QTest::qWaitFor([&] { return !model.isLoading(); }, 30'000);
        answered.add(bench::elapsedMs(t));
        table->viewport()->repaint();
        return bench::elapsedMs(t);
    };
    const double first = query({}, QueueSort::UpdatedNewest);
    std::printf("first query (all %lld tickets): %.1f ms\n", static_cast<long long>(model.total()), first);

    // Scrolling: wheel-sized steps (3 rows) and page steps, each painted synchronously.
    Samples wheel;
    Samples page;
    Samples jump;
    QScrollBar *bar = table->verticalScrollBar();
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    for (int i = 0; i < 400; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + 3 * rowHeight);
        table->viewport()->repaint();
        wheel.add(bench::elapsedMs(t));
    }
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
        page.add(bench::elapsedMs(t));
    }
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(QRandomGenerator::global()->bounded(bar->maximum()));
        table->viewport()->repaint();
        jump.add(bench::elapsedMs(t));
    }

    // Re-filtering: views, sorts and typed searches.
    Samples views;
    Samples searches;
    const QList<QList<TicketStatus>> statusSets{{TicketStatus::Open}, {TicketStatus::Pending},
                                                {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending},
                                                {TicketStatus::Solved}, {}};
    const QueueSort sorts[] = {QueueSort::UpdatedNewest, QueueSort::PriorityHighest, QueueSort::DueSoonest,
                               QueueSort::NumberHighest};
    for (int round = 0; round < 4; ++round) {
        for (const auto &statuses : statusSets) {
            QueueFilter f;
            f.statuses = statuses;
            views.add(query(f, sorts[round]));
        }
        QueueFilter unassigned;
        unassigned.assignee = QueueFilter::Assignee::Unassigned;
        unassigned.statuses = {TicketStatus::New, TicketStatus::Open};
        views.add(query(unassigned, sorts[round]));
    }
    for (const char *text : {"p", "pr", "pri", "prin", "print", "printer", "printer e", "printer ex", "inv",
                             "invoice", "sso login", "crash", "refund api", "billing"}) {
        QueueFilter f;
        f.text = QString::fromLatin1(text);
        searches.add(query(f, QueueSort::UpdatedNewest));
    }

    // The SQLite share of a filter change: what the model's worker runs (first window of ids, then the total).
    Samples sqlWindow;
    Samples sqlCount;
    {
        QueueQuery direct(db);
        for (int round = 0; round < 4; ++round) {
            for (const auto &statuses : statusSets) {
                QueueFilter f;
                f.statuses = statuses;
                QElapsedTimer t;
                t.start();
                (void)direct.idWindow(f, sorts[round], 0, 256);
                sqlWindow.add(bench::elapsedMs(t));
                t.restart();
                (void)direct.count(f);
                sqlCount.add(bench::elapsedMs(t));
            }
        }
    }

    std::printf("\n| measurement (%d tickets) | samples | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n",
                ticketCount);
    std::printf("%s\n", qPrintable(wheel.row(QStringLiteral("scroll step, 3 rows + paint"))));
    std::printf("%s\n", qPrintable(page.row(QStringLiteral("scroll step, 1 page + paint"))));
    std::printf("%s\n", qPrintable(jump.row(QStringLiteral("jump to a random position + paint"))));
    std::printf("%s\n", qPrintable(views.row(QStringLiteral("filter change (view/sort) → rows painted"))));
    std::printf("%s\n", qPrintable(searches.row(QStringLiteral("search keystroke (FTS) → rows painted"))));
    std::printf("%s\n", qPrintable(answered.row(QStringLiteral("  of which query answered (worker + reset), all changes"))));
    std::printf("%s\n", qPrintable(sqlWindow.row(QStringLiteral("  of which SQLite: first 256 ids of the view"))));
    std::printf("%s\n", qPrintable(sqlCount.row(QStringLiteral("  of which SQLite: the view's total"))));
    std::printf("row cache after the run: %d rows (of %lld)\n", model.cachedRows(), static_cast<long long>(model.total()));
    return 0;
}
