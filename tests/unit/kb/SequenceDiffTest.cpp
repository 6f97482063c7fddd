#include "kb/SequenceDiff.h"

#include "unit/kb/QtPrinters.h"

#include <gtest/gtest.h>

using namespace helpdesk;

namespace {

QStringList chars(const char* text)
{
    QStringList out;
    for (const QChar c : QString::fromUtf8(text))
        out.append(QString(c));
    return out;
}

// Applies the hunks to base, taking replacements from other: must give other back.
QStringList apply(const QStringList& base, const QStringList& other, const QList<SequenceDiff::Hunk>& hunks)
{
    QStringList out;
    qsizetype i = 0;
    for (const SequenceDiff::Hunk& h : hunks) {
        out += base.mid(i, h.baseBegin - i);
        out += other.mid(h.otherBegin, h.otherEnd - h.otherBegin);
        i = h.baseEnd;
    }
    out += base.mid(i);
    return out;
}

} // namespace

TEST(SequenceDiff, ReportsNoHunksForEqualSequences)
{
    EXPECT_TRUE(SequenceDiff::hunks(chars("abc"), chars("abc")).isEmpty());
    EXPECT_TRUE(SequenceDiff::hunks({}, {}).isEmpty());
}

TEST(SequenceDiff, ReportsAMinimalReplacement)
{
    const auto hunks = SequenceDiff::hunks(chars("abcde"), chars("abXde"));
    ASSERT_EQ(hunks.size(), 1);
    EXPECT_EQ(hunks[0], (SequenceDiff::Hunk{2, 3, 2, 3}));
}

TEST(SequenceDiff, ReportsInsertionsAndDeletionsAsEmptyRanges)
{
    EXPECT_EQ(SequenceDiff::hunks(chars("ac"), chars("abc")), QList<SequenceDiff::Hunk>({{1, 1, 1, 2}}));
    EXPECT_EQ(SequenceDiff::hunks(chars("abc"), chars("ac")), QList<SequenceDiff::Hunk>({{1, 2, 1, 1}}));
    EXPECT_EQ(SequenceDiff::hunks({}, chars("ab")), QList<SequenceDiff::Hunk>({{0, 0, 0, 2}}));
}

TEST(SequenceDiff, SeparatesHunksByAtLeastOneEqualToken)
{
    const QStringList base = chars("the quick brown fox jumps");
    const QStringList other = chars("a quick red fox leaps!");
    const auto hunks = SequenceDiff::hunks(base, other);
    ASSERT_FALSE(hunks.isEmpty());
    for (qsizetype i = 1; i < hunks.size(); ++i)
        EXPECT_GT(hunks[i].baseBegin, hunks[i - 1].baseEnd);
    EXPECT_EQ(apply(base, other, hunks), other);
}

TEST(SequenceDiff, HunksTurnBaseIntoOtherForManyPairs)
{
    const char* samples[] = {"", "a", "ab", "abc", "abcabba", "cbabac", "xyz", "aaaa", "abab", "bbbb", "abcdefgh"};
    for (const char* a : samples)
        for (const char* b : samples) {
            const QStringList base = chars(a);
            const QStringList other = chars(b);
            EXPECT_EQ(apply(base, other, SequenceDiff::hunks(base, other)), other) << a << " -> " << b;
        }
}

namespace {

QStringList words(const char* text)
{
    QStringList out;
    for (const QString& w : QString::fromUtf8(text).split(QLatin1Char('|')))
        out.append(w);
    return out;
}

} // namespace

TEST(SequenceDiff, FoldsWordSubstitutionsThatOnlyShareSpacesIntoOneChange)
{
    // Deleting sentence "a b." and appending "x y." is cheaper as substitutions a->c, b->d, c->x, d->y that
    // reuse the spaces and full stops; the clean-up reports one change instead.
    const QStringList base = words("a| |b|.| |c| |d|.");
    const QStringList other = words("c| |d|.| |x| |y|.");
    EXPECT_EQ(SequenceDiff::hunks(base, other), QList<SequenceDiff::Hunk>({{0, 8, 0, 8}}));
    EXPECT_GT(SequenceDiff::hunks(base, other, SequenceDiff::Cleanup::None).size(), 1);
}

TEST(SequenceDiff, KeepsChangesApartWhenMoreWordsSeparateThem)
{
    const QStringList base = words("a| |b| |c| |d| |e");
    const QStringList other = words("A| |b| |c| |d| |E");
    EXPECT_EQ(SequenceDiff::hunks(base, other), QList<SequenceDiff::Hunk>({{0, 1, 0, 1}, {8, 9, 8, 9}}));
}

TEST(SequenceDiff, ReportsARewriteOfALongTextAsOneReplacement)
{
    QStringList base;
    QStringList other;
    for (int i = 0; i < 3000; ++i) {
        base << QStringLiteral("old%1").arg(i) << QStringLiteral(" ");
        other << QStringLiteral("new%1").arg(i % 7 == 0 ? i : i + 100000) << QStringLiteral(" ");
    }
    base.prepend(QStringLiteral("Title"));
    other.prepend(QStringLiteral("Title"));
    EXPECT_EQ(SequenceDiff::hunks(base, other), QList<SequenceDiff::Hunk>({{1, base.size() - 1, 1, other.size() - 1}}));
}

TEST(SequenceDiff, StillDiffsLongTextsThatShareMostWords)
{
    QStringList base;
    for (int i = 0; i < 3000; ++i)
        base << QStringLiteral("w%1").arg(i) << QStringLiteral(" ");
    QStringList other = base;
    for (int i = 0; i < other.size(); i += 400)
        other[i] = QStringLiteral("changed%1").arg(i);
    const auto hunks = SequenceDiff::hunks(base, other);
    ASSERT_EQ(hunks.size(), 15);
    EXPECT_EQ(hunks[1], (SequenceDiff::Hunk{400, 401, 400, 401}));
    EXPECT_EQ(apply(base, other, hunks), other);
}
