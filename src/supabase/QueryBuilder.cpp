#include "supabase/QueryBuilder.h"

#include <set>

namespace helpdesk {

namespace {

QString prefixed(const QString& referencedTable, const QString& key)
{
    return referencedTable.isEmpty() ? key : referencedTable + QLatin1Char('.') + key;
}

QString stripSelect(const QString& columns)
{
    QString out;
    bool quoted = false;
    for (const QChar c : columns) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && c.isSpace())
            continue;
        out += c;
    }
    return out;
}

QByteArray encodeComponent(const QString& text)
{
    // Everything but unreserved characters and the PostgREST punctuation that is safe in a query value.
    return QUrl::toPercentEncoding(text, QByteArrayLiteral(",.:()*!@/"));
}

QString jsonText(const Json& value)
{
    if (value.is_string())
        return value.get<QString>();
    if (value.is_array()) {
        QStringList parts;
        for (const auto& item : value)
            parts << jsonText(item);
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    return QString::fromStdString(value.dump());
}

} // namespace

QueryBuilder::QueryBuilder(QString table) : m_relation(std::move(table))
{}

QueryBuilder QueryBuilder::rpc(QString function, Json args, RpcMethod method)
{
    QueryBuilder b(std::move(function));
    b.m_isRpc = true;
    if (method == RpcMethod::Get) {
        b.m_method = "GET";
        if (args.is_object())
            for (const auto& item : args.items())
                if (!item.value().is_null())
                    b.addParam(QString::fromStdString(item.key()), jsonText(item.value()));
    } else {
        b.m_method = "POST";
        b.m_body = args.is_null() ? Json::object() : std::move(args);
    }
    return b;
}

void QueryBuilder::setParam(const QString& key, const QString& value)
{
    for (auto& param : m_params) {
        if (param.first == key) {
            param.second = value;
            return;
        }
    }
    m_params.append({key, value});
}

void QueryBuilder::addParam(const QString& key, const QString& value)
{
    m_params.append({key, value});
}

QueryBuilder& QueryBuilder::select(const QString& columns)
{
    m_selectCalled = true;
    setParam(QStringLiteral("select"), stripSelect(columns));
    return *this;
}

QueryBuilder& QueryBuilder::filter(const QString& column, const QString& op, const FilterValue& value)
{
    addParam(column, op + QLatin1Char('.') + value.text());
    return *this;
}

QueryBuilder& QueryBuilder::notFilter(const QString& column, const QString& op, const FilterValue& value)
{
    addParam(column, QLatin1String("not.") + op + QLatin1Char('.') + value.text());
    return *this;
}

QueryBuilder& QueryBuilder::in(const QString& column, const QList<FilterValue>& values)
{
    return filter(column, QStringLiteral("in"), inList(values));
}

QueryBuilder& QueryBuilder::is(const QString& column, IsValue value)
{
    QString text;
    switch (value) {
    case IsValue::Null:
        text = QStringLiteral("null");
        break;
    case IsValue::NotNull:
        text = QStringLiteral("not_null");
        break;
    case IsValue::True:
        text = QStringLiteral("true");
        break;
    case IsValue::False:
        text = QStringLiteral("false");
        break;
    case IsValue::Unknown:
        text = QStringLiteral("unknown");
        break;
    }
    return filter(column, QStringLiteral("is"), text);
}

QueryBuilder& QueryBuilder::contains(const QString& column, const QStringList& elements)
{
    return filter(column, QStringLiteral("cs"), arrayLiteral(elements));
}

QueryBuilder& QueryBuilder::contains(const QString& column, const Json& value)
{
    return filter(column, QStringLiteral("cs"), QString::fromStdString(value.dump()));
}

QueryBuilder& QueryBuilder::containedBy(const QString& column, const QStringList& elements)
{
    return filter(column, QStringLiteral("cd"), arrayLiteral(elements));
}

QueryBuilder& QueryBuilder::overlaps(const QString& column, const QStringList& elements)
{
    return filter(column, QStringLiteral("ov"), arrayLiteral(elements));
}

QueryBuilder& QueryBuilder::textSearch(const QString& column, const QString& query, TextSearch type,
                                       const QString& config)
{
    QString op;
    switch (type) {
    case TextSearch::Fts:
        op = QStringLiteral("fts");
        break;
    case TextSearch::Plain:
        op = QStringLiteral("plfts");
        break;
    case TextSearch::Phrase:
        op = QStringLiteral("phfts");
        break;
    case TextSearch::Websearch:
        op = QStringLiteral("wfts");
        break;
    }
    if (!config.isEmpty())
        op += QLatin1Char('(') + config + QLatin1Char(')');
    return filter(column, op, query);
}

QueryBuilder& QueryBuilder::orFilter(const QStringList& conditions, const QString& referencedTable)
{
    addParam(prefixed(referencedTable, QStringLiteral("or")),
             QLatin1Char('(') + conditions.join(QLatin1Char(',')) + QLatin1Char(')'));
    return *this;
}

QueryBuilder& QueryBuilder::andFilter(const QStringList& conditions, const QString& referencedTable)
{
    addParam(prefixed(referencedTable, QStringLiteral("and")),
             QLatin1Char('(') + conditions.join(QLatin1Char(',')) + QLatin1Char(')'));
    return *this;
}

QueryBuilder& QueryBuilder::order(const QString& column, bool ascending, NullsOrder nulls,
                                  const QString& referencedTable)
{
    QString term = column + (ascending ? QLatin1String(".asc") : QLatin1String(".desc"));
    if (nulls == NullsOrder::First)
        term += QLatin1String(".nullsfirst");
    else if (nulls == NullsOrder::Last)
        term += QLatin1String(".nullslast");
    const QString key = prefixed(referencedTable, QStringLiteral("order"));
    for (auto& param : m_params) {
        if (param.first == key) {
            param.second += QLatin1Char(',') + term;
            return *this;
        }
    }
    addParam(key, term);
    return *this;
}

QueryBuilder& QueryBuilder::limit(qint64 count, const QString& referencedTable)
{
    setParam(prefixed(referencedTable, QStringLiteral("limit")), QString::number(count));
    return *this;
}

QueryBuilder& QueryBuilder::offset(qint64 count, const QString& referencedTable)
{
    setParam(prefixed(referencedTable, QStringLiteral("offset")), QString::number(count));
    return *this;
}

QueryBuilder& QueryBuilder::range(qint64 from, qint64 to)
{
    m_range = qMakePair(from, to);
    return *this;
}

QueryBuilder& QueryBuilder::count(CountMethod method)
{
    m_count = method;
    return *this;
}

QueryBuilder& QueryBuilder::single()
{
    m_single = true;
    return *this;
}

QueryBuilder& QueryBuilder::insert(const Json& rowOrRows)
{
    m_method = "POST";
    m_body = rowOrRows;
    if (rowOrRows.is_array()) {
        // As postgrest-js: name the union of keys so rows missing a key get NULL/DEFAULT, not an error.
        std::set<std::string> keys;
        for (const auto& row : rowOrRows)
            if (row.is_object())
                for (const auto& item : row.items())
                    keys.insert(item.key());
        QStringList names;
        for (const auto& key : keys)
            names << QString::fromStdString(key);
        if (!names.isEmpty())
            columns(names);
    }
    return *this;
}

QueryBuilder& QueryBuilder::update(const Json& patch)
{
    m_method = "PATCH";
    m_body = patch;
    return *this;
}

QueryBuilder& QueryBuilder::upsert(const Json& rowOrRows, const QStringList& conflictColumns, bool ignoreDuplicates)
{
    insert(rowOrRows);
    m_resolution = ignoreDuplicates ? QStringLiteral("ignore-duplicates") : QStringLiteral("merge-duplicates");
    if (!conflictColumns.isEmpty())
        onConflict(conflictColumns);
    return *this;
}

QueryBuilder& QueryBuilder::remove()
{
    m_method = "DELETE";
    m_body.reset();
    return *this;
}

QueryBuilder& QueryBuilder::returning(ReturnPreference preference)
{
    m_return = preference;
    return *this;
}

QueryBuilder& QueryBuilder::missingDefault()
{
    m_missingDefault = true;
    return *this;
}

QueryBuilder& QueryBuilder::columns(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    setParam(QStringLiteral("columns"), quoted.join(QLatin1Char(',')));
    return *this;
}

QueryBuilder& QueryBuilder::onConflict(const QStringList& names)
{
    setParam(QStringLiteral("on_conflict"), names.join(QLatin1Char(',')));
    return *this;
}

QString QueryBuilder::quoteIfNeeded(const QString& value)
{
    static const QString reserved = QStringLiteral(",.:()\"\\");
    bool needs = value.isEmpty();
    for (const QChar c : value) {
        if (reserved.contains(c) || c.isSpace()) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString QueryBuilder::condition(const QString& column, const QString& op, const FilterValue& value, bool negate)
{
    // in-lists and array literals are already quoted element-wise; quote other values as a whole.
    const bool structured = op == QLatin1String("in") || op == QLatin1String("cs") || op == QLatin1String("cd") ||
                            op == QLatin1String("ov") || op == QLatin1String("is");
    const QString text = structured ? value.text() : quoteIfNeeded(value.text());
    return column + QLatin1Char('.') + (negate ? QLatin1String("not.") : QLatin1String()) + op + QLatin1Char('.') +
           text;
}

QString QueryBuilder::inList(const QList<FilterValue>& values)
{
    QStringList parts;
    for (const auto& v : values)
        parts << quoteIfNeeded(v.text());
    return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString QueryBuilder::arrayLiteral(const QStringList& elements)
{
    QStringList parts;
    for (const QString& e : elements) {
        bool needs = e.isEmpty() || e.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0;
        for (const QChar c : e)
            if (c == QLatin1Char(',') || c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('"') ||
                c == QLatin1Char('\\') || c.isSpace())
                needs = true;
        if (!needs) {
            parts << e;
            continue;
        }
        QString escaped = e;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
        parts << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

HttpRequest QueryBuilder::toRequest(const SupabaseConfig& config, const QString& bearer) const
{
    QUrl url = config.restUrl();
    const QString path = url.path() + (m_isRpc ? QLatin1String("/rpc/") : QLatin1String("/"));
    QByteArray encoded = url.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    encoded += QUrl::toPercentEncoding(path, "/") + encodeComponent(m_relation);
    QByteArray query;
    for (const auto& [key, value] : m_params) {
        if (!query.isEmpty())
            query += '&';
        query += encodeComponent(key) + '=' + encodeComponent(value);
    }
    if (!query.isEmpty())
        encoded += '?' + query;

    HttpRequest r = config.request(m_method, QUrl::fromEncoded(encoded, QUrl::StrictMode), bearer);
    r.setHeader("Accept", m_single ? "application/vnd.pgrst.object+json" : "application/json");
    if (m_body)
        r.setHeader("Content-Type", "application/json");

    QByteArrayList prefer;
    ReturnPreference ret = m_return;
    if (ret == ReturnPreference::Default && m_selectCalled && m_method != "GET" && !m_isRpc)
        ret = ReturnPreference::Representation;
    switch (ret) {
    case ReturnPreference::Default:
        break;
    case ReturnPreference::Minimal:
        prefer << "return=minimal";
        break;
    case ReturnPreference::HeadersOnly:
        prefer << "return=headers-only";
        break;
    case ReturnPreference::Representation:
        prefer << "return=representation";
        break;
    }
    switch (m_count) {
    case CountMethod::None:
        break;
    case CountMethod::Exact:
        prefer << "count=exact";
        break;
    case CountMethod::Planned:
        prefer << "count=planned";
        break;
    case CountMethod::Estimated:
        prefer << "count=estimated";
        break;
    }
    if (!m_resolution.isEmpty())
        prefer << "resolution=" + m_resolution.toLatin1();
    if (m_missingDefault)
        prefer << "missing=default";
    if (!prefer.isEmpty())
        r.setHeader("Prefer", prefer.join(", "));
    if (m_range) {
        r.setHeader("Range-Unit", "items");
        r.setHeader("Range", QByteArray::number(m_range->first) + '-' + QByteArray::number(m_range->second));
    }
    if (m_body)
        r.body = QByteArray::fromStdString(m_body->dump());
    return r;
}

} // namespace helpdesk
