#include "kb/ArticleMerge.h"

#include "unit/kb/QtPrinters.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using Field = ArticleMerge::Field;
using Resolution = ArticleMerge::Resolution;

namespace {

KbArticle baseArticle()
{
    KbArticle a;
    a.id = QUuid::fromString(QStringLiteral("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f708192"));
    a.slug = QStringLiteral("reset-password");
    a.title = QStringLiteral("Reset your password");
    a.body = QStringLiteral("Open the portal.\n\nClick Forgot password.\n");
    a.visibility = KbVisibility::Public;
    a.status = KbStatus::Draft;
    a.tags = {QStringLiteral("account"), QStringLiteral("password")};
    a.version = 3;
    return a;
}

} // namespace

TEST(ArticleMerge, TakesEachSidesChangesToDifferentFields)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.title = QStringLiteral("Reset a forgotten password");
    mine.visibility = KbVisibility::Internal;
    KbArticle theirs = base;
    theirs.status = KbStatus::Published;
    theirs.slug = QStringLiteral("password-reset");
    theirs.version = 4;

    const ArticleMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    const Result<KbArticle> merged = merge.merged();
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->title, mine.title);
    EXPECT_EQ(merged->visibility, KbVisibility::Internal);
    EXPECT_EQ(merged->status, KbStatus::Published);
    EXPECT_EQ(merged->slug, QStringLiteral("password-reset"));
    EXPECT_EQ(merged->version, 4) << "the merged row is based on theirs' version";
}

TEST(ArticleMerge, MergesBodiesThroughThreeWayMerge)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.body = QStringLiteral("Open the self-service portal.\n\nClick Forgot password.\n");
    KbArticle theirs = base;
    theirs.body = QStringLiteral("Open the portal.\n\nClick Forgot password, then check your inbox.\n");
    const ArticleMerge merge(base, mine, theirs);
    ASSERT_TRUE(merge.merged().ok());
    EXPECT_EQ(merge.merged()->body,
              QStringLiteral("Open the self-service portal.\n\nClick Forgot password, then check your inbox.\n"));
}

TEST(ArticleMerge, ReportsDifferentTitlesAsAFieldConflict)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.title = QStringLiteral("Password reset (staff)");
    KbArticle theirs = base;
    theirs.title = QStringLiteral("How to reset a password");
    ArticleMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictingFields(), QList<Field>({Field::Title}));
    const auto conflict = merge.fieldConflict(Field::Title);
    ASSERT_TRUE(conflict.has_value());
    EXPECT_EQ(conflict->base, base.title);
    EXPECT_EQ(conflict->mine, mine.title);
    EXPECT_EQ(conflict->theirs, theirs.title);
    EXPECT_EQ(merge.merged().error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(merge.merged().error().message.contains(QStringLiteral("title")));

    ASSERT_TRUE(merge.resolve(Field::Title, Resolution::TakeMine).ok());
    EXPECT_EQ(merge.merged()->title, mine.title);
    ASSERT_TRUE(merge.resolveWith(Field::Title, QStringLiteral("Reset a password")).ok());
    EXPECT_EQ(merge.merged()->title, QStringLiteral("Reset a password"));
}

TEST(ArticleMerge, ReportsStatusAndVisibilityConflictsWithWireNames)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.status = KbStatus::Published;
    mine.visibility = KbVisibility::Internal;
    KbArticle theirs = base;
    theirs.status = KbStatus::Archived;
    theirs.visibility = KbVisibility::Internal;
    ArticleMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictingFields(), QList<Field>({Field::Status}));
    EXPECT_EQ(merge.fieldConflict(Field::Status)->mine, QStringLiteral("published"));
    EXPECT_EQ(merge.fieldConflict(Field::Status)->theirs, QStringLiteral("archived"));

    EXPECT_FALSE(merge.resolveWith(Field::Status, QStringLiteral("gone")).ok());
    EXPECT_FALSE(merge.resolve(Field::Status, Resolution::TakeBoth).ok());
    EXPECT_FALSE(merge.resolve(Field::Title, Resolution::TakeMine).ok()) << "title has no conflict";
    ASSERT_TRUE(merge.resolveWith(Field::Status, QStringLiteral("draft")).ok());
    ASSERT_TRUE(merge.merged().ok());
    EXPECT_EQ(merge.merged()->status, KbStatus::Draft);
    EXPECT_EQ(merge.merged()->visibility, KbVisibility::Internal);
}

TEST(ArticleMerge, ReportsBodyConflictsUntilTheBodyIsResolved)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.body = QStringLiteral("Open the old portal.\n\nClick Forgot password.\n");
    KbArticle theirs = base;
    theirs.body = QStringLiteral("Open the new portal.\n\nClick Forgot password.\n");
    ArticleMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictingFields(), QList<Field>({Field::Body}));
    EXPECT_FALSE(merge.merged().ok());
    merge.body().resolve(0, Resolution::TakeTheirs);
    ASSERT_TRUE(merge.merged().ok());
    EXPECT_EQ(merge.merged()->body, theirs.body);
}

TEST(ArticleMerge, MergesTagsAsASet)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.tags = {QStringLiteral("password"), QStringLiteral("sso")}; // removed account, added sso
    KbArticle theirs = base;
    theirs.tags = {QStringLiteral("account"), QStringLiteral("password"), QStringLiteral("mfa")}; // added mfa
    const ArticleMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(merge.merged()->tags,
              QStringList({QStringLiteral("password"), QStringLiteral("mfa"), QStringLiteral("sso")}));
}

TEST(ArticleMerge, TakesIdenticalChangesWithoutConflict)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.title = QStringLiteral("Same new title");
    mine.tags.append(QStringLiteral("vpn"));
    KbArticle theirs = mine;
    const ArticleMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(merge.merged()->title, QStringLiteral("Same new title"));
    EXPECT_EQ(merge.merged()->tags.count(QStringLiteral("vpn")), 1);
}

TEST(ArticleMerge, ListsEveryConflictingFieldInFieldOrder)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.slug = QStringLiteral("a");
    mine.title = QStringLiteral("A");
    mine.body = QStringLiteral("X\n");
    KbArticle theirs = base;
    theirs.slug = QStringLiteral("b");
    theirs.title = QStringLiteral("B");
    theirs.body = QStringLiteral("Y\n");
    ArticleMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictingFields(), QList<Field>({Field::Title, Field::Slug, Field::Body}));
    ASSERT_TRUE(merge.resolve(Field::Title, Resolution::TakeTheirs).ok());
    ASSERT_TRUE(merge.resolve(Field::Slug, Resolution::TakeMine).ok());
    merge.body().resolveAll(Resolution::TakeBoth);
    ASSERT_TRUE(merge.isResolved());
    const KbArticle out = merge.merged().value();
    EXPECT_EQ(out.title, QStringLiteral("B"));
    EXPECT_EQ(out.slug, QStringLiteral("a"));
    EXPECT_EQ(out.body, QStringLiteral("X\nY\n"));
    EXPECT_EQ(ArticleMerge::fieldName(Field::Visibility), QStringLiteral("visibility"));
}

TEST(ArticleMerge, ReportsDeletingAnArticleTheOtherSideEditedAsAConflict)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.body = QStringLiteral("Open the portal.\n\nClick Forgot password, then check spam.\n");
    KbArticle theirs = base;
    theirs.deletedAt = Timestamp::fromSecs(1'790'000'000);
    ArticleMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictingFields(), QList<Field>({Field::Deleted}));
    EXPECT_EQ(merge.fieldConflict(Field::Deleted)->mine, QStringLiteral("kept"));
    EXPECT_EQ(merge.fieldConflict(Field::Deleted)->theirs, QStringLiteral("deleted"));
    EXPECT_FALSE(merge.merged().ok());
    EXPECT_FALSE(merge.resolveWith(Field::Deleted, QStringLiteral("kept")).ok());

    ASSERT_TRUE(merge.resolve(Field::Deleted, Resolution::TakeMine).ok());
    EXPECT_FALSE(merge.merged()->deletedAt.has_value()) << "keeping the edit restores the article";
    EXPECT_EQ(merge.merged()->body, mine.body);
    ASSERT_TRUE(merge.resolve(Field::Deleted, Resolution::TakeTheirs).ok());
    EXPECT_EQ(merge.merged()->deletedAt, theirs.deletedAt);
}

TEST(ArticleMerge, ReportsEditingAnArticleIDeletedAsAConflict)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.deletedAt = Timestamp::fromSecs(1'790'000'000);
    KbArticle theirs = base;
    theirs.title = QStringLiteral("Reset your password (updated)");
    ArticleMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictingFields(), QList<Field>({Field::Deleted}));
    ASSERT_TRUE(merge.resolve(Field::Deleted, Resolution::TakeTheirs).ok());
    EXPECT_FALSE(merge.merged()->deletedAt.has_value());
    EXPECT_EQ(merge.merged()->title, theirs.title);
}

TEST(ArticleMerge, TakesADeletionWhenTheOtherSideChangedNothing)
{
    const KbArticle base = baseArticle();
    KbArticle mine = base;
    mine.deletedAt = Timestamp::fromSecs(1'790'000'000);
    const ArticleMerge merge(base, mine, base);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(merge.merged()->deletedAt, mine.deletedAt);
    EXPECT_FALSE(ArticleMerge(base, base, base).merged()->deletedAt.has_value());
}
