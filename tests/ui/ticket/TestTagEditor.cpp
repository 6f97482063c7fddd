// TagEditor: chips and an input completing from known tags; emits the whole list on every change.
#include "ui/IconSet.h"
#include "ui/ticket/TagEditor.h"

#include <gtest/gtest.h>

#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace helpdesk;

TEST(TagEditor, AddsNormalisedTagsByEnterOrCommaAndIgnoresDuplicates)
{
    IconSet icons;
    TagEditor editor(icons);
    editor.setTags({QStringLiteral("billing")});
    QSignalSpy edited(&editor, &TagEditor::tagsEdited);
    auto *input = editor.findChild<QLineEdit *>(QStringLiteral("tagInput"));
    ASSERT_NE(input, nullptr);
    QTest::keyClicks(input, QStringLiteral("  VIP "));
    QTest::keyClick(input, Qt::Key_Return);
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.at(0).at(0).toStringList(), (QStringList{QStringLiteral("billing"), QStringLiteral("vip")}));
    EXPECT_TRUE(input->text().isEmpty());

    QTest::keyClicks(input, QStringLiteral("billing,new-one,"));
    ASSERT_EQ(edited.size(), 2);
    EXPECT_EQ(editor.tags(), (QStringList{QStringLiteral("billing"), QStringLiteral("vip"), QStringLiteral("new-one")}));
    QTest::keyClicks(input, QStringLiteral("vip"));
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_EQ(edited.size(), 2) << "a duplicate changes nothing";
}

TEST(TagEditor, ARemovedChipEmitsTheListWithoutIt)
{
    IconSet icons;
    TagEditor editor(icons);
    editor.setTags({QStringLiteral("a"), QStringLiteral("b")});
    QSignalSpy edited(&editor, &TagEditor::tagsEdited);
    auto *chip = editor.findChild<QToolButton *>(QStringLiteral("tagChip_a"));
    ASSERT_NE(chip, nullptr);
    chip->click();
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.at(0).at(0).toStringList(), QStringList{QStringLiteral("b")});
    EXPECT_EQ(editor.findChild<QToolButton *>(QStringLiteral("tagChip_a")), nullptr);

    editor.setReadOnly(true);
    EXPECT_FALSE(editor.findChild<QLineEdit *>(QStringLiteral("tagInput"))->isVisibleTo(&editor));
}

TEST(TagEditor, CompletesFromSuggestionsAndAsksForThemOnFirstFocus)
{
    IconSet icons;
    TagEditor editor(icons);
    QSignalSpy wanted(&editor, &TagEditor::suggestionsWanted);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    auto *input = editor.findChild<QLineEdit *>(QStringLiteral("tagInput"));
    input->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wanted.isEmpty(); }, 2'000));
    editor.setSuggestions({QStringLiteral("refund"), QStringLiteral("billing"), QStringLiteral("login")});
    QCompleter *completer = input->completer();
    ASSERT_NE(completer, nullptr);
    completer->setCompletionPrefix(QStringLiteral("ll"));
    EXPECT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("billing"));
    input->clearFocus();
    input->setFocus();
    EXPECT_EQ(wanted.size(), 1) << "asked once";
}
