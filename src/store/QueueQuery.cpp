#include "store/QueueQuery.h"

#include "store/CacheDatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace helpdesk {

namespace {

struct Where
{
    QString sql;
    QVariantList binds;
};

Where buildWhere(const QueueFilter& filter)
{
    QStringList terms{QStringLiteral("t.deleted_at IS NULL")};
    QVariantList binds;
    auto inList = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks.append(QStringLiteral("?"));
            binds.append(v);
        }
        terms.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))));
    };
    if (!filter.statuses.isEmpty()) {
        QStringList values;
        for (TicketStatus s : filter.statuses)
            values.append(toWireString(s));
        inList(QStringLiteral("t.status"), values);
    }
    if (!filter.priorities.isEmpty()) {
        QStringList values;
        for (TicketPriority p : filter.priorities)
            values.append(toWireString(p));
        inList(QStringLiteral("t.priority"), values);
    }
    switch (filter.assignee) {
    case QueueFilter::Assignee::Anyone:
        break;
    case QueueFilter::Assignee::Me:
        terms.append(QStringLiteral("t.assignee_id = ?"));
        binds.append(filter.me.toString(QUuid::WithoutBraces));
        break;
    case QueueFilter::Assignee::Unassigned:
        terms.append(QStringLiteral("t.assignee_id IS NULL"));
        break;
    case QueueFilter::Assignee::Person:
        terms.append(QStringLiteral("t.assignee_id = ?"));
        binds.append(filter.assigneeId.toString(QUuid::WithoutBraces));
        break;
    }
    if (filter.teamId) {
        if (filter.teamId->isNull()) {
            terms.append(QStringLiteral("t.team_id IS NULL"));
        } else {
            terms.append(QStringLiteral("t.team_id = ?"));
            binds.append(filter.teamId->toString(QUuid::WithoutBraces));
        }
    }
    if (filter.requesterId) {
        terms.append(QStringLiteral("t.requester_id = ?"));
        binds.append(filter.requesterId->toString(QUuid::WithoutBraces));
    }
    if (!filter.tag.isEmpty()) {
        terms.append(QStringLiteral("t.rid IN (SELECT ticket_rid FROM ticket_tags WHERE tag = ?)"));
        binds.append(filter.tag);
    }
    if (filter.channel) {
        terms.append(QStringLiteral("t.channel = ?"));
        binds.append(*filter.channel);
    }
    // Timestamps are integers (microseconds) in the cache; written into the SQL, not bound as text.
    const auto window = [&terms](const QString &column, const std::optional<Timestamp> &from,
                                 const std::optional<Timestamp> &to) {
        if (from)
            terms.append(QStringLiteral("%1 >= %2").arg(column).arg(from->micros()));
        if (to)
            terms.append(QStringLiteral("%1 < %2").arg(column).arg(to->micros()));
    };
    window(QStringLiteral("t.created_at"), filter.createdFrom, filter.createdTo);
    window(QStringLiteral("t.solved_at"), filter.solvedFrom, filter.solvedTo);
    const QString fts = QueueQuery::ftsQuery(filter.text);
    if (!filter.text.trimmed().isEmpty()) {
        if (fts.isEmpty()) {
            terms.append(QStringLiteral("0")); // only punctuation: nothing matches
        } else {
            terms.append(QStringLiteral(
                "t.rid IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? "
                "UNION SELECT tm.rid FROM ticket_messages_fts JOIN ticket_messages m ON m.rid = ticket_messages_fts.rowid "
                "JOIN tickets tm ON tm.id = m.ticket_id WHERE ticket_messages_fts MATCH ? AND m.deleted_at IS NULL)"));
            binds.append(fts);
            binds.append(fts);
        }
    }
    return {terms.join(QStringLiteral(" AND ")), binds};
}

struct SortKeys
{
    QStringList expressions; // the tie-break t.rid last
    bool descending = true;
};

SortKeys sortKeys(QueueSort sort)
{
    switch (sort) {
    case QueueSort::UpdatedNewest:
        return {{QStringLiteral("t.updated_at"), QStringLiteral("t.rid")}, true};
    case QueueSort::UpdatedOldest:
        return {{QStringLiteral("t.updated_at"), QStringLiteral("t.rid")}, false};
    case QueueSort::CreatedNewest:
        return {{QStringLiteral("t.created_at"), QStringLiteral("t.rid")}, true};
    case QueueSort::CreatedOldest:
        return {{QStringLiteral("t.created_at"), QStringLiteral("t.rid")}, false};
    case QueueSort::PriorityHighest:
        return {{QStringLiteral("t.priority_rank"), QStringLiteral("t.updated_at"), QStringLiteral("t.rid")}, true};
    case QueueSort::DueSoonest:
        return {{QStringLiteral("coalesce(t.resolution_due_at, 9223372036854775807)"), QStringLiteral("t.rid")}, false};
    case QueueSort::NumberHighest:
        return {{QStringLiteral("coalesce(t.number, 9223372036854775807)"), QStringLiteral("t.rid")}, true};
    }
    return {{QStringLiteral("t.rid")}, true};
}

QString orderBy(const SortKeys& keys)
{
    QStringList parts;
    for (const QString& e : keys.expressions)
        parts.append(e + (keys.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QueueQuery::QueueQuery(CacheDatabase& database)
    : m_database(database)
{
}

QString QueueQuery::ftsQuery(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        terms.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<QUuid>> QueueQuery::idWindow(const QueueFilter& filter, QueueSort sort, int offset, int limit)
{
    const Where where = buildWhere(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id FROM tickets t WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                      .arg(where.sql, orderBy(sortKeys(sort))));
    for (const QVariant& bind : where.binds)
        query.addBindValue(bind);
    query.addBindValue(limit < 0 ? -1 : limit);
    query.addBindValue(qMax(0, offset));
    if (!query.exec())
        return storeError(QStringLiteral("queue window query"), query.lastError());
    QList<QUuid> ids;
    if (limit > 0)
        ids.reserve(limit);
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    return ids;
}

Result<qint64> QueueQuery::position(const QueueFilter& filter, QueueSort sort, const QUuid& id)
{
    const Where where = buildWhere(filter);
    const QString key = id.toString(QUuid::WithoutBraces);
    QSqlQuery matches(m_database.connection());
    matches.prepare(QStringLiteral("SELECT 1 FROM tickets t WHERE %1 AND t.id = ?").arg(where.sql));
    for (const QVariant& bind : where.binds)
        matches.addBindValue(bind);
    matches.addBindValue(key);
    if (!matches.exec())
        return storeError(QStringLiteral("queue position"), matches.lastError());
    if (!matches.next())
        return qint64{-1};
    const SortKeys keys = sortKeys(sort);
    QStringList anchor;
    for (const QString& e : keys.expressions)
        anchor.append(QString(e).replace(QStringLiteral("t."), QStringLiteral("a.")));
    QSqlQuery before(m_database.connection());
    before.prepare(QStringLiteral("SELECT count(*) FROM tickets t WHERE %1 AND (%2) %3 (SELECT %4 FROM tickets a WHERE a.id = ?)")
                       .arg(where.sql, keys.expressions.join(QStringLiteral(", ")),
                            keys.descending ? QStringLiteral(">") : QStringLiteral("<"),
                            anchor.join(QStringLiteral(", "))));
    for (const QVariant& bind : where.binds)
        before.addBindValue(bind);
    before.addBindValue(key);
    if (!before.exec() || !before.next())
        return storeError(QStringLiteral("queue position"), before.lastError());
    return before.value(0).toLongLong();
}

Result<QueueQuery::Page> QueueQuery::ids(const QueueFilter& filter, QueueSort sort, int offset, int limit)
{
    const Where where = buildWhere(filter);
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id FROM tickets t WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                      .arg(where.sql, orderBy(sortKeys(sort))));
    for (const QVariant& bind : where.binds)
        query.addBindValue(bind);
    query.addBindValue(limit < 0 ? -1 : limit);
    query.addBindValue(qMax(0, offset));
    if (!query.exec())
        return storeError(QStringLiteral("queue query"), query.lastError());
    Page page;
    while (query.next())
        page.ids.append(QUuid::fromString(query.value(0).toString()));
    if (offset <= 0 && (limit < 0 || page.ids.size() < limit)) {
        page.total = page.ids.size();
        return page;
    }
    auto total = count(filter);
    if (!total.ok())
        return total.error();
    page.total = total.value();
    return page;
}

Result<QList<QUuid>> QueueQuery::idsAfter(const QueueFilter& filter, QueueSort sort, const QUuid& after, int limit)
{
    const Where where = buildWhere(filter);
    const SortKeys keys = sortKeys(sort);
    QStringList anchor;
    for (const QString& e : keys.expressions)
        anchor.append(QString(e).replace(QStringLiteral("t."), QStringLiteral("a.")));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id FROM tickets t WHERE %1 AND (%2) %3 (SELECT %4 FROM tickets a WHERE a.id = ?) "
                                 "ORDER BY %5 LIMIT ?")
                      .arg(where.sql, keys.expressions.join(QStringLiteral(", ")),
                           keys.descending ? QStringLiteral("<") : QStringLiteral(">"),
                           anchor.join(QStringLiteral(", ")), orderBy(keys)));
    for (const QVariant& bind : where.binds)
        query.addBindValue(bind);
    query.addBindValue(after.toString(QUuid::WithoutBraces));
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!query.exec())
        return storeError(QStringLiteral("queue keyset query"), query.lastError());
    QList<QUuid> ids;
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    return ids;
}

Result<qint64> QueueQuery::count(const QueueFilter& filter)
{
    const Where where = buildWhere(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets t WHERE %1").arg(where.sql));
    for (const QVariant& bind : where.binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return storeError(QStringLiteral("queue count"), query.lastError());
    return query.value(0).toLongLong();
}

Result<QHash<QString, qint64>> QueueQuery::countsPerView(const QList<SavedView>& views)
{
    QHash<QString, qint64> counts;
    for (const SavedView& view : views) {
        auto n = count(view.filter);
        if (!n.ok())
            return n.error();
        counts.insert(view.name, n.value());
    }
    return counts;
}

} // namespace helpdesk
