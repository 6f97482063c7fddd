#include "kb/WordDiff.h"

#include "unit/kb/QtPrinters.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using Kind = DiffHunk::Kind;

namespace {

QString rebuild(const QList<DiffHunk>& hunks, Kind skip)
{
    QString out;
    for (const DiffHunk& h : hunks)
        if (h.kind != skip)
            out += h.text;
    return out;
}

} // namespace

TEST(WordDiff, ReportsOneEqualHunkForIdenticalTexts)
{
    const WordDiff diff(QStringLiteral("Same text."), QStringLiteral("Same text."));
    EXPECT_TRUE(diff.isIdentical());
    EXPECT_EQ(diff.hunks(), QList<DiffHunk>({{Kind::Equal, QStringLiteral("Same text.")}}));
    EXPECT_EQ(diff.insertedWordCount(), 0);
    EXPECT_EQ(diff.deletedWordCount(), 0);
}

TEST(WordDiff, ShowsAReplacedWordAsDeletionThenInsertion)
{
    const WordDiff diff(QStringLiteral("Restart the router now."), QStringLiteral("Restart the modem now."));
    EXPECT_EQ(diff.hunks(), QList<DiffHunk>({{Kind::Equal, QStringLiteral("Restart the ")},
                                             {Kind::Deleted, QStringLiteral("router")},
                                             {Kind::Inserted, QStringLiteral("modem")},
                                             {Kind::Equal, QStringLiteral(" now.")}}));
    EXPECT_EQ(diff.insertedWordCount(), 1);
    EXPECT_EQ(diff.deletedWordCount(), 1);
}

TEST(WordDiff, JoinsNeighbouringReplacementsSeparatedBySpaces)
{
    const WordDiff diff(QStringLiteral("the quick brown fox"), QStringLiteral("the slow red fox"));
    EXPECT_EQ(diff.hunks(), QList<DiffHunk>({{Kind::Equal, QStringLiteral("the ")},
                                             {Kind::Deleted, QStringLiteral("quick brown")},
                                             {Kind::Inserted, QStringLiteral("slow red")},
                                             {Kind::Equal, QStringLiteral(" fox")}}));
}

TEST(WordDiff, ShowsPureInsertionsAndDeletions)
{
    const WordDiff added(QStringLiteral("Open settings."), QStringLiteral("Open the settings."));
    EXPECT_EQ(added.hunks(), QList<DiffHunk>({{Kind::Equal, QStringLiteral("Open ")},
                                              {Kind::Inserted, QStringLiteral("the ")},
                                              {Kind::Equal, QStringLiteral("settings.")}}));
    const WordDiff removed(QStringLiteral("Open the settings."), QStringLiteral("Open settings."));
    EXPECT_EQ(removed.deletedWordCount(), 1);
    EXPECT_EQ(rebuild(removed.hunks(), Kind::Deleted), QStringLiteral("Open settings."));
}

TEST(WordDiff, HunksRebuildBothTextsLosslessly)
{
    const QString before =
        QStringLiteral("# Wi-Fi\r\n\r\nConnect to \u00ABCorp\u00BB and enter your \u5BC6\u7801.\r\n");
    const QString after =
        QStringLiteral("# Wi-Fi setup\r\n\r\nConnect to \u00ABGuest\u00BB; enter the \u5BC6\u94A5!\n");
    const WordDiff diff(before, after);
    EXPECT_EQ(rebuild(diff.hunks(), Kind::Inserted), before);
    EXPECT_EQ(rebuild(diff.hunks(), Kind::Deleted), after);
}

TEST(WordDiff, EscapesHtmlAndMarksChangesWithInsAndDel)
{
    const WordDiff diff(QStringLiteral("a <b> & c"), QStringLiteral("a <i> & c"));
    const QString html = diff.toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(html.contains(QStringLiteral(">b</del>")));
    EXPECT_TRUE(html.contains(QStringLiteral(">i</ins>")));
    EXPECT_TRUE(html.contains(QStringLiteral("white-space:pre-wrap")));
}

TEST(WordDiff, GroupsLongArticlesByLineAndSkipsFarUnchangedLines)
{
    QString before;
    for (int i = 0; i < 20; ++i)
        before += QStringLiteral("Line %1 stays.\n").arg(i);
    QString after = before;
    after.replace(QStringLiteral("Line 10 stays."), QStringLiteral("Line 10 moved."));

    const QList<WordDiff::LineGroup> groups = WordDiff(before, after).lineGroups(2);
    ASSERT_EQ(groups.size(), 5);
    EXPECT_EQ(groups[0].kind, WordDiff::LineGroup::Kind::Skipped);
    EXPECT_EQ(groups[0].beforeLineCount, 8);
    EXPECT_EQ(groups[1].kind, WordDiff::LineGroup::Kind::Unchanged);
    EXPECT_EQ(groups[1].beforeFirstLine, 8);
    EXPECT_EQ(groups[1].beforeLineCount, 2);
    EXPECT_EQ(groups[2].kind, WordDiff::LineGroup::Kind::Changed);
    EXPECT_EQ(groups[2].beforeFirstLine, 10);
    EXPECT_EQ(groups[2].afterFirstLine, 10);
    EXPECT_EQ(groups[2].hunks, QList<DiffHunk>({{Kind::Equal, QStringLiteral("Line 10 ")},
                                                {Kind::Deleted, QStringLiteral("stays")},
                                                {Kind::Inserted, QStringLiteral("moved")},
                                                {Kind::Equal, QStringLiteral(".\n")}}));
    EXPECT_EQ(groups[3].kind, WordDiff::LineGroup::Kind::Unchanged);
    EXPECT_EQ(groups[3].beforeLineCount, 2);
    EXPECT_EQ(groups[4].kind, WordDiff::LineGroup::Kind::Skipped);
    EXPECT_EQ(groups[4].beforeFirstLine, 13);
    EXPECT_EQ(groups[4].beforeLineCount, 7);
    EXPECT_TRUE(WordDiff(before, after).toHtml(2).contains(QStringLiteral("7 unchanged lines")));
}

TEST(WordDiff, KeepsEveryLineWhenContextIsNegative)
{
    const WordDiff diff(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nb\nC\nd\n"));
    QString before;
    for (const auto& group : diff.lineGroups(-1)) {
        ASSERT_NE(group.kind, WordDiff::LineGroup::Kind::Skipped);
        for (const DiffHunk& h : group.hunks)
            if (h.kind != Kind::Inserted)
                before += h.text;
    }
    EXPECT_EQ(before, diff.before());
}

TEST(WordDiff, TracksLineNumbersOnBothSidesAfterInsertedLines)
{
    const WordDiff diff(QStringLiteral("a\nb\nc\n"), QStringLiteral("new\na\nb\nc changed\n"));
    const auto groups = diff.lineGroups(0);
    ASSERT_EQ(groups.size(), 3);
    EXPECT_EQ(groups[0].kind, WordDiff::LineGroup::Kind::Changed);
    EXPECT_EQ(groups[0].afterLineCount, 1);
    EXPECT_EQ(groups[0].beforeLineCount, 0);
    EXPECT_EQ(groups[1].kind, WordDiff::LineGroup::Kind::Skipped);
    EXPECT_EQ(groups[2].beforeFirstLine, 2);
    EXPECT_EQ(groups[2].afterFirstLine, 3);
}
