#include "kb/ThreeWayMerge.h"

#include "unit/kb/QtPrinters.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <vector>

using namespace helpdesk;
using Resolution = ThreeWayMerge::Resolution;

namespace {

QString mergedText(const ThreeWayMerge& merge)
{
    const Result<QString> text = merge.text();
    EXPECT_TRUE(text.ok()) << (text.ok() ? std::string() : text.error().toString().toStdString());
    return text.ok() ? text.value() : QString();
}

const QString kBase = QStringLiteral("# Reset your password\n"
                                     "\n"
                                     "Open the portal. Click Forgot password. Check your inbox.\n"
                                     "\n"
                                     "If the mail does not arrive, call the help desk.\n"
                                     "\n"
                                     "Passwords expire after 90 days.\n");

} // namespace

TEST(ThreeWayMerge, GivesBaseBackWhenNeitherSideChanged)
{
    const ThreeWayMerge merge(kBase, kBase, kBase);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(mergedText(merge), kBase);
}

TEST(ThreeWayMerge, TakesTheOnlySideThatChanged)
{
    QString mine = kBase;
    mine.replace(QStringLiteral("90 days"), QStringLiteral("60 days"));
    EXPECT_EQ(mergedText(ThreeWayMerge(kBase, mine, kBase)), mine);
    EXPECT_EQ(mergedText(ThreeWayMerge(kBase, kBase, mine)), mine);
}

TEST(ThreeWayMerge, TakesIdenticalEditsOnce)
{
    QString edited = kBase;
    edited.replace(QStringLiteral("portal"), QStringLiteral("self-service portal"));
    const ThreeWayMerge merge(kBase, edited, edited);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(mergedText(merge), edited);
}

TEST(ThreeWayMerge, MergesEditsInDifferentParagraphs)
{
    QString mine = kBase;
    mine.replace(QStringLiteral("call the help desk"), QStringLiteral("call extension 4242"));
    QString theirs = kBase;
    theirs.replace(QStringLiteral("90 days"), QStringLiteral("60 days"));
    QString expected = mine;
    expected.replace(QStringLiteral("90 days"), QStringLiteral("60 days"));
    const ThreeWayMerge merge(kBase, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(mergedText(merge), expected);
}

TEST(ThreeWayMerge, MergesEditsToDifferentSentencesOfOneParagraph)
{
    QString mine = kBase;
    mine.replace(QStringLiteral("Open the portal."), QStringLiteral("Open https://portal.example.com."));
    QString theirs = kBase;
    theirs.replace(QStringLiteral("Check your inbox."), QStringLiteral("Check your inbox and spam folder."));
    QString expected = mine;
    expected.replace(QStringLiteral("Check your inbox."), QStringLiteral("Check your inbox and spam folder."));
    const ThreeWayMerge merge(kBase, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(mergedText(merge), expected);
}

TEST(ThreeWayMerge, MergesAnEditWithAnInsertedParagraphElsewhere)
{
    QString mine = kBase;
    mine.replace(QStringLiteral("# Reset your password\n"),
                 QStringLiteral("# Reset your password\n\nApplies to staff.\n"));
    QString theirs = kBase;
    theirs.replace(QStringLiteral("Click Forgot"), QStringLiteral("Select Forgot"));
    QString expected = mine;
    expected.replace(QStringLiteral("Click Forgot"), QStringLiteral("Select Forgot"));
    EXPECT_EQ(mergedText(ThreeWayMerge(kBase, mine, theirs)), expected);
}

TEST(ThreeWayMerge, TakesAParagraphBothSidesDeletedOnce)
{
    QString deleted = kBase;
    deleted.remove(QStringLiteral("If the mail does not arrive, call the help desk.\n\n"));
    QString theirs = deleted;
    theirs.replace(QStringLiteral("90"), QStringLiteral("30"));
    const ThreeWayMerge merge(kBase, deleted, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(mergedText(merge), theirs);
}

TEST(ThreeWayMerge, ReportsDeletingAParagraphTheOtherSideEditedAsAConflict)
{
    QString mine = kBase;
    mine.remove(QStringLiteral("If the mail does not arrive, call the help desk.\n"));
    QString theirs = kBase;
    theirs.replace(QStringLiteral("call the help desk"), QStringLiteral("call the service desk"));
    ThreeWayMerge merge(kBase, mine, theirs);
    ASSERT_EQ(merge.conflicts().size(), 1);
    const auto& conflict = merge.conflicts()[0];
    EXPECT_FALSE(conflict.mine.contains(QStringLiteral("desk")));
    EXPECT_TRUE(conflict.theirs.contains(QStringLiteral("service desk")));
    EXPECT_TRUE(conflict.base.contains(QStringLiteral("help desk")));
    EXPECT_FALSE(merge.text().ok());
    EXPECT_EQ(merge.text().error().kind, Error::Kind::Conflict);

    merge.resolve(0, Resolution::TakeTheirs);
    EXPECT_EQ(mergedText(merge), theirs);
    merge.resolve(0, Resolution::TakeMine);
    EXPECT_EQ(mergedText(merge), mine);
}

TEST(ThreeWayMerge, ReportsDeletingASentenceTheOtherSideEditedAsAConflictKeepingTheRest)
{
    const QString base = QStringLiteral("Open the portal. Click reset now. Check your inbox. Wait a minute.\n");
    const QString mine = QStringLiteral("Open the portal. Click reset now. Check your spam folder. Wait a minute.\n");
    const QString theirs = QStringLiteral("Open the portal. Click reset now. Wait a minute. Then sign in.\n");
    ThreeWayMerge merge(base, mine, theirs);
    ASSERT_EQ(merge.conflicts().size(), 1);
    EXPECT_TRUE(merge.conflicts()[0].mine.contains(QStringLiteral("spam folder")));
    EXPECT_FALSE(merge.conflicts()[0].theirs.contains(QStringLiteral("inbox")));
    merge.resolveAll(Resolution::TakeMine);
    const QString text = mergedText(merge);
    EXPECT_TRUE(text.contains(QStringLiteral("Check your spam folder.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Wait a minute.")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Open the portal. Click reset now.")));
}

TEST(ThreeWayMerge, ReportsAParagraphBothSidesRewroteAsOneConflictOfWholeLines)
{
    const QString base = QStringLiteral("Intro.\n\nUse the old VPN client.\n\nEnd.\n");
    const QString mine = QStringLiteral("Intro.\n\nInstall WireGuard from the portal.\n\nEnd.\n");
    const QString theirs = QStringLiteral("Intro.\n\nAsk IT for a hardware token.\n\nEnd.\n");
    ThreeWayMerge merge(base, mine, theirs);
    ASSERT_EQ(merge.conflicts().size(), 1);
    EXPECT_EQ(merge.conflicts()[0].base, QStringLiteral("Use the old VPN client.\n"));
    EXPECT_EQ(merge.conflicts()[0].mine, QStringLiteral("Install WireGuard from the portal.\n"));
    EXPECT_EQ(merge.conflicts()[0].theirs, QStringLiteral("Ask IT for a hardware token.\n"));
    merge.resolve(0, Resolution::TakeBoth);
    EXPECT_EQ(mergedText(merge), QStringLiteral("Intro.\n\nInstall WireGuard from the portal.\nAsk IT for a hardware "
                                                "token.\n\nEnd.\n"));
}

TEST(ThreeWayMerge, ReportsInsertionsAtTheSamePlaceAsAConflict)
{
    const QString mine = kBase + QStringLiteral("\nSee also: account lockout.\n");
    const QString theirs = kBase + QStringLiteral("\nContact: it@example.com\n");
    ThreeWayMerge merge(kBase, mine, theirs);
    ASSERT_EQ(merge.conflicts().size(), 1);
    EXPECT_TRUE(merge.conflicts()[0].base.isEmpty());

    merge.resolve(0, Resolution::TakeBoth);
    const QString both = mergedText(merge);
    EXPECT_TRUE(both.contains(QStringLiteral("See also: account lockout.\n")));
    EXPECT_TRUE(both.contains(QStringLiteral("Contact: it@example.com\n")));
    EXPECT_LT(both.indexOf(QStringLiteral("See also")), both.indexOf(QStringLiteral("Contact:")));
    EXPECT_TRUE(both.startsWith(kBase));
}

TEST(ThreeWayMerge, ReportsTheSameWordChangedDifferentlyAsAWordLevelConflict)
{
    QString mine = kBase;
    mine.replace(QStringLiteral("90 days"), QStringLiteral("60 days"));
    QString theirs = kBase;
    theirs.replace(QStringLiteral("90 days"), QStringLiteral("120 days"));
    theirs.replace(QStringLiteral("Open the portal."), QStringLiteral("Open the new portal."));
    ThreeWayMerge merge(kBase, mine, theirs);
    ASSERT_EQ(merge.conflicts().size(), 1);
    EXPECT_EQ(merge.conflicts()[0].base, QStringLiteral("90"));
    EXPECT_EQ(merge.conflicts()[0].mine, QStringLiteral("60"));
    EXPECT_EQ(merge.conflicts()[0].theirs, QStringLiteral("120"));

    merge.resolveWith(0, QStringLiteral("75"));
    QString expected = theirs;
    expected.replace(QStringLiteral("120 days"), QStringLiteral("75 days"));
    EXPECT_EQ(mergedText(merge), expected);
}

TEST(ThreeWayMerge, FoldsWordConflictsSeparatedOnlyBySpacesIntoOne)
{
    const QString base = QStringLiteral("Restart the old router first.\n");
    const QString mine = QStringLiteral("Restart a new modem first.\n");
    const QString theirs = QStringLiteral("Restart one big switch first.\n");
    const ThreeWayMerge merge(base, mine, theirs);
    ASSERT_EQ(merge.conflicts().size(), 1);
    EXPECT_EQ(merge.conflicts()[0].mine, QStringLiteral("a new modem"));
    EXPECT_EQ(merge.conflicts()[0].theirs, QStringLiteral("one big switch"));
}

TEST(ThreeWayMerge, TakeBothPutsASpaceBetweenWords)
{
    ThreeWayMerge merge(QStringLiteral("a b c"), QStringLiteral("a X c"), QStringLiteral("a Y c"));
    ASSERT_EQ(merge.conflicts().size(), 1);
    merge.resolve(0, Resolution::TakeBoth);
    EXPECT_EQ(mergedText(merge), QStringLiteral("a X Y c"));
}

TEST(ThreeWayMerge, MergesIntoAnEmptyBase)
{
    EXPECT_EQ(mergedText(ThreeWayMerge(QString(), QStringLiteral("New article\n"), QString())),
              QStringLiteral("New article\n"));
    EXPECT_EQ(mergedText(ThreeWayMerge(QString(), QStringLiteral("Same\n"), QStringLiteral("Same\n"))),
              QStringLiteral("Same\n"));
    ThreeWayMerge both(QString(), QStringLiteral("Mine\n"), QStringLiteral("Theirs\n"));
    ASSERT_EQ(both.conflicts().size(), 1);
    both.resolve(0, Resolution::TakeBoth);
    EXPECT_EQ(mergedText(both), QStringLiteral("Mine\nTheirs\n"));
}

TEST(ThreeWayMerge, MergesEmptiedAndUntouchedText)
{
    EXPECT_EQ(mergedText(ThreeWayMerge(kBase, QString(), kBase)), QString());
    EXPECT_EQ(mergedText(ThreeWayMerge(kBase, QString(), QString())), QString());
}

TEST(ThreeWayMerge, MergesUnicodeTextByWords)
{
    const QString base =
        QStringLiteral("Schritt 1: \u00D6ffnen Sie die Einstellungen. \u5BC6\u7801\u91CD\u7F6E \U0001F511 jetzt.\n");
    QString mine = base;
    mine.replace(QStringLiteral("\u00D6ffnen"), QStringLiteral("\u00F6ffnen"));
    QString theirs = base;
    theirs.replace(QStringLiteral("\u91CD\u7F6E"), QStringLiteral("\u4FEE\u6539"));
    QString expected = mine;
    expected.replace(QStringLiteral("\u91CD\u7F6E"), QStringLiteral("\u4FEE\u6539"));
    const ThreeWayMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(mergedText(merge), expected);
}

TEST(ThreeWayMerge, KeepsCrlfLineEndings)
{
    const QString base = QStringLiteral("one\r\ntwo\r\nthree\r\nfour\r\n");
    const QString mine = QStringLiteral("one!\r\ntwo\r\nthree\r\nfour\r\n");
    const QString theirs = QStringLiteral("one\r\ntwo\r\nthree\r\nfour?\r\n");
    EXPECT_EQ(mergedText(ThreeWayMerge(base, mine, theirs)), QStringLiteral("one!\r\ntwo\r\nthree\r\nfour?\r\n"));
}

TEST(ThreeWayMerge, MergesAnAppendedLineWithAnEditWhenTheLastLineHadNoNewline)
{
    const QString base = QStringLiteral("alpha\nbeta");
    const QString mine = QStringLiteral("alpha\nbeta\ngamma");
    const QString theirs = QStringLiteral("ALPHA\nbeta");
    EXPECT_EQ(mergedText(ThreeWayMerge(base, mine, theirs)), QStringLiteral("ALPHA\nbeta\ngamma"));
}

TEST(ThreeWayMerge, ShowsUnresolvedConflictsWithMarkers)
{
    ThreeWayMerge merge(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB1\nc\n"), QStringLiteral("a\nB2\nc\n"));
    ASSERT_EQ(merge.conflicts().size(), 1);
    EXPECT_EQ(merge.textWithMarkers(), QStringLiteral("a\n<<<<<<< mine\nB1\n=======\nB2\n>>>>>>> theirs\nc\n"));
    merge.resolve(0, Resolution::TakeMine);
    EXPECT_EQ(merge.textWithMarkers(), QStringLiteral("a\nB1\nc\n"));
}

TEST(ThreeWayMerge, ResolvingCanBeUndoneAndCountsOpenConflicts)
{
    ThreeWayMerge merge(QStringLiteral("a b c d e"), QStringLiteral("A b c d E"), QStringLiteral("a2 b c d e2"));
    ASSERT_EQ(merge.conflicts().size(), 2);
    EXPECT_EQ(merge.unresolvedCount(), 2);
    merge.resolve(0, Resolution::TakeTheirs);
    EXPECT_EQ(merge.unresolvedCount(), 1);
    EXPECT_FALSE(merge.text().ok());
    merge.resolve(1, Resolution::TakeMine);
    EXPECT_EQ(mergedText(merge), QStringLiteral("a2 b c d E"));
    merge.resolve(1, Resolution::Unresolved);
    EXPECT_FALSE(merge.isResolved());
    merge.resolveAll(Resolution::TakeMine);
    EXPECT_EQ(mergedText(merge), QStringLiteral("A b c d E"));
}

// ---------------------------------------------------------------------------------------------------------------
// The no-loss property over generated edits. Articles are paragraphs of sentences of unique words, so a word's
// presence in the result tells whether a change survived.

namespace {

using Sentence = std::vector<QString>;
using Paragraph = std::vector<Sentence>;
using Document = std::vector<Paragraph>;

QString render(const Document& doc)
{
    QStringList paragraphs;
    for (const Paragraph& p : doc) {
        QStringList sentences;
        for (const Sentence& s : p) {
            QStringList words(s.begin(), s.end());
            sentences.append(words.join(QLatin1Char(' ')) + QLatin1Char('.'));
        }
        paragraphs.append(sentences.join(QLatin1Char(' ')));
    }
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

struct Generator
{
    std::mt19937 rng;
    int nextWord = 0;

    explicit Generator(unsigned seed) : rng(seed) {}
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

    Sentence sentence(const QString& prefix)
    {
        Sentence s;
        const int n = pick(2, 6);
        for (int i = 0; i < n; ++i)
            s.push_back(prefix + QString::number(nextWord++));
        return s;
    }

    Document document()
    {
        Document doc;
        const int paragraphs = pick(1, 5);
        for (int p = 0; p < paragraphs; ++p) {
            Paragraph para;
            const int sentences = pick(1, 4);
            for (int s = 0; s < sentences; ++s)
                para.push_back(sentence(QStringLiteral("w")));
            doc.push_back(para);
        }
        return doc;
    }
};

int sentenceCount(const Document& doc)
{
    int n = 0;
    for (const Paragraph& p : doc)
        n += static_cast<int>(p.size());
    return n;
}

enum class EditKind
{
    ReplaceWord,
    DeleteSentence,
    InsertSentenceAfter
};
struct Edit
{
    EditKind kind;
    int sentence; // global index in the base document
};

// Applies edits (on distinct base sentences) to a copy of base; new words use `prefix`.
Document applyEdits(const Document& base, const std::vector<Edit>& edits, Generator& gen, const QString& prefix,
                    std::vector<std::vector<Sentence>>* replacement = nullptr)
{
    // Each base sentence becomes a list of sentences (empty when deleted), then the document is rebuilt.
    std::vector<std::vector<Sentence>> out;
    for (const Paragraph& p : base)
        for (const Sentence& s : p)
            out.push_back({s});
    for (const Edit& e : edits) {
        auto& slot = out[static_cast<std::size_t>(e.sentence)];
        switch (e.kind) {
        case EditKind::ReplaceWord: {
            Sentence& s = slot.front();
            s[static_cast<std::size_t>(gen.pick(0, static_cast<int>(s.size()) - 1))] =
                prefix + QString::number(gen.nextWord++);
            break;
        }
        case EditKind::DeleteSentence:
            slot.clear();
            break;
        case EditKind::InsertSentenceAfter:
            slot.push_back(gen.sentence(prefix));
            break;
        }
    }
    Document doc;
    std::size_t k = 0;
    for (const Paragraph& p : base) {
        Paragraph para;
        for (std::size_t i = 0; i < p.size(); ++i, ++k)
            for (const Sentence& s : out[k])
                para.push_back(s);
        doc.push_back(para);
    }
    if (replacement)
        *replacement = out;
    return doc;
}

std::vector<Edit> randomEdits(Generator& gen, const std::set<int>& allowed, int maxEdits)
{
    std::vector<Edit> edits;
    std::vector<int> pool(allowed.begin(), allowed.end());
    std::shuffle(pool.begin(), pool.end(), gen.rng);
    const int n = std::min<int>(gen.pick(1, maxEdits), static_cast<int>(pool.size()));
    for (int i = 0; i < n; ++i)
        edits.push_back(Edit{static_cast<EditKind>(gen.pick(0, 2)), pool[static_cast<std::size_t>(i)]});
    return edits;
}

QSet<QString> wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[a-z]+\\d+"));
    QSet<QString> out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

} // namespace

TEST(ThreeWayMerge, MergesGeneratedEditsOfSeparateSentencesExactly)
{
    int merged = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        Generator gen(seed);
        const Document base = gen.document();
        const int sentences = sentenceCount(base);
        if (sentences < 3)
            continue;
        // Mine edits some sentences; theirs only sentences at least two away from every one of mine.
        std::set<int> all;
        for (int i = 0; i < sentences; ++i)
            all.insert(i);
        const std::vector<Edit> mineEdits = randomEdits(gen, all, 3);
        std::set<int> far;
        for (int i = 0; i < sentences; ++i)
            if (std::all_of(mineEdits.begin(), mineEdits.end(),
                            [i](const Edit& e) { return std::abs(e.sentence - i) >= 2; }))
                far.insert(i);
        if (far.empty())
            continue;
        const std::vector<Edit> theirsEdits = randomEdits(gen, far, 3);

        std::vector<std::vector<Sentence>> mineSlots;
        std::vector<std::vector<Sentence>> theirsSlots;
        const Document mine = applyEdits(base, mineEdits, gen, QStringLiteral("m"), &mineSlots);
        const Document theirs = applyEdits(base, theirsEdits, gen, QStringLiteral("t"), &theirsSlots);
        // The expected document: each base sentence as the side that edited it left it.
        Document expected;
        std::size_t k = 0;
        for (const Paragraph& p : base) {
            Paragraph para;
            for (std::size_t i = 0; i < p.size(); ++i, ++k) {
                const bool mineTouched = std::any_of(mineEdits.begin(), mineEdits.end(),
                                                     [k](const Edit& e) { return e.sentence == static_cast<int>(k); });
                for (const Sentence& s : mineTouched ? mineSlots[k] : theirsSlots[k])
                    para.push_back(s);
            }
            expected.push_back(para);
        }

        const ThreeWayMerge merge(render(base), render(mine), render(theirs));
        EXPECT_FALSE(merge.hasConflicts()) << "seed " << seed << "\nbase:\n"
                                           << render(base).toStdString() << "mine:\n"
                                           << render(mine).toStdString() << "theirs:\n"
                                           << render(theirs).toStdString();
        if (!merge.hasConflicts()) {
            EXPECT_EQ(merge.text().value(), render(expected)) << "seed " << seed;
            ++merged;
        }
    }
    EXPECT_GT(merged, 200);
}

TEST(ThreeWayMerge, NeverLosesAChangeOfEitherSideInGeneratedEdits)
{
    int clean = 0;
    int conflicted = 0;
    for (unsigned seed = 1; seed <= 400; ++seed) {
        Generator gen(seed);
        const Document base = gen.document();
        const int sentences = sentenceCount(base);
        std::set<int> all;
        for (int i = 0; i < sentences; ++i)
            all.insert(i);
        // Edits may overlap: the same or neighbouring sentences on both sides.
        const std::vector<Edit> mineEdits = randomEdits(gen, all, 3);
        const std::vector<Edit> theirsEdits = randomEdits(gen, all, 3);
        const QString baseText = render(base);
        const QString mineText = render(applyEdits(base, mineEdits, gen, QStringLiteral("m")));
        const QString theirsText = render(applyEdits(base, theirsEdits, gen, QStringLiteral("t")));

        const QSet<QString> baseWords = wordsOf(baseText);
        const QSet<QString> mineWords = wordsOf(mineText);
        const QSet<QString> theirsWords = wordsOf(theirsText);
        const QSet<QString> removed = (baseWords - mineWords) + (baseWords - theirsWords);
        const QSet<QString> kept = baseWords - removed;

        ThreeWayMerge merge(baseText, mineText, theirsText);
        SCOPED_TRACE(("base:\n" + baseText + "mine:\n" + mineText + "theirs:\n" + theirsText + "merged:\n" +
                      merge.textWithMarkers())
                         .toStdString());
        if (!merge.hasConflicts()) {
            ++clean;
            const QSet<QString> result = wordsOf(merge.text().value());
            for (const QString& w : (mineWords - baseWords) + (theirsWords - baseWords))
                EXPECT_TRUE(result.contains(w)) << "seed " << seed << ": added word " << w.toStdString() << " lost";
            for (const QString& w : removed)
                EXPECT_FALSE(result.contains(w)) << "seed " << seed << ": deleted word " << w.toStdString() << " back";
            for (const QString& w : kept)
                EXPECT_TRUE(result.contains(w)) << "seed " << seed << ": untouched word " << w.toStdString() << " lost";
            continue;
        }
        ++conflicted;
        // With conflicts, taking both keeps every added word; taking one side keeps all of that side's words.
        merge.resolveAll(Resolution::TakeBoth);
        const QSet<QString> both = wordsOf(merge.text().value());
        for (const QString& w : (mineWords - baseWords) + (theirsWords - baseWords))
            EXPECT_TRUE(both.contains(w)) << "seed " << seed << ": " << w.toStdString() << " lost by take-both";
        merge.resolveAll(Resolution::TakeMine);
        const QSet<QString> minePreferred = wordsOf(merge.text().value());
        for (const QString& w : mineWords - baseWords)
            EXPECT_TRUE(minePreferred.contains(w))
                << "seed " << seed << ": " << w.toStdString() << " lost by take-mine";
        merge.resolveAll(Resolution::TakeTheirs);
        const QSet<QString> theirsPreferred = wordsOf(merge.text().value());
        for (const QString& w : theirsWords - baseWords)
            EXPECT_TRUE(theirsPreferred.contains(w))
                << "seed " << seed << ": " << w.toStdString() << " lost by take-theirs";
        // Words neither side touched survive any resolution.
        for (const QString& w : baseWords - removed) {
            EXPECT_TRUE(theirsPreferred.contains(w)) << "seed " << seed;
            EXPECT_TRUE(minePreferred.contains(w)) << "seed " << seed;
        }
    }
    EXPECT_GT(clean, 50);
    EXPECT_GT(conflicted, 50);
}
