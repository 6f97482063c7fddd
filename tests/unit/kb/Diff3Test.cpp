#include "kb/Diff3.h"

#include "unit/kb/QtPrinters.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using Kind = Diff3::Chunk::Kind;

namespace {

QStringList chars(const char* text)
{
    QStringList out;
    for (const QChar c : QString::fromUtf8(text))
        out.append(QString(c));
    return out;
}

QList<Kind> kinds(const QList<Diff3::Chunk>& chunks)
{
    QList<Kind> out;
    for (const auto& c : chunks)
        out.append(c.kind);
    return out;
}

QString mergedOrNull(const QList<Diff3::Chunk>& chunks)
{
    QString out;
    for (const auto& c : chunks) {
        if (c.kind == Kind::Conflict)
            return QStringLiteral("<conflict>");
        out += c.merged().join(QString());
    }
    return out;
}

} // namespace

TEST(Diff3, TakesChangesOfEachSideInDifferentPlaces)
{
    const auto chunks = Diff3::merge(chars("abcdefg"), chars("aXcdefg"), chars("abcdeYg"));
    EXPECT_EQ(kinds(chunks),
              QList<Kind>({Kind::Unchanged, Kind::Mine, Kind::Unchanged, Kind::Theirs, Kind::Unchanged}));
    EXPECT_EQ(mergedOrNull(chunks), QStringLiteral("aXcdeYg"));
}

TEST(Diff3, TakesIdenticalChangesOnce)
{
    const auto chunks = Diff3::merge(chars("abc"), chars("aXc"), chars("aXc"));
    EXPECT_EQ(kinds(chunks), QList<Kind>({Kind::Unchanged, Kind::Same, Kind::Unchanged}));
    EXPECT_EQ(mergedOrNull(chunks), QStringLiteral("aXc"));
}

TEST(Diff3, ReportsOverlappingDifferentChangesAsAConflict)
{
    const auto chunks = Diff3::merge(chars("abcd"), chars("aXXd"), chars("abYd"));
    ASSERT_EQ(kinds(chunks), QList<Kind>({Kind::Unchanged, Kind::Conflict, Kind::Unchanged}));
    EXPECT_EQ(chunks[1].base, chars("bc"));
    EXPECT_EQ(chunks[1].mine, chars("XX"));
    EXPECT_EQ(chunks[1].theirs, chars("bY"));
}

TEST(Diff3, ReportsTwoInsertionsAtTheSamePlaceAsAConflict)
{
    const auto chunks = Diff3::merge(chars("ac"), chars("abc"), chars("axc"));
    ASSERT_EQ(kinds(chunks), QList<Kind>({Kind::Unchanged, Kind::Conflict, Kind::Unchanged}));
    EXPECT_TRUE(chunks[1].base.isEmpty());
    EXPECT_EQ(chunks[1].mine, chars("b"));
    EXPECT_EQ(chunks[1].theirs, chars("x"));
}

TEST(Diff3, ReportsAnInsertionTouchingTheOtherSidesChangeAsAConflict)
{
    const auto chunks = Diff3::merge(chars("abc"), chars("aXc"), chars("abYc"));
    EXPECT_TRUE(kinds(chunks).contains(Kind::Conflict));
}

TEST(Diff3, MergesIntoAnEmptyBase)
{
    EXPECT_EQ(mergedOrNull(Diff3::merge({}, chars("ab"), {})), QStringLiteral("ab"));
    EXPECT_EQ(mergedOrNull(Diff3::merge({}, chars("ab"), chars("ab"))), QStringLiteral("ab"));
    EXPECT_EQ(mergedOrNull(Diff3::merge({}, chars("ab"), chars("cd"))), QStringLiteral("<conflict>"));
}

TEST(Diff3, KeepsBaseWhenNeitherSideChanged)
{
    const auto chunks = Diff3::merge(chars("abc"), chars("abc"), chars("abc"));
    EXPECT_EQ(kinds(chunks), QList<Kind>({Kind::Unchanged}));
    EXPECT_TRUE(Diff3::merge({}, {}, {}).isEmpty());
}
