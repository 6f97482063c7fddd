#include "QueueViews.h"

#include "core/Team.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"

#include <algorithm>

namespace helpdesk {

namespace {
const QList<TicketStatus> kUnsolved{TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                    TicketStatus::OnHold};
} // namespace

QueueViews::QueueViews(CacheDatabase &database, UserRole role, const QUuid &me, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_role(role)
    , m_me(me)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    reloadTeams();
}

QueueViews::~QueueViews()
{
    CacheDatabase *database = &m_database;
    m_pool.start([database] { database->releaseThreadConnection(); });
    m_pool.waitForDone();
}

void QueueViews::addView(const QString &key, const QString &title, const QString &icon, const QueueFilter &filter)
{
    m_entries.push_back({key, title, icon, -1, false});
    m_filters.insert(key, filter);
    m_titles.insert(key, title);
}

void QueueViews::reloadTeams()
{
    QHash<QString, int> previousCounts;
    for (const ViewEntry &entry : m_entries) {
        previousCounts.insert(entry.key, entry.count);
    }
    m_entries.clear();
    m_filters.clear();
    m_titles.clear();

    if (m_role == UserRole::Customer) {
        QueueFilter mine;
        mine.requesterId = m_me;
        addView(QStringLiteral("my-requests"), tr("My tickets"), QStringLiteral("inbox"), mine);
        QueueFilter open = mine;
        open.statuses = kUnsolved;
        addView(QStringLiteral("my-requests-open"), tr("Open"), QStringLiteral("circle-dot"), open);
        QueueFilter solved = mine;
        solved.statuses = {TicketStatus::Solved, TicketStatus::Closed};
        addView(QStringLiteral("my-requests-solved"), tr("Solved"), QStringLiteral("circle-check"), solved);
    } else {
        m_entries.push_back({QString(), tr("Views"), QString(), -1, true});
        QueueFilter mine;
        mine.statuses = kUnsolved;
        mine.assignee = QueueFilter::Assignee::Me;
        mine.me = m_me;
        addView(QStringLiteral("mine"), tr("My open tickets"), QStringLiteral("inbox"), mine);
        QueueFilter unassigned;
        unassigned.statuses = kUnsolved;
        unassigned.assignee = QueueFilter::Assignee::Unassigned;
        addView(QStringLiteral("unassigned"), tr("Unassigned"), QStringLiteral("user-x"), unassigned);
        QueueFilter allOpen;
        allOpen.statuses = kUnsolved;
        addView(QStringLiteral("all-open"), tr("All open"), QStringLiteral("circle-dot"), allOpen);
        QueueFilter pending;
        pending.statuses = {TicketStatus::Pending};
        addView(QStringLiteral("pending"), tr("Pending"), QStringLiteral("circle-pause"), pending);
        QueueFilter solved;
        solved.statuses = {TicketStatus::Solved};
        addView(QStringLiteral("solved"), tr("Solved"), QStringLiteral("circle-check"), solved);

        std::vector<Team> teams;
        if (const MirrorTable *table = MirrorSchema::table(QStringLiteral("teams"))) {
            MirrorStore store(m_database);
            auto keys = store.rowKeys(*table);
            auto rows = keys.ok() ? store.rows(*table, keys.value()) : Result<Json>(keys.error());
            if (rows.ok()) {
                for (const Json &json : rows.value()) {
                    try {
                        Team team;
                        from_json(json, team);
                        teams.push_back(team);
                    } catch (const std::exception &) {
                    }
                }
            }
        }
        std::sort(teams.begin(), teams.end(),
                  [](const Team &a, const Team &b) { return a.name.localeAwareCompare(b.name) < 0; });
        if (!teams.empty()) {
            m_entries.push_back({QString(), tr("Teams"), QString(), -1, true});
        }
        for (const Team &team : teams) {
            QueueFilter filter;
            filter.statuses = kUnsolved;
            filter.teamId = team.id;
            addView(QStringLiteral("team:%1").arg(team.id.toString(QUuid::WithoutBraces)), team.name,
                    QStringLiteral("users"), filter);
        }
    }
    for (ViewEntry &entry : m_entries) {
        entry.count = previousCounts.value(entry.key, -1);
    }
    emit viewsChanged();
}

std::vector<ViewEntry> QueueViews::entries() const
{
    return m_entries;
}

QString QueueViews::defaultView() const
{
    return m_role == UserRole::Customer ? QStringLiteral("my-requests") : QStringLiteral("mine");
}

void QueueViews::refreshCounts()
{
    QList<SavedView> views;
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it) {
        views.append({it.key(), it.value()});
    }
    const quint64 generation = ++m_generation;
    CacheDatabase *database = &m_database;
    m_pool.start([this, database, views, generation] {
        QueueQuery query(*database);
        auto counts = query.countsPerView(views);
        if (!counts.ok()) {
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = counts.value()] {
                if (generation != m_generation) {
                    return;
                }
                for (ViewEntry &entry : m_entries) {
                    if (result.contains(entry.key)) {
                        entry.count = static_cast<int>(result.value(entry.key));
                    }
                }
                emit countsReady(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace helpdesk
