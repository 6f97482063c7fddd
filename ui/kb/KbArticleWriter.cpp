#include "kb/KbArticleWriter.h"

#include "kb/ArticleChanges.h"
#include "store/CacheDatabase.h"
#include "store/KbArticleStore.h"
#include "sync/SyncEngine.h"


#include <algorithm>

namespace helpdesk {

namespace {

const QString kTable = QStringLiteral("kb_articles");

Json tagsJson(const QStringList& tags)
{
    Json array = Json::array();
    for (const QString& tag : tags)
        array.push_back(tag.toStdString());
    return array;
}

} // namespace

KbArticleWriter::KbArticleWriter(CacheDatabase& cache, SyncEngine& sync, const Clock& clock)
    : m_cache(cache)
    , m_sync(sync)
    , m_clock(clock)
{
}

Result<QUuid> KbArticleWriter::create(const KbArticle& draft, const QUuid& author)
{
    const QUuid id = draft.id.isNull() ? QUuid::createUuid() : draft.id;
    const std::string now = m_clock.now().toIsoString();
    Json row{{"id", id.toString(QUuid::WithoutBraces).toStdString()},
             {"slug", draft.slug.toStdString()},
             {"title", draft.title.toStdString()},
             {"body", draft.body.toStdString()},
             {"visibility", toWireString(draft.visibility).toStdString()},
             {"status", toWireString(draft.status).toStdString()},
             {"tags", tagsJson(draft.tags)}};
    Json local{{"version", 1},
               {"created_at", now},
               {"updated_at", now},
               {"author_id", author.toString(QUuid::WithoutBraces).toStdString()}};
    auto written = m_sync.insertRow(kTable, row, local);
    if (!written.ok())
        return written.error();
    return id;
}

Result<bool> KbArticleWriter::save(const KbArticle& edited)
{
    KbArticleStore store(m_cache);
    auto cached = store.article(edited.id);
    if (!cached.ok())
        return cached.error();
    if (!cached.value())
        return Error::validation(tr("This article is no longer in the local copy of the knowledge base."));
    const KbArticle& current = *cached.value();
    const Json patch = ArticleChanges::between(current, edited);
    if (patch.empty())
        return false;
    // The first pending edit at this version keeps the article as the server had it: the base of a merge.
    auto pending = m_sync.outbox().pendingForRow(kTable, edited.id.toString(QUuid::WithoutBraces));
    if (!pending.ok())
        return pending.error();
    if (pending.value().empty())
        if (auto kept = store.rememberBase(current); !kept.ok())
            return kept.error();
    auto written = m_sync.updateRow(kTable, edited.id.toString(QUuid::WithoutBraces), patch);
    if (!written.ok())
        return written.error();
    return true;
}

Result<QList<QUuid>> KbArticleWriter::conflictedArticles()
{
    auto open = m_sync.conflicts().open();
    if (!open.ok())
        return open.error();
    QList<QUuid> ids;
    for (const ConflictRecord& record : open.value()) {
        if (record.table != kTable || record.kind != ConflictRecord::Kind::Conflict || !record.serverRow)
            continue;
        const QUuid id = QUuid::fromString(record.rowKey);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Result<std::optional<KbArticleWriter::Conflict>> KbArticleWriter::conflict(const QUuid& articleId)
{
    const QString key = articleId.toString(QUuid::WithoutBraces);
    auto open = m_sync.conflicts().open();
    if (!open.ok())
        return open.error();
    std::vector<ConflictRecord> records;
    for (const ConflictRecord& record : open.value())
        if (record.table == kTable && record.rowKey == key && record.kind == ConflictRecord::Kind::Conflict
            && record.serverRow)
            records.push_back(record);
    if (records.empty())
        return std::optional<Conflict>();
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return a.id < b.id; });

    KbArticleStore store(m_cache);
    Conflict conflict;
    auto theirs = store.article(articleId);
    if (!theirs.ok())
        return theirs.error();
    if (theirs.value()) {
        conflict.theirs = *theirs.value();
    } else {
        auto parsed = parseJson<KbArticle>(*records.back().serverRow);
        if (!parsed.ok())
            return parsed.error();
        conflict.theirs = parsed.value();
    }
    // The version my edits were based on: the cached row's version when the first one was refused.
    int baseVersion = conflict.theirs.version;
    if (const auto& local = records.front().localRow; local && local->contains("version")
        && local->at("version").is_number_integer())
        baseVersion = local->at("version").get<int>();
    auto base = store.base(articleId, baseVersion);
    if (!base.ok())
        return base.error();
    if (base.value()) {
        conflict.base = *base.value();
    } else {
        // No kept base (an edit made on top of an answered one, or by an older build). Fields I did not touch: theirs
        // (nothing of mine to merge). Title and body I touched: the text of the newest version at or before my
        // base version, when the history has it; otherwise nothing, so that every difference is shown as a
        // conflict rather than guessed. A slug I touched is a conflict unless both agree.
        conflict.base = conflict.theirs;
        Json touched = Json::object();
        for (const ConflictRecord& record : records)
            if (record.localChange.is_object())
                touched.update(record.localChange);
        const bool titleTouched = touched.contains("title");
        const bool bodyTouched = touched.contains("body");
        if (titleTouched)
            conflict.base.title.clear();
        if (bodyTouched)
            conflict.base.body.clear();
        if (touched.contains("slug"))
            conflict.base.slug.clear();
        auto versions = store.versions(articleId); // newest first
        if (versions.ok())
            for (const KbArticleVersion& v : versions.value())
                if (v.version <= baseVersion) {
                    if (titleTouched)
                        conflict.base.title = v.title;
                    if (bodyTouched)
                        conflict.base.body = v.body;
                    break;
                }
    }
    conflict.mine = conflict.base;
    for (const ConflictRecord& record : records) {
        ArticleChanges::apply(conflict.mine, record.localChange);
        conflict.recordIds.append(record.id);
    }
    auto pending = m_sync.outbox().pendingForRow(kTable, key);
    conflict.waiting = pending.ok() && !pending.value().empty();
    return std::optional<Conflict>(conflict);
}

Result<void> KbArticleWriter::resolve(const Conflict& conflict, const KbArticle& merged)
{
    KbArticle target = merged;
    target.id = conflict.theirs.id;
    auto saved = save(target);
    if (!saved.ok())
        return saved.error();
    return keepTheirs(conflict);
}

Result<void> KbArticleWriter::keepTheirs(const Conflict& conflict)
{
    for (qint64 id : conflict.recordIds)
        if (auto done = m_sync.conflicts().resolve(id, m_clock.now()); !done.ok())
            return done;
    KbArticleStore store(m_cache);
    // A resolution saved just now keeps its own base (theirs); older bases are of no use any more.
    auto pending = m_sync.outbox().pendingForRow(kTable, conflict.theirs.id.toString(QUuid::WithoutBraces));
    if (pending.ok() && pending.value().empty())
        return store.forgetBases(conflict.theirs.id);
    return {};
}

} // namespace helpdesk
