// The knowledge base as read from the cache (KbArticleStore) and the shape of an edit (ArticleChanges): filters,
// search with highlight marks, tags, versions, the kept edit bases.
#include "ui/CacheFixture.h"

#include "kb/ArticleChanges.h"
#include "store/KbArticleStore.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

KbArticle article(const QString &title, const QString &body, KbStatus status, KbVisibility visibility,
                  QStringList tags, qint64 updatedSecs)
{
    KbArticle a;
    a.id = QUuid::createUuid();
    a.title = title;
    a.slug = ArticleChanges::slugFor(title);
    a.body = body;
    a.status = status;
    a.visibility = visibility;
    a.tags = std::move(tags);
    a.createdAt = Timestamp::fromSecs(updatedSecs);
    a.updatedAt = Timestamp::fromSecs(updatedSecs);
    return a;
}

struct Store
{
    CacheFixture cache;
    KbArticleStore store{cache.database()};
    KbArticle vpn = article(QStringLiteral("Reset your VPN password"),
                            QStringLiteral("Open the **portal**, choose Reset and wait for the e-mail."),
                            KbStatus::Published, KbVisibility::Public, {QStringLiteral("vpn")}, 1'700'000'300);
    KbArticle printer = article(QStringLiteral("Printer jams"), QStringLiteral("Open tray two."), KbStatus::Draft,
                                KbVisibility::Internal, {QStringLiteral("printer"), QStringLiteral("floor-2")},
                                1'700'000'200);
    KbArticle old = article(QStringLiteral("Old VPN client"), QStringLiteral("Uninstall it."), KbStatus::Archived,
                            KbVisibility::Public, {QStringLiteral("vpn")}, 1'700'000'100);

    Store()
    {
        Json rows = Json::array();
        for (const KbArticle &a : {vpn, printer, old}) {
            Json row;
            to_json(row, a);
            rows.push_back(row);
        }
        cache.apply(QStringLiteral("kb_articles"), rows);
    }

    QList<QUuid> ids(const KbArticleStore::Filter &filter)
    {
        auto items = store.list(filter);
        EXPECT_TRUE(items.ok());
        QList<QUuid> out;
        for (const auto &item : items.value()) {
            out.append(item.id);
        }
        return out;
    }
};

} // namespace

TEST(KbArticleStore, ListsNewestFirstAndFiltersByStatusVisibilityAndTag)
{
    Store s;
    EXPECT_EQ(s.ids({}), (QList<QUuid>{s.vpn.id, s.printer.id, s.old.id}));
    KbArticleStore::Filter filter;
    filter.status = KbStatus::Published;
    EXPECT_EQ(s.ids(filter), QList<QUuid>{s.vpn.id});
    filter = {};
    filter.visibility = KbVisibility::Internal;
    EXPECT_EQ(s.ids(filter), QList<QUuid>{s.printer.id});
    filter = {};
    filter.tag = QStringLiteral("vpn");
    EXPECT_EQ(s.ids(filter), (QList<QUuid>{s.vpn.id, s.old.id}));
    filter.status = KbStatus::Archived;
    EXPECT_EQ(s.ids(filter), QList<QUuid>{s.old.id});
    EXPECT_EQ(s.store.tags().value(),
              (QStringList{QStringLiteral("floor-2"), QStringLiteral("printer"), QStringLiteral("vpn")}));
}

TEST(KbArticleStore, SearchesByPrefixWithHighlightedTitleAndSnippet)
{
    Store s;
    KbArticleStore::Filter filter;
    filter.text = QStringLiteral("vpn");
    const QList<QUuid> found = s.ids(filter); // ranked by bm25: the shorter title first
    EXPECT_EQ(found.size(), 2);
    EXPECT_TRUE(found.contains(s.vpn.id) && found.contains(s.old.id));
    filter.text = QStringLiteral("port");
    auto items = s.store.list(filter);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items.value().size(), 1);
    const QString mark = QString(KbArticleStore::kMarkStart);
    const QString end = QString(KbArticleStore::kMarkEnd);
    EXPECT_TRUE(items.value().front().snippet.contains(mark + QStringLiteral("portal") + end))
        << items.value().front().snippet.toStdString();
    // A title match: the title is marked, the snippet is the opening of the body as plain text.
    filter.text = QStringLiteral("reset vpn");
    items = s.store.list(filter);
    ASSERT_EQ(items.value().size(), 1);
    EXPECT_EQ(items.value().front().title,
              mark + QStringLiteral("Reset") + end + QStringLiteral(" your ") + mark + QStringLiteral("VPN") + end +
                  QStringLiteral(" password"));
    filter.text = QStringLiteral("nothing-like-this");
    EXPECT_TRUE(s.ids(filter).isEmpty());
}

TEST(KbArticleStore, KeepsTheFirstEditBaseOfAVersionUntilForgotten)
{
    Store s;
    KbArticle base = s.vpn;
    base.version = 3;
    ASSERT_TRUE(s.store.rememberBase(base).ok());
    KbArticle later = base;
    later.body = QStringLiteral("changed");
    ASSERT_TRUE(s.store.rememberBase(later).ok()); // the same version: the first one stays
    auto kept = s.store.base(base.id, 3);
    ASSERT_TRUE(kept.ok() && kept.value());
    EXPECT_EQ(kept.value()->body, s.vpn.body);
    EXPECT_FALSE(s.store.base(base.id, 2).value().has_value());
    ASSERT_TRUE(s.store.forgetBases(base.id).ok());
    EXPECT_FALSE(s.store.base(base.id, 3).value().has_value());
}

TEST(KbArticleStore, ReadsVersionsNewestFirstAndKnowsTakenAddresses)
{
    Store s;
    Json rows = Json::array();
    for (int v = 1; v <= 3; ++v) {
        rows.push_back(Json{{"id", v},
                            {"article_id", s.vpn.id.toString(QUuid::WithoutBraces).toStdString()},
                            {"version", v},
                            {"title", "t"},
                            {"body", QStringLiteral("body %1").arg(v).toStdString()},
                            {"edited_by", nullptr},
                            {"created_at", Timestamp::fromSecs(1'700'000'000 + v).toIsoString()}});
    }
    s.cache.apply(QStringLiteral("kb_article_versions"), rows);
    auto versions = s.store.versions(s.vpn.id);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions.value().size(), 3u);
    EXPECT_EQ(versions.value().front().version, 3);
    EXPECT_EQ(versions.value().back().body, QStringLiteral("body 1"));
    EXPECT_TRUE(s.store.slugTaken(s.vpn.slug, s.printer.id).value());
    EXPECT_FALSE(s.store.slugTaken(s.vpn.slug, s.vpn.id).value());
}

TEST(ArticleChanges, SendsOnlyTheChangedEditableFieldsAndLaysThemBack)
{
    KbArticle before;
    before.title = QStringLiteral("A");
    before.body = QStringLiteral("body");
    before.tags = {QStringLiteral("x")};
    KbArticle after = before;
    EXPECT_TRUE(ArticleChanges::between(before, after).empty());
    after.body = QStringLiteral("new body");
    after.status = KbStatus::Published;
    after.tags = {QStringLiteral("x"), QStringLiteral("y")};
    after.version = 9; // never sent: the server owns it
    const Json patch = ArticleChanges::between(before, after);
    EXPECT_EQ(patch, (Json{{"body", "new body"}, {"status", "published"}, {"tags", Json::array({"x", "y"})}}));
    KbArticle replayed = before;
    ArticleChanges::apply(replayed, patch);
    EXPECT_EQ(replayed.body, after.body);
    EXPECT_EQ(replayed.status, after.status);
    EXPECT_EQ(replayed.tags, after.tags);
    EXPECT_EQ(ArticleChanges::slugFor(QStringLiteral("  Crème brûlée — how to?  ")), QStringLiteral("creme-brulee-how-to"));
    EXPECT_EQ(KbArticleStore::plainExcerpt(QStringLiteral("# Title\n\nSee [the portal](https://x) **now**"), 100),
              QStringLiteral("Title See the portal now"));
}
