// The history dialog offscreen: any two versions compared word by word, restore offered for older versions
// only, and only online.
#include "kb/KbHistoryDialog.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace helpdesk;

namespace {

KbArticleVersion version(int number, const QString &title, const QString &body)
{
    KbArticleVersion v;
    v.id = number;
    v.articleId = QUuid(QStringLiteral("{6f1e2c3a-0000-4000-8000-000000000001}"));
    v.version = number;
    v.title = title;
    v.body = body;
    v.createdAt = Timestamp::fromSecs(1'760'000'000 + number * 3600);
    return v;
}

std::vector<KbArticleVersion> history()
{
    return {version(3, QStringLiteral("Printer jams"), QStringLiteral("Open tray two and pull the green lever.\n")),
            version(2, QStringLiteral("Printer jams"), QStringLiteral("Open tray two and remove the paper.\n")),
            version(1, QStringLiteral("Printer jam"), QStringLiteral("Open the tray.\n"))};
}

} // namespace

TEST(KbHistoryDialog, ComparesTheNewestChangeFirstWordByWord)
{
    KbHistoryDialog dialog(history(), 3);
    dialog.show();
    EXPECT_EQ(dialog.fromVersion(), 2);
    EXPECT_EQ(dialog.toVersion(), 3);
    const QString html = dialog.diffHtml();
    EXPECT_TRUE(html.contains(QStringLiteral(">remove the paper</del>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral(">pull the green lever</ins>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("Open tray two and ")));
    EXPECT_EQ(dialog.summary(), QStringLiteral("Version 2 → 3: 4 words added, 3 removed"));
}

TEST(KbHistoryDialog, ComparesAnyTwoVersionsChosenInTheLists)
{
    KbHistoryDialog dialog(history(), 3);
    dialog.show();
    auto *from = dialog.findChild<QComboBox *>(QStringLiteral("kbFromVersion"));
    ASSERT_NE(from, nullptr);
    from->setCurrentIndex(from->findData(1));
    EXPECT_EQ(dialog.fromVersion(), 1);
    EXPECT_EQ(dialog.toVersion(), 3);
    EXPECT_TRUE(dialog.diffHtml().contains(QStringLiteral(">jam</del>"))) << dialog.diffHtml().toStdString();
    EXPECT_TRUE(dialog.diffHtml().contains(QStringLiteral(">tray two and pull the green lever</ins>")));
    EXPECT_TRUE(dialog.summary().endsWith(QStringLiteral("; the title changed")));

    dialog.compare(3, 3);
    EXPECT_EQ(dialog.summary(), QStringLiteral("The same version on both sides."));
    EXPECT_TRUE(dialog.diffHtml().contains(QStringLiteral("The text is the same in both versions.")));
}

TEST(KbHistoryDialog, RestoresAnOlderVersionOnlyWhenOnline)
{
    KbHistoryDialog dialog(history(), 3);
    dialog.show();
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("kbRestoreButton"));
    ASSERT_NE(restore, nullptr);
    QSignalSpy requested(&dialog, &KbHistoryDialog::restoreRequested);
    EXPECT_EQ(restore->text(), QStringLiteral("Restore version 2"));
    EXPECT_TRUE(restore->isEnabled());

    dialog.setOnline(false);
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_EQ(restore->toolTip(), QStringLiteral("Restoring needs a connection to the server."));
    dialog.setOnline(true);

    dialog.compare(3, 3);
    EXPECT_FALSE(restore->isEnabled()); // the current version

    dialog.compare(1, 3);
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toInt(), 1);
    EXPECT_FALSE(restore->isEnabled()); // busy until the server answers
    dialog.restoreFinished(QString());
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("kbRestoreStatus"))->text(),
              QStringLiteral("Version 1 was restored as a new version."));
    EXPECT_TRUE(restore->isEnabled());
}

TEST(KbHistoryDialog, SaysSoWhenNoVersionIsCachedYet)
{
    KbHistoryDialog dialog({}, 1);
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("kbRestoreButton"));
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("kbFromVersion"))->isEnabled());
}
