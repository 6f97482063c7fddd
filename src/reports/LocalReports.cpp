#include "reports/LocalReports.h"

#include "reports/ReportMath.h"
#include "store/CacheDatabase.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace helpdesk {

namespace {

// Team and channel conditions on tickets (alias t), with their bind values appended.
QString ticketFilters(const ReportFilter& filter, QVariantList& binds)
{
    QString sql;
    if (filter.team) {
        sql += QStringLiteral(" AND t.team_id = ?");
        binds.append(filter.team->toString(QUuid::WithoutBraces).toLower());
    }
    if (filter.channel) {
        sql += QStringLiteral(" AND t.channel = ?");
        binds.append(*filter.channel);
    }
    return sql;
}

Result<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storeError(what, query.lastError());
    for (const QVariant& v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return storeError(what, query.lastError());
    return query;
}

std::optional<Timestamp> timestampAt(const QSqlQuery& query, int column)
{
    const QVariant v = query.value(column);
    if (v.isNull())
        return std::nullopt;
    return Timestamp::fromMicros(v.toLongLong());
}

// SQL's three-valued `a > b` where either side may be null.
std::optional<bool> later(std::optional<Timestamp> a, std::optional<Timestamp> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a > *b;
}

std::optional<bool> sqlOr(std::optional<bool> a, std::optional<bool> b)
{
    if ((a && *a) || (b && *b))
        return true;
    if (a && b)
        return false;
    return std::nullopt;
}

// The SLA clocks of one ticket: coalesce(first_responded_at, now) > first_response_due_at, and
// coalesce(solved_at, sla_paused_at, now) > resolution_due_at.
struct SlaOutcome
{
    std::optional<bool> firstResponseLate;
    std::optional<bool> resolutionLate;
    std::optional<bool> breached() const { return sqlOr(firstResponseLate, resolutionLate); }
    bool met() const
    {
        const auto b = breached();
        return b && !*b;
    }
};

// Columns firstColumn.. : first_responded_at, first_response_due_at, solved_at, sla_paused_at,
// resolution_due_at.
constexpr const char* slaColumns =
    "t.first_responded_at, t.first_response_due_at, t.solved_at, t.sla_paused_at, t.resolution_due_at";

SlaOutcome slaOutcome(const QSqlQuery& query, int firstColumn, Timestamp now)
{
    const auto responded = timestampAt(query, firstColumn);
    const auto responseDue = timestampAt(query, firstColumn + 1);
    const auto solved = timestampAt(query, firstColumn + 2);
    const auto paused = timestampAt(query, firstColumn + 3);
    const auto resolutionDue = timestampAt(query, firstColumn + 4);
    SlaOutcome o;
    o.firstResponseLate = later(responded.value_or(now), responseDue);
    o.resolutionLate = later(solved ? solved : (paused ? paused : std::optional<Timestamp>(now)), resolutionDue);
    return o;
}

std::optional<double> roundedPercentile(std::vector<double>& values, double fraction)
{
    const auto p = ReportMath::percentileCont(values, fraction);
    if (!p)
        return std::nullopt;
    return ReportMath::roundNumeric1(*p);
}

} // namespace

LocalReports::LocalReports(CacheDatabase& database, const Clock& clock) : m_database(database), m_clock(clock) {}

Result<std::vector<VolumePoint>> LocalReports::ticketVolume(const ReportFilter& filter)
{
    QVariantList binds;
    QVariantList createdBinds{QVariant::fromValue(filter.from.micros()), QVariant::fromValue(filter.to.micros())};
    const QString createdFilters = ticketFilters(filter, createdBinds);
    QVariantList solvedBinds{QVariant::fromValue(filter.from.micros()), QVariant::fromValue(filter.to.micros())};
    const QString solvedFilters = ticketFilters(filter, solvedBinds);
    binds << createdBinds << solvedBinds;
    const QString sql =
        QStringLiteral("SELECT b, SUM(c), SUM(s) FROM ("
                       " SELECT %1 AS b, 1 AS c, 0 AS s FROM tickets t"
                       "  WHERE t.created_at >= ? AND t.created_at < ? AND t.deleted_at IS NULL%2"
                       " UNION ALL"
                       " SELECT %3, 0, 1 FROM tickets t"
                       "  WHERE t.solved_at >= ? AND t.solved_at < ? AND t.deleted_at IS NULL%4"
                       ") GROUP BY b")
            .arg(ReportMath::sqlBucketExpression(QStringLiteral("t.created_at"), filter.bucket), createdFilters,
                 ReportMath::sqlBucketExpression(QStringLiteral("t.solved_at"), filter.bucket), solvedFilters);
    auto query = run(m_database.connection(), sql, binds, QStringLiteral("Could not compute the ticket volume"));
    if (!query.ok())
        return query.error();
    std::map<std::int64_t, std::pair<qint64, qint64>> counts;
    while (query->next())
        counts[query->value(0).toLongLong()] = {query->value(1).toLongLong(), query->value(2).toLongLong()};

    std::vector<VolumePoint> points;
    for (const Timestamp b : ReportMath::bucketSeries(filter.from, filter.to, filter.bucket)) {
        VolumePoint p;
        p.bucketStart = b;
        if (const auto it = counts.find(b.micros()); it != counts.end()) {
            p.created = it->second.first;
            p.solved = it->second.second;
        }
        points.push_back(p);
    }
    return points;
}

Result<std::vector<CsatRow>> LocalReports::csat(const ReportFilter& filter)
{
    QVariantList binds{QVariant::fromValue(filter.from.micros()), QVariant::fromValue(filter.to.micros())};
    const QString filters = ticketFilters(filter, binds);
    const QString sql =
        QStringLiteral("SELECT lower(t.assignee_id), count(*), sum(t.csat_score), sum(t.csat_score >= 4)"
                       " FROM tickets t WHERE t.assignee_id IS NOT NULL AND t.csat_score IS NOT NULL"
                       " AND t.created_at >= ? AND t.created_at < ? AND t.deleted_at IS NULL%1"
                       " GROUP BY lower(t.assignee_id) ORDER BY lower(t.assignee_id)")
            .arg(filters);
    auto query = run(m_database.connection(), sql, binds, QStringLiteral("Could not compute customer satisfaction"));
    if (!query.ok())
        return query.error();
    std::vector<CsatRow> rows;
    while (query->next()) {
        CsatRow r;
        r.agentId = QUuid::fromString(query->value(0).toString());
        r.rated = query->value(1).toLongLong();
        const qint64 sum = query->value(2).toLongLong();
        // round(avg, 1) on an exact numeric: tenths = (20 * sum + count) div (2 * count) for positive sums.
        r.average = static_cast<double>((20 * sum + r.rated) / (2 * r.rated)) / 10.0;
        r.satisfiedPct = ReportMath::percent1(query->value(3).toLongLong(), r.rated).value_or(0);
        rows.push_back(r);
    }
    return rows;
}

Result<std::vector<AgentPerformanceRow>> LocalReports::agentPerformance(const ReportFilter& filter)
{
    const Timestamp now = m_clock.now();
    QVariantList binds{QVariant::fromValue(filter.from.micros()), QVariant::fromValue(filter.to.micros())};
    const QString filters = ticketFilters(filter, binds);
    const QString sql = QStringLiteral("SELECT t.assignee_id, t.created_at, t.sla_policy_id IS NOT NULL, %1"
                                       " FROM tickets t WHERE t.assignee_id IS NOT NULL"
                                       " AND t.created_at >= ? AND t.created_at < ? AND t.deleted_at IS NULL%2")
                            .arg(QLatin1String(slaColumns), filters);
    auto query = run(m_database.connection(), sql, binds, QStringLiteral("Could not compute agent performance"));
    if (!query.ok())
        return query.error();

    struct Tally
    {
        qint64 assigned = 0;
        qint64 solved = 0;
        std::vector<double> firstResponse;
        std::vector<double> resolution;
        qint64 slaTickets = 0;
        qint64 slaMet = 0;
    };
    QHash<QString, Tally> tallies;
    while (query->next()) {
        Tally& tally = tallies[query->value(0).toString().toLower()];
        const Timestamp created = Timestamp::fromMicros(query->value(1).toLongLong());
        const bool hasSla = query->value(2).toBool();
        const auto responded = timestampAt(*query, 3);
        const auto solved = timestampAt(*query, 5);
        ++tally.assigned;
        if (solved) {
            ++tally.solved;
            tally.resolution.push_back(ReportMath::minutesBetween(created, *solved));
        }
        if (responded)
            tally.firstResponse.push_back(ReportMath::minutesBetween(created, *responded));
        if (hasSla) {
            ++tally.slaTickets;
            if (slaOutcome(*query, 3, now).met())
                ++tally.slaMet;
        }
    }

    QSet<QString> teamMembers;
    if (filter.team) {
        auto members = run(m_database.connection(), QStringLiteral("SELECT user_id FROM team_members WHERE team_id = ?"),
                           {filter.team->toString(QUuid::WithoutBraces).toLower()},
                           QStringLiteral("Could not read the team's members"));
        if (!members.ok())
            return members.error();
        while (members->next())
            teamMembers.insert(members->value(0).toString().toLower());
    }

    auto profiles = run(m_database.connection(),
                        QStringLiteral("SELECT id, full_name, role FROM profiles WHERE role IN ('agent', 'admin')"), {},
                        QStringLiteral("Could not read the agents"));
    if (!profiles.ok())
        return profiles.error();
    std::vector<AgentPerformanceRow> rows;
    while (profiles->next()) {
        const QString id = profiles->value(0).toString().toLower();
        const bool isAgent = profiles->value(2).toString() == QLatin1String("agent");
        const auto it = tallies.find(id);
        const bool listed = it != tallies.end() || (isAgent && (!filter.team || teamMembers.contains(id)));
        if (!listed)
            continue;
        AgentPerformanceRow row;
        row.agentId = QUuid::fromString(id);
        row.fullName = profiles->value(1).toString();
        if (it != tallies.end()) {
            Tally& tally = it.value();
            row.assigned = tally.assigned;
            row.solved = tally.solved;
            row.medianFirstResponseMinutes = roundedPercentile(tally.firstResponse, 0.5);
            row.medianResolutionMinutes = roundedPercentile(tally.resolution, 0.5);
            row.slaMetPct = ReportMath::percent1(tally.slaMet, tally.slaTickets);
        }
        rows.push_back(std::move(row));
    }
    // order by solved desc, full_name (nulls, here empty names, last).
    std::sort(rows.begin(), rows.end(), [](const AgentPerformanceRow& a, const AgentPerformanceRow& b) {
        if (a.solved != b.solved)
            return a.solved > b.solved;
        if (a.fullName.isEmpty() != b.fullName.isEmpty())
            return b.fullName.isEmpty();
        return a.fullName < b.fullName;
    });
    return rows;
}

Result<std::vector<SlaCompliancePoint>> LocalReports::slaCompliance(const ReportFilter& filter)
{
    const Timestamp now = m_clock.now();
    QVariantList binds{QVariant::fromValue(filter.from.micros()), QVariant::fromValue(filter.to.micros())};
    const QString filters = ticketFilters(filter, binds);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM tickets t"
                                       " WHERE t.created_at >= ? AND t.created_at < ? AND t.deleted_at IS NULL"
                                       " AND t.sla_policy_id IS NOT NULL%3")
                            .arg(ReportMath::sqlBucketExpression(QStringLiteral("t.created_at"), filter.bucket),
                                 QLatin1String(slaColumns), filters);
    auto query = run(m_database.connection(), sql, binds, QStringLiteral("Could not compute SLA compliance"));
    if (!query.ok())
        return query.error();
    std::map<std::int64_t, SlaCompliancePoint> byBucket;
    while (query->next()) {
        SlaCompliancePoint& p = byBucket[query->value(0).toLongLong()];
        const SlaOutcome o = slaOutcome(*query, 1, now);
        ++p.total;
        const auto breached = o.breached();
        if (breached && !*breached)
            ++p.met;
        if (breached && *breached)
            ++p.breached;
        if (o.firstResponseLate.value_or(false))
            ++p.firstResponseBreached;
        if (o.resolutionLate.value_or(false))
            ++p.resolutionBreached;
    }
    std::vector<SlaCompliancePoint> points;
    for (const Timestamp b : ReportMath::bucketSeries(filter.from, filter.to, filter.bucket)) {
        SlaCompliancePoint p;
        if (const auto it = byBucket.find(b.micros()); it != byBucket.end())
            p = it->second;
        p.bucketStart = b;
        p.compliancePct = ReportMath::percent1(p.met, p.total);
        points.push_back(p);
    }
    return points;
}

Result<std::vector<BacklogRow>> LocalReports::backlog(const ReportFilter& filter)
{
    struct Dimension
    {
        const char* name;
        QStringList keys; // the enum's order
    };
    const std::vector<Dimension> dimensions{
        {"status", {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("on_hold")}},
        {"priority", {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")}},
        {"channel",
         {QStringLiteral("desktop"), QStringLiteral("email"), QStringLiteral("web"), QStringLiteral("api"),
          QStringLiteral("chat")}},
    };
    const Timestamp now = m_clock.now();
    std::vector<BacklogRow> rows;
    for (const Dimension& d : dimensions) {
        QVariantList binds{QVariant::fromValue(now.micros())};
        const QString filters = ticketFilters(filter, binds);
        const QString sql =
            QStringLiteral("SELECT t.%1, COUNT(*),"
                           " SUM(CASE WHEN t.resolution_due_at < ? AND t.sla_paused_at IS NULL THEN 1 ELSE 0 END),"
                           " MIN(t.created_at) FROM tickets t"
                           " WHERE t.status IN ('new', 'open', 'pending', 'on_hold') AND t.deleted_at IS NULL%2"
                           " GROUP BY t.%1")
                .arg(QLatin1String(d.name), filters);
        auto query = run(m_database.connection(), sql, binds, QStringLiteral("Could not compute the backlog"));
        if (!query.ok())
            return query.error();
        QHash<QString, BacklogRow> found;
        while (query->next()) {
            BacklogRow r;
            r.tickets = query->value(1).toLongLong();
            r.overdue = query->value(2).toLongLong();
            r.oldestCreatedAt = timestampAt(*query, 3);
            found.insert(query->value(0).toString(), r);
        }
        for (const QString& key : d.keys) {
            BacklogRow r = found.value(key);
            r.dimension = QString::fromLatin1(d.name);
            r.key = key;
            rows.push_back(r);
        }
    }
    return rows;
}

Result<ResponseTimes> LocalReports::responseTimes(const ReportFilter& filter)
{
    QVariantList binds{QVariant::fromValue(filter.from.micros()), QVariant::fromValue(filter.to.micros())};
    const QString filters = ticketFilters(filter, binds);
    const QString sql = QStringLiteral("SELECT t.created_at, t.first_responded_at, t.solved_at FROM tickets t"
                                       " WHERE t.created_at >= ? AND t.created_at < ? AND t.deleted_at IS NULL%1"
                                       " AND (t.first_responded_at IS NOT NULL OR t.solved_at IS NOT NULL)")
                            .arg(filters);
    auto query = run(m_database.connection(), sql, binds, QStringLiteral("Could not compute response times"));
    if (!query.ok())
        return query.error();
    std::vector<double> firstResponse;
    std::vector<double> resolution;
    while (query->next()) {
        const Timestamp created = Timestamp::fromMicros(query->value(0).toLongLong());
        if (const auto responded = timestampAt(*query, 1))
            firstResponse.push_back(ReportMath::minutesBetween(created, *responded));
        if (const auto solved = timestampAt(*query, 2))
            resolution.push_back(ReportMath::minutesBetween(created, *solved));
    }
    const auto summarize = [](std::vector<double>& values) {
        ResponseTimeMetric m;
        m.measured = static_cast<qint64>(values.size());
        for (const double v : values)
            ++m.histogram[static_cast<std::size_t>(ReportMath::histogramBucket(v))];
        m.median = roundedPercentile(values, 0.5);
        m.p90 = roundedPercentile(values, 0.9);
        return m;
    };
    ResponseTimes times;
    times.firstResponse = summarize(firstResponse);
    times.resolution = summarize(resolution);
    return times;
}

} // namespace helpdesk
