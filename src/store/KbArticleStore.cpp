#include "store/KbArticleStore.h"

#include "store/CacheDatabase.h"
#include "store/DirectoryStore.h"
#include "store/QueueQuery.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace helpdesk {

namespace {

QStringList tagsFromText(const QString& text)
{
    QStringList tags;
    const Json json = Json::parse(text.toStdString(), nullptr, false);
    if (json.is_array())
        for (const Json& tag : json)
            if (tag.is_string())
                tags.append(QString::fromStdString(tag.get<std::string>()));
    return tags;
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

KbArticleStore::KbArticleStore(CacheDatabase& database) : m_database(database)
{}

QString KbArticleStore::plainExcerpt(const QString& markdown, int length)
{
    static const QRegularExpression links(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression markup(QStringLiteral(R"([#*_`>|~]+)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    QString text = markdown;
    text.replace(links, QStringLiteral("\\1"));
    text.replace(markup, QStringLiteral(" "));
    text = text.replace(spaces, QStringLiteral(" ")).trimmed();
    if (text.size() > length) {
        text = text.left(length);
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
        if (space > length / 2)
            text.truncate(space);
        text.append(QChar(0x2026));
    }
    return text;
}

Result<QList<KbArticleStore::Item>> KbArticleStore::list(const Filter& filter)
{
    const QString fts = QueueQuery::ftsQuery(filter.text);
    const bool searching = !fts.isEmpty();
    QStringList where{QStringLiteral("a.deleted_at IS NULL")};
    QVariantList binds;
    QString sql;
    if (searching) {
        // Title highlighted whole; the body as the best fragment around the matches.
        sql = QStringLiteral(
            "SELECT a.id, highlight(kb_articles_fts, 0, char(1), char(2)), a.slug, a.status, a.visibility, a.tags, "
            "a.updated_at, snippet(kb_articles_fts, 1, char(1), char(2), '…', 24), a.body "
            "FROM kb_articles_fts JOIN kb_articles a ON a.rid = kb_articles_fts.rowid");
        where.prepend(QStringLiteral("kb_articles_fts MATCH ?"));
        binds.append(fts);
    } else {
        sql = QStringLiteral("SELECT a.id, a.title, a.slug, a.status, a.visibility, a.tags, a.updated_at, '', a.body "
                             "FROM kb_articles a");
    }
    if (filter.status) {
        where.append(QStringLiteral("a.status = ?"));
        binds.append(toWireString(*filter.status));
    }
    if (filter.visibility) {
        where.append(QStringLiteral("a.visibility = ?"));
        binds.append(toWireString(*filter.visibility));
    }
    if (!filter.tag.isEmpty()) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = ?)"));
        binds.append(filter.tag);
    }
    sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += searching ? QStringLiteral(" ORDER BY bm25(kb_articles_fts, 4.0, 1.0, 2.0), a.updated_at DESC")
                     : QStringLiteral(" ORDER BY a.updated_at DESC, a.title");
    sql += QStringLiteral(" LIMIT ?");
    binds.append(filter.limit < 0 ? -1 : filter.limit);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return storeError(QStringLiteral("list knowledge-base articles"), query.lastError());
    QList<Item> items;
    while (query.next()) {
        Item item;
        item.id = QUuid::fromString(query.value(0).toString());
        item.title = query.value(1).toString();
        item.slug = query.value(2).toString();
        if (auto status = fromWire<KbStatus>(query.value(3).toString()); status.ok())
            item.status = status.value();
        if (auto visibility = fromWire<KbVisibility>(query.value(4).toString()); visibility.ok())
            item.visibility = visibility.value();
        item.tags = tagsFromText(query.value(5).toString());
        item.updatedAt = Timestamp::fromMicros(query.value(6).toLongLong());
        item.snippet = query.value(7).toString();
        // A match only in the title or the tags leaves the body fragment without marks: show its opening.
        if (!item.snippet.contains(kMarkStart))
            item.snippet = plainExcerpt(query.value(8).toString(), 160);
        items.append(item);
    }
    return items;
}

Result<QStringList> KbArticleStore::tags()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT t.value FROM kb_articles a, json_each(a.tags) t "
                                   "WHERE a.deleted_at IS NULL AND t.type = 'text' ORDER BY t.value")))
        return storeError(QStringLiteral("list knowledge-base tags"), query.lastError());
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    return tags;
}

Result<std::optional<KbArticle>> KbArticleStore::article(const QUuid& id)
{
    DirectoryStore directory(m_database);
    auto rows = directory.kbArticlesByIds({id});
    if (!rows.ok())
        return rows.error();
    if (rows.value().empty())
        return std::optional<KbArticle>();
    return std::optional<KbArticle>(rows.value().front());
}

Result<std::vector<KbArticleVersion>> KbArticleStore::versions(const QUuid& articleId)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, version, title, body, edited_by, created_at FROM kb_article_versions "
                                 "WHERE article_id = ? ORDER BY version DESC"));
    query.addBindValue(idText(articleId));
    if (!query.exec())
        return storeError(QStringLiteral("read article versions"), query.lastError());
    std::vector<KbArticleVersion> versions;
    while (query.next()) {
        KbArticleVersion v;
        v.id = query.value(0).toLongLong();
        v.articleId = articleId;
        v.version = query.value(1).toInt();
        v.title = query.value(2).toString();
        v.body = query.value(3).toString();
        if (!query.value(4).isNull() && !query.value(4).toString().isEmpty())
            v.editedBy = QUuid::fromString(query.value(4).toString());
        v.createdAt = Timestamp::fromMicros(query.value(5).toLongLong());
        versions.push_back(std::move(v));
    }
    return versions;
}

Result<bool> KbArticleStore::slugTaken(const QString& slug, const QUuid& except)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM kb_articles WHERE slug = ? AND id <> ? LIMIT 1"));
    query.addBindValue(slug);
    query.addBindValue(idText(except));
    if (!query.exec())
        return storeError(QStringLiteral("check the article address"), query.lastError());
    return query.next();
}

Result<void> KbArticleStore::ensureBaseTable()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kb_edit_bases (article_id TEXT NOT NULL, "
                                   "base_version INTEGER NOT NULL, row TEXT NOT NULL, "
                                   "PRIMARY KEY (article_id, base_version))")))
        return storeError(QStringLiteral("prepare the edit bases"), query.lastError());
    return {};
}

Result<void> KbArticleStore::rememberBase(const KbArticle& article)
{
    if (auto ready = ensureBaseTable(); !ready.ok())
        return ready;
    Json row;
    to_json(row, article);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO kb_edit_bases (article_id, base_version, row) VALUES (?, ?, ?)"));
    query.addBindValue(idText(article.id));
    query.addBindValue(article.version);
    query.addBindValue(QString::fromStdString(row.dump()));
    if (!query.exec())
        return storeError(QStringLiteral("keep the edit base"), query.lastError());
    return {};
}

Result<std::optional<KbArticle>> KbArticleStore::base(const QUuid& articleId, int version)
{
    if (auto ready = ensureBaseTable(); !ready.ok())
        return ready.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT row FROM kb_edit_bases WHERE article_id = ? AND base_version = ?"));
    query.addBindValue(idText(articleId));
    query.addBindValue(version);
    if (!query.exec())
        return storeError(QStringLiteral("read the edit base"), query.lastError());
    if (!query.next())
        return std::optional<KbArticle>();
    auto parsed = parseJson<KbArticle>(query.value(0).toString().toUtf8());
    if (!parsed.ok())
        return parsed.error();
    return std::optional<KbArticle>(parsed.value());
}

Result<void> KbArticleStore::forgetBases(const QUuid& articleId)
{
    if (auto ready = ensureBaseTable(); !ready.ok())
        return ready;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM kb_edit_bases WHERE article_id = ?"));
    query.addBindValue(idText(articleId));
    if (!query.exec())
        return storeError(QStringLiteral("drop the edit bases"), query.lastError());
    return {};
}

} // namespace helpdesk
