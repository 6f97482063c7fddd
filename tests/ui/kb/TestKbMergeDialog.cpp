// The merge dialog offscreen: base, theirs and mine; changes that do not overlap merged without asking, each
// overlapping one decided by the author (field: mine or theirs; passage: mine, theirs, both or own text), save only
// once everything is decided; the screenshot for the README.
#include "kb/KbMergeDialog.h"

#include "KbScreenshot.h"
#include "MessageBox.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace helpdesk;

namespace {

struct Sides
{
    KbArticle base;
    KbArticle mine;
    KbArticle theirs;
};

Sides overlapping()
{
    Sides s;
    s.base.id = QUuid::createUuid();
    s.base.title = QStringLiteral("Printer jams");
    s.base.slug = QStringLiteral("printer-jams");
    s.base.version = 4;
    s.base.tags = {QStringLiteral("printer")};
    s.base.body = QStringLiteral("# Printer jams\n\nOpen tray two and remove the paper.\n\n"
                                 "Close the tray and print a test page.\n\nCall the help desk if it jams again.\n");
    s.mine = s.base;
    s.theirs = s.base;
    s.theirs.version = 5;
    // Overlapping: both rewrote the first step, differently; both changed the title.
    s.mine.title = QStringLiteral("Printer jams on floor 2");
    s.theirs.title = QStringLiteral("Paper jams");
    s.mine.body.replace(QStringLiteral("Open tray two and remove the paper."),
                        QStringLiteral("Open tray two, pull the green lever and remove the paper."));
    s.theirs.body.replace(QStringLiteral("Open tray two and remove the paper."),
                          QStringLiteral("Switch the printer off, then open tray two."));
    // Not overlapping: they changed the last step, I added a tag.
    s.theirs.body.replace(QStringLiteral("Call the help desk"), QStringLiteral("Open a ticket"));
    s.mine.tags.append(QStringLiteral("floor-2"));
    return s;
}

} // namespace

TEST(KbMergeDialog, MergesWhatDoesNotOverlapAndAsksAboutTheRest)
{
    const Sides s = overlapping();
    KbMergeDialog dialog(s.base, s.mine, s.theirs);
    dialog.resize(1100, 820);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("kbMergeSaveButton"));
    ASSERT_NE(save, nullptr);
    EXPECT_EQ(dialog.unresolvedCount(), 2); // the title and one passage
    EXPECT_FALSE(save->isEnabled());
    ASSERT_NE(dialog.findChild<QWidget *>(QStringLiteral("kbFieldConflict_title")), nullptr);
    ASSERT_NE(dialog.findChild<QWidget *>(QStringLiteral("kbBodyConflict0")), nullptr);
    EXPECT_EQ(dialog.findChild<QWidget *>(QStringLiteral("kbBodyConflict1")), nullptr);
    // Their change of the last step is in the merged text already; the open passage is marked.
    const QString preview = dialog.mergedPreview();
    EXPECT_TRUE(preview.contains(QStringLiteral("Open a ticket if it jams again."))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("<<<<<<< yours")));
    EXPECT_TRUE(helpdesk::testing::saveScreenshot(dialog, QStringLiteral("kb-conflict")));

    auto *mineTitle = dialog.findChild<QRadioButton *>(QStringLiteral("kbFieldMine_title"));
    ASSERT_NE(mineTitle, nullptr);
    mineTitle->click();
    EXPECT_EQ(dialog.unresolvedCount(), 1);
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("kbBodyChoice0"));
    ASSERT_NE(choice, nullptr);
    choice->setCurrentIndex(choice->findData(static_cast<int>(ArticleMerge::Resolution::TakeTheirs)));
    EXPECT_EQ(dialog.unresolvedCount(), 0);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(dialog.mergedPreview().contains(QStringLiteral("<<<<<<<")));

    QSignalSpy accepted(&dialog, &KbMergeDialog::mergeAccepted);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(accepted.count(), 1);
    const auto merged = accepted.at(0).at(0).value<KbArticle>();
    EXPECT_EQ(merged.title, QStringLiteral("Printer jams on floor 2"));
    EXPECT_TRUE(merged.body.contains(QStringLiteral("Switch the printer off, then open tray two.")));
    EXPECT_TRUE(merged.body.contains(QStringLiteral("Open a ticket if it jams again.")));
    EXPECT_EQ(merged.tags, (QStringList{QStringLiteral("printer"), QStringLiteral("floor-2")}));
    EXPECT_EQ(merged.version, 5); // saved on top of theirs
}

TEST(KbMergeDialog, LetsTheAuthorWriteTheOverlappingPassageOrKeepBoth)
{
    const Sides s = overlapping();
    KbMergeDialog dialog(s.base, s.mine, s.theirs);
    dialog.chooseField(ArticleMerge::Field::Title, ArticleMerge::Resolution::TakeTheirs);
    dialog.chooseBody(0, ArticleMerge::Resolution::Custom, QStringLiteral("Switch it off, pull the green lever."));
    auto merged = dialog.merged();
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged.value().title, QStringLiteral("Paper jams"));
    EXPECT_TRUE(merged.value().body.contains(QStringLiteral("Switch it off, pull the green lever.")));

    dialog.chooseBody(0, ArticleMerge::Resolution::TakeBoth);
    merged = dialog.merged();
    ASSERT_TRUE(merged.ok());
    EXPECT_TRUE(merged.value().body.contains(QStringLiteral("pull the green lever")));
    EXPECT_TRUE(merged.value().body.contains(QStringLiteral("Switch the printer off")));

    dialog.chooseBody(0, ArticleMerge::Resolution::Unresolved);
    EXPECT_FALSE(dialog.saveMerged());
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("kbMergeStatus"))->text(),
              QStringLiteral("Decide every overlapping change first."));
}

TEST(KbMergeDialog, SaysWhenEverythingMergedByItself)
{
    Sides s = overlapping();
    s.mine = s.base;
    s.mine.body.replace(QStringLiteral("print a test page"), QStringLiteral("print two test pages"));
    KbMergeDialog dialog(s.base, s.mine, s.theirs);
    EXPECT_EQ(dialog.unresolvedCount(), 0);
    EXPECT_NE(dialog.findChild<QLabel *>(QStringLiteral("kbMergeClean")), nullptr);
    auto merged = dialog.merged();
    ASSERT_TRUE(merged.ok());
    EXPECT_TRUE(merged.value().body.contains(QStringLiteral("print two test pages")));
    EXPECT_TRUE(merged.value().body.contains(QStringLiteral("Switch the printer off, then open tray two.")));
}

TEST(KbMergeDialog, DiscardsMyChangesOnlyAfterAskingFirst)
{
    const Sides s = overlapping();
    KbMergeDialog dialog(s.base, s.mine, s.theirs);
    QSignalSpy kept(&dialog, &KbMergeDialog::keepTheirsRequested);
    auto *discard = dialog.findChild<QPushButton *>(QStringLiteral("kbMergeKeepTheirsButton"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(discard, Qt::LeftButton);
    EXPECT_EQ(kept.count(), 0);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    EXPECT_EQ(kept.count(), 1);
}
