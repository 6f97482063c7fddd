// Golden request strings for the query builder, in the manner of supabase-swift's PostgREST snapshot tests:
// method + URL, then headers in order, then the body.
#include "supabase/QueryBuilder.h"

#include <gtest/gtest.h>

using namespace helpdesk;

namespace {

SupabaseConfig config()
{
    SupabaseConfig c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
    c.anonKey = QStringLiteral("ANON");
    return c;
}

std::string golden(const QueryBuilder& b, const QString& bearer = QStringLiteral("USER"))
{
    return b.toRequest(config(), bearer).toText().toStdString();
}

const std::string kCommon = "apikey: ANON\nAuthorization: Bearer USER\nX-Client-Info: helpdesk-qt/0.1.0\n";

} // namespace

TEST(QueryBuilder, SelectsColumnsAndEmbedsWithoutWhitespace)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.select(QStringLiteral("id, title, requester:profiles!requester_id ( full_name ), \"odd name\""));
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?select=id,title,requester:profiles!requester_id"
                         "(full_name),%22odd%20name%22\n" +
                             kCommon + "Accept: application/json\n");
}

TEST(QueryBuilder, SignedOutRequestsCarryTheAnonKeyAsBearer)
{
    QueryBuilder b(QStringLiteral("kb_articles"));
    b.select();
    EXPECT_EQ(golden(b, QString()), "GET http://127.0.0.1:54321/rest/v1/kb_articles?select=*\n"
                                    "apikey: ANON\nAuthorization: Bearer ANON\nX-Client-Info: helpdesk-qt/0.1.0\n"
                                    "Accept: application/json\n");
}

TEST(QueryBuilder, RendersEveryComparisonFilter)
{
    const QUuid id = QUuid::fromString(QStringLiteral("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"));
    QueryBuilder b(QStringLiteral("tickets"));
    b.select(QStringLiteral("id"))
        .eq(QStringLiteral("status"), TicketStatus::OnHold)
        .neq(QStringLiteral("assignee_id"), id)
        .gt(QStringLiteral("version"), 3)
        .gte(QStringLiteral("number"), qint64(10))
        .lt(QStringLiteral("csat_score"), 4)
        .lte(QStringLiteral("updated_at"), Timestamp::fromMicros(1795256130123456))
        .like(QStringLiteral("title"), QStringLiteral("%invoice%"))
        .ilike(QStringLiteral("title"), QStringLiteral("*Refund*"))
        .eq(QStringLiteral("is_internal"), false);
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?select=id&status=eq.on_hold"
                         "&assignee_id=neq.c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f&version=gt.3&number=gte.10"
                         "&csat_score=lt.4&updated_at=lte.2026-11-21T10:15:30.123456Z&title=like.%25invoice%25"
                         "&title=ilike.*Refund*&is_internal=eq.false\n" +
                             kCommon + "Accept: application/json\n");
}

TEST(QueryBuilder, PercentEncodesValuesSoPlusAndAmpersandSurvive)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.eq(QStringLiteral("title"), QStringLiteral("a+b & c=d?#ü"));
    b.filter(QStringLiteral("updated_at"), QStringLiteral("gt"), QStringLiteral("2026-11-21T10:15:30+01:00"));
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?title=eq.a%2Bb%20%26%20c%3Dd%3F%23%C3%BC"
                         "&updated_at=gt.2026-11-21T10:15:30%2B01:00\n" +
                             kCommon + "Accept: application/json\n");
}

TEST(QueryBuilder, QuotesReservedCharactersInInLists)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.in(QStringLiteral("status"), {TicketStatus::New, TicketStatus::Open})
        .in(QStringLiteral("title"), {QStringLiteral("a,b"), QStringLiteral("x.y"), QStringLiteral("say \"hi\""),
                                      QStringLiteral("(p)"), QStringLiteral("plain"), QStringLiteral("back\\slash")});
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?status=in.(new,open)"
                         "&title=in.(%22a,b%22,%22x.y%22,%22say%20%5C%22hi%5C%22%22,%22(p)%22,plain,"
                         "%22back%5C%5Cslash%22)\n" +
                             kCommon + "Accept: application/json\n");
}

TEST(QueryBuilder, RendersIsArrayRangeAndTextSearchOperators)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.is(QStringLiteral("deleted_at"), IsValue::Null)
        .is(QStringLiteral("assignee_id"), IsValue::NotNull)
        .contains(QStringLiteral("tags"), QStringList{QStringLiteral("vip"), QStringLiteral("two words")})
        .containedBy(QStringLiteral("tags"), QStringList{QStringLiteral("a"), QStringLiteral("b,c")})
        .overlaps(QStringLiteral("tags"), QStringList{QStringLiteral("x")})
        .contains(QStringLiteral("custom_fields"), Json{{"plan", "pro"}})
        .textSearch(QStringLiteral("search"), QStringLiteral("invoice"))
        .textSearch(QStringLiteral("search"), QStringLiteral("cannot download"), TextSearch::Plain,
                    QStringLiteral("english"))
        .textSearch(QStringLiteral("search"), QStringLiteral("\"pdf link\" -spam"), TextSearch::Websearch)
        .textSearch(QStringLiteral("search"), QStringLiteral("pdf link"), TextSearch::Phrase);
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?deleted_at=is.null&assignee_id=is.not_null"
                         "&tags=cs.%7Bvip,%22two%20words%22%7D&tags=cd.%7Ba,%22b,c%22%7D&tags=ov.%7Bx%7D"
                         "&custom_fields=cs.%7B%22plan%22:%22pro%22%7D&search=fts.invoice"
                         "&search=plfts(english).cannot%20download&search=wfts.%22pdf%20link%22%20-spam"
                         "&search=phfts.pdf%20link\n" +
                             kCommon + "Accept: application/json\n");
}

TEST(QueryBuilder, NegatesWithNotAndBuildsOrTrees)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.notFilter(QStringLiteral("status"), QStringLiteral("in"),
                QueryBuilder::inList({TicketStatus::Solved, TicketStatus::Closed}))
        .notFilter(QStringLiteral("deleted_at"), QStringLiteral("is"), QStringLiteral("null"))
        .orFilter(
            {QueryBuilder::condition(QStringLiteral("priority"), QStringLiteral("eq"), TicketPriority::Urgent),
             QueryBuilder::condition(QStringLiteral("title"), QStringLiteral("ilike"), QStringLiteral("*a,b (c)*")),
             QueryBuilder::condition(QStringLiteral("status"), QStringLiteral("in"),
                                     QueryBuilder::inList({TicketStatus::New, TicketStatus::Open}), true)})
        .orFilter({QStringLiteral("is_internal.is.false")}, QStringLiteral("ticket_messages"))
        .andFilter({QStringLiteral("version.gte.1"), QStringLiteral("version.lte.9")});
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?status=not.in.(solved,closed)"
                         "&deleted_at=not.is.null"
                         "&or=(priority.eq.urgent,title.ilike.%22*a,b%20(c)*%22,status.not.in.(new,open))"
                         "&ticket_messages.or=(is_internal.is.false)&and=(version.gte.1,version.lte.9)\n" +
                             kCommon + "Accept: application/json\n");
}

TEST(QueryBuilder, OrdersPagesAndCounts)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.select(QStringLiteral("*,ticket_messages(*)"))
        .order(QStringLiteral("updated_at"))
        .order(QStringLiteral("id"), false, NullsOrder::Last)
        .order(QStringLiteral("created_at"), false, NullsOrder::First, QStringLiteral("ticket_messages"))
        .limit(500)
        .offset(1000)
        .limit(5, QStringLiteral("ticket_messages"))
        .count(CountMethod::Exact);
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?select=*,ticket_messages(*)"
                         "&order=updated_at.asc,id.desc.nullslast"
                         "&ticket_messages.order=created_at.desc.nullsfirst&limit=500&offset=1000"
                         "&ticket_messages.limit=5\n" +
                             kCommon + "Accept: application/json\nPrefer: count=exact\n");
}

TEST(QueryBuilder, RangeGoesInTheRangeHeader)
{
    QueryBuilder b(QStringLiteral("profiles"));
    b.select().range(0, 24).count(CountMethod::Planned);
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/profiles?select=*\n" + kCommon +
                             "Accept: application/json\nPrefer: count=planned\nRange-Unit: items\nRange: 0-24\n");
}

TEST(QueryBuilder, SingleAsksForOneObject)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.select().eq(QStringLiteral("number"), 1042).single();
    EXPECT_EQ(golden(b), "GET http://127.0.0.1:54321/rest/v1/tickets?select=*&number=eq.1042\n" + kCommon +
                             "Accept: application/vnd.pgrst.object+json\n");
}

TEST(QueryBuilder, InsertsOneRowReturningRepresentation)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.insert(Json{{"title", "Printer on fire"}, {"priority", "urgent"}}).select();
    EXPECT_EQ(golden(b), "POST http://127.0.0.1:54321/rest/v1/tickets?select=*\n" + kCommon +
                             "Accept: application/json\nContent-Type: application/json\n"
                             "Prefer: return=representation\n\n"
                             R"({"priority":"urgent","title":"Printer on fire"})"
                             "\n");
}

TEST(QueryBuilder, BulkInsertNamesTheUnionOfColumns)
{
    QueryBuilder b(QStringLiteral("kb_feedback"));
    b.insert(Json::array({Json{{"article_id", "a"}, {"helpful", true}}, Json{{"article_id", "b"}, {"comment", "x"}}}))
        .returning(ReturnPreference::Minimal)
        .missingDefault();
    EXPECT_EQ(golden(b),
              "POST http://127.0.0.1:54321/rest/v1/kb_feedback?columns=%22article_id%22,%22comment%22,%22helpful%22\n" +
                  kCommon +
                  "Accept: application/json\nContent-Type: application/json\n"
                  "Prefer: return=minimal, missing=default\n\n"
                  R"([{"article_id":"a","helpful":true},{"article_id":"b","comment":"x"}])"
                  "\n");
}

TEST(QueryBuilder, VersionedUpdateFiltersOnTheVersion)
{
    QueryBuilder b(QStringLiteral("tickets"));
    b.update(Json{{"status", "solved"}})
        .eq(QStringLiteral("id"), QUuid::fromString(QStringLiteral("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f")))
        .eq(QStringLiteral("version"), 7)
        .select(QStringLiteral("id,version"));
    EXPECT_EQ(golden(b), "PATCH http://127.0.0.1:54321/rest/v1/tickets?id=eq.c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"
                         "&version=eq.7&select=id,version\n" +
                             kCommon +
                             "Accept: application/json\nContent-Type: application/json\n"
                             "Prefer: return=representation\n\n"
                             R"({"status":"solved"})"
                             "\n");
}

TEST(QueryBuilder, UpsertMergesOnConflictColumns)
{
    QueryBuilder b(QStringLiteral("kb_feedback"));
    b.upsert(Json{{"article_id", "a"}, {"user_id", "u"}, {"helpful", false}},
             {QStringLiteral("article_id"), QStringLiteral("user_id")})
        .returning(ReturnPreference::Representation)
        .count(CountMethod::Exact);
    EXPECT_EQ(golden(b), "POST http://127.0.0.1:54321/rest/v1/kb_feedback?on_conflict=article_id,user_id\n" + kCommon +
                             "Accept: application/json\nContent-Type: application/json\n"
                             "Prefer: return=representation, count=exact, resolution=merge-duplicates\n\n"
                             R"({"article_id":"a","helpful":false,"user_id":"u"})"
                             "\n");
    QueryBuilder ignore(QStringLiteral("team_members"));
    ignore.upsert(Json{{"team_id", "t"}, {"user_id", "u"}}, {}, true);
    EXPECT_EQ(ignore.toRequest(config(), QStringLiteral("USER")).header("Prefer"), "resolution=ignore-duplicates");
}

TEST(QueryBuilder, DeletesWithFilters)
{
    QueryBuilder b(QStringLiteral("attachments"));
    b.remove().eq(QStringLiteral("id"), QStringLiteral("e5f6")).returning(ReturnPreference::HeadersOnly);
    EXPECT_EQ(golden(b), "DELETE http://127.0.0.1:54321/rest/v1/attachments?id=eq.e5f6\n" + kCommon +
                             "Accept: application/json\nPrefer: return=headers-only\n");
}

TEST(QueryBuilder, CallsFunctionsByPostOrGet)
{
    const QueryBuilder post =
        QueryBuilder::rpc(QStringLiteral("admin_set_role"), Json{{"p_user", "u"}, {"p_role", "agent"}});
    EXPECT_EQ(golden(post), "POST http://127.0.0.1:54321/rest/v1/rpc/admin_set_role\n" + kCommon +
                                "Accept: application/json\nContent-Type: application/json\n\n"
                                R"({"p_role":"agent","p_user":"u"})"
                                "\n");
    QueryBuilder get = QueryBuilder::rpc(
        QStringLiteral("ticket_stats"),
        Json{{"p_from", "2026-11-01T00:00:00+00:00"}, {"p_tags", {"a", "b"}}, {"p_limit", 5}, {"p_skip", nullptr}},
        RpcMethod::Get);
    get.count(CountMethod::Exact).order(QStringLiteral("day"));
    EXPECT_EQ(golden(get), "GET http://127.0.0.1:54321/rest/v1/rpc/ticket_stats?p_from=2026-11-01T00:00:00%2B00:00"
                           "&p_limit=5&p_tags=%7Ba,b%7D&order=day.asc\n" +
                               kCommon + "Accept: application/json\nPrefer: count=exact\n");
}

TEST(QueryBuilder, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(QueryBuilder::quoteIfNeeded(QStringLiteral("plain")), "plain");
    EXPECT_EQ(QueryBuilder::quoteIfNeeded(QStringLiteral("")), "\"\"");
    EXPECT_EQ(QueryBuilder::quoteIfNeeded(QStringLiteral("a:b")), "\"a:b\"");
    EXPECT_EQ(QueryBuilder::quoteIfNeeded(QStringLiteral("a\"b")), "\"a\\\"b\"");
    EXPECT_EQ(QueryBuilder::arrayLiteral({QStringLiteral("NULL"), QStringLiteral("{x}")}), "{\"NULL\",\"{x}\"}");
    EXPECT_EQ(QueryBuilder::arrayLiteral({}), "{}");
}
