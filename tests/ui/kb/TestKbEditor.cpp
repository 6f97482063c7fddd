// The article editor offscreen: live Markdown preview, slug from the title, what the server would refuse caught
// before saving, save and publish (buttons and shortcuts), the modified state; the screenshot for the README.
#include "kb/KbEditor.h"

#include "IconSet.h"
#include "KbScreenshot.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace helpdesk;

namespace {

KbArticle sampleArticle()
{
    KbArticle article;
    article.id = QUuid::createUuid();
    article.title = QStringLiteral("Reset your VPN password");
    article.slug = QStringLiteral("reset-your-vpn-password");
    article.body = QStringLiteral("# Reset your VPN password\n\n1. Open the portal\n2. Choose **Reset**\n");
    article.tags = {QStringLiteral("vpn"), QStringLiteral("network")};
    article.visibility = KbVisibility::Public;
    article.status = KbStatus::Draft;
    article.version = 4;
    return article;
}

struct EditorFixture
{
    IconSet icons;
    KbEditor editor{icons};
    QLineEdit *title = editor.findChild<QLineEdit *>(QStringLiteral("kbTitleEdit"));
    QLineEdit *slug = editor.findChild<QLineEdit *>(QStringLiteral("kbSlugEdit"));
    QLineEdit *tags = editor.findChild<QLineEdit *>(QStringLiteral("kbTagsEdit"));
    QPlainTextEdit *body = editor.findChild<QPlainTextEdit *>(QStringLiteral("kbBodyEdit"));
    QTextBrowser *preview = editor.findChild<QTextBrowser *>(QStringLiteral("kbPreview"));
    QLabel *error = editor.findChild<QLabel *>(QStringLiteral("kbEditorError"));
    QPushButton *save = editor.findChild<QPushButton *>(QStringLiteral("kbSaveButton"));
    QPushButton *publish = editor.findChild<QPushButton *>(QStringLiteral("kbPublishButton"));
};

} // namespace

TEST(KbEditor, ShowsTheArticleAndAPreviewThatFollowsTheMarkdown)
{
    EditorFixture f;
    ASSERT_TRUE(f.title && f.slug && f.tags && f.body && f.preview && f.save && f.publish);
    f.editor.resize(1100, 700);
    f.editor.show();
    f.editor.setArticle(sampleArticle(), false);
    EXPECT_EQ(f.title->text(), QStringLiteral("Reset your VPN password"));
    EXPECT_EQ(f.tags->text(), QStringLiteral("vpn, network"));
    EXPECT_TRUE(f.preview->toPlainText().contains(QStringLiteral("Open the portal")));
    EXPECT_FALSE(f.editor.isModified());

    f.body->moveCursor(QTextCursor::End);
    QTest::keyClicks(f.body, QStringLiteral("3. Connect with the **new password**"));
    QTest::keyClick(f.body, Qt::Key_Return);
    // The preview renders the new line shortly after typing, as Markdown (no asterisks left).
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.preview->toPlainText().contains(QStringLiteral("new password")); },
                                2000));
    EXPECT_FALSE(f.preview->toPlainText().contains(QStringLiteral("**")));
    EXPECT_TRUE(f.editor.isModified());
    EXPECT_TRUE(helpdesk::testing::saveScreenshot(f.editor, QStringLiteral("kb-editor")));
}

TEST(KbEditor, SavesTheEditedFieldsAndPublishesWithTheShortcut)
{
    EditorFixture f;
    f.editor.show();
    f.editor.setArticle(sampleArticle(), false);
    QSignalSpy saved(&f.editor, &KbEditor::saveRequested);
    f.title->setText(QStringLiteral("Reset the VPN password"));
    f.tags->setText(QStringLiteral("VPN, remote ,vpn"));
    f.body->setPlainText(QStringLiteral("Changed body"));
    f.editor.findChild<QComboBox *>(QStringLiteral("kbVisibilityCombo"))->setCurrentIndex(1);
    QTest::mouseClick(f.save, Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    const auto article = saved.at(0).at(0).value<KbArticle>();
    EXPECT_EQ(article.title, QStringLiteral("Reset the VPN password"));
    EXPECT_EQ(article.tags, (QStringList{QStringLiteral("vpn"), QStringLiteral("remote")}));
    EXPECT_EQ(article.body, QStringLiteral("Changed body"));
    EXPECT_EQ(article.visibility, KbVisibility::Internal);
    EXPECT_EQ(article.status, KbStatus::Draft);
    EXPECT_FALSE(saved.at(0).at(1).toBool());

    // Shortcuts reach the active window only.
    f.editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.editor));
    f.body->setFocus();
    QTest::keyClick(f.body, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(saved.count(), 2);
    EXPECT_EQ(saved.at(1).at(0).value<KbArticle>().status, KbStatus::Published);
    // Published: Save keeps it published, there is nothing left to publish.
    EXPECT_EQ(f.save->text(), QStringLiteral("Save"));
    EXPECT_TRUE(f.publish->isHidden());

    QTest::keyClick(f.body, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(saved.count(), 3);
}

TEST(KbEditor, MakesTheAddressFromTheTitleOfANewArticle)
{
    EditorFixture f;
    f.editor.show();
    f.editor.setArticle(KbArticle{}, true);
    QTest::keyClicks(f.title, QStringLiteral("Über die Drucker: Fehler 42!"));
    EXPECT_EQ(f.slug->text(), QStringLiteral("uber-die-drucker-fehler-42"));
    // Once the author types an address, the title no longer changes it.
    f.slug->clear();
    QTest::keyClicks(f.slug, QStringLiteral("printers-42"));
    QTest::keyClicks(f.title, QStringLiteral(" more"));
    EXPECT_EQ(f.slug->text(), QStringLiteral("printers-42"));
}

TEST(KbEditor, RefusesWhatTheServerWouldRefuseWithAReason)
{
    EditorFixture f;
    f.editor.show();
    QSignalSpy saved(&f.editor, &KbEditor::saveRequested);
    f.editor.setSlugCheck([](const QString &slug, const QUuid &) { return slug == QLatin1String("taken"); });
    f.editor.setArticle(KbArticle{}, true);
    EXPECT_FALSE(f.editor.save());
    EXPECT_EQ(f.error->text(), QStringLiteral("An article needs a title."));
    EXPECT_TRUE(f.error->isVisibleTo(&f.editor));

    f.title->setText(QStringLiteral("Printers"));
    f.slug->setText(QStringLiteral("Not A Slug"));
    EXPECT_FALSE(f.editor.save());
    EXPECT_TRUE(f.error->text().contains(QStringLiteral("lower-case")));

    f.slug->setText(QStringLiteral("taken"));
    EXPECT_FALSE(f.editor.publish());
    EXPECT_TRUE(f.error->text().contains(QStringLiteral("already uses")));
    EXPECT_EQ(saved.count(), 0);

    f.slug->setText(QStringLiteral("printers"));
    EXPECT_TRUE(f.editor.publish());
    ASSERT_EQ(saved.count(), 1);
    EXPECT_TRUE(saved.at(0).at(1).toBool());
    EXPECT_FALSE(f.error->isVisibleTo(&f.editor));
}
