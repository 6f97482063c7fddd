#pragma once

#include "core/Enums.h"
#include "core/Json.h"
#include "core/Timestamp.h"
#include "supabase/HttpRequest.h"
#include "supabase/SupabaseConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace helpdesk {

// A filter operand rendered as PostgREST text: strings as they are, numbers, booleans ("true"/"false"),
// uuids without braces, timestamps as ISO-8601 with microseconds, wire enums as their wire string.
class FilterValue
{
public:
    FilterValue(const QString& text) : m_text(text) {}
    FilterValue(const char* text) : m_text(QString::fromUtf8(text)) {}
    FilterValue(int v) : m_text(QString::number(v)) {}
    FilterValue(qint64 v) : m_text(QString::number(v)) {}
    FilterValue(double v) : m_text(QString::number(v, 'g', 17)) {}
    FilterValue(bool v) : m_text(v ? QStringLiteral("true") : QStringLiteral("false")) {}
    FilterValue(const QUuid& v) : m_text(v.toString(QUuid::WithoutBraces)) {}
    FilterValue(const Timestamp& v) : m_text(v.toIso()) {}
    template <WireEnum E> FilterValue(E v) : m_text(toWireString(v)) {}

    const QString& text() const { return m_text; }

private:
    QString m_text;
};

enum class IsValue
{
    Null,
    NotNull,
    True,
    False,
    Unknown
};
enum class TextSearch
{
    Fts,
    Plain,
    Phrase,
    Websearch
}; // fts, plfts, phfts, wfts
enum class NullsOrder
{
    Default,
    First,
    Last
};
enum class CountMethod
{
    None,
    Exact,
    Planned,
    Estimated
};
enum class ReturnPreference
{
    Default,
    Minimal,
    HeadersOnly,
    Representation
};
enum class RpcMethod
{
    Post,
    Get
};

// Builds one PostgREST request (protocol reference §3), like postgrest-js's builders: select, filters,
// order, limit/offset or a Range header, Prefer, Accept, and the four writes. Values are quoted per
// PostgREST's grammar where it needs it (in-lists, or/and trees, array literals) and every query value is
// percent-encoded (so "+" in a timestamp offset stays a "+").
class QueryBuilder
{
public:
    explicit QueryBuilder(QString table);
    static QueryBuilder rpc(QString function, Json args = Json::object(), RpcMethod method = RpcMethod::Post);

    // Columns and embeds, e.g. "id,title,requester:profiles!requester_id(full_name)". Whitespace outside
    // double quotes is removed.
    QueryBuilder& select(const QString& columns = QStringLiteral("*"));

    QueryBuilder& eq(const QString& column, const FilterValue& value) { return filter(column, "eq", value); }
    QueryBuilder& neq(const QString& column, const FilterValue& value) { return filter(column, "neq", value); }
    QueryBuilder& gt(const QString& column, const FilterValue& value) { return filter(column, "gt", value); }
    QueryBuilder& gte(const QString& column, const FilterValue& value) { return filter(column, "gte", value); }
    QueryBuilder& lt(const QString& column, const FilterValue& value) { return filter(column, "lt", value); }
    QueryBuilder& lte(const QString& column, const FilterValue& value) { return filter(column, "lte", value); }
    QueryBuilder& like(const QString& column, const QString& pattern) { return filter(column, "like", pattern); }
    QueryBuilder& ilike(const QString& column, const QString& pattern) { return filter(column, "ilike", pattern); }
    QueryBuilder& in(const QString& column, const QList<FilterValue>& values);
    QueryBuilder& is(const QString& column, IsValue value);
    QueryBuilder& contains(const QString& column, const QStringList& elements);    // cs.{a,b}
    QueryBuilder& contains(const QString& column, const Json& value);              // cs.<json>
    QueryBuilder& containedBy(const QString& column, const QStringList& elements); // cd.{a,b}
    QueryBuilder& overlaps(const QString& column, const QStringList& elements);    // ov.{a,b}
    QueryBuilder& textSearch(const QString& column, const QString& query, TextSearch type = TextSearch::Fts,
                             const QString& config = {});

    // column=op.value with value used as the literal text (for operators without a method).
    QueryBuilder& filter(const QString& column, const QString& op, const FilterValue& value);
    // column=not.op.value; value is the literal text (use inList()/arrayLiteral() for in/cs/cd/ov).
    QueryBuilder& notFilter(const QString& column, const QString& op, const FilterValue& value);
    // or=(a.eq.1,b.eq.2), or referencedTable.or=(…). Build conditions with condition().
    QueryBuilder& orFilter(const QStringList& conditions, const QString& referencedTable = {});
    QueryBuilder& andFilter(const QStringList& conditions, const QString& referencedTable = {});

    QueryBuilder& order(const QString& column, bool ascending = true, NullsOrder nulls = NullsOrder::Default,
                        const QString& referencedTable = {});
    QueryBuilder& limit(qint64 count, const QString& referencedTable = {});
    QueryBuilder& offset(qint64 count, const QString& referencedTable = {});
    // Rows from..to (inclusive) through the Range header (Range-Unit: items).
    QueryBuilder& range(qint64 from, qint64 to);

    QueryBuilder& count(CountMethod method);
    QueryBuilder& single(); // Accept: application/vnd.pgrst.object+json → one object or 406 PGRST116

    QueryBuilder& insert(const Json& rowOrRows);
    QueryBuilder& update(const Json& patch);
    QueryBuilder& upsert(const Json& rowOrRows, const QStringList& onConflict = {}, bool ignoreDuplicates = false);
    QueryBuilder& remove(); // DELETE
    QueryBuilder& returning(ReturnPreference preference);
    QueryBuilder& missingDefault();                  // Prefer missing=default
    QueryBuilder& columns(const QStringList& names); // columns="a","b"
    QueryBuilder& onConflict(const QStringList& names);

    // Condition for or/and trees: "column.op.value" with value quoted when it holds reserved characters;
    // negate → "column.not.op.value".
    static QString condition(const QString& column, const QString& op, const FilterValue& value, bool negate = false);
    // "(a,"b,c")": PostgREST in-list with quoting.
    static QString inList(const QList<FilterValue>& values);
    // "{a,"b c"}": Postgres array literal with quoting.
    static QString arrayLiteral(const QStringList& elements);
    // Double-quotes value (backslash-escaping \ and ") if it holds , . : ( ) " \ or spaces, or is empty.
    static QString quoteIfNeeded(const QString& value);

    HttpRequest toRequest(const SupabaseConfig& config, const QString& bearer = {}) const;

    const QString& relation() const { return m_relation; }
    bool isRpc() const { return m_isRpc; }
    bool wantsSingleObject() const { return m_single; }
    CountMethod countMethod() const { return m_count; }

private:
    void setParam(const QString& key, const QString& value); // replace in place or append
    void addParam(const QString& key, const QString& value); // always append

    QString m_relation;
    bool m_isRpc = false;
    QByteArray m_method = "GET";
    QList<QPair<QString, QString>> m_params;
    std::optional<Json> m_body;
    bool m_selectCalled = false;
    bool m_single = false;
    std::optional<QPair<qint64, qint64>> m_range;
    CountMethod m_count = CountMethod::None;
    ReturnPreference m_return = ReturnPreference::Default;
    QString m_resolution;
    bool m_missingDefault = false;
};

} // namespace helpdesk
