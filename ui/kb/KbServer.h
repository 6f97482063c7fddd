#pragma once

#include "core/Json.h"
#include "core/KbArticle.h"
#include "core/Result.h"
#include "supabase/RequestHandle.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace helpdesk {

class RestClient;

// The knowledge-base calls that only the server can answer (the cache does not mirror votes, search logs or
// ticket links): votes and scores, logging searches for content gaps, restoring a version, the reports for
// admins and the tickets that cited an article. Each call answers on `context`'s thread through a callback.
class KbServer
{
public:
    explicit KbServer(RestClient &rest);

    struct Vote
    {
        bool helpful = false;
        QString comment;
    };
    struct Score
    {
        qint64 helpful = 0;
        qint64 unhelpful = 0;
    };
    struct LeastHelpful
    {
        QUuid articleId;
        QString title;
        qint64 helpful = 0;
        qint64 unhelpful = 0;
        double unhelpfulShare = 0;
    };
    struct ContentGap
    {
        QString query;
        qint64 searches = 0;
        qint64 searchers = 0;
        QString lastSearched; // ISO timestamp
        bool foundLater = false;
    };
    struct CitingTicket
    {
        QUuid ticketId;
        qint64 number = 0;
        QString title;
        QString status;
        qint64 citations = 0;
    };

    RequestHandle myVote(const QUuid &article, const QUuid &me, QObject *context,
                         std::function<void(Result<std::optional<Vote>>)> done);
    // One vote per reader and article: a second vote replaces the first (upsert on article_id, user_id).
    RequestHandle vote(const QUuid &article, const QUuid &me, const Vote &vote, QObject *context,
                       std::function<void(Result<void>)> done);
    RequestHandle score(const QUuid &article, QObject *context, std::function<void(Result<Score>)> done);
    // search_kb over POST: the server logs the query and how many articles it found (content gaps).
    RequestHandle logSearch(const QString &query, QObject *context, std::function<void(Result<int>)> done);
    // kb_restore_version: the old title and body as a new version; the article row as it is now.
    RequestHandle restoreVersion(const QUuid &article, int version, QObject *context,
                                 std::function<void(Result<Json>)> done);
    RequestHandle leastHelpful(QObject *context, std::function<void(Result<QList<LeastHelpful>>)> done);
    RequestHandle contentGaps(QObject *context, std::function<void(Result<QList<ContentGap>>)> done);
    RequestHandle citingTickets(const QUuid &article, QObject *context,
                                std::function<void(Result<QList<CitingTicket>>)> done);
    // Records that `article` was cited on `ticket` (ticket_kb_links; linking twice keeps one row).
    RequestHandle linkToTicket(const QUuid &ticket, const QUuid &article, QObject *context,
                               std::function<void(Result<void>)> done);

private:
    RestClient &m_rest;
};

} // namespace helpdesk
