#pragma once

#include "core/Enums.h"
#include "core/Timestamp.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace helpdesk {

class CacheDatabase;

// What a ticket queue shows: every field optional, all given fields must hold.
struct QueueFilter
{
    enum class Assignee
    {
        Anyone,
        Me,         // assignee_id = me
        Unassigned, // assignee_id IS NULL
        Person,     // assignee_id = assigneeId
    };

    QList<TicketStatus> statuses;     // empty: any status
    QList<TicketPriority> priorities; // empty: any priority
    Assignee assignee = Assignee::Anyone;
    QUuid me;                          // the signed-in user (for Assignee::Me)
    QUuid assigneeId;                  // for Assignee::Person
    std::optional<QUuid> teamId;       // a null QUuid means "no team"
    std::optional<QUuid> requesterId;  // customers: their own tickets
    QString tag;                       // one tag
    QString text;                      // words searched in titles, descriptions and messages (FTS5)
    // A dashboard's drill-down: the channel and [from, to) windows of creation and solving.
    std::optional<QString> channel;    // desktop, email, web, api, chat
    std::optional<Timestamp> createdFrom;
    std::optional<Timestamp> createdTo;
    std::optional<Timestamp> solvedFrom;
    std::optional<Timestamp> solvedTo;
};

enum class QueueSort
{
    UpdatedNewest,
    UpdatedOldest,
    CreatedNewest,
    CreatedOldest,
    PriorityHighest, // then most recently updated
    DueSoonest,      // resolution_due_at, tickets without a due time last
    NumberHighest,
};

// A saved view: a named filter whose count the sidebar shows.
struct SavedView
{
    QString name;
    QueueFilter filter;
};

// The ordered ticket ids of a queue, windowed, plus the total: what an item model needs (it loads rows on
// demand with TicketStore::ticketsByIds). Filtering and sorting run in SQLite on composite indexes.
class QueueQuery
{
public:
    explicit QueueQuery(CacheDatabase& database);

    struct Page
    {
        QList<QUuid> ids;
        qint64 total = 0;
    };

    // ids at [offset, offset + limit) in `sort` order (limit < 0: all), and the total matching `filter`.
    Result<Page> ids(const QueueFilter& filter, QueueSort sort, int offset = 0, int limit = -1);
    // ids at [offset, offset + limit) in `sort` order, without counting the total.
    Result<QList<QUuid>> idWindow(const QueueFilter& filter, QueueSort sort, int offset, int limit);
    // Where the ticket `id` stands in `sort` order among the tickets matching `filter`; -1 when it does not match.
    Result<qint64> position(const QueueFilter& filter, QueueSort sort, const QUuid& id);
    // Keyset window: up to `limit` ids after the ticket `after` in `sort` order (no total).
    Result<QList<QUuid>> idsAfter(const QueueFilter& filter, QueueSort sort, const QUuid& after, int limit);
    Result<qint64> count(const QueueFilter& filter);
    Result<QHash<QString, qint64>> countsPerView(const QList<SavedView>& views);

    // User text → an FTS5 query: each word quoted, prefix-matched, all words required. Empty when the text
    // has no word.
    static QString ftsQuery(const QString& text);

private:
    CacheDatabase& m_database;
};

} // namespace helpdesk
