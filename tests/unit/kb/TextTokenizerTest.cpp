#include "kb/TextTokenizer.h"

#include "unit/kb/QtPrinters.h"

#include <gtest/gtest.h>

using namespace helpdesk;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

TEST(TextTokenizer, SplitsWordsSpacesAndPunctuation)
{
    EXPECT_EQ(TextTokenizer::words(u"Hello,  world!"), list({"Hello", ",", "  ", "world", "!"}));
}

TEST(TextTokenizer, KeepsLineBreaksAsTheirOwnTokensIncludingCrlf)
{
    EXPECT_EQ(TextTokenizer::words(u"a\r\nb\nc\rd"), list({"a", "\r\n", "b", "\n", "c", "\r", "d"}));
}

TEST(TextTokenizer, KeepsApostrophesInsideWords)
{
    EXPECT_EQ(TextTokenizer::words(u"don't it\u2019s 'q'"), list({"don't", " ", "it\u2019s", " ", "'", "q", "'"}));
}

TEST(TextTokenizer, SplitsCjkIntoSingleIdeographs)
{
    EXPECT_EQ(TextTokenizer::words(u"密码重置 ok"), list({"密", "码", "重", "置", " ", "ok"}));
}

TEST(TextTokenizer, KeepsSurrogatePairsAndEmojiSequencesWhole)
{
    const QString family = QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"); // man ZWJ woman
    const QString thumbs = QString::fromUtf8("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD");             // thumbs up, skin tone
    const QStringList tokens = TextTokenizer::words(family + thumbs + QStringLiteral("x"));
    EXPECT_EQ(tokens, QStringList({family, thumbs, QStringLiteral("x")}));
}

TEST(TextTokenizer, KeepsCombiningMarksWithTheirLetters)
{
    const QString decomposed = QStringLiteral("cafe\u0301 ok");
    EXPECT_EQ(TextTokenizer::words(decomposed), QStringList({QStringLiteral("cafe\u0301"), " ", "ok"}));
}

TEST(TextTokenizer, WordsRejoinLosslessly)
{
    const QString text = QStringLiteral("# Titel \u00FCber\r\n\r\n* Punkt 1,\tx\u00A0y\n\u00BFQu\u00E9?\r") +
                         QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral(" \u0645\u0631\u062D\u0628\u0627 ");
    EXPECT_EQ(TextTokenizer::words(text).join(QString()), text);
}

TEST(TextTokenizer, SplitsLinesKeepingTheirTerminators)
{
    EXPECT_EQ(TextTokenizer::lines(u"a\r\nb\n\nc\rd"), list({"a\r\n", "b\n", "\n", "c\r", "d"}));
    EXPECT_EQ(TextTokenizer::lines(u"a\n"), list({"a\n"}));
    EXPECT_TRUE(TextTokenizer::lines(u"").isEmpty());
}
