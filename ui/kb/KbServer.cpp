#include "kb/KbServer.h"

#include "supabase/RestClient.h"

namespace helpdesk {

namespace {

std::string idString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

QString text(const Json &row, const char *key)
{
    auto it = row.find(key);
    return it != row.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 integer(const Json &row, const char *key)
{
    auto it = row.find(key);
    if (it == row.end()) {
        return 0;
    }
    if (it->is_number()) {
        return it->get<qint64>();
    }
    if (it->is_string()) {
        return QString::fromStdString(it->get<std::string>()).toLongLong();
    }
    return 0;
}

double number(const Json &row, const char *key)
{
    auto it = row.find(key);
    if (it == row.end()) {
        return 0;
    }
    if (it->is_number()) {
        return it->get<double>();
    }
    if (it->is_string()) {
        return QString::fromStdString(it->get<std::string>()).toDouble();
    }
    return 0;
}

Json rowsOf(const RestResponse &response)
{
    if (response.data.is_array()) {
        return response.data;
    }
    Json rows = Json::array();
    if (response.data.is_object()) {
        rows.push_back(response.data);
    }
    return rows;
}

} // namespace

KbServer::KbServer(RestClient &rest)
    : m_rest(rest)
{
}

RequestHandle KbServer::myVote(const QUuid &article, const QUuid &me, QObject *context,
                               std::function<void(Result<std::optional<Vote>>)> done)
{
    QueryBuilder query(QStringLiteral("kb_feedback"));
    query.select(QStringLiteral("helpful,comment")).eq(QStringLiteral("article_id"), article).eq(
        QStringLiteral("user_id"), me);
    return m_rest.execute(query, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        const Json rows = rowsOf(r.value());
        if (rows.empty()) {
            done(std::optional<Vote>());
            return;
        }
        Vote vote;
        vote.helpful = rows.front().value("helpful", false);
        vote.comment = text(rows.front(), "comment");
        done(std::optional<Vote>(vote));
    });
}

RequestHandle KbServer::vote(const QUuid &article, const QUuid &me, const Vote &vote, QObject *context,
                             std::function<void(Result<void>)> done)
{
    Json row{{"article_id", idString(article)}, {"user_id", idString(me)}, {"helpful", vote.helpful}};
    row["comment"] = vote.comment.isEmpty() ? Json(nullptr) : Json(vote.comment.toStdString());
    QueryBuilder query(QStringLiteral("kb_feedback"));
    query.upsert(row, {QStringLiteral("article_id"), QStringLiteral("user_id")})
        .returning(ReturnPreference::Minimal);
    return m_rest.execute(query, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
        } else {
            done(Result<void>());
        }
    });
}

RequestHandle KbServer::score(const QUuid &article, QObject *context, std::function<void(Result<Score>)> done)
{
    auto query = QueryBuilder::rpc(QStringLiteral("kb_article_scores"), Json{{"p_article", idString(article)}},
                                   RpcMethod::Get);
    return m_rest.execute(query, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        Score score;
        for (const Json &row : rowsOf(r.value())) {
            score.helpful += integer(row, "helpful");
            score.unhelpful += integer(row, "unhelpful");
        }
        done(score);
    });
}

RequestHandle KbServer::logSearch(const QString &query, QObject *context, std::function<void(Result<int>)> done)
{
    auto rpc = QueryBuilder::rpc(QStringLiteral("search_kb"),
                                 Json{{"query", query.left(500).toStdString()}, {"max_results", 10}});
    return m_rest.execute(rpc, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
        } else {
            done(static_cast<int>(rowsOf(r.value()).size()));
        }
    });
}

RequestHandle KbServer::restoreVersion(const QUuid &article, int version, QObject *context,
                                       std::function<void(Result<Json>)> done)
{
    auto rpc = QueryBuilder::rpc(QStringLiteral("kb_restore_version"),
                                 Json{{"p_article", idString(article)}, {"p_version", version}});
    return m_rest.execute(rpc, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        const Json rows = rowsOf(r.value());
        if (rows.empty()) {
            done(Error::parse(QStringLiteral("kb_restore_version returned no row")));
        } else {
            done(rows.front());
        }
    });
}

RequestHandle KbServer::leastHelpful(QObject *context, std::function<void(Result<QList<LeastHelpful>>)> done)
{
    auto rpc = QueryBuilder::rpc(QStringLiteral("kb_least_helpful"), Json{{"p_limit", 20}}, RpcMethod::Get);
    return m_rest.execute(rpc, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<LeastHelpful> out;
        for (const Json &row : rowsOf(r.value())) {
            LeastHelpful item;
            item.articleId = QUuid::fromString(text(row, "article_id"));
            item.title = text(row, "title");
            item.helpful = integer(row, "helpful");
            item.unhelpful = integer(row, "unhelpful");
            item.unhelpfulShare = number(row, "unhelpful_share");
            out.append(item);
        }
        done(out);
    });
}

RequestHandle KbServer::contentGaps(QObject *context, std::function<void(Result<QList<ContentGap>>)> done)
{
    auto rpc = QueryBuilder::rpc(QStringLiteral("kb_content_gaps"), Json{{"p_limit", 50}}, RpcMethod::Get);
    return m_rest.execute(rpc, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<ContentGap> out;
        for (const Json &row : rowsOf(r.value())) {
            ContentGap gap;
            gap.query = text(row, "sample_query");
            gap.searches = integer(row, "searches");
            gap.searchers = integer(row, "searchers");
            gap.lastSearched = text(row, "last_searched_at");
            gap.foundLater = row.value("found_later", false);
            out.append(gap);
        }
        done(out);
    });
}

RequestHandle KbServer::citingTickets(const QUuid &article, QObject *context,
                                      std::function<void(Result<QList<CitingTicket>>)> done)
{
    auto rpc = QueryBuilder::rpc(QStringLiteral("kb_article_tickets"), Json{{"p_article", idString(article)}},
                                 RpcMethod::Get);
    return m_rest.execute(rpc, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<CitingTicket> out;
        for (const Json &row : rowsOf(r.value())) {
            CitingTicket ticket;
            ticket.ticketId = QUuid::fromString(text(row, "ticket_id"));
            ticket.number = integer(row, "number");
            ticket.title = text(row, "title");
            ticket.status = text(row, "status");
            ticket.citations = integer(row, "citations");
            out.append(ticket);
        }
        done(out);
    });
}

RequestHandle KbServer::linkToTicket(const QUuid &ticket, const QUuid &article, QObject *context,
                                     std::function<void(Result<void>)> done)
{
    Json row{{"ticket_id", idString(ticket)}, {"article_id", idString(article)}, {"message_id", nullptr}};
    QueryBuilder query(QStringLiteral("ticket_kb_links"));
    query.upsert(row, {QStringLiteral("ticket_id"), QStringLiteral("article_id"), QStringLiteral("message_id")}, true)
        .returning(ReturnPreference::Minimal);
    return m_rest.execute(query, context, [done = std::move(done)](Result<RestResponse> r) {
        if (!r.ok()) {
            done(r.error());
        } else {
            done(Result<void>());
        }
    });
}

} // namespace helpdesk
